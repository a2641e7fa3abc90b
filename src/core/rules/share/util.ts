// Helpers shared by the share-dialog rules: access predicates, roster check, evidence builders.
// Evidence text follows the page language (what the user sees in the dialog).
import { looksLikeRoster } from '../../detect/roster';
import { maskValue } from '../../detect/mask';
import type { Policy } from '../../policy';
import type { Evidence, GeneralAccess, SharePerson, ShareRole, ShareSnapshot } from '../../schema';

/** "Public on the web" (legacy) is anyone-with-the-link and findable: it counts as anyone-with-link. */
export function isAnyone(ga: GeneralAccess | null): boolean {
  return ga === 'anyone' || ga === 'public';
}

/**
 * What a rule derives from the people list alone, kept per list (issue 9): the share reader hands out the same array
 * while no person changed, so a general-access toggle on a 500-person dialog does not walk the people again.
 * `key` must name everything else the value depends on (the page language, the school domains).
 */
const PEOPLE_MEMO = new WeakMap<readonly SharePerson[], Map<string, unknown>>();
export function perPeople<T>(people: readonly SharePerson[], key: string, f: () => T): T {
  let m = PEOPLE_MEMO.get(people);
  if (!m) PEOPLE_MEMO.set(people, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = f();
  m.set(key, v);
  return v;
}

/** Reason used when the rule needs people but only the Share button was read. */
export function peopleReason(s: ShareSnapshot): string {
  return s.context === 'button' ? 'open-share-dialog' : 'people-unreadable';
}

export function linkRoleReason(s: ShareSnapshot): string {
  return s.context === 'button' ? 'open-share-dialog' : 'link-role-unreadable';
}

/** The matched roster term, null when the name does not look like a list, undefined when the name is unknown. */
export function rosterTerm(s: ShareSnapshot, policy: Policy): string | null | undefined {
  if (s.itemName === null) return undefined;
  return looksLikeRoster(s.itemName, policy.rosterTerms)?.term ?? null;
}

export function zh(s: ShareSnapshot): boolean {
  return (s.lang ?? '').toLowerCase().startsWith('zh');
}

const GA_TEXT: Record<GeneralAccess, { zh: string; en: string }> = {
  restricted: { zh: '限制', en: 'Restricted' },
  domain: { zh: '機構內知道連結的使用者', en: 'Anyone in the organisation with the link' },
  anyone: { zh: '知道連結的任何人', en: 'Anyone with the link' },
  public: { zh: '網路上的公開檔案', en: 'Public on the web' },
};

const ROLE_TEXT: Record<ShareRole, { zh: string; en: string }> = {
  owner: { zh: '擁有者', en: 'Owner' },
  editor: { zh: '編輯者', en: 'Editor' },
  commenter: { zh: '加註者', en: 'Commenter' },
  viewer: { zh: '檢視者', en: 'Viewer' },
};

export function roleText(s: ShareSnapshot, role: ShareRole | null): string {
  if (!role) return zh(s) ? '角色不明' : 'role unknown';
  return ROLE_TEXT[role][zh(s) ? 'zh' : 'en'];
}

/** Evidence: the general access setting and the link's role, e.g. 「一般存取權：知道連結的任何人（編輯者）」. */
export function settingEvidence(s: ShareSnapshot): Evidence {
  const ga = s.generalAccess;
  const lang = zh(s) ? 'zh' : 'en';
  const value = ga ? GA_TEXT[ga][lang] : lang === 'zh' ? '無法讀取' : 'unreadable';
  const role = ga && ga !== 'restricted' && s.linkRole ? roleText(s, s.linkRole) : null;
  const text =
    lang === 'zh'
      ? `一般存取權：${value}${role ? `（${role}）` : ''}`
      : `General access: ${value}${role ? ` (${role})` : ''}`;
  const e: Evidence = { kind: 'setting', text, category: 'general-access' };
  if (ga) e.match = GA_TEXT[ga][lang];
  return e;
}

export function itemNameEvidence(s: ShareSnapshot, term: string): Evidence {
  return { kind: 'item-name', text: s.itemName ?? '', match: term, category: 'roster-term' };
}

/** a.b.wang@gmail.com → a.b******ng@gmail.com; the domain stays readable (it is why a person is external). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return maskValue(email);
  return `${maskValue(email.slice(0, at))}@${email.slice(at + 1)}`;
}

export function personEvidence(s: ShareSnapshot, p: SharePerson, category: string): Evidence {
  const parts = [p.name && p.name !== p.email ? p.name : null, p.email ? maskEmail(p.email) : null].filter(
    (x): x is string => !!x,
  );
  const who = parts.length ? parts.join(' ') : zh(s) ? '（未具名）' : '(no name)';
  const e: Evidence = { kind: 'person', text: `${who} · ${roleText(s, p.role)}`, category };
  const dom = p.email ? emailDomain(p.email) : null;
  if (dom) e.match = dom;
  return e;
}

/** Domain of an address, lower case; null when the address has no domain ("teacher", "x@"). */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const dom = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.+$/, '');
  return /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(dom) ? dom : null;
}

/** A domain is internal when it is a school domain or a subdomain of one (mail.school.edu.tw ⊂ school.edu.tw). */
export function isInternal(domain: string, schoolDomains: readonly string[]): boolean {
  return schoolDomains.some((d0) => {
    const d = d0.toLowerCase().replace(/^\.+|\.+$/g, '');
    return d !== '' && (domain === d || domain.endsWith(`.${d}`));
  });
}
