// Embedded form data: `FB_LOAD_DATA_` (editor) / `FB_PUBLIC_LOAD_DATA_` (viewform), read from inline script text
// (an isolated-world content script cannot see window.FB_LOAD_DATA_). reference/google-forms-dom.md §6:
//   FB_LOAD_DATA_[0] has the shape of FB_PUBLIC_LOAD_DATA_ [GJS]; D = FB_LOAD_DATA_[0][1] (also FB_LOAD_DATA_[14]);
//   D[0] description, D[1] items, D[2][2] publish_analytics (summary), D[2][3] edit responses, D[8] title,
//   D[10][1] one response per user, D[10][6] email rule 1/2/3; item it[0] id, it[1] title, it[2] help, it[3] type.
//   jspb omits defaults: a missing/null D[2] or D[10] means defaults (summary off, no limit).
// The blob is page-load state only: live toggles never rewrite it (§0.4).
import type { FormsItem } from '../../core/schema';

export type EmbeddedSource = 'FB_LOAD_DATA_' | 'FB_PUBLIC_LOAD_DATA_';

export interface EmbeddedForm {
  source: EmbeddedSource;
  title: string;
  description: string;
  /** [] when D[1] is absent (jspb: empty repeated field) */
  items: FormsItem[];
  summary: boolean;
  editAfterSubmit: boolean;
  limitOne: boolean;
  /** null when D[10][6] is absent (older forms; meaning of the default unknown) */
  collectEmail: 'none' | 'verified' | 'input' | null;
}

export type EmbeddedResult =
  | { status: 'absent' }
  | { status: 'unparsable'; source: EmbeddedSource }
  | { status: 'unexpected-shape'; source: EmbeddedSource }
  | { status: 'ok'; form: EmbeddedForm; bytes: number };

const MAX_BLOB = 30_000_000;

const ASSIGN: Record<EmbeddedSource, RegExp> = {
  FB_LOAD_DATA_: /(?<![A-Za-z0-9_$])FB_LOAD_DATA_\s*=\s*\[/g,
  FB_PUBLIC_LOAD_DATA_: /(?<![A-Za-z0-9_$])FB_PUBLIC_LOAD_DATA_\s*=\s*\[/g,
};

/**
 * From the `[` at `start`, return the JSON text of the balanced array literal, tolerating what inline scripts
 * contain but JSON does not: `\xHH` escapes, `\'`, elided elements (`[,1]`, `[1,,2]`). null when unbalanced.
 */
export function sliceArrayLiteral(text: string, start: number): string | null {
  let depth = 0;
  let out = '';
  let i = start;
  let expectValue = false; // right after '[' or ','
  const n = Math.min(text.length, start + MAX_BLOB);
  while (i < n) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const quote = c;
      let s = '"';
      i++;
      while (i < n && text[i] !== quote) {
        const ch = text[i]!;
        if (ch === '\\') {
          const nx = text[i + 1];
          if (nx === 'x') {
            s += '\\u00' + text.slice(i + 2, i + 4);
            i += 4;
            continue;
          }
          if (nx === "'") {
            s += "'";
            i += 2;
            continue;
          }
          if (nx === undefined) return null;
          s += ch + nx;
          i += 2;
          continue;
        }
        if (ch === '"') s += '\\"';
        else if (ch === '\n') s += '\\n';
        else if (ch === '\r') s += '\\r';
        else s += ch;
        i++;
      }
      if (i >= n) return null;
      out += s + '"';
      i++;
      expectValue = false;
      continue;
    }
    if (c === '[') {
      depth++;
      out += c;
      expectValue = true;
      i++;
      continue;
    }
    if (c === ',') {
      if (expectValue) out += 'null';
      out += c;
      expectValue = true;
      i++;
      continue;
    }
    if (c === ']') {
      // `[1,]` in JS has length 1: drop a trailing comma instead of adding an element
      if (expectValue && out.endsWith(',')) out = out.slice(0, -1);
      depth--;
      out += c;
      i++;
      expectValue = false;
      if (depth === 0) return out;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
      continue;
    }
    out += c;
    expectValue = false;
    i++;
  }
  return null;
}

/**
 * The value of the array literal at `start`. Google's blob is JSON up to the `];` that ends its statement (what the
 * public extractors parse, reference §6a): one native parse of ~1 MB for 1,000 questions instead of a copy built
 * character by character (issue 9, cold first scan). A parse that succeeds read a whole balanced array from `start`,
 * the same one `sliceArrayLiteral` finds; anything else (`\xHH`, `'…'`, elided elements, a `];` inside a string)
 * goes through that copy. `bytes`: the JSON text's length.
 */
function parseArrayLiteral(text: string, start: number): { value: unknown; bytes: number } | null {
  const parse = (t: string | null) => {
    try {
      return t ? { value: JSON.parse(t) as unknown, bytes: t.length } : null;
    } catch {
      return null;
    }
  };
  return parse(text.slice(start, text.indexOf('];', start) + 1)) ?? parse(sliceArrayLiteral(text, start));
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
function arr(v: unknown): unknown[] | null {
  return Array.isArray(v) ? v : null;
}

export function itemKindOf(type: number | null): FormsItem['kind'] {
  if (type === 6) return 'text';
  if (type === 8) return 'section';
  if (type === 11 || type === 12) return 'media';
  return 'question';
}

function parseItems(D: unknown[]): FormsItem[] {
  const raw = arr(D[1]);
  if (!raw) return [];
  const items: FormsItem[] = [];
  for (const it of raw) {
    const a = arr(it);
    if (!a) continue;
    const id = typeof a[0] === 'number' || typeof a[0] === 'string' ? String(a[0]) : null;
    const type = typeof a[3] === 'number' && Number.isInteger(a[3]) ? a[3] : null;
    items.push({ id, title: str(a[1]) ?? '', description: str(a[2]) ?? '', type, kind: itemKindOf(type) });
  }
  return items;
}

/** Interpret FreebirdFormData D. */
export function parseFormData(D: unknown[], source: EmbeddedSource): EmbeddedForm {
  const first = arr(D[2]);
  const d10 = arr(D[10]);
  const email = d10?.[6];
  return {
    source,
    // a parsed blob without D[8]/D[0] means "empty" (jspb omits defaults), not "unknown"
    title: str(D[8]) ?? '',
    description: str(D[0]) ?? '',
    items: parseItems(D),
    summary: first?.[2] === 1 || first?.[2] === true,
    editAfterSubmit: first?.[3] === 1 || first?.[3] === true,
    limitOne: d10?.[1] === 1 || d10?.[1] === true,
    collectEmail: email === 1 ? 'none' : email === 2 ? 'verified' : email === 3 ? 'input' : null,
  };
}

function fromBlob(blob: unknown, source: EmbeddedSource): EmbeddedForm | null {
  const top = arr(blob);
  if (!top) return null;
  if (source === 'FB_PUBLIC_LOAD_DATA_') {
    const D = arr(top[1]);
    return D ? parseFormData(D, source) : null;
  }
  // LoadData: [0] = PublicLoadData → [0][1] = D; fallback [14] = form_data.
  const pub = arr(top[0]);
  const D = (pub && arr(pub[1])) ?? arr(top[14]);
  return D ? parseFormData(D, source) : null;
}

/** Find and parse the embedded form data in a list of inline script texts. Never throws. */
export function readEmbedded(scripts: Iterable<string>): EmbeddedResult {
  const scriptTexts = Array.from(scripts);
  let failure: EmbeddedResult = { status: 'absent' };
  for (const source of ['FB_LOAD_DATA_', 'FB_PUBLIC_LOAD_DATA_'] as const) {
    for (const text of scriptTexts) {
      if (!text.includes(source)) continue;
      for (const m of text.matchAll(ASSIGN[source])) {
        const open = m.index! + m[0].length - 1;
        const parsed = parseArrayLiteral(text, open);
        if (!parsed) {
          failure = { status: 'unparsable', source };
          continue;
        }
        const form = fromBlob(parsed.value, source);
        if (!form) {
          failure = { status: 'unexpected-shape', source };
          continue;
        }
        return { status: 'ok', form, bytes: parsed.bytes };
      }
    }
    if (failure.status !== 'absent') return failure;
  }
  return failure;
}
