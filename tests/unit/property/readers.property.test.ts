// Property-based tests over the three readers (fast-check): arbitrary mutations of real fixture pages never make a
// reader throw or return an invalid snapshot, and losing a load-bearing anchor never turns a violation into a pass.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Snapshot, type FormsSnapshot } from '../../../src/core/schema';
import { settingAria, SETTING_LABELS } from '../../../src/sites/forms/labels';
import { normText } from '../../../src/core/text';
import {
  ALL_KINDS,
  applyMutation,
  freshDoc,
  mutationArb,
  mutationsArb,
  NEUTRAL_KINDS,
  read,
  statuses,
  type Fixture,
} from './helpers';

const FORM_URL = 'https://docs.google.com/forms/d/1PropertyTestFormAbCdEfGhIjKlMnOpQr/edit';
const UPLOAD_URL = 'https://studio.youtube.com/channel/UCpropertyTest00000000000/videos/upload?d=ud';
const EDIT_URL = 'https://studio.youtube.com/video/Ed78AbCdEfG/edit';
const frame = (id: string, hl = 'en') => `https://docs.google.com/drivesharing/driveshare?id=${id}&command=init_share&foreignService=kix&hl=${hl}`;

const FORMS: Fixture[] = [
  'e2e-editor-zh.html',
  'editor-settings-en-on.html',
  'editor-settings-zh-off.html',
  'blob-stats-en.html',
  'blob-only-zh.html',
  'editor-questions-zh.html',
  'noise-en.html',
].map((f) => ({ reader: 'forms', file: `forms/${f}`, url: FORM_URL }));

const SHARE: Fixture[] = [
  { reader: 'share', file: 'share/e2e-frame-roster-zh.html', url: frame('1SheetsRosterDemoAbCdEfGhIjKlMnOpQrStUvWx', 'zh-TW') },
  { reader: 'share', file: 'share/e2e-frame-handout-en.html', url: frame('1DocsHandoutDemoAbCdEfGhIjKlMnOpQrStUvWx') },
  { reader: 'share', file: 'share/frame-docs-en-menu-open.html', url: frame('1OrgEditorDocAbCdEfGhIjKlMnOpQrStUv') },
  { reader: 'share', file: 'share/frame-drive-en.html', url: 'https://drive.google.com/drivesharing/driveshare?id=1DriveRosterFileAbCdEfGhIjKlMnOpQr&hl=en' },
  { reader: 'share', file: 'share/frame-50-people-zh.html', url: frame('1FiftyPeopleGradesAbCdEfGhIjKlMnOp', 'zh-TW') },
  { reader: 'share', file: 'share/inline-top-en.html', url: 'https://docs.google.com/document/d/1InlineDialogDocAbCdEfGhIjKlMnOpQrSt/edit' },
  { reader: 'share', file: 'share/docs-top-zh.html', url: 'https://docs.google.com/spreadsheets/d/1ZhTwRoSterSheetAbCdEfGhIjKlMnOpQrSt/edit' },
];

const STUDIO: Fixture[] = [
  { reader: 'studio', file: 'studio/e2e-upload-en.html', url: UPLOAD_URL },
  { reader: 'studio', file: 'studio/e2e-upload-zh.html', url: UPLOAD_URL },
  { reader: 'studio', file: 'studio/upload-visibility-scheduled-en.html', url: UPLOAD_URL },
  { reader: 'studio', file: 'studio/upload-visibility-zh.html', url: UPLOAD_URL },
  { reader: 'studio', file: 'studio/upload-details-en.html', url: UPLOAD_URL },
  { reader: 'studio', file: 'studio/edit-popup-open-en.html', url: EDIT_URL },
  { reader: 'studio', file: 'studio/edit-zh.html', url: EDIT_URL },
];

const RUNS = 120;

function expectValidSnapshot(snap: Snapshot | null) {
  if (snap === null) return;
  const r = Snapshot.safeParse(snap);
  expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
  for (const v of Object.values(snap.diagnostics.anchors)) expect(['anchor', 'label', 'embedded', 'none']).toContain(v);
  // diagnostics notes are structural, never page content
  for (const n of snap.diagnostics.notes) expect(n).toMatch(/^[a-z0-9:._-]{1,80}$/i);
  expect(() => JSON.stringify(snap)).not.toThrow();
}

describe.each([
  ['forms', FORMS],
  ['share', SHARE],
  ['studio', STUDIO],
] as const)('%s reader under arbitrary mutations', (_name, fixtures) => {
  it('never throws; returns null or a schema-valid snapshot with structural notes; rules accept it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), mutationsArb(ALL_KINDS, 16), (f, muts) => {
        const doc = freshDoc(f);
        for (const m of muts) applyMutation(doc, m);
        const snap = read(f.reader, doc, f.url);
        expectValidSnapshot(snap);
        // the rules never throw on what a reader returns (the engine would turn a throw into 'rule-error')
        const st = statuses(snap);
        if (snap) expect(Object.keys(st).length).toBeGreaterThan(0);
        expect(JSON.stringify(st)).not.toContain('rule-error');
      }),
      { numRuns: RUNS },
    );
  });

  it('reading the same mutated page twice gives the same snapshot', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), mutationsArb(ALL_KINDS, 8), (f, muts) => {
        const doc = freshDoc(f);
        for (const m of muts) applyMutation(doc, m);
        expect(read(f.reader, doc, f.url)).toEqual(read(f.reader, doc, f.url));
      }),
      { numRuns: 40 },
    );
  });
});

// ---------- load-bearing anchors removed: never a wrong pass ----------

/** Rules that are violations on the untouched page must stay violation or become unverified. */
function noWrongPass(fixtures: Fixture[], strip: (doc: Document) => void, onlyRules?: RegExp) {
  const baseline = new Map(fixtures.map((f) => [f, statuses(read(f.reader, freshDoc(f), f.url))]));
  const useful = fixtures.filter((f) => Object.entries(baseline.get(f)!).some(([id, s]) => s === 'violation' && (!onlyRules || onlyRules.test(id))));
  expect(useful.length).toBeGreaterThan(0);
  fc.assert(
    fc.property(fc.constantFrom(...useful), fc.array(mutationArb(NEUTRAL_KINDS), { maxLength: 8 }), (f, muts) => {
      const doc = freshDoc(f);
      strip(doc);
      for (const m of muts) applyMutation(doc, m);
      const snap = read(f.reader, doc, f.url);
      const after = statuses(snap);
      for (const [id, s] of Object.entries(baseline.get(f)!)) {
        if (s !== 'violation' || (onlyRules && !onlyRules.test(id))) continue;
        // null snapshot = nothing reported at all (no pass either)
        if (!snap) continue;
        expect(after[id], `${f.file}: ${id} was a violation; after losing its anchor it is ${after[id]}`).not.toBe('pass');
      }
    }),
    { numRuns: RUNS },
  );
}

const key = (s: string) => normText(s).toLowerCase().replace(/\s+/g, '');
const SUMMARY = new Set(SETTING_LABELS.summary.map(key));

/** Remove aria-checked (and checked) from the summary switch, wherever it sits relative to its label, and the FB blob. */
function stripSummary(doc: Document) {
  const controls = '[aria-checked],input[type="checkbox"]';
  for (const el of Array.from(doc.querySelectorAll('body *'))) {
    if (el.children.length > 0 && !Array.from(el.childNodes).some((n) => n.nodeType === 3 && SUMMARY.has(key(n.nodeValue ?? '')))) {
      if (!SUMMARY.has(key(el.textContent ?? ''))) continue;
    } else if (!SUMMARY.has(key(el.textContent ?? ''))) continue;
    // the nearest ancestor holding a control is the row of this label
    for (let a: Element | null = el; a && a !== doc.body; a = a.parentElement) {
      const cs = [a, ...Array.from(a.querySelectorAll(controls))].filter((c) => c.matches(controls));
      if (cs.length === 0) continue;
      for (const c of cs) {
        c.removeAttribute('aria-checked');
        c.removeAttribute('checked');
      }
      break;
    }
  }
  const frags = settingAria('summary').map((f) => f.toLowerCase());
  for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) {
    if (frags.some((f) => (el.getAttribute('aria-label') ?? '').toLowerCase().includes(f))) {
      el.removeAttribute('aria-checked');
      for (const c of Array.from(el.querySelectorAll('[aria-checked]'))) c.removeAttribute('aria-checked');
    }
  }
  for (const s of Array.from(doc.querySelectorAll('script'))) if ((s.textContent ?? '').includes('LOAD_DATA_')) s.remove();
}

function stripRadios(doc: Document) {
  for (const r of Array.from(
    doc.querySelectorAll('#privacy-radios *, [name="PRIVATE"], [name="UNLISTED"], [name="PUBLIC"], #schedule-radio-button, [name="SCHEDULE"]'),
  )) {
    r.removeAttribute('aria-checked');
    r.classList.remove('iron-selected');
  }
}

function stripGeneralAccess(doc: Document) {
  for (const el of Array.from(
    doc.querySelectorAll('button[aria-label$="change general access"], div[jsname="nfek"] button[jsname="dLruDf"], ul[jsname="rymPhb"]'),
  )) {
    el.remove();
  }
}

describe('losing a load-bearing anchor is never a wrong pass', () => {
  it('forms: summary switch without aria-checked and no FB blob → forms.summary-public is not pass', () => {
    // sanity: the strip really removes what the reader used
    const f = FORMS[0]!;
    const doc = freshDoc(f);
    stripSummary(doc);
    expect((read('forms', doc, f.url) as FormsSnapshot).settings.summaryToRespondents).toBeNull();
    noWrongPass(FORMS, stripSummary, /^forms\.summary-public$/);
  });

  it('studio: visibility radios without aria-checked / iron-selected → youtube.public / unlisted are not pass', () => {
    noWrongPass(STUDIO, stripRadios, /^youtube\.(public|unlisted)$/);
  });

  it('share: general access button and menu gone → no share rule that fired passes', () => {
    noWrongPass(SHARE, stripGeneralAccess);
  });
});
