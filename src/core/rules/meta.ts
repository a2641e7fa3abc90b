// The metadata registry (texts + legal basis of every rule), for the popup, options page, worker and docs.
// It imports no rule logic, so extension pages do not bundle detectors and readers.
import type { RuleMeta } from '../rule';
import { formsMeta } from './forms/meta';
import { shareMeta } from './share/meta';
import { studioMeta } from './studio/meta';

export const RULE_META: readonly RuleMeta[] = [...formsMeta, ...shareMeta, ...studioMeta];

export function ruleMetaById(id: string): RuleMeta | undefined {
  return RULE_META.find((r) => r.id === id);
}
