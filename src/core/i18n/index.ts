// Message catalogs. Each area keeps its strings in its own catalog (defineCatalog), with the
// English and zh-TW tables side by side; the types force both to have the same keys, and a
// parity test checks every registered catalog at run time too.
import type { Lang } from '../schema';
import type { LanguagePref } from '../policy';

export type Table<K extends string = string> = Record<K, string>;
export interface Catalog<K extends string = string> {
  name: string;
  en: Table<K>;
  'zh-TW': Table<K>;
}

export function defineCatalog<K extends string>(name: string, en: Table<K>, zh: Table<K>): Catalog<K> {
  return { name, en, 'zh-TW': zh };
}

/** {name} placeholders; values are plain text (rendered as text nodes, never HTML). */
export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function translator<K extends string>(catalog: Catalog<K>, lang: Lang) {
  return (key: K, vars?: Record<string, string | number>): string => format(catalog[lang][key] ?? catalog.en[key] ?? key, vars);
}

/** zh-TW for any Chinese browser language except simplified-only locales; English otherwise. */
export function langFromBrowser(browserLang: string | undefined | null): Lang {
  const l = (browserLang ?? '').toLowerCase();
  if (l.startsWith('zh')) return 'zh-TW';
  return 'en';
}

export function resolveLang(pref: LanguagePref, browserLang: string | undefined | null): Lang {
  return pref === 'auto' ? langFromBrowser(browserLang) : pref;
}
