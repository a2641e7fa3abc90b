// The rule registry: a plain array of rule logic, plus the metadata registry.
// Content scripts import only their app's list (src/core/rules/<app>/index.ts), so each bundle
// carries only the rules it runs and none of the texts.
import type { Rule, RuleMeta } from '../rule';
import { formsRules } from './forms';
import { shareRules } from './share';
import { studioRules } from './studio';
import { RULE_META } from './meta';

/** Logic only, every app. */
export const RULE_LOGIC: readonly Rule[] = [...formsRules, ...shareRules, ...studioRules] as readonly Rule[];
export { RULE_META };

/** Logic and metadata together (tests, docs generation, options). */
export type FullRule = Rule & RuleMeta;

export const RULES: readonly FullRule[] = RULE_LOGIC.map((r) => {
  const meta = RULE_META.find((m) => m.id === r.id);
  if (!meta) throw new Error(`rule ${r.id} has no metadata`);
  return { ...meta, ...r } as FullRule;
});

export function ruleById(id: string): FullRule | undefined {
  return RULES.find((r) => r.id === id);
}
