// The rule registry: a plain array. Content scripts import only their app's list
// (src/core/rules/<app>/index.ts) so each bundle carries only the rules it runs.
import type { Rule } from '../rule';
import { formsRules } from './forms';
import { shareRules } from './share';
import { studioRules } from './studio';

export const RULES: readonly Rule[] = [...formsRules, ...shareRules, ...studioRules] as readonly Rule[];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
