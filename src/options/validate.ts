// Options form validation: every field goes through normalizeKey() (the same code that reads admin
// policy), and anything it would drop or change silently is an error here, so invalid input is
// never saved.
import { LIMITS, normalizeKey, POLICY_KEYS, type Policy, type PolicyKey } from '../core/policy';

/** What the form holds: raw text for lists and numbers, as typed. */
export interface Draft {
  schoolType: string;
  schoolDomains: string;
  rosterTerms: string;
  coeditorThreshold: string;
  retentionDays: string;
  disabledRules: string[];
  language: string;
}

export type ErrorCode = 'err_domain' | 'err_term' | 'err_tooMany' | 'err_rule' | 'err_number' | 'err_choice';
export interface FieldError {
  code: ErrorCode;
  vars: Record<string, string | number>;
}
export type FieldErrors = Partial<Record<PolicyKey, FieldError>>;

export function draftFrom(p: Policy): Draft {
  return {
    schoolType: p.schoolType,
    schoolDomains: p.schoolDomains.join('\n'),
    rosterTerms: p.rosterTerms.join('\n'),
    coeditorThreshold: String(p.coeditorThreshold),
    retentionDays: String(p.retentionDays),
    disabledRules: [...p.disabledRules],
    language: p.language,
  };
}

/** One entry per line (commas and 、 also separate); blanks dropped, exact duplicates merged. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\n\r,，、;；]+/)) {
    const t = part.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

const NUMBER_RE = /^\s*\d{1,9}\s*$/;

/** Validate one field of the draft. */
export function validateField<K extends PolicyKey>(
  key: K,
  draft: Draft,
  knownRules: readonly string[],
): { ok: true; value: Policy[K] } | { ok: false; error: FieldError } {
  const fail = (code: ErrorCode, vars: Record<string, string | number> = {}) => ({ ok: false as const, error: { code, vars } });
  const k: PolicyKey = key;
  switch (k) {
    case 'coeditorThreshold':
    case 'retentionDays': {
      const range = LIMITS[k];
      const raw = draft[k];
      const r = NUMBER_RE.test(raw) ? normalizeKey(k, Number(raw)) : null;
      if (!r || !r.ok) return fail('err_number', { min: range.min, max: range.max });
      return { ok: true, value: r.value as Policy[K] };
    }
    case 'schoolDomains':
    case 'rosterTerms':
    case 'disabledRules': {
      const entries = k === 'disabledRules' ? [...new Set(draft.disabledRules)] : splitList(draft[k]);
      if (entries.length > LIMITS.listItems) return fail('err_tooMany', { max: LIMITS.listItems, n: entries.length });
      const r = normalizeKey(k, entries, knownRules);
      const bad = r.issues.find((i) => i.code !== 'list-truncated');
      if (bad || !r.ok) {
        const entry = bad?.detail ?? '';
        if (k === 'schoolDomains') return fail('err_domain', { entry });
        if (k === 'rosterTerms') return fail('err_term', { entry, min: 2, max: LIMITS.termLength });
        return fail('err_rule', { entry });
      }
      return { ok: true, value: r.value as Policy[K] };
    }
    case 'schoolType':
    case 'language': {
      const r = normalizeKey(k, draft[k]);
      return r.ok ? { ok: true, value: r.value as Policy[K] } : fail('err_choice');
    }
  }
  return fail('err_choice');
}

export interface DraftResult {
  errors: FieldErrors;
  /** the values to save (only keys the user may set) when there are no errors */
  values: Partial<Policy>;
}

/** Validate every key the user may change; locked (admin-managed) keys are neither checked nor saved. */
export function validateDraft(draft: Draft, locked: readonly PolicyKey[], knownRules: readonly string[]): DraftResult {
  const errors: FieldErrors = {};
  const values: Record<string, unknown> = {};
  for (const key of POLICY_KEYS) {
    if (locked.includes(key)) continue;
    const r = validateField(key, draft, knownRules);
    if (r.ok) values[key] = r.value;
    else errors[key] = r.error;
  }
  return { errors, values: values as Partial<Policy> };
}

/**
 * The object stored under storage.local 'policy': the validated values, plus the user's earlier
 * values for locked keys when those are still valid (they come back if the administrator unlocks).
 */
export function userPolicyToSave(values: Partial<Policy>, previous: unknown, locked: readonly PolicyKey[], knownRules: readonly string[]) {
  const out: Record<string, unknown> = {};
  const prev = previous && typeof previous === 'object' && !Array.isArray(previous) ? (previous as Record<string, unknown>) : {};
  for (const key of POLICY_KEYS) {
    if (locked.includes(key)) {
      if (key in prev) {
        const r = normalizeKey(key, prev[key], knownRules);
        if (r.ok && r.issues.length === 0) out[key] = r.value;
      }
    } else if (key in values) out[key] = values[key];
  }
  return out as Partial<Policy>;
}
