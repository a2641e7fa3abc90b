// The extension API for content scripts, without a polyfill bundle: Chrome MV3's `chrome.*` and
// Firefox's `browser.*` both return promises for the calls we make. Extension pages and the worker use
// webextension-polyfill instead (src/platform/polyfill.ts).
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

export function ext(): Api | null {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome?.runtime?.id ? g.chrome : null;
  return api ?? null;
}

/** False once the extension was reloaded or removed: this content script is orphaned and must stop quietly. */
export function extensionAlive(): boolean {
  try {
    return ext()?.runtime?.id !== undefined;
  } catch {
    return false;
  }
}
