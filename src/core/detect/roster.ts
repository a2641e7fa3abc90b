// "Looks like a personal-data list": does an item's name (share dialog title 共用「…」 / Share "…")
// contain a roster term? Terms per ../shared/RULES.md (share section); the policy can add terms.
// Files named only by a class or subject (「三年一班數學講義」, "Grade 7 science worksheet") are not lists,
// so a few subject/office phrases that merely contain a term (健康教育, 家長日, 輔導室, 個資宣導) are
// blanked out before matching.
import { normText } from '../text';

export interface RosterTerm {
  /** the term reported as evidence (the canonical spelling) */
  term: string;
  /** spellings that count as this term (already NFKC + lower case) */
  forms: string[];
}

/** Canonical terms from RULES.md, with common alternative spellings. Data, not logic. */
export const ROSTER_TERMS: readonly RosterTerm[] = [
  { term: '名冊', forms: ['名冊', '名册'] },
  { term: '名單', forms: ['名單', '名单'] },
  { term: '通訊錄', forms: ['通訊錄', '通讯录'] },
  { term: '聯絡簿', forms: ['聯絡簿', '連絡簿'] },
  { term: '聯絡資料', forms: ['聯絡資料', '連絡資料', '聯絡電話', '連絡電話'] },
  { term: '個資', forms: ['個資', '個人資料'] },
  { term: '學生資料', forms: ['學生資料', '學生基本資料'] },
  { term: '家長', forms: ['家長'] },
  { term: '成績', forms: ['成績'] },
  { term: '身分證', forms: ['身分證', '身份證'] },
  { term: '輔導', forms: ['輔導'] },
  { term: '健康', forms: ['健康'] },
  { term: '特教', forms: ['特教', '特殊教育學生'] },
  { term: 'roster', forms: ['roster', 'rosters'] },
  { term: 'contact list', forms: ['contact list', 'contact lists', 'contacts list'] },
  { term: 'student list', forms: ['student list', 'student lists', 'students list', 'class list'] },
  { term: 'grades', forms: ['grades', 'gradebook', 'grade book'] },
  { term: 'address book', forms: ['address book'] },
];

/**
 * Phrases that contain a term but name a subject, an office, an event or a handout rather than a
 * list of people. They are removed before matching, so 「健康教育成績」 still matches 成績.
 */
export const ROSTER_EXCLUSIONS: readonly string[] = [
  // subjects and lessons
  '健康教育', '健康與體育', '健體', '健康操', '健康飲食', '健康促進', '輔導活動', '輔導課', '課後輔導', '生涯輔導',
  // offices and events
  '健康中心', '輔導室', '輔導處', '家長會', '家長日', '家長座談', '特教宣導', '特教研習',
  // letters to parents and awareness handouts
  '家長信', '家長通知', '致家長', '給家長', '個資宣導', '個資保護', '個資法', '個人資料保護',
  // grading policy documents (not marks of named students)
  '成績評量辦法', '成績評量方式', '成績計算方式',
];

const LATIN = /[a-z0-9]/;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Latin terms must stand as words ("grades" ≠ "upgrades"); CJK terms match as substrings. */
function termPattern(form: string): RegExp {
  const start = LATIN.test(form[0] ?? '') ? '(?<![a-z0-9])' : '';
  const end = LATIN.test(form[form.length - 1] ?? '') ? '(?![a-z0-9])' : '';
  let body = escapeRe(form).replace(/ /g, '[\\s_-]*');
  // "grades 7–9", "grades K-12": grade levels, not marks.
  if (form === 'grades') body += '(?!\\s*(?:\\d|k\\b|[ivx]+\\b))';
  return new RegExp(start + body + end, 'u');
}

interface CompiledTerm {
  term: string;
  patterns: RegExp[];
}

const BUILTIN: CompiledTerm[] = ROSTER_TERMS.map((t) => ({ term: t.term, patterns: t.forms.map(termPattern) }));

function prepare(name: string): string {
  let s = normText(name).toLowerCase();
  for (const ex of ROSTER_EXCLUSIONS) s = s.split(ex).join(' ');
  return s;
}

/** Does `name` look like a personal-data list? Returns the matched term, or null. */
export function looksLikeRoster(name: string, extraTerms: string[] = []): { term: string } | null {
  if (typeof name !== 'string' || name.trim() === '') return null;
  const s = prepare(name);
  for (const t of BUILTIN) {
    if (t.patterns.some((p) => p.test(s))) return { term: t.term };
  }
  // Policy terms are explicit choices: match them against the name without the exclusions.
  const full = normText(name).toLowerCase();
  for (const raw of extraTerms) {
    if (typeof raw !== 'string') continue;
    const term = normText(raw).toLowerCase();
    if (Array.from(term).length < 2) continue;
    if (termPattern(term).test(full)) return { term: normText(raw) };
  }
  return null;
}
