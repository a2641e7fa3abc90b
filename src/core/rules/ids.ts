// Rule ids from ../shared/RULES.md. The registry meta-test checks this list equals the registry.
export const RULE_IDS = [
  'forms.summary-public',
  'forms.sensitive-data',
  'forms.identifier',
  'forms.no-notice',
  'forms.open-to-anyone',
  'share.anyone-can-edit',
  'share.roster-public',
  'share.anyone-with-link',
  'share.roster-coediting',
  'share.external-editor',
  'youtube.public',
  'youtube.unlisted',
  'youtube.personal-data-in-text',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
