import { render } from 'preact';
import { ext } from '../platform/browser';
import type { TabStateResponse } from '../background/worker-types';
import { App, type PopupApi } from './App';
import './popup.css';

// The popup uses the browser's own promise-based API (chrome.* in Chrome MV3, browser.* in Firefox)
// rather than webextension-polyfill, to stay within its 60 KB budget.
const browser = ext()!;

async function activeTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const api: PopupApi = {
  tabState: (tabId) => browser.runtime.sendMessage({ kind: 'tab-state', tabId }) as Promise<TabStateResponse | undefined>,
  send: (msg) => browser.runtime.sendMessage(msg),
  uiLanguage: () => browser.i18n.getUILanguage(),
  version: () => browser.runtime.getManifest().version,
  openOptions: () => void browser.runtime.openOptionsPage(),
};

void activeTabId().then((tabId) => {
  render(<App api={api} tabId={tabId} />, document.getElementById('app')!);
});
