// Service worker (Chrome) / event page (Firefox). Validates every message, keeps findings per tab
// and frame in storage.session, sets the badge, and answers the popup. No state in globals.
import browser from '../platform/polyfill';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { ContentMessage, PageMessage, ackKey } from '../core/messages';
import { ruleMetaById } from '../core/rules/meta';
import { loadPolicy } from './policy';
import type { RuleMessages } from '../core/rule';
import type { Lang } from '../core/schema';
import tipScript from '../content/tip.iife.ts?script';
import { badgeForTab, frameKey, mergeTab, tabKey, type TabState } from './state';
import type { TabStateResponse } from './worker-types';
import { addReminder, handleAlarm, installReminderListeners, REMINDER_ALARM_PREFIX } from './reminders';

const session = browser.storage.session;
const local = browser.storage.local;

const BADGE_RED = '#B3261E';
const BADGE_AMBER = '#8A5300';

/** Serialised: several messages dropped at once must each be counted (get + set is not atomic). */
let droppedChain: Promise<void> = Promise.resolve();
function bumpDropped(why: string): Promise<void> {
  const key = 'diag:dropped';
  droppedChain = droppedChain
    .then(async () => {
      const cur = ((await session.get(key))[key] as Record<string, number> | undefined) ?? {};
      cur[why] = (cur[why] ?? 0) + 1;
      await session.set({ [key]: cur });
    })
    .catch(() => undefined);
  return droppedChain;
}

async function getTab(tabId: number): Promise<TabState | undefined> {
  const key = tabKey(tabId);
  return (await session.get(key))[key] as TabState | undefined;
}

async function setBadge(tabId: number, state: TabState | undefined): Promise<void> {
  const { text, color } = badgeForTab(state);
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (color) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: color === 'red' ? BADGE_RED : BADGE_AMBER });
      // setBadgeTextColor is Chrome 110+ / Firefox 63+; keep white text on both colours for contrast.
      const action = browser.action as unknown as { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> };
      await action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' });
    }
    const title = text ? `${browser.i18n.getMessage('extName') || 'Campus Privacy Guard'} (${text})` : '';
    await browser.action.setTitle({ tabId, title: title || (browser.i18n.getMessage('extName') || 'Campus Privacy Guard') });
  } catch {
    // the tab may be gone
  }
}

/** Serialise updates per tab so two frames reporting at once do not overwrite each other. */
const queues = new Map<number, Promise<void>>();
function withTab(tabId: number, fn: () => Promise<void>): Promise<void> {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev.then(fn, fn).finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  queues.set(tabId, next);
  return next;
}

function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** Our own popup/options page (also when opened in a tab as popup.html?tab=N), as opposed to a content script. */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('');
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

/** Titles, why and fix steps for the in-page tip, in both languages, only for rules of the asking app. */
function ruleTexts(app: string, ids: readonly string[]) {
  const texts: Record<string, Record<Lang, Pick<RuleMessages, 'title' | 'why' | 'fix'>>> = {};
  for (const id of ids) {
    const meta = ruleMetaById(id);
    if (!meta || meta.app !== app) continue;
    const pick = (l: Lang) => ({ title: meta.messages[l].title, why: meta.messages[l].why, fix: meta.messages[l].fix });
    texts[id] = { en: pick('en'), 'zh-TW': pick('zh-TW') };
  }
  return { texts };
}

/**
 * The in-page tip is not part of the content scripts (they stay small: the page pays for the tip only
 * when there is something to say). It is injected into the asking frame on demand.
 */
async function loadTip(sender: Runtime.MessageSender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [tipScript] });
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

async function onContentMessage(msg: Extract<ContentMessage, { kind: 'report' | 'clear' }>, sender: Runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return;
  const frameId = sender.frameId ?? 0;
  const app = msg.kind === 'report' ? msg.report.app : msg.app;
  await withTab(tabId, async () => {
    const state: TabState = (await getTab(tabId)) ?? { frames: {} };
    const fk = frameKey(frameId, app);
    if (msg.kind === 'report') {
      state.frames[fk] = { report: msg.report, receivedAt: Date.now() };
    } else {
      delete state.frames[fk];
    }
    if (Object.keys(state.frames).length === 0) await session.remove(tabKey(tabId));
    else await session.set({ [tabKey(tabId)]: state });
    await setBadge(tabId, state);
    if (msg.kind === 'report' && msg.report.observedAt !== undefined) {
      await session.set({ 'diag:lastBadgeAt': Date.now() });
    }
  });
}



async function onPageMessage(msg: PageMessage): Promise<unknown> {
  switch (msg.kind) {
    case 'tab-state': {
      const [state, acksObj, policy, dropped] = await Promise.all([
        getTab(msg.tabId),
        local.get('acks'),
        loadPolicy(),
        session.get('diag:dropped'),
      ]);
      const res: TabStateResponse = {
        tabId: msg.tabId,
        merged: mergeTab(state),
        acks: (acksObj['acks'] as TabStateResponse['acks'] | undefined) ?? {},
        policy,
        dropped: (dropped['diag:dropped'] as Record<string, number> | undefined) ?? {},
      };
      return res;
    }
    case 'ack': {
      const acks = ((await local.get('acks'))['acks'] as TabStateResponse['acks'] | undefined) ?? {};
      const entry: { reason?: string; at: number } = { at: Date.now() };
      if (msg.reason) entry.reason = msg.reason;
      acks[ackKey(msg.app, msg.itemKey, msg.ruleId)] = entry;
      await local.set({ acks });
      return { ok: true };
    }
    case 'unack': {
      const acks = ((await local.get('acks'))['acks'] as TabStateResponse['acks'] | undefined) ?? {};
      delete acks[ackKey(msg.app, msg.itemKey, msg.ruleId)];
      await local.set({ acks });
      return { ok: true };
    }
    case 'remind':
      return addReminder(msg);
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnSender(sender)) {
    void bumpDropped('foreign-sender');
    return undefined;
  }
  if (!isExtensionPage(sender)) {
    if (!sender.tab) {
      void bumpDropped('no-tab');
      return undefined;
    }
    const parsed = ContentMessage.safeParse(raw);
    if (!parsed.success) {
      void bumpDropped('invalid-content-message');
      return undefined;
    }
    if (parsed.data.kind === 'ack') return onPageMessage(parsed.data);
    if (parsed.data.kind === 'rule-texts') return Promise.resolve(ruleTexts(parsed.data.app, parsed.data.ruleIds));
    if (parsed.data.kind === 'load-tip') return loadTip(sender);
    if (parsed.data.kind === 'get-policy') return loadPolicy().then((m) => ({ policy: m.policy }));
    return onContentMessage(parsed.data, sender).then(() => ({ ok: true }));
  }
  const parsed = PageMessage.safeParse(raw);
  if (!parsed.success) {
    void bumpDropped('invalid-page-message');
    return undefined;
  }
  return onPageMessage(parsed.data);
});

// Navigation and closing: drop what the tab said before, so nothing stale remains.
browser.tabs.onRemoved.addListener((tabId: number) => {
  void withTab(tabId, () => session.remove(tabKey(tabId)));
});
const sansHash = (u: string) => u.replace(/#.*$/, '');
browser.tabs.onUpdated.addListener((tabId: number, info: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
  if (info.status !== 'loading') return;
  void withTab(tabId, async () => {
    const state = await getTab(tabId);
    if (!state) return;
    // A same-document navigation (Forms tabs switch the #hash) or a reload keeps what the page said
    // (the page re-reports); a navigation to another document, or to a page we cannot see, starts clean.
    const url = info.url ?? tab.url;
    if (url && Object.values(state.frames).some((f) => sansHash(f.report.url) === sansHash(url))) return;
    await session.remove(tabKey(tabId));
    await setBadge(tabId, undefined);
  });
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name.startsWith(REMINDER_ALARM_PREFIX)) void handleAlarm(alarm.name);
});

installReminderListeners();
