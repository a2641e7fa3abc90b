import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/engine';
import { CITATIONS } from '../../../src/core/law';
import { DEFAULT_POLICY, type Policy } from '../../../src/core/policy';
import type { RuleResult, SharePerson, ShareSnapshot } from '../../../src/core/schema';
import { shareRules } from '../../../src/core/rules/share';
import { shareMeta } from '../../../src/core/rules/share/meta';
import { readShareButton, readShareDialog } from '../../../src/sites/share/reader';

const URL = 'https://docs.google.com/drivesharing/driveshare?id=1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

const OWNER: SharePerson = { name: '王美玲', email: 'wang.teacher@school.edu.tw', role: 'owner' };

function snap(over: Partial<ShareSnapshot> = {}): ShareSnapshot {
  return {
    app: 'share',
    url: URL,
    itemKey: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
    lang: 'zh-TW',
    context: 'dialog',
    itemName: '三年一班數學講義',
    generalAccess: 'restricted',
    linkRole: null,
    people: [OWNER],
    diagnostics: { anchors: {}, notes: [], counts: {} },
    ...over,
  };
}

function policy(over: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, schoolDomains: [], disabledRules: [], rosterTerms: [], ...over };
}

const SCHOOL = policy({ schoolDomains: ['school.edu.tw'] });

function run(s: ShareSnapshot, p: Policy = policy()): Record<string, RuleResult> {
  const report = evaluate(s, p, shareRules);
  return Object.fromEntries(report.results.map((r) => [r.ruleId, r]));
}

function result(id: string, s: ShareSnapshot, p: Policy = policy()): RuleResult {
  const r = run(s, p)[id];
  expect(r).toBeDefined();
  return r!;
}

function editors(n: number, domain = 'school.edu.tw'): SharePerson[] {
  return Array.from({ length: n }, (_, i) => ({ name: `老師${i}`, email: `t${i}@${domain}`, role: 'editor' as const }));
}

describe('share rules: registry and metadata', () => {
  it('exports the five RULES.md rules with their severities', () => {
    expect(shareRules.map((r) => [r.id, r.severity])).toEqual([
      ['share.anyone-can-edit', 'high'],
      ['share.roster-public', 'high'],
      ['share.anyone-with-link', 'info'],
      ['share.roster-coediting', 'warn'],
      ['share.external-editor', 'warn'],
    ]);
    for (const r of shareRules) expect(r.app).toBe('share');
  });

  it('cites RULES.md bases, by school type', () => {
    const basis = Object.fromEntries(shareMeta.map((r) => [r.id, r.basis]));
    expect(basis['share.anyone-can-edit']).toEqual({ public: ['moe-3-2', 'moe-3-3'], private: ['moe-3-2', 'moe-3-3'] });
    expect(basis['share.roster-public']).toEqual({
      public: ['moe-3-2', 'moe-3-3', 'pdpa-18'],
      private: ['moe-3-2', 'moe-3-3', 'pdpa-27'],
    });
    expect(basis['share.anyone-with-link']!.public).toEqual(['moe-3-2']);
    expect(basis['share.roster-coediting']!.public).toEqual(['moe-3-3']);
    expect(basis['share.external-editor']!.public).toEqual(['moe-3-2']);
    for (const r of shareMeta) for (const id of [...r.basis.public, ...r.basis.private]) expect(CITATIONS[id]).toBeDefined();
  });

  it('has complete messages in both languages with concrete fixes', () => {
    for (const r of shareMeta) {
      for (const lang of ['zh-TW', 'en'] as const) {
        const m = r.messages[lang];
        for (const k of ['title', 'why', 'unverified', 'pass'] as const) expect(m[k].trim().length).toBeGreaterThan(5);
        expect(m.fix.length).toBeGreaterThanOrEqual(2);
      }
      expect(r.messages['zh-TW'].fix.join('')).toMatch(/共用/);
      expect(r.messages.en.fix.join('')).toMatch(/Share/);
    }
    const byId = Object.fromEntries(shareMeta.map((r) => [r.id, r]));
    expect(byId['share.roster-public']!.messages['zh-TW'].why).toMatch(/LINE/);
    expect(byId['share.roster-public']!.messages['zh-TW'].fix.join('')).toMatch(/一般存取權.*限制/);
    expect(byId['share.anyone-can-edit']!.messages['zh-TW'].fix.join('')).toMatch(/檢視者/);
    expect(byId['share.external-editor']!.messages['zh-TW'].fix.join('')).toMatch(/移除存取權/);
  });

  it('never throws on odd but schema-valid snapshots', () => {
    const odd = snap({
      itemName: '',
      generalAccess: 'public',
      linkRole: null,
      people: [{ name: '', email: '@', role: null }, { name: 'x', email: null, role: 'editor' }],
    });
    for (const r of Object.values(run(odd, SCHOOL))) expect(r.reason).not.toBe('rule-error');
  });
});

describe('share.anyone-can-edit', () => {
  const id = 'share.anyone-can-edit';
  it('fires on anyone with the link + Editor, and on legacy public + Editor', () => {
    const r = result(id, snap({ generalAccess: 'anyone', linkRole: 'editor' }));
    expect(r.status).toBe('violation');
    expect(r.evidence).toEqual([
      { kind: 'setting', text: '一般存取權：知道連結的任何人（編輯者）', match: '知道連結的任何人', category: 'general-access' },
    ]);
    expect(result(id, snap({ generalAccess: 'public', linkRole: 'editor' })).status).toBe('violation');
    const en = result(id, snap({ lang: 'en', generalAccess: 'anyone', linkRole: 'editor' }));
    expect(en.evidence[0]!.text).toBe('General access: Anyone with the link (Editor)');
  });
  it('is silent when Restricted or the organisation, or a viewer/commenter link', () => {
    expect(result(id, snap({ generalAccess: 'restricted' })).status).toBe('pass');
    expect(result(id, snap({ generalAccess: 'domain', linkRole: 'editor' })).status).toBe('pass');
    expect(result(id, snap({ generalAccess: 'anyone', linkRole: 'viewer' })).status).toBe('pass');
    expect(result(id, snap({ generalAccess: 'anyone', linkRole: 'commenter' })).status).toBe('pass');
  });
  it('is unverified when the access or the link role is unreadable', () => {
    expect(result(id, snap({ generalAccess: null }))).toMatchObject({ status: 'unverified', reason: 'general-access-unreadable' });
    expect(result(id, snap({ generalAccess: 'anyone', linkRole: null }))).toMatchObject({
      status: 'unverified',
      reason: 'link-role-unreadable',
    });
    expect(result(id, snap({ context: 'button', people: null, generalAccess: 'anyone', linkRole: null }))).toMatchObject({
      status: 'unverified',
      reason: 'open-share-dialog',
    });
  });
});

describe('share.roster-public', () => {
  const id = 'share.roster-public';
  it('fires on anyone with the link (any role) for a list, with setting and item-name evidence', () => {
    for (const linkRole of ['viewer', 'commenter', 'editor', null] as const) {
      const r = result(id, snap({ itemName: '三年一班學生名冊', generalAccess: 'anyone', linkRole }));
      expect(r.status).toBe('violation');
    }
    const r = result(id, snap({ itemName: '三年一班學生名冊', generalAccess: 'anyone', linkRole: 'viewer' }));
    expect(r.evidence).toEqual([
      { kind: 'setting', text: '一般存取權：知道連結的任何人（檢視者）', match: '知道連結的任何人', category: 'general-access' },
      { kind: 'item-name', text: '三年一班學生名冊', match: '名冊', category: 'roster-term' },
    ]);
    expect(result(id, snap({ itemName: 'Parent contact list', generalAccess: 'public', linkRole: 'viewer' })).status).toBe(
      'violation',
    );
  });
  it('is silent when not anyone-with-link, or not a list', () => {
    expect(result(id, snap({ itemName: '學生名冊', generalAccess: 'restricted' })).status).toBe('pass');
    expect(result(id, snap({ itemName: '學生名冊', generalAccess: 'domain', linkRole: 'editor' })).status).toBe('pass');
    expect(result(id, snap({ itemName: '三年一班數學講義', generalAccess: 'anyone', linkRole: 'viewer' })).status).toBe('pass');
    expect(result(id, snap({ itemName: 'Grade 7 science worksheet', generalAccess: 'anyone' })).status).toBe('pass');
  });
  it('uses policy roster terms', () => {
    const s = snap({ itemName: '座位表', generalAccess: 'anyone', linkRole: 'viewer' });
    expect(result(id, s).status).toBe('pass');
    const r = result(id, s, policy({ rosterTerms: ['座位表'] }));
    expect(r.status).toBe('violation');
    expect(r.evidence[1]!.match).toBe('座位表');
  });
  it('unreadable: name null → unverified unless access cannot fire; access null → unverified only for a list', () => {
    expect(result(id, snap({ itemName: null, generalAccess: 'anyone', linkRole: 'viewer' }))).toMatchObject({
      status: 'unverified',
      reason: 'item-name-unreadable',
    });
    expect(result(id, snap({ itemName: null, generalAccess: 'restricted' })).status).toBe('pass');
    expect(result(id, snap({ itemName: null, generalAccess: 'domain', linkRole: 'viewer' })).status).toBe('pass');
    expect(result(id, snap({ itemName: null, generalAccess: null }))).toMatchObject({ status: 'unverified' });
    expect(result(id, snap({ itemName: '學生名冊', generalAccess: null }))).toMatchObject({
      status: 'unverified',
      reason: 'general-access-unreadable',
    });
    expect(result(id, snap({ itemName: '數學講義', generalAccess: null })).status).toBe('pass');
  });
});

describe('share.anyone-with-link', () => {
  const id = 'share.anyone-with-link';
  it('fires (info) on Viewer/Commenter links for items that are not lists; public counts', () => {
    const r = result(id, snap({ itemName: 'Lesson 3 handout', lang: 'en', generalAccess: 'anyone', linkRole: 'viewer' }));
    expect(r).toMatchObject({ status: 'violation', severity: 'info' });
    expect(r.evidence[0]!.text).toBe('General access: Anyone with the link (Viewer)');
    expect(result(id, snap({ generalAccess: 'anyone', linkRole: 'commenter' })).status).toBe('violation');
    expect(result(id, snap({ generalAccess: 'public', linkRole: 'viewer' })).status).toBe('violation');
    // the link exposure is known even when the role is not
    expect(result(id, snap({ generalAccess: 'anyone', linkRole: null })).status).toBe('violation');
  });
  it('is silent for lists (roster-public covers them), editor links (anyone-can-edit) and non-anyone access', () => {
    expect(result(id, snap({ itemName: '學生名冊', generalAccess: 'anyone', linkRole: 'viewer' })).status).toBe('pass');
    expect(result(id, snap({ generalAccess: 'anyone', linkRole: 'editor' })).status).toBe('pass');
    expect(result(id, snap({ generalAccess: 'restricted' })).status).toBe('pass');
    expect(result(id, snap({ generalAccess: 'domain', linkRole: 'viewer' })).status).toBe('pass');
  });
  it('is unverified when access or the name is unreadable', () => {
    expect(result(id, snap({ generalAccess: null })).status).toBe('unverified');
    expect(result(id, snap({ itemName: null, generalAccess: 'anyone', linkRole: 'viewer' }))).toMatchObject({
      status: 'unverified',
      reason: 'item-name-unreadable',
    });
  });
});

describe('share.roster-coediting', () => {
  const id = 'share.roster-coediting';
  const roster = '七年級期末成績';
  it('fires when the organisation (or anyone) can edit a list', () => {
    const r = result(id, snap({ itemName: roster, generalAccess: 'domain', linkRole: 'editor' }));
    expect(r.status).toBe('violation');
    expect(r.evidence.map((e) => e.kind)).toEqual(['item-name', 'setting']);
    expect(result(id, snap({ itemName: roster, generalAccess: 'anyone', linkRole: 'editor' })).status).toBe('violation');
  });
  it('fires on more named editors than the threshold, owner excluded', () => {
    expect(result(id, snap({ itemName: roster, people: [OWNER, ...editors(3)] })).status).toBe('pass');
    const r = result(id, snap({ itemName: roster, people: [OWNER, ...editors(4)] }));
    expect(r.status).toBe('violation');
    expect(r.evidence.filter((e) => e.kind === 'person')).toHaveLength(4);
    expect(result(id, snap({ itemName: roster, people: [OWNER, ...editors(1)] }), policy({ coeditorThreshold: 0 })).status).toBe(
      'violation',
    );
    expect(result(id, snap({ itemName: roster, people: [OWNER, ...editors(5)] }), policy({ coeditorThreshold: 10 })).status).toBe(
      'pass',
    );
  });
  it('is silent when not a list, or viewers/commenters only', () => {
    expect(result(id, snap({ itemName: '三年一班數學講義', generalAccess: 'domain', linkRole: 'editor', people: editors(10) })).status).toBe(
      'pass',
    );
    const many = Array.from({ length: 10 }, (_, i) => ({ name: `${i}`, email: `v${i}@school.edu.tw`, role: 'viewer' as const }));
    expect(result(id, snap({ itemName: roster, generalAccess: 'domain', linkRole: 'commenter', people: [OWNER, ...many] })).status).toBe(
      'pass',
    );
  });
  it('unreadable parts → unverified, with the reason', () => {
    expect(result(id, snap({ itemName: roster, people: null }))).toMatchObject({ status: 'unverified', reason: 'people-unreadable' });
    expect(result(id, snap({ itemName: roster, context: 'button', people: null }))).toMatchObject({
      status: 'unverified',
      reason: 'open-share-dialog',
    });
    expect(result(id, snap({ itemName: roster, generalAccess: null }))).toMatchObject({
      status: 'unverified',
      reason: 'general-access-unreadable',
    });
    expect(result(id, snap({ itemName: roster, generalAccess: 'domain', linkRole: null }))).toMatchObject({
      status: 'unverified',
      reason: 'link-role-unreadable',
    });
    const unknownRoles = [OWNER, ...editors(2), { name: 'x', email: 'x@school.edu.tw', role: null }, { name: 'y', email: 'y@school.edu.tw', role: null }];
    expect(result(id, snap({ itemName: roster, people: unknownRoles }))).toMatchObject({ status: 'unverified', reason: 'role-unreadable' });
    // name unknown: unverified unless it cannot fire
    expect(result(id, snap({ itemName: null, generalAccess: 'restricted', people: [OWNER, ...editors(2)] })).status).toBe('pass');
    expect(result(id, snap({ itemName: null, generalAccess: 'domain', linkRole: 'editor' }))).toMatchObject({
      status: 'unverified',
      reason: 'item-name-unreadable',
    });
    expect(result(id, snap({ itemName: null, people: [OWNER, ...editors(5)] })).status).toBe('unverified');
  });
  it('a violation wins over an unreadable part', () => {
    expect(result(id, snap({ itemName: roster, generalAccess: null, people: [OWNER, ...editors(4)] })).status).toBe('violation');
  });
});

describe('share.external-editor', () => {
  const id = 'share.external-editor';
  it('does not apply without school domains and says so', () => {
    const r = result(id, snap({ people: [OWNER, ...editors(2, 'gmail.com')] }));
    expect(r).toMatchObject({ status: 'not-applicable', reason: 'no-school-domains', evidence: [] });
  });
  it('fires on an Editor outside the school domains, with masked email evidence', () => {
    const r = result(id, snap({ people: [OWNER, { name: '陳雅婷', email: 'ya.ting.chen@gmail.com', role: 'editor' }] }), SCHOOL);
    expect(r.status).toBe('violation');
    expect(r.evidence).toHaveLength(1);
    expect(r.evidence[0]).toMatchObject({ kind: 'person', match: 'gmail.com', category: 'external-editor' });
    expect(r.evidence[0]!.text).toContain('陳雅婷');
    expect(r.evidence[0]!.text).toContain('@gmail.com');
    expect(r.evidence[0]!.text).toContain('編輯者');
    expect(r.evidence[0]!.text).not.toContain('ya.ting.chen');
    // case-insensitive domains
    expect(result(id, snap({ people: [{ name: 'A', email: 'a@GMAIL.com', role: 'editor' }] }), SCHOOL).status).toBe('violation');
  });
  it('is silent for school addresses, subdomains, addresses without a domain, owners and viewers', () => {
    const people: SharePerson[] = [
      OWNER,
      { name: 'A', email: 'a@school.edu.tw', role: 'editor' },
      { name: 'B', email: 'b@stu.school.edu.tw', role: 'editor' },
      { name: 'C', email: 'B@School.EDU.TW', role: 'editor' },
      { name: 'D', email: 'teacher', role: 'editor' },
      { name: 'E', email: null, role: 'editor' },
      { name: 'F', email: 'f@gmail.com', role: 'viewer' },
      { name: 'G', email: 'g@gmail.com', role: 'commenter' },
      { name: 'H', email: 'owner@gmail.com', role: 'owner' },
    ];
    expect(result(id, snap({ people }), SCHOOL).status).toBe('pass');
    // not a subdomain: a look-alike suffix
    expect(result(id, snap({ people: [{ name: 'X', email: 'x@evilschool.edu.tw', role: 'editor' }] }), SCHOOL).status).toBe('violation');
  });
  it('is unverified when people or their roles are unreadable', () => {
    expect(result(id, snap({ people: null }), SCHOOL)).toMatchObject({ status: 'unverified', reason: 'people-unreadable' });
    expect(result(id, snap({ context: 'button', people: null }), SCHOOL)).toMatchObject({
      status: 'unverified',
      reason: 'open-share-dialog',
    });
    expect(result(id, snap({ people: [{ name: 'X', email: 'x@gmail.com', role: null }] }), SCHOOL)).toMatchObject({
      status: 'unverified',
      reason: 'role-unreadable',
    });
  });
});

describe('share rules on fixture pages (reader + rules)', () => {
  const FIX = join(__dirname, '../../fixtures/share');
  const doc = (file: string, url: string) => new JSDOM(readFileSync(join(FIX, file), 'utf8'), { url }).window.document;
  const statuses = (s: ShareSnapshot | null, p: Policy) =>
    Object.fromEntries(evaluate(s!, p, shareRules).results.map((r) => [r.ruleId, r.status]));
  const P = policy({ schoolDomains: ['example.edu.tw'] });

  it('e2e-frame-roster-zh: a roster open to anyone as Editor', () => {
    const url =
      'https://docs.google.com/drivesharing/driveshare?id=1SheetsRosterDemoAbCdEfGhIjKlMnOpQrStUvWx&foreignService=ritz&origin=https%3A%2F%2Fdocs.google.com';
    expect(statuses(readShareDialog(doc('e2e-frame-roster-zh.html', url), url), P)).toEqual({
      'share.anyone-can-edit': 'violation',
      'share.roster-public': 'violation',
      'share.anyone-with-link': 'pass',
      'share.roster-coediting': 'violation',
      'share.external-editor': 'violation',
    });
  });

  it('e2e-frame-handout-en: only the info finding', () => {
    const url = 'https://docs.google.com/drivesharing/driveshare?id=1DocsHandoutDemoAbCdEfGhIjKlMnOpQrStUvWx&foreignService=kix';
    expect(statuses(readShareDialog(doc('e2e-frame-handout-en.html', url), url), P)).toEqual({
      'share.anyone-can-edit': 'pass',
      'share.roster-public': 'pass',
      'share.anyone-with-link': 'violation',
      'share.roster-coediting': 'pass',
      'share.external-editor': 'pass',
    });
  });

  it('frame-50-people-zh: restricted list with 35 editors, 5 outside', () => {
    const url = 'https://docs.google.com/drivesharing/driveshare?id=1FiftyPeopleGradesAbCdEfGhIjKlMnOp&foreignService=ritz';
    const report = evaluate(readShareDialog(doc('frame-50-people-zh.html', url), url)!, P, shareRules);
    const by = Object.fromEntries(report.results.map((r) => [r.ruleId, r]));
    expect(by['share.roster-public']!.status).toBe('pass');
    expect(by['share.anyone-can-edit']!.status).toBe('pass');
    expect(by['share.roster-coediting']!.status).toBe('violation');
    expect(by['share.external-editor']!.status).toBe('violation');
    expect(by['share.external-editor']!.evidence).toHaveLength(5);
  });

  it('docs-top-zh Share button: roster-public fires; people rules ask to open the dialog', () => {
    const url = 'https://docs.google.com/spreadsheets/d/1ZhTwRoSterSheetAbCdEfGhIjKlMnOpQrSt/edit';
    const report = evaluate(readShareButton(doc('docs-top-zh.html', url), url)!, P, shareRules);
    const by = Object.fromEntries(report.results.map((r) => [r.ruleId, r]));
    expect(by['share.roster-public']!.status).toBe('violation');
    expect(by['share.anyone-can-edit']).toMatchObject({ status: 'unverified', reason: 'open-share-dialog' });
    expect(by['share.roster-coediting']).toMatchObject({ status: 'unverified', reason: 'open-share-dialog' });
    expect(by['share.external-editor']).toMatchObject({ status: 'unverified', reason: 'open-share-dialog' });
    expect(report.itemTitle).toBe('三年一班學生名冊');
  });

  it('"Private to only me" button on a list: nothing to report', () => {
    const url = 'https://docs.google.com/spreadsheets/d/1ZhTwRoSterSheetAbCdEfGhIjKlMnOpQrSt/edit';
    const d = doc('docs-top-zh.html', url);
    d.querySelector('#docs-titlebar-share-client-button div[role="button"]')!.setAttribute('aria-label', 'Share. Private to only me. ');
    const st = statuses(readShareButton(d, url), P);
    expect(Object.values(st).every((v) => v === 'pass')).toBe(true);
  });

  it('frame-changed: everything unverified (or not applicable), nothing passes silently', () => {
    const url = 'https://docs.google.com/drivesharing/driveshare?id=1ChangedStructureAbCdEfGhIjKlMnOp&foreignService=kix';
    const st = statuses(readShareDialog(doc('frame-changed.html', url), url), P);
    expect(Object.values(st).every((v) => v === 'unverified')).toBe(true);
    expect(statuses(readShareDialog(doc('frame-changed.html', url), url), policy())['share.external-editor']).toBe('not-applicable');
  });
});
