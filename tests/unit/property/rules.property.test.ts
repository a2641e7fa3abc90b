// Rules are total and deterministic over the snapshot schema: for arbitrary schema-valid snapshots and policies, every
// rule returns a valid outcome, never throws, and the same input gives the same output (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/engine';
import { DEFAULT_POLICY, type Policy } from '../../../src/core/policy';
import type { RuleOutcome } from '../../../src/core/rule';
import { RULE_LOGIC } from '../../../src/core/rules';
import {
  APPS,
  Evidence,
  FormsSnapshot,
  Report,
  ShareSnapshot,
  StudioSnapshot,
  type Snapshot,
} from '../../../src/core/schema';
import { textArb } from './helpers';

const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 3 });

const anchorKind = fc.constantFrom('anchor', 'label', 'embedded', 'none') as fc.Arbitrary<'anchor' | 'label' | 'embedded' | 'none'>;
const diagnostics = fc.record({
  anchors: fc.dictionary(fc.string({ maxLength: 12 }), anchorKind, { maxKeys: 4 }),
  notes: fc.array(fc.stringMatching(/^[a-z-]{1,20}$/), { maxLength: 3 }),
  counts: fc.dictionary(fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 10_000 }), { maxKeys: 3 }),
});
const url = fc.oneof(fc.webUrl(), fc.string({ maxLength: 30 }));
const longText = fc.oneof({ weight: 8, arbitrary: textArb }, { weight: 1, arbitrary: fc.string({ minLength: 2000, maxLength: 6000 }) });

const formsItem = fc.record({
  id: nullable(fc.stringMatching(/^[0-9]{1,10}$/)),
  title: longText,
  description: textArb,
  type: nullable(fc.integer({ min: -3, max: 20 })),
  kind: fc.constantFrom('question', 'text', 'section', 'media') as fc.Arbitrary<'question' | 'text' | 'section' | 'media'>,
});

export const formsSnapshot: fc.Arbitrary<FormsSnapshot> = fc.record({
  app: fc.constant('forms' as const),
  url,
  itemKey: nullable(fc.string({ maxLength: 40 })),
  lang: nullable(fc.constantFrom('zh-TW', 'en', 'ja', 'zh', '', 'x')),
  title: nullable(textArb),
  description: nullable(longText),
  items: nullable(fc.array(formsItem, { maxLength: 8 })),
  settings: fc.record({
    summaryToRespondents: nullable(fc.boolean()),
    responders: nullable(fc.constantFrom('anyone', 'domain', 'restricted') as fc.Arbitrary<'anyone' | 'domain' | 'restricted'>),
    collectEmail: nullable(fc.constantFrom('none', 'verified', 'input') as fc.Arbitrary<'none' | 'verified' | 'input'>),
    limitOneResponse: nullable(fc.boolean()),
    editAfterSubmit: nullable(fc.boolean()),
  }),
  diagnostics,
});

const role = fc.constantFrom('owner', 'editor', 'commenter', 'viewer') as fc.Arbitrary<'owner' | 'editor' | 'commenter' | 'viewer'>;
const email = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('t1@school.edu.tw', 'T2@School.EDU.TW', 'x@gmail.com', 'a@sub.school.edu.tw', 'evil@school.edu.tw.evil.com', '@', ''),
);
export const shareSnapshot: fc.Arbitrary<ShareSnapshot> = fc.record({
  app: fc.constant('share' as const),
  url,
  itemKey: nullable(fc.string({ maxLength: 40 })),
  lang: nullable(fc.constantFrom('zh-TW', 'en', 'fr')),
  context: fc.constantFrom('dialog', 'button') as fc.Arbitrary<'dialog' | 'button'>,
  itemName: nullable(textArb),
  generalAccess: nullable(fc.constantFrom('restricted', 'domain', 'anyone', 'public') as fc.Arbitrary<'restricted' | 'domain' | 'anyone' | 'public'>),
  linkRole: nullable(fc.constantFrom('viewer', 'commenter', 'editor') as fc.Arbitrary<'viewer' | 'commenter' | 'editor'>),
  people: nullable(fc.array(fc.record({ name: textArb, email: nullable(email), role: nullable(role) }), { maxLength: 12 })),
  diagnostics,
});

export const studioSnapshot: fc.Arbitrary<StudioSnapshot> = fc.record({
  app: fc.constant('studio' as const),
  url,
  itemKey: nullable(fc.string({ maxLength: 20 })),
  lang: nullable(fc.constantFrom('zh-TW', 'en', 'es')),
  context: fc.constantFrom('upload', 'edit') as fc.Arbitrary<'upload' | 'edit'>,
  step: nullable(fc.constantFrom('SELECT_FILES', 'DETAILS', 'VIDEO_ELEMENTS', 'CHECKS', 'REVIEW', 'OTHER')),
  visibility: nullable(fc.constantFrom('private', 'unlisted', 'public', 'scheduled') as fc.Arbitrary<'private' | 'unlisted' | 'public' | 'scheduled'>),
  title: nullable(longText),
  description: nullable(longText),
  madeForKids: nullable(fc.boolean()),
  diagnostics,
});

const snapshot: fc.Arbitrary<Snapshot> = fc.oneof(formsSnapshot, shareSnapshot, studioSnapshot);

const policy: fc.Arbitrary<Policy> = fc.record({
  schoolType: fc.constantFrom('public', 'private') as fc.Arbitrary<'public' | 'private'>,
  schoolDomains: fc.subarray(['school.edu.tw', 'edu.tw', 'example.org']),
  disabledRules: fc.subarray([...RULE_LOGIC.map((r) => r.id)], { maxLength: 3 }),
  rosterTerms: fc.array(fc.string({ minLength: 2, maxLength: 10 }), { maxLength: 3 }),
  coeditorThreshold: fc.integer({ min: 0, max: 500 }),
  retentionDays: fc.integer({ min: 1, max: 3650 }),
  language: fc.constantFrom('auto', 'zh-TW', 'en') as fc.Arbitrary<'auto' | 'zh-TW' | 'en'>,
});

function expectValidOutcome(o: RuleOutcome) {
  expect(['pass', 'violation', 'unverified', 'not-applicable']).toContain(o.status);
  if (o.status === 'violation') {
    expect(Array.isArray(o.evidence)).toBe(true);
    for (const e of o.evidence) expect(Evidence.safeParse(e).success).toBe(true);
  }
  if (o.status === 'unverified' || o.status === 'not-applicable') {
    expect(o.reason).toMatch(/^[a-z0-9-]{1,60}$/);
  }
  if (o.status === 'unverified' && o.evidence) for (const e of o.evidence) expect(Evidence.safeParse(e).success).toBe(true);
}

describe('rules are total and deterministic over the snapshot schema', () => {
  it('the arbitraries produce schema-valid snapshots', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const schema = s.app === 'forms' ? FormsSnapshot : s.app === 'share' ? ShareSnapshot : StudioSnapshot;
        expect(schema.safeParse(s).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each(APPS)('%s: every rule returns a valid outcome, never throws, same input → same output', (app) => {
    const arb = app === 'forms' ? formsSnapshot : app === 'share' ? shareSnapshot : studioSnapshot;
    const rules = RULE_LOGIC.filter((r) => r.app === app);
    expect(rules.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(arb, policy, (s, p) => {
        const frozen = JSON.stringify(s);
        for (const rule of rules) {
          const run = () => (rule.evaluate as (s: Snapshot, p: Policy) => RuleOutcome)(s, p);
          const a = run(); // called directly: the engine's try/catch must never be needed
          expectValidOutcome(a);
          expect(run()).toEqual(a);
          // and from a structurally equal copy (no hidden state keyed on object identity)
          expect((rule.evaluate as (s: Snapshot, p: Policy) => RuleOutcome)(JSON.parse(frozen), structuredClone(p))).toEqual(a);
        }
        // rules do not mutate their input
        expect(JSON.stringify(s)).toBe(frozen);
      }),
      { numRuns: 150 },
    );
  });

  it('the engine yields a schema-valid report, one result per enabled rule, no rule-error', () => {
    fc.assert(
      fc.property(snapshot, policy, (s, p) => {
        const report = evaluate(s, p, RULE_LOGIC);
        const parsed = Report.safeParse(report);
        expect(parsed.success).toBe(true);
        const expected = RULE_LOGIC.filter((r) => r.app === s.app && !p.disabledRules.includes(r.id)).map((r) => r.id);
        expect(report.results.map((r) => r.ruleId)).toEqual(expected);
        for (const r of report.results) {
          expect(r.reason).not.toBe('rule-error');
          for (const e of r.evidence) expect(e.text.length).toBeLessThanOrEqual(300);
        }
        expect(evaluate(s, p, RULE_LOGIC)).toEqual(report);
      }),
      { numRuns: 150 },
    );
  });

  it('unreadable is never fine: a null in the field a rule needs gives unverified, not pass', () => {
    // the headline fields per rule (RULES.md): with them null the rule cannot know
    const cases: Array<[string, fc.Arbitrary<Snapshot>]> = [
      ['forms.summary-public', formsSnapshot.map((s) => ({ ...s, settings: { ...s.settings, summaryToRespondents: null } }))],
      ['forms.identifier', formsSnapshot.map((s) => ({ ...s, items: null, title: null, description: null }))],
      ['forms.sensitive-data', formsSnapshot.map((s) => ({ ...s, items: null, title: null, description: null }))],
      ['share.anyone-can-edit', shareSnapshot.map((s) => ({ ...s, generalAccess: null }))],
      // roster-public passes an item known not to be a list, whatever the access: unknown access AND unknown name
      ['share.roster-public', shareSnapshot.map((s) => ({ ...s, generalAccess: null, itemName: null }))],
      ['share.roster-public', shareSnapshot.map((s) => ({ ...s, generalAccess: null, itemName: `${s.itemName ?? ''} 學生名冊` }))],
      ['share.anyone-with-link', shareSnapshot.map((s) => ({ ...s, generalAccess: null }))],
      ['share.anyone-can-edit', shareSnapshot.map((s) => ({ ...s, generalAccess: 'anyone' as const, linkRole: null }))],
      ['youtube.public', studioSnapshot.map((s) => ({ ...s, visibility: null }))],
      ['youtube.unlisted', studioSnapshot.map((s) => ({ ...s, visibility: null }))],
      ['youtube.personal-data-in-text', studioSnapshot.map((s) => ({ ...s, title: null, description: null }))],
    ];
    for (const [id, arb] of cases) {
      const rule = RULE_LOGIC.find((r) => r.id === id)!;
      fc.assert(
        fc.property(arb, (s) => {
          const o = (rule.evaluate as (s: Snapshot, p: Policy) => RuleOutcome)(s, { ...DEFAULT_POLICY, schoolDomains: ['school.edu.tw'] });
          expect(o.status, id).not.toBe('pass');
        }),
        { numRuns: 60 },
      );
    }
  });
});
