// Snapshot, finding and report schemas: the data model every layer shares.
//
// Content scripts must only `import type` from this module so zod never lands in their
// bundles; the worker, options page and tests use the schemas to validate at boundaries.
import { z } from './zod';

export const LANGS = ['zh-TW', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export const APPS = ['forms', 'share', 'studio'] as const;
export const App = z.enum(APPS);
export type App = z.infer<typeof App>;

/** How a snapshot field was obtained: a language-free anchor, a localised label, embedded data, or not at all. */
export const AnchorKind = z.enum(['anchor', 'label', 'embedded', 'none']);
export type AnchorKind = z.infer<typeof AnchorKind>;

export const Diagnostics = z.object({
  /** field name → how it was read (e.g. `summaryToRespondents: 'embedded'`). */
  anchors: z.record(z.string(), AnchorKind),
  /** structural notes, never page content: e.g. 'settings-panel-absent', 'fb-load-data-unparsable'. */
  notes: z.array(z.string()),
  /** counts of things seen, e.g. { items: 12, people: 4 }. */
  counts: z.record(z.string(), z.number()),
});
export type Diagnostics = z.infer<typeof Diagnostics>;

// ---------- Google Forms editor ----------
export const FormsItemKind = z.enum(['question', 'text', 'section', 'media']);
export const FormsItem = z.object({
  /** data-item-id / FB item[0] as a string, null when unknown. */
  id: z.nullable(z.string()),
  title: z.string(),
  description: z.string(),
  /** FB type code (0 short answer … 13 file upload), null when unknown. */
  type: z.nullable(z.number()),
  kind: FormsItemKind,
});
export type FormsItem = z.infer<typeof FormsItem>;

export const FormsSnapshot = z.object({
  app: z.literal('forms'),
  url: z.string(),
  /** form id from the URL (the edit id) */
  itemKey: z.nullable(z.string()),
  lang: z.nullable(z.string()),
  title: z.nullable(z.string()),
  description: z.nullable(z.string()),
  /** null = the questions could not be read at all. */
  items: z.nullable(z.array(FormsItem)),
  settings: z.object({
    /** "View results summary" / 查看結果摘要 (FB D[2][2]). */
    summaryToRespondents: z.nullable(z.boolean()),
    /** Who may respond (publish settings): null when not readable. */
    responders: z.nullable(z.enum(['anyone', 'domain', 'restricted'])),
    collectEmail: z.nullable(z.enum(['none', 'verified', 'input'])),
    limitOneResponse: z.nullable(z.boolean()),
    editAfterSubmit: z.nullable(z.boolean()),
  }),
  diagnostics: Diagnostics,
});
export type FormsSnapshot = z.infer<typeof FormsSnapshot>;

// ---------- Drive / Docs share dialog ----------
export const ShareRole = z.enum(['owner', 'editor', 'commenter', 'viewer']);
export type ShareRole = z.infer<typeof ShareRole>;
export const SharePerson = z.object({
  name: z.string(),
  email: z.nullable(z.string()),
  role: z.nullable(ShareRole),
});
export type SharePerson = z.infer<typeof SharePerson>;

export const GeneralAccess = z.enum(['restricted', 'domain', 'anyone', 'public']);
export type GeneralAccess = z.infer<typeof GeneralAccess>;

export const ShareSnapshot = z.object({
  app: z.literal('share'),
  url: z.string(),
  /** file id when known (from the frame's ?id= or the editor URL) */
  itemKey: z.nullable(z.string()),
  lang: z.nullable(z.string()),
  /** 'dialog' = read from the open share dialog; 'button' = only the editor's Share button label. */
  context: z.enum(['dialog', 'button']),
  itemName: z.nullable(z.string()),
  generalAccess: z.nullable(GeneralAccess),
  /** role granted by the link (anyone / organisation). */
  linkRole: z.nullable(z.enum(['viewer', 'commenter', 'editor'])),
  /** null = the people list could not be read (or is not shown in this context). */
  people: z.nullable(z.array(SharePerson)),
  diagnostics: Diagnostics,
});
export type ShareSnapshot = z.infer<typeof ShareSnapshot>;

// ---------- YouTube Studio ----------
export const Visibility = z.enum(['private', 'unlisted', 'public', 'scheduled']);
export type Visibility = z.infer<typeof Visibility>;

export const StudioSnapshot = z.object({
  app: z.literal('studio'),
  url: z.string(),
  /** video id when known */
  itemKey: z.nullable(z.string()),
  lang: z.nullable(z.string()),
  context: z.enum(['upload', 'edit']),
  /** upload dialog step (workflow-step / active stepper), null on the edit page or when unknown */
  step: z.nullable(z.string()),
  visibility: z.nullable(Visibility),
  title: z.nullable(z.string()),
  description: z.nullable(z.string()),
  madeForKids: z.nullable(z.boolean()),
  diagnostics: Diagnostics,
});
export type StudioSnapshot = z.infer<typeof StudioSnapshot>;

export const Snapshot = z.discriminatedUnion('app', [FormsSnapshot, ShareSnapshot, StudioSnapshot]);
export type Snapshot = FormsSnapshot | ShareSnapshot | StudioSnapshot;
export type SnapshotOf<A extends App> = Extract<Snapshot, { app: A }>;

// ---------- Findings ----------
export const SEVERITIES = ['high', 'warn', 'info'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const Status = z.enum(['pass', 'violation', 'unverified', 'not-applicable']);
export type Status = z.infer<typeof Status>;

/** One piece of evidence. `text` is already masked and truncated: safe to show and to store. */
export const Evidence = z.object({
  kind: z.enum(['question', 'form-text', 'setting', 'person', 'item-name', 'video-title', 'video-description']),
  /** what the user sees (question title, setting name, person …), masked, ≤ 300 chars. */
  text: z.string(),
  /** the matched part (masked), e.g. '身分證字號' or 'A12*****89'. */
  match: z.optional(z.string()),
  /** detector category, e.g. 'national-id', 'medical', 'mobile'. */
  category: z.optional(z.string()),
  /** item/question id when known, to locate the control in the page. */
  ref: z.optional(z.string()),
});
export type Evidence = z.infer<typeof Evidence>;

export const RuleResult = z.object({
  ruleId: z.string(),
  severity: Severity,
  status: Status,
  evidence: z.array(Evidence),
  /** diagnostics key saying why a rule is unverified or not applicable (e.g. 'summary-unreadable'). */
  reason: z.optional(z.string()),
});
export type RuleResult = z.infer<typeof RuleResult>;

/** What a content script sends: every rule that applies to the page, with its outcome. */
export const Report = z.object({
  app: App,
  url: z.string(),
  itemKey: z.nullable(z.string()),
  /** item title for reminders and the popup header (form title, file name, video title), masked, ≤ 300. */
  itemTitle: z.nullable(z.string()),
  results: z.array(RuleResult),
  diagnostics: Diagnostics,
  /** 'dialog' reports (an open share dialog) supersede 'page' reports of the same app in the same tab. */
  scope: z.optional(z.enum(['page', 'dialog'])),
  /** performance.now() in the page when the change that produced this report was observed */
  observedAt: z.optional(z.number()),
});
export type Report = z.infer<typeof Report>;
