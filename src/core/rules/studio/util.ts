// Helpers shared by the YouTube Studio rules: visibility evidence, the unverified reason, personal-data matches in text.
// Evidence text follows the page language (what the user sees in Studio).
import { findTwIds } from '../../detect/twid';
import { findMobiles } from '../../detect/phone';
import { findStudentRefs } from '../../detect/student-number';
import { maskValue } from '../../detect/mask';
import type { Evidence, StudioSnapshot, Visibility } from '../../schema';

export function isZh(s: StudioSnapshot): boolean {
  return (s.lang ?? '').toLowerCase().startsWith('zh');
}

const VIS_TEXT: Record<Visibility, { zh: string; en: string }> = {
  private: { zh: '私人', en: 'Private' },
  unlisted: { zh: '不公開', en: 'Unlisted' },
  public: { zh: '公開', en: 'Public' },
  scheduled: { zh: '排程公開', en: 'Scheduled (becomes Public)' },
};

/** Evidence: the visibility setting, e.g. 「瀏覽權限：公開」 / "Visibility: Public". */
export function visibilityEvidence(s: StudioSnapshot, v: Visibility): Evidence {
  return {
    kind: 'setting',
    text: isZh(s) ? `瀏覽權限：${VIS_TEXT[v].zh}` : `Visibility: ${VIS_TEXT[v].en}`,
    category: v,
  };
}

/**
 * Why visibility is unknown. In the upload dialog before the Visibility step the radios are not built yet
 * (reference §B.3), so the user must open that step; otherwise the page did not let us read it.
 */
export function visibilityReason(s: StudioSnapshot): string {
  if (s.context === 'upload') return s.step === 'REVIEW' ? 'visibility-unreadable' : 'visibility-step-not-open';
  return 'visibility-card-unreadable';
}

export type PersonalCategory = 'national-id' | 'resident-certificate' | 'mobile' | 'student-number' | 'class-seat';

interface Span {
  index: number;
  length: number;
  masked: string;
}

export interface PersonalMatch {
  category: PersonalCategory;
  /** masked form for Evidence.match, e.g. A12*****89 or 301***2號 王** */
  masked: string;
  /** the parts of the text to replace in an excerpt (the number; the adjacent name) */
  spans: Span[];
}

/** Keep the first character of a name: 王小明 → 王**, Wang Xiao-Ming → W*** X***-M***. */
export function maskName(name: string): string {
  return Array.from(name)
    .map((c, i, all) => (i === 0 || /[\s-]/.test(c) || /[\s-]/.test(all[i - 1] ?? '') ? c : '*'))
    .join('');
}

const overlaps = (a: Span, b: Span) => a.index < b.index + b.length && b.index < a.index + a.length;

/** Checksum-valid IDs, Taiwan mobile numbers and student-number / class-seat patterns, in text order, masked. */
export function personalMatches(text: string): PersonalMatch[] {
  const out: PersonalMatch[] = [];
  const taken: Span[] = [];
  const add = (category: PersonalCategory, spans: Span[], masked: string) => {
    if (spans.some((s) => taken.some((t) => overlaps(s, t)))) return;
    taken.push(...spans);
    out.push({ category, masked, spans });
  };
  for (const m of findTwIds(text)) {
    const masked = maskValue(m.value);
    add(m.kind === 'national-id' ? 'national-id' : 'resident-certificate', [{ index: m.index, length: m.value.length, masked }], masked);
  }
  for (const m of findMobiles(text)) {
    const masked = maskValue(m.value);
    add('mobile', [{ index: m.index, length: m.value.length, masked }], masked);
  }
  for (const r of findStudentRefs(text)) {
    const core: Span = { index: r.index, length: r.value.length, masked: maskValue(r.value) };
    const spans = [core];
    let masked = core.masked;
    if (r.name && r.nameIndex !== null) {
      const name: Span = { index: r.nameIndex, length: r.name.length, masked: maskName(r.name) };
      if (!taken.some((t) => overlaps(name, t))) {
        spans.push(name);
        masked = r.nameIndex < r.index ? `${name.masked} ${core.masked}` : `${core.masked} ${name.masked}`;
      }
    }
    add(r.kind, spans, masked);
  }
  return out.sort((a, b) => a.spans[0]!.index - b.spans[0]!.index);
}

/** The text with every match (and adjacent name) replaced by its masked form, whitespace collapsed. */
export function maskPersonal(text: string, matches: PersonalMatch[] = personalMatches(text)): string {
  const spans = matches.flatMap((m) => m.spans).sort((a, b) => a.index - b.index);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.index < pos) continue;
    out += text.slice(pos, s.index) + s.masked;
    pos = s.index + s.length;
  }
  return (out + text.slice(pos)).replace(/\s+/g, ' ').trim();
}

/** Up to `max` characters of the masked text, centred on `needle` when the text is long. */
function excerpt(masked: string, needle: string, max = 200): string {
  const chars = Array.from(masked);
  if (chars.length <= max) return masked;
  const at = Math.max(0, masked.indexOf(needle));
  const atChars = Array.from(masked.slice(0, at)).length;
  const start = Math.max(0, Math.min(atChars - 60, chars.length - (max - 2)));
  const body = chars.slice(start, start + max - 2).join('');
  return (start > 0 ? '…' : '') + body + (start + max - 2 < chars.length ? '…' : '');
}

/** Evidence for one field (title or description): one entry per match; text = masked excerpt around it. */
export function textEvidence(kind: 'video-title' | 'video-description', text: string): Evidence[] {
  const matches = personalMatches(text);
  if (matches.length === 0) return [];
  const masked = maskPersonal(text, matches);
  return matches.map((m) => ({ kind, text: excerpt(masked, m.spans[0]!.masked), match: m.masked, category: m.category }));
}
