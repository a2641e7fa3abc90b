// Drift: pages with every known anchor stripped (a future redesign) yield `unverified` findings with diagnostics,
// never an empty checklist and never a pass — for all three readers.
import { describe, expect, it } from 'vitest';
import { evaluate, findingsOf } from '../../../src/core/engine';
import { RULE_LOGIC } from '../../../src/core/rules';
import { redactedReport } from '../../../src/core/diagnostics';
import type { StudioSnapshot } from '../../../src/core/schema';
import { freshDoc, POLICY, read, type Fixture } from './helpers';

const CASES: Array<Fixture & { fields: string[]; notes: string[] }> = [
  {
    reader: 'forms',
    file: 'forms/future-redesign.html',
    url: 'https://docs.google.com/forms/d/1FutureRedesignFormAbCdEfGhIjKl/edit',
    fields: ['title', 'description', 'items', 'summaryToRespondents', 'responders', 'collectEmail', 'limitOneResponse', 'editAfterSubmit'],
    notes: ['structure-unrecognised', 'settings-panel-absent', 'questions-unreadable', 'fb-load-data-absent'],
  },
  {
    reader: 'share',
    file: 'share/frame-changed.html',
    url: 'https://docs.google.com/drivesharing/driveshare?id=1ChangedStructureAbCdEfGhIjKlMnOp&command=init_share&foreignService=kix&hl=fr',
    fields: ['itemName', 'generalAccess', 'linkRole', 'people'],
    notes: ['dialog-structure-unrecognized', 'ga-control-absent', 'people-absent'],
  },
  {
    reader: 'studio',
    file: 'studio/future-redesign-edit.html',
    url: 'https://studio.youtube.com/video/Fr3dEsign01/edit',
    fields: ['visibility', 'title', 'description', 'madeForKids'],
    notes: ['visibility-card-absent', 'title-box-absent', 'description-box-absent'],
  },
  {
    reader: 'studio',
    file: 'studio/future-redesign-upload.html',
    url: 'https://studio.youtube.com/channel/UCfutureRedesign00000000/videos/upload?d=ud',
    fields: ['visibility', 'title', 'description', 'madeForKids', 'step'],
    notes: ['visibility-step-not-rendered', 'title-box-absent', 'description-box-absent'],
  },
];

describe.each(CASES)('$file: every anchor stripped', (c) => {
  const snap = read(c.reader, freshDoc(c), c.url);

  it('the reader still returns a snapshot, with every field unread and anchors "none"', () => {
    expect(snap).not.toBeNull();
    for (const f of c.fields) {
      expect(snap!.diagnostics.anchors[f], f).toBe('none');
      expect((snap as unknown as Record<string, unknown>)[f] ?? (snap as { settings?: Record<string, unknown> }).settings?.[f] ?? null, f).toBeNull();
    }
    expect(snap!.diagnostics.notes).toEqual(expect.arrayContaining(c.notes));
  });

  it('every rule of the app is reported, none passes; all are unverified with a reason (or not applicable by policy)', () => {
    const report = evaluate(snap!, POLICY, RULE_LOGIC);
    const appRules = RULE_LOGIC.filter((r) => r.app === report.app).map((r) => r.id);
    expect(report.results.map((r) => r.ruleId)).toEqual(appRules);
    for (const r of report.results) {
      expect(r.status, r.ruleId).toBe('unverified');
      expect(r.reason, r.ruleId).toMatch(/^[a-z-]+$/);
    }
    // the popup lists them as findings (not an empty page, not a clean checklist)
    expect(findingsOf(report).length).toBe(appRules.length);
  });

  it('the redacted diagnostics report carries the anchors, notes and reasons (what the popup copies)', () => {
    const report = evaluate(snap!, POLICY, RULE_LOGIC);
    const red = redactedReport([report], report.results, {}, '0.0.0', new Date(0));
    expect(red.pages[0]!.anchors).toMatchObject(Object.fromEntries(c.fields.map((f) => [f, 'none'])));
    expect(red.pages[0]!.notes).toEqual(expect.arrayContaining(c.notes));
    expect(red.results.every((r) => r.status === 'unverified' && typeof r.reason === 'string')).toBe(true);
  });
});

describe('an open visibility popup that cannot be read', () => {
  it('is unverified, not the card: the card is older news than the pending choice (edit-popup-open-en: PUBLIC pending, card Private)', () => {
    const f: Fixture = { reader: 'studio', file: 'studio/edit-popup-open-en.html', url: 'https://studio.youtube.com/video/Ed78AbCdEfG/edit' };
    const intact = read('studio', freshDoc(f), f.url) as StudioSnapshot;
    expect(intact.visibility).toBe('public');
    const doc = freshDoc(f);
    for (const r of Array.from(doc.querySelectorAll('ytcp-video-visibility-edit-popup [name]'))) {
      r.removeAttribute('aria-checked');
      r.classList.remove('iron-selected');
      r.removeAttribute('checked');
    }
    const snap = read('studio', doc, f.url) as StudioSnapshot;
    expect(snap.visibility).toBeNull();
    expect(snap.diagnostics.anchors.visibility).toBe('none');
    expect(snap.diagnostics.notes).toEqual(expect.arrayContaining(['visibility-popup-open', 'visibility-popup-unreadable']));
    const st = Object.fromEntries(evaluate(snap, POLICY, RULE_LOGIC).results.map((r) => [r.ruleId, r.status]));
    expect(st['youtube.public']).toBe('unverified');
  });
});
