// Policy: defaults ← user options ← admin-managed policy (storage.managed), key by key.
// Every key is normalised or rejected on its own with a reason; a bad key never breaks the others.
import type { SchoolType } from './law';

export type LanguagePref = 'auto' | 'zh-TW' | 'en';

export interface Policy {
  schoolType: SchoolType;
  schoolDomains: string[];
  disabledRules: string[];
  rosterTerms: string[];
  coeditorThreshold: number;
  retentionDays: number;
  language: LanguagePref;
}

export type PolicyKey = keyof Policy;
export const POLICY_KEYS: readonly PolicyKey[] = [
  'schoolType',
  'schoolDomains',
  'disabledRules',
  'rosterTerms',
  'coeditorThreshold',
  'retentionDays',
  'language',
];

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  schoolType: 'public',
  schoolDomains: [],
  disabledRules: [],
  rosterTerms: [],
  coeditorThreshold: 3,
  retentionDays: 14,
  language: 'auto',
});

export const LIMITS = {
  listItems: 200,
  termLength: 40,
  domainLength: 253,
  coeditorThreshold: { min: 0, max: 500 },
  retentionDays: { min: 1, max: 3650 },
} as const;

/** A problem with one key, as a diagnostics code plus the offending key (never the value itself if it is huge). */
export interface PolicyIssue {
  key: string;
  code:
    | 'unknown-key'
    | 'wrong-type'
    | 'out-of-range'
    | 'invalid-domain'
    | 'list-truncated'
    | 'invalid-entry'
    | 'unknown-rule';
  detail?: string;
}

export type ValueResult<T> = { ok: true; value: T; issues: PolicyIssue[] } | { ok: false; issues: PolicyIssue[] };

const DOMAIN_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

/** '*.edu.tw', '@school.edu.tw', ' EDU.TW ', 'https://school.edu.tw/x' → 'edu.tw' / 'school.edu.tw'; null when not a domain. */
export function normalizeDomain(raw: string): string | null {
  let d = raw.trim().toLowerCase();
  d = d.replace(/^[a-z]+:\/\//, '');
  d = d.replace(/[/?#].*$/, '');
  d = d.replace(/^.*@/, '');
  d = d.replace(/^\*\./, '').replace(/^\.+/, '').replace(/\.+$/, '');
  if (!DOMAIN_RE.test(d)) return null;
  return d;
}

function normList(
  key: string,
  raw: unknown,
  norm: (s: string) => string | null,
  badCode: PolicyIssue['code'],
): ValueResult<string[]> {
  if (!Array.isArray(raw)) return { ok: false, issues: [{ key, code: 'wrong-type' }] };
  const issues: PolicyIssue[] = [];
  const out: string[] = [];
  for (const entry of raw) {
    if (typeof entry !== 'string') {
      issues.push({ key, code: 'invalid-entry', detail: typeof entry });
      continue;
    }
    const v = norm(entry);
    if (v === null) {
      issues.push({ key, code: badCode, detail: entry.slice(0, 60) });
      continue;
    }
    if (!out.includes(v)) out.push(v);
    if (out.length >= LIMITS.listItems) {
      if (raw.length > LIMITS.listItems) issues.push({ key, code: 'list-truncated', detail: String(raw.length) });
      break;
    }
  }
  return { ok: true, value: out, issues };
}

function normInt(key: string, raw: unknown, range: { min: number; max: number }): ValueResult<number> {
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isFinite(n) || !Number.isInteger(n)) {
    return { ok: false, issues: [{ key, code: 'wrong-type' }] };
  }
  if (n < range.min || n > range.max) {
    return { ok: false, issues: [{ key, code: 'out-of-range', detail: `${range.min}–${range.max}` }] };
  }
  return { ok: true, value: n, issues: [] };
}

/** Validate one key. `knownRules` lets `disabledRules` reject ids that do not exist. */
export function normalizeKey<K extends PolicyKey>(
  key: K,
  raw: unknown,
  knownRules?: readonly string[],
): ValueResult<Policy[K]> {
  const r = normalizeKeyAny(key, raw, knownRules);
  return r as ValueResult<Policy[K]>;
}

function normalizeKeyAny(key: PolicyKey, raw: unknown, knownRules?: readonly string[]): ValueResult<unknown> {
  switch (key) {
    case 'schoolType':
      return raw === 'public' || raw === 'private'
        ? { ok: true, value: raw, issues: [] }
        : { ok: false, issues: [{ key, code: 'wrong-type' }] };
    case 'language':
      return raw === 'auto' || raw === 'zh-TW' || raw === 'en'
        ? { ok: true, value: raw, issues: [] }
        : { ok: false, issues: [{ key, code: 'wrong-type' }] };
    case 'schoolDomains':
      return normList(key, raw, normalizeDomain, 'invalid-domain');
    case 'rosterTerms':
      return normList(
        key,
        raw,
        (s) => {
          const t = s.normalize('NFKC').trim();
          return t.length >= 2 && t.length <= LIMITS.termLength ? t : null;
        },
        'invalid-entry',
      );
    case 'disabledRules':
      return normList(
        key,
        raw,
        (s) => {
          const t = s.trim();
          if (knownRules && !knownRules.includes(t)) return null;
          return /^[a-z]+\.[a-z0-9-]+$/.test(t) ? t : null;
        },
        'unknown-rule',
      );
    case 'coeditorThreshold':
      return normInt(key, raw, LIMITS.coeditorThreshold);
    case 'retentionDays':
      return normInt(key, raw, LIMITS.retentionDays);
  }
}

export interface MergedPolicy {
  policy: Policy;
  /** keys whose value comes from the administrator (locked in the options page) */
  locked: PolicyKey[];
  issues: Array<PolicyIssue & { source: 'managed' | 'user' }>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** managed over user over defaults, key by key; malformed values are skipped with an issue. */
export function mergePolicy(managed: unknown, user: unknown, knownRules?: readonly string[]): MergedPolicy {
  const policy: Policy = { ...DEFAULT_POLICY, schoolDomains: [], disabledRules: [], rosterTerms: [] };
  const locked: PolicyKey[] = [];
  const issues: MergedPolicy['issues'] = [];
  const layers: Array<['user' | 'managed', unknown]> = [
    ['user', user],
    ['managed', managed],
  ];
  for (const [source, layer] of layers) {
    if (layer === undefined || layer === null) continue;
    if (!isRecord(layer)) {
      issues.push({ key: '*', code: 'wrong-type', source });
      continue;
    }
    for (const [k, raw] of Object.entries(layer)) {
      if (!(POLICY_KEYS as readonly string[]).includes(k)) {
        issues.push({ key: k.slice(0, 60), code: 'unknown-key', source });
        continue;
      }
      const key = k as PolicyKey;
      if (raw === undefined) continue;
      const r = normalizeKeyAny(key, raw, knownRules);
      for (const i of r.issues) issues.push({ ...i, source });
      if (r.ok) {
        (policy as unknown as Record<string, unknown>)[key] = r.value;
        if (source === 'managed' && !locked.includes(key)) locked.push(key);
      }
    }
  }
  return { policy, locked, issues };
}
