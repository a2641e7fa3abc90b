import { studioMeta } from '../../../src/core/rules/studio/meta';
import { youtubePublicMeta } from '../../../src/core/rules/studio/public.meta';
import { youtubeUnlistedMeta } from '../../../src/core/rules/studio/unlisted.meta';
import { youtubePersonalDataInTextMeta } from '../../../src/core/rules/studio/personal-data-in-text.meta';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/engine';
import { CITATIONS } from '../../../src/core/law';
import { DEFAULT_POLICY, type Policy } from '../../../src/core/policy';
import type { Rule, RuleOutcome } from '../../../src/core/rule';
import { studioRules, youtubePersonalDataInText, youtubePublic, youtubeUnlisted } from '../../../src/core/rules/studio';
import { personalMatches, maskPersonal } from '../../../src/core/rules/studio/util';
import { Report, type StudioSnapshot } from '../../../src/core/schema';
import { readStudio } from '../../../src/sites/studio/reader';

const policy: Policy = { ...DEFAULT_POLICY };

function snap(over: Partial<StudioSnapshot> = {}): StudioSnapshot {
  return {
    app: 'studio',
    url: 'https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv/videos/upload?d=ud',
    itemKey: 'Xy12AbCdEfG',
    lang: 'en',
    context: 'upload',
    step: 'REVIEW',
    visibility: 'private',
    title: 'Science fair',
    description: 'Our class project.',
    madeForKids: false,
    diagnostics: { anchors: {}, notes: [], counts: {} },
    ...over,
  };
}

const run = (rule: Rule<'studio'>, s: StudioSnapshot): RuleOutcome => rule.evaluate(s, policy);
const PD_TITLE = '301班 12號 王小明 A123456789 期末報告';

describe('studioRules registry', () => {
  it('lists the three RULES.md YouTube rules in catalog order with their severities', () => {
    expect(studioRules.map((r) => [r.id, r.severity])).toEqual([
      ['youtube.public', 'high'],
      ['youtube.unlisted', 'info'],
      ['youtube.personal-data-in-text', 'warn'],
    ]);
    expect(studioRules.every((r) => r.app === 'studio')).toBe(true);
  });

  it('has messages in both languages and basis ids that exist', () => {
    for (const r of studioMeta) {
      for (const lang of ['zh-TW', 'en'] as const) {
        const m = r.messages[lang];
        expect(m.title && m.why && m.unverified && m.pass, `${r.id} ${lang}`).toBeTruthy();
        expect(m.fix.length).toBeGreaterThanOrEqual(2);
      }
      for (const id of [...r.basis.public, ...r.basis.private]) expect(CITATIONS).toHaveProperty(id);
    }
    for (const r of [youtubePublicMeta, youtubeUnlistedMeta]) {
      expect(r.basis.public).toEqual(['moe-yt-letter', 'pdpa-16', 'pdpa-11-3']);
      expect(r.basis.private).toEqual(['moe-yt-letter', 'pdpa-20', 'pdpa-11-3']);
    }
    expect(youtubePersonalDataInTextMeta.basis.public).toEqual(['moe-3-1', 'pdpa-5']);
  });

  it('the fix names the real clicks: 瀏覽權限 → 私人 → 私下分享 with the teacher\u2019s e-mail, delete after grading', () => {
    const zh = youtubePublicMeta.messages['zh-TW'].fix.join(' ');
    expect(zh).toMatch(/瀏覽權限/);
    expect(zh).toMatch(/私人/);
    expect(zh).toMatch(/私下分享/);
    expect(zh).toMatch(/老師的電子郵件/);
    expect(zh).toMatch(/批改完成後刪除/);
    expect(youtubePublicMeta.messages.en.fix.join(' ')).toMatch(/Share privately/);
    expect(youtubeUnlistedMeta.messages['zh-TW'].why).toMatch(/LINE/);
    expect(youtubePublicMeta.messages['zh-TW'].unverified).toMatch(/瀏覽權限/);
    expect(youtubePublicMeta.messages.en.unverified).toMatch(/Visibility step/);
  });
});

describe('youtube.public', () => {
  it.each(['public', 'scheduled'] as const)('fires on %s with the setting as evidence', (visibility) => {
    const out = run(youtubePublic, snap({ visibility }));
    expect(out.status).toBe('violation');
    if (out.status !== 'violation') return;
    expect(out.evidence).toEqual([
      { kind: 'setting', text: visibility === 'public' ? 'Visibility: Public' : 'Visibility: Scheduled (becomes Public)', category: visibility },
    ]);
  });

  it('evidence follows the page language', () => {
    const out = run(youtubePublic, snap({ visibility: 'public', lang: 'zh-TW' }));
    expect(out).toEqual({ status: 'violation', evidence: [{ kind: 'setting', text: '瀏覽權限：公開', category: 'public' }] });
  });

  it.each(['private', 'unlisted'] as const)('is silent (pass) on %s', (visibility) => {
    expect(run(youtubePublic, snap({ visibility }))).toEqual({ status: 'pass' });
  });

  it.each([
    ['upload, Details step', { context: 'upload', step: 'DETAILS' }, 'visibility-step-not-open'],
    ['upload, step unknown', { context: 'upload', step: null }, 'visibility-step-not-open'],
    ['upload, file picker', { context: 'upload', step: 'SELECT_FILES' }, 'visibility-step-not-open'],
    ['upload, Visibility step but nothing readable', { context: 'upload', step: 'REVIEW' }, 'visibility-unreadable'],
    ['edit page', { context: 'edit', step: null }, 'visibility-card-unreadable'],
  ] as const)('visibility null (%s) → unverified, never pass', (_n, over, reason) => {
    const s = snap({ visibility: null, ...over });
    expect(run(youtubePublic, s)).toEqual({ status: 'unverified', reason });
    expect(run(youtubeUnlisted, s)).toEqual({ status: 'unverified', reason });
  });
});

describe('youtube.unlisted', () => {
  it('fires (info) on unlisted', () => {
    expect(run(youtubeUnlisted, snap({ visibility: 'unlisted', lang: 'zh-TW' }))).toEqual({
      status: 'violation',
      evidence: [{ kind: 'setting', text: '瀏覽權限：不公開', category: 'unlisted' }],
    });
  });
  it.each(['private', 'public', 'scheduled'] as const)('is silent on %s', (visibility) => {
    expect(run(youtubeUnlisted, snap({ visibility }))).toEqual({ status: 'pass' });
  });
});

describe('youtube.personal-data-in-text', () => {
  it('「301班 12號 王小明 A123456789 期末報告」 → violation with the masked ID A12*****89 and the masked class-seat + name', () => {
    const out = run(youtubePersonalDataInText, snap({ title: PD_TITLE }));
    expect(out.status).toBe('violation');
    if (out.status !== 'violation') return;
    const byCat = Object.fromEntries(out.evidence.map((e) => [e.category, e]));
    expect(byCat['national-id']).toMatchObject({ kind: 'video-title', match: 'A12*****89' });
    expect(byCat['class-seat']).toMatchObject({ kind: 'video-title', match: '301***2號 王**' });
    for (const e of out.evidence) {
      expect(e.text).toBe('301***2號 王** A12*****89 期末報告');
      expect(e.text).not.toContain('A123456789');
      expect(e.text).not.toContain('王小明');
    }
  });

  it('the engine keeps the evidence masked and counts one warn finding', () => {
    const report = evaluate(snap({ title: PD_TITLE, visibility: 'unlisted' }), policy, studioRules);
    expect(Report.safeParse(report).success).toBe(true);
    const r = report.results.find((x) => x.ruleId === 'youtube.personal-data-in-text')!;
    expect(r).toMatchObject({ severity: 'warn', status: 'violation' });
    expect(JSON.stringify(report)).not.toContain('A123456789');
    expect(r.evidence.some((e) => e.match === 'A12*****89')).toBe(true);
  });

  it.each([
    ['mobile', 'Contact: 0912-345-678', 'description', '091*******78'],
    ['mobile', '+886 912 345 678 媽媽', 'description', '+88***********78'],
    ['resident-certificate', '居留證 A800000014', 'title', 'A80*****14'],
    ['resident-certificate', 'ARC AA00000009', 'title', 'AA0*****09'],
    ['student-number', '學號 1101234 自然作業', 'title', '學號 *****34'],
    ['student-number', 'Student ID: 1234567', 'description', 'Stu**************67'],
    ['class-seat', '3年1班12號 期末報告', 'title', '3年1**2號'],
    ['class-seat', 'Class 301 No. 12 science fair', 'title', 'Cla***********12'],
  ] as const)('fires on %s in %j', (category, text, field, match) => {
    const out = run(youtubePersonalDataInText, snap(field === 'title' ? { title: text } : { description: text }));
    expect(out.status).toBe('violation');
    if (out.status !== 'violation') return;
    expect(out.evidence[0]).toMatchObject({ kind: field === 'title' ? 'video-title' : 'video-description', category, match });
  });

  // RULES.md "must stay silent": a wrong-checksum ID, a year, a video number; plus the detectors' other look-alikes.
  it.each([
    'A123456788 期末報告',
    'M140051654',
    '2024 成果發表',
    '113年 校慶',
    '113學年度 第1學期',
    'Video 3',
    '第3集',
    'EP12',
    'Chapters 00:00 intro 12:34 results 1:02:03 end',
    '2024/06/12 錄製',
    '3月12號 上台',
    'NT$1,200 材料費',
    '12,345 次觀看',
    'Class of 2024',
    '301班 期末報告',
    '0990-123-456',
    '02-2345-6789',
    '<b>bold</b> 🎬👩‍🎓',
  ])('is silent on %j', (text) => {
    expect(run(youtubePersonalDataInText, snap({ title: text, description: text }))).toEqual({ status: 'pass' });
  });

  it('null title/description → unverified (unless the other field already shows a match)', () => {
    expect(run(youtubePersonalDataInText, snap({ title: null, description: null }))).toEqual({
      status: 'unverified',
      reason: 'title-description-unreadable',
    });
    expect(run(youtubePersonalDataInText, snap({ title: null }))).toEqual({ status: 'unverified', reason: 'title-unreadable' });
    expect(run(youtubePersonalDataInText, snap({ description: null }))).toEqual({ status: 'unverified', reason: 'description-unreadable' });
    expect(run(youtubePersonalDataInText, snap({ title: null, description: 'A123456789' })).status).toBe('violation');
    expect(run(youtubePersonalDataInText, snap({ title: '', description: '' }))).toEqual({ status: 'pass' });
  });

  it('evidence from a 5,000-char description is a short masked excerpt around the match', () => {
    const long = 'x'.repeat(3000) + ' 手機 0912345678 ' + 'y'.repeat(1985);
    const out = run(youtubePersonalDataInText, snap({ description: long }));
    expect(out.status).toBe('violation');
    if (out.status !== 'violation') return;
    expect(out.evidence).toHaveLength(1);
    const e = out.evidence[0]!;
    expect(Array.from(e.text).length).toBeLessThanOrEqual(200);
    expect(e.text).toContain('手機 091*****78');
    expect(e.text.startsWith('…')).toBe(true);
    expect(e.text).not.toContain('0912345678');
  });

  it('one finding carries every match from both fields', () => {
    const out = run(youtubePersonalDataInText, snap({ title: PD_TITLE, description: '家長手機 0912-345-678、學號 1101234' }));
    expect(out.status).toBe('violation');
    if (out.status !== 'violation') return;
    expect(out.evidence.map((e) => [e.kind, e.category])).toEqual([
      ['video-title', 'class-seat'],
      ['video-title', 'national-id'],
      ['video-description', 'mobile'],
      ['video-description', 'student-number'],
    ]);
  });

  it('personalMatches / maskPersonal mask names in the written order', () => {
    expect(maskPersonal('王小明 301班 12號 期末報告')).toBe('王** 301***2號 期末報告');
    expect(personalMatches('王小明 301班 12號')[0]!.masked).toBe('王** 301***2號');
    expect(maskPersonal('Class 3-1 #12 Lin Mei')).toBe('Cla********12 L** M**');
  });
});

describe('rules on fixture pages (reader → rules)', () => {
  const DIR = join(__dirname, '../../fixtures/studio');
  const UPLOAD = 'https://studio.youtube.com/channel/UCabcdefghijklmnopqrstuv/videos/upload?d=ud';
  const EDIT = 'https://studio.youtube.com/video/Ed78AbCdEfG/edit';
  const statuses = (file: string, url: string) => {
    const doc = new JSDOM(readFileSync(join(DIR, file), 'utf8'), { url }).window.document;
    const s = readStudio(doc, url)!;
    return Object.fromEntries(evaluate(s, policy, studioRules).results.map((r) => [r.ruleId, r.status]));
  };
  it.each([
    ['upload-select-files-en.html', UPLOAD, ['unverified', 'unverified', 'unverified']],
    ['upload-details-en.html', UPLOAD, ['unverified', 'unverified', 'pass']],
    ['upload-details-zh.html', UPLOAD, ['unverified', 'unverified', 'violation']],
    ['upload-video-elements-en.html', UPLOAD, ['unverified', 'unverified', 'pass']],
    ['upload-checks-en.html', UPLOAD, ['unverified', 'unverified', 'pass']],
    ['upload-visibility-en.html', UPLOAD, ['pass', 'pass', 'pass']],
    ['upload-visibility-zh.html', UPLOAD, ['violation', 'pass', 'pass']],
    ['upload-visibility-scheduled-en.html', UPLOAD, ['violation', 'pass', 'pass']],
    ['edit-en.html', EDIT, ['pass', 'pass', 'pass']],
    ['edit-zh.html', EDIT, ['pass', 'violation', 'violation']],
    ['edit-popup-open-en.html', EDIT, ['violation', 'pass', 'pass']],
    ['edit-after-save-en.html', EDIT, ['violation', 'pass', 'pass']],
    ['edit-popup-open-zh.html', EDIT, ['pass', 'pass', 'pass']],
    ['e2e-upload-en.html', UPLOAD, ['violation', 'pass', 'pass']],
    ['e2e-upload-zh.html', UPLOAD, ['pass', 'violation', 'violation']],
    ['e2e-edit-en.html', 'https://studio.youtube.com/video/De56AbCdEfG/edit', ['pass', 'pass', 'pass']],
  ] as const)('%s', (file, url, [pub, unl, pd]) => {
    expect(statuses(file, url)).toEqual({ 'youtube.public': pub, 'youtube.unlisted': unl, 'youtube.personal-data-in-text': pd });
  });

  it('the Details-step unverified reason tells the user to open the Visibility step', () => {
    const doc = new JSDOM(readFileSync(join(DIR, 'upload-details-en.html'), 'utf8'), { url: UPLOAD }).window.document;
    const r = evaluate(readStudio(doc, UPLOAD)!, policy, studioRules).results[0]!;
    expect(r).toMatchObject({ ruleId: 'youtube.public', status: 'unverified', reason: 'visibility-step-not-open' });
  });
});
