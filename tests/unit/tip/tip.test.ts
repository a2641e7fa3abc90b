// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountTip, tipKey } from '../../../src/content/tip';
import { ackKey } from '../../../src/core/messages';
import { buttonByText, cardOf, EN, fakeApi, flush, manualFrames, rect, report, result, rule, ZH } from './helpers';

const HIGH = rule('forms.summary-public', 'high', 'Respondents can see all answers');
const WARN = rule('forms.identifier', 'warn', 'The form asks for an ID number');
const INFO = rule('forms.no-notice', 'info', 'No privacy notice');
const RULES = [HIGH, WARN, INFO];

let frames: ReturnType<typeof manualFrames>;
beforeEach(() => {
  frames = manualFrames(window);
  document.documentElement.innerHTML = '<head></head><body><div id="page"><button id="ctl">Toggle</button></div></body>';
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('in-page tip: when it shows', () => {
  it('shows one card for a high violation, in a shadow root attached to <html>, with title, one sentence of why and the actions', async () => {
    const api = fakeApi();
    const tip = mountTip('forms', RULES, { api: () => api });
    await flush();
    expect(tip.host()).toBeNull(); // nothing created before there is something to say
    tip.update(report([result(HIGH.id, 'high')]), EN);
    const host = tip.host();
    expect(host?.parentNode).toBe(document.documentElement);
    const card = cardOf(host)!;
    expect(card.getAttribute('data-rule')).toBe(HIGH.id);
    expect(card.querySelector('h2')!.textContent).toBe('Respondents can see all answers');
    expect(card.querySelector('.why')!.textContent).toBe('Respondents can see all answers exposes students.');
    for (const label of ['How to fix', 'I understand']) expect(buttonByText(card, label).type).toBe('button');
    // no locator → corner, and no "Show me" (nothing to point at)
    expect(card.getAttribute('data-placement')).toBe('bottom-left');
    expect(buttonByText(card, 'Show me').hidden).toBe(true);
    // polite announcement region
    const live = host!.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    await new Promise((r) => setTimeout(r, 150));
    expect(live.textContent).toBe('Privacy tip: Respondents can see all answers');
  });

  it('never shows info findings, unverified results, or rules it has no metadata for', async () => {
    const tip = mountTip('forms', RULES, { api: () => fakeApi() });
    await flush();
    tip.update(
      report([result(INFO.id, 'info'), result(HIGH.id, 'high', 'unverified'), result('forms.unknown', 'high'), result(WARN.id, 'warn', 'pass')]),
      EN,
    );
    expect(cardOf(tip.host())).toBeNull();
  });

  it('shows one card at a time, high before warn, and keeps the card it shows while it still applies', async () => {
    const api = fakeApi();
    const tip = mountTip('forms', RULES, { api: () => api });
    await flush();
    tip.update(report([result(WARN.id, 'warn'), result(HIGH.id, 'high')]), EN);
    const root = tip.host()!.shadowRoot!;
    expect(root.querySelectorAll('.card')).toHaveLength(1);
    const first = cardOf(tip.host());
    expect(first!.getAttribute('data-rule')).toBe(HIGH.id);
    tip.update(report([result(WARN.id, 'warn'), result(HIGH.id, 'high')]), EN);
    expect(cardOf(tip.host())).toBe(first);
  });

  it('disappears when the setting is fixed, and the next finding takes its place', async () => {
    const tip = mountTip('forms', RULES, { api: () => fakeApi() });
    await flush();
    tip.update(report([result(HIGH.id, 'high'), result(WARN.id, 'warn')]), EN);
    expect(cardOf(tip.host())!.getAttribute('data-rule')).toBe(HIGH.id);
    tip.update(report([result(HIGH.id, 'high', 'pass'), result(WARN.id, 'warn')]), EN);
    expect(cardOf(tip.host())!.getAttribute('data-rule')).toBe(WARN.id);
    tip.update(null, EN);
    expect(cardOf(tip.host())).toBeNull();
  });

  it('shows a warn finding only once per item: "seen" is kept in storage.local, keyed by app+item+rule', async () => {
    const api = fakeApi();
    const tip = mountTip('forms', RULES, { api: () => api });
    await flush();
    tip.update(report([result(WARN.id, 'warn')]), EN);
    expect(cardOf(tip.host())).not.toBeNull();
    await flush();
    const seen = api.store['tipSeen'] as Record<string, number>;
    expect(Object.keys(seen)).toEqual([ackKey('forms', 'form-1', WARN.id)]);
    buttonByText(cardOf(tip.host())!, '×').click();
    expect(cardOf(tip.host())).toBeNull();

    // a new page load with the same storage: the warn does not pop up again for this item …
    document.documentElement.innerHTML = '<body></body>';
    const again = mountTip('forms', RULES, { api: () => api });
    await flush();
    again.update(report([result(WARN.id, 'warn')]), EN);
    expect(cardOf(again.host())).toBeNull();
    // … but does for another item
    again.update(report([result(WARN.id, 'warn')], 'form-2'), EN);
    expect(cardOf(again.host())!.getAttribute('data-rule')).toBe(WARN.id);
  });

  it('keeps "seen" for an item without an id (not saved yet) in memory only', async () => {
    const api = fakeApi();
    const tip = mountTip('forms', RULES, { api: () => api });
    await flush();
    tip.update(report([result(WARN.id, 'warn')], null), EN);
    expect(cardOf(tip.host())).not.toBeNull();
    buttonByText(cardOf(tip.host())!, '×').click();
    tip.update(report([result(WARN.id, 'warn')], null), EN);
    expect(cardOf(tip.host())).toBeNull();
    await flush();
    expect(api.store['tipSeen']).toBeUndefined();
  });

  it('never pops up for an acknowledged finding (storage.local "acks"), including acks made elsewhere later', async () => {
    const api = fakeApi({ acks: { [ackKey('forms', 'form-1', HIGH.id)]: { at: 1, reason: 'approved by the office' } } });
    const tip = mountTip('forms', RULES, { api: () => api });
    // before storage answers nothing is shown (no flash of an acknowledged finding)
    tip.update(report([result(HIGH.id, 'high')]), EN);
    expect(cardOf(tip.host())).toBeNull();
    await flush();
    expect(cardOf(tip.host())).toBeNull();
    // an ack of the other rule made in the popup arrives through storage.onChanged and hides its card
    tip.update(report([result(HIGH.id, 'high'), result(WARN.id, 'warn')]), EN);
    expect(cardOf(tip.host())!.getAttribute('data-rule')).toBe(WARN.id);
    api.fire({ acks: { newValue: { [ackKey('forms', 'form-1', HIGH.id)]: { at: 1 }, [ackKey('forms', 'form-1', WARN.id)]: { at: 2 } } } });
    expect(cardOf(tip.host())).toBeNull();
  });

  it('closing a high card keeps it closed while the problem stays, and it comes back if the problem returns later', async () => {
    const tip = mountTip('forms', RULES, { api: () => fakeApi() });
    await flush();
    tip.update(report([result(HIGH.id, 'high')]), EN);
    const card = cardOf(tip.host())!;
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardOf(tip.host())).toBeNull();
    tip.update(report([result(HIGH.id, 'high')]), EN);
    expect(cardOf(tip.host())).toBeNull();
    tip.update(report([result(HIGH.id, 'high', 'pass')]), EN);
    tip.update(report([result(HIGH.id, 'high')]), EN);
    expect(cardOf(tip.host())).not.toBeNull();
  });

  it('follows the language policy: zh-TW texts from the rule and the tip catalog', async () => {
    const tip = mountTip('forms', RULES, { api: () => fakeApi() });
    await flush();
    tip.update(report([result(HIGH.id, 'high')]), ZH);
    const card = cardOf(tip.host())!;
    expect(card.getAttribute('lang')).toBe('zh-TW');
    expect(card.querySelector('h2')!.textContent).toBe('中文：Respondents can see all answers');
    expect(card.querySelector('.why')!.textContent).toBe('會讓學生的個資外洩。');
    buttonByText(card, '怎麼修正');
    buttonByText(card, '我了解');
    // switching language rebuilds the card
    tip.update(report([result(HIGH.id, 'high')]), EN);
    expect(cardOf(tip.host())!.getAttribute('lang')).toBe('en');
  });
});

describe('in-page tip: actions', () => {
  it('"How to fix" expands the steps in place and says so with aria-expanded', async () => {
    const tip = mountTip('forms', RULES, { api: () => fakeApi() });
    await flush();
    tip.update(report([result(HIGH.id, 'high')]), EN);
    const card = cardOf(tip.host())!;
    const btn = buttonByText(card, 'How to fix');
    const steps = card.querySelector(`#${btn.getAttribute('aria-controls')}`) as HTMLOListElement;
    expect(steps.hidden).toBe(true);
    btn.click();
    expect(steps.hidden).toBe(false);
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect([...steps.querySelectorAll('li')].map((l) => l.textContent)).toEqual(['Open Settings', 'Turn off the option', 'Save']);
  });

  it('"I understand" asks for an optional reason, sends the ack message and removes the card', async () => {
    const api = fakeApi();
    const tip = mountTip('forms', RULES, { api: () => api });
    await flush();
    tip.update(report([result(HIGH.id, 'high')]), EN);
    const card = cardOf(tip.host())!;
    buttonByText(card, 'I understand').click();
    const input = card.querySelector('input')!;
    expect(card.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    expect(tip.host()!.shadowRoot!.activeElement).toBe(input); // focus moves only because the user asked
    input.value = '  the summary is intended for the class  ';
    buttonByText(card, 'Confirm').click();
    expect(api.sent).toEqual([
      { kind: 'ack', app: 'forms', itemKey: 'form-1', ruleId: HIGH.id, reason: 'the summary is intended for the class' },
    ]);
    expect(cardOf(tip.host())).toBeNull();
    tip.update(report([result(HIGH.id, 'high')]), EN);
    expect(cardOf(tip.host())).toBeNull();
  });

  it('an ack without a reason sends no reason key', async () => {
    const api = fakeApi();
    const tip = mountTip('forms', RULES, { api: () => api });
    await flush();
    tip.update(report([result(HIGH.id, 'high')], null), EN);
    const card = cardOf(tip.host())!;
    buttonByText(card, 'I understand').click();
    buttonByText(card, 'Confirm').click();
    expect(api.sent).toEqual([{ kind: 'ack', app: 'forms', itemKey: null, ruleId: HIGH.id }]);
  });

  it('never moves focus by itself', async () => {
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    const ctl = document.getElementById('ctl') as HTMLButtonElement;
    ctl.focus();
    focus.mockClear();
    const tip = mountTip('forms', RULES, { api: () => fakeApi(), locate: () => ctl });
    await flush();
    tip.update(report([result(HIGH.id, 'high')]), EN);
    tip.update(report([result(HIGH.id, 'high'), result(WARN.id, 'warn')]), EN);
    tip.update(report([result(WARN.id, 'warn')]), EN);
    expect(focus).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(ctl);
  });

  it('"Show me" draws our own outline and leaves Google\'s element untouched', async () => {
    const ctl = document.getElementById('ctl')!;
    vi.spyOn(ctl, 'getBoundingClientRect').mockReturnValue(rect(100, 200, 80, 30));
    const before = ctl.outerHTML;
    const tip = mountTip('forms', RULES, { api: () => fakeApi(), locate: (_d, id) => (id === HIGH.id ? ctl : null) });
    await flush();
    tip.update(report([result(HIGH.id, 'high')]), EN);
    const card = cardOf(tip.host())!;
    expect(card.getAttribute('data-placement')).toBe('right');
    const show = buttonByText(card, 'Show me');
    expect(show.hidden).toBe(false);
    show.click();
    frames.run();
    const outline = tip.host()!.shadowRoot!.querySelector('.o') as HTMLElement;
    expect(outline).not.toBeNull();
    expect(outline.style.left).toBe('96px');
    expect(outline.style.width).toBe('88px');
    expect(show.getAttribute('aria-pressed')).toBe('true');
    expect(ctl.outerHTML).toBe(before);
    show.click();
    expect(show.getAttribute('aria-pressed')).toBe('false');
    expect(tip.host()!.shadowRoot!.querySelector('.o')).toBeNull();
    // shown again with the control where it was: the new outline gets its box too
    show.click();
    frames.run();
    const again = tip.host()!.shadowRoot!.querySelector('.o') as HTMLElement;
    expect([again.style.left, again.style.top, again.style.width]).toEqual(['96px', '196px', '88px']);
  });

  /** A high finding's card shown for the fixture's control, laid out at (100, 200), 80 × 30. */
  async function shownBesideControl() {
    const ctl = document.getElementById('ctl')!;
    const spy = vi.spyOn(ctl, 'getBoundingClientRect').mockReturnValue(rect(100, 200, 80, 30));
    const tip = mountTip('forms', RULES, { api: () => fakeApi(), locate: () => ctl });
    await flush();
    tip.update(report([result(HIGH.id, 'high')]), EN);
    return { tip, spy, card: cardOf(tip.host())! };
  }

  it('a scroll that moves nothing writes nothing; one that moves the control moves the card (issue 9)', async () => {
    const { spy, card } = await shownBesideControl();
    const top = card.style.top;
    const writes = vi.spyOn(card, 'setAttribute');
    window.dispatchEvent(new Event('scroll'));
    frames.run();
    expect(writes).not.toHaveBeenCalled();
    spy.mockReturnValue(rect(100, 260, 80, 30));
    window.dispatchEvent(new Event('scroll'));
    frames.run();
    expect(card.style.top).not.toBe(top);
    expect(writes).toHaveBeenCalledWith('data-placement', 'right');
  });

  it('with the control out of view the card waits in a corner and scrolls measure nothing, until the control comes back (issue 9)', async () => {
    // a stand-in IntersectionObserver: the tip's measuring observer is made first, its watcher second
    const made: FakeIO[] = [];
    class FakeIO {
      targets = new Set<Element>();
      constructor(public cb: (entries: unknown[]) => void) {
        made.push(this);
      }
      observe(t: Element) {
        this.targets.add(t);
      }
      unobserve(t: Element) {
        this.targets.delete(t);
      }
      disconnect() {
        this.targets.clear();
      }
      say(target: Element, r: DOMRect, inView = true) {
        this.cb([{ target, boundingClientRect: r, isIntersecting: inView, rootBounds: { width: 1024, height: 768 } }]);
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeIO);
    try {
      const ctl = document.getElementById('ctl')!;
      vi.spyOn(ctl, 'getBoundingClientRect').mockReturnValue(rect(100, 200, 80, 30));
      const tip = mountTip('forms', RULES, { api: () => fakeApi(), locate: () => ctl });
      await flush();
      tip.update(report([result(HIGH.id, 'high')]), EN);
      const card = cardOf(tip.host())!;
      window.dispatchEvent(new Event('scroll'));
      const [io, watcher] = made;
      expect(io!.targets.has(ctl) && watcher!.targets.has(ctl)).toBe(true);
      io!.say(ctl, rect(100, 200, 80, 30));
      expect(card.getAttribute('data-placement')).toBe('right');

      // scrolled under the editor's fixed header: inside the viewport, but clipped by the scrolling div (not
      // intersecting). The card goes to a corner, and the "Show me" outline is not drawn over the header
      buttonByText(card, 'Show me').click();
      const outline = tip.host()!.shadowRoot!.querySelector('.o') as HTMLElement;
      window.dispatchEvent(new Event('scroll'));
      io!.say(ctl, rect(100, 200, 80, 30));
      expect(outline.hidden).toBe(false);
      window.dispatchEvent(new Event('scroll'));
      io!.say(ctl, rect(100, 40, 80, 30), false);
      expect(card.getAttribute('data-placement')).toBe('bottom-left');
      expect(outline.hidden).toBe(true);
      window.dispatchEvent(new Event('scroll'));
      io!.say(ctl, rect(100, 200, 80, 30));
      expect(card.getAttribute('data-placement')).toBe('right');
      expect(outline.hidden).toBe(false);
      buttonByText(card, 'Show me').click();

      // the control scrolls away: the watcher says so, one measurement puts the card in a corner
      watcher!.say(ctl, rect(100, -900, 80, 30), false);
      expect(io!.targets.has(ctl)).toBe(true);
      io!.say(ctl, rect(100, -900, 80, 30));
      expect(card.getAttribute('data-placement')).toBe('bottom-left');
      for (let i = 0; i < 5; i++) window.dispatchEvent(new Event('scroll'));
      expect(io!.targets.size).toBe(0); // nothing measured while it stays away

      // it comes back into view: measured, the card goes beside it, and scrolls measure again
      watcher!.say(ctl, rect(100, 300, 80, 30), true);
      expect(io!.targets.has(ctl)).toBe(true);
      io!.say(ctl, rect(100, 300, 80, 30));
      expect(card.getAttribute('data-placement')).toBe('right');
      window.dispatchEvent(new Event('scroll'));
      expect(io!.targets.has(ctl)).toBe(true);
      // the card closed: the watcher lets go of the control
      tip.update(report([]), EN);
      expect(watcher!.targets.size).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('sits beside the control and never on it; goes to a corner if beside would overlap', async () => {
    const { tip, spy, card } = await shownBesideControl();
    expect(parseInt(card.style.left, 10)).toBeGreaterThanOrEqual(100 + 80);
    // a control spanning the whole width with no room above or below: corner that avoids it
    spy.mockReturnValue(rect(0, 300, 1024, 200));
    tip.update(report([result(HIGH.id, 'high')]), EN);
    frames.run();
    expect(card.getAttribute('data-placement')).not.toBe('right');
    const top = parseInt(card.style.top, 10);
    expect(top + 180 <= 300 || top >= 500).toBe(true);
  });
});

describe('in-page tip: robustness', () => {
  it('never throws when the anchor disappears mid-animation: falls back to a corner and drops the highlight', async () => {
    const errors: unknown[] = [];
    const onErr = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onErr);
    const ctl = document.getElementById('ctl')!;
    vi.spyOn(ctl, 'getBoundingClientRect').mockReturnValue(rect(100, 200, 80, 30));
    const tip = mountTip('forms', RULES, { api: () => fakeApi(), locate: () => (ctl.isConnected ? ctl : null) });
    await flush();
    tip.update(report([result(HIGH.id, 'high')]), EN);
    const card = cardOf(tip.host())!;
    buttonByText(card, 'Show me').click();
    buttonByText(card, 'How to fix').click(); // schedules a reposition frame
    window.dispatchEvent(new Event('scroll'));
    expect(frames.pending).toBeGreaterThan(0);
    ctl.remove(); // Google re-renders the control between our frames
    expect(() => frames.run()).not.toThrow();
    expect(card.getAttribute('data-placement')).toBe('bottom-left');
    expect(tip.host()!.shadowRoot!.querySelector('.o')).toBeNull();
    expect(buttonByText(card, 'Show me').hidden).toBe(true);
    // the page keeps mutating; updates with the anchor gone stay quiet
    expect(() => tip.update(report([result(HIGH.id, 'high')]), EN)).not.toThrow();
    expect(() => frames.run()).not.toThrow();
    expect(cardOf(tip.host())).toBe(card);
    window.removeEventListener('error', onErr);
    expect(errors).toEqual([]);
  });

  it('survives a locator that throws, layout reads that throw, and an extension API that is gone or throws', async () => {
    const ctl = document.getElementById('ctl')!;
    const bad = mountTip('forms', RULES, {
      api: () => {
        throw new Error('Extension context invalidated');
      },
      locate: () => {
        throw new Error('reader bug');
      },
    });
    expect(() => bad.update(report([result(HIGH.id, 'high')]), EN)).not.toThrow();
    expect(cardOf(bad.host())).not.toBeNull();
    expect(() => buttonByText(cardOf(bad.host())!, 'I understand').click()).not.toThrow();
    expect(() => buttonByText(cardOf(bad.host())!, 'Confirm').click()).not.toThrow();

    vi.spyOn(ctl, 'getBoundingClientRect').mockImplementation(() => {
      throw new Error('detached');
    });
    const tip = mountTip('forms', RULES, { api: () => null, locate: () => ctl });
    expect(() => tip.update(report([result(WARN.id, 'warn')]), EN)).not.toThrow();
    window.dispatchEvent(new Event('resize'));
    expect(() => frames.run()).not.toThrow();
  });

  it('renders hostile rule and evidence texts as inert text', async () => {
    const big = 'A'.repeat(100_000);
    const hostile = rule('forms.summary-public', 'high', '<img src=x onerror=alert(1)>', {
      why: '\u202Egnp.exe <script>alert(1)</script>. rest',
      fix: ['<b onclick=alert(1)>click</b>', big],
    });
    const tip = mountTip('forms', [hostile], { api: () => fakeApi() });
    await flush();
    tip.update(
      report([result(hostile.id, 'high', 'violation', [{ kind: 'question', text: `<svg onload=alert(1)>${big}` }])]),
      EN,
    );
    const root = tip.host()!.shadowRoot!;
    const card = cardOf(tip.host())!;
    expect(root.querySelector('img, script, svg, b')).toBeNull();
    expect(card.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(card.querySelector('.why')!.textContent).toBe('\u202Egnp.exe <script>alert(1)</script>.');
    // the RTL override is isolated inside a <bdi dir="auto"> so it cannot flip our own labels
    const why = card.querySelector('.why bdi')!;
    expect(why.getAttribute('dir')).toBe('auto');
    expect(card.querySelector('.ev')!.textContent!.length).toBeLessThan(200);
    expect(card.textContent!.length).toBeLessThan(2_000);
    for (const e of root.querySelectorAll('*')) {
      for (const a of e.getAttributeNames()) expect(a.startsWith('on')).toBe(false);
    }
  });

  it('goes compact (a small pill to expand) inside a frame, so it does not cover the dialog', async () => {
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const framed = mountTip('forms', RULES, { api: () => fakeApi(), doc: iframe.contentDocument! });
    await flush();
    framed.update(report([result(HIGH.id, 'high')]), EN);
    const card = cardOf(framed.host())!;
    expect(card.classList.contains('c')).toBe(true);
    expect(card.querySelector('.pill')!.textContent).toBe('Privacy tip: Respondents can see all answers');
    (card.querySelector('.pill') as HTMLButtonElement).click();
    expect(card.classList.contains('c')).toBe(false);
    expect(framed.host()!.ownerDocument).toBe(iframe.contentDocument);
  });

  it('uses the same acknowledgement key as the worker and popup (ackKey)', () => {
    for (const [app, item, id] of [['forms', 'abc', 'forms.identifier'], ['share', null, 'share.anyone-can-edit'], ['studio', 'v|1', 'youtube.public']] as const) {
      expect(tipKey(app, item, id)).toBe(ackKey(app, item, id));
    }
  });

  it('source uses no HTML sinks (Trusted Types pages) and no preact', () => {
    for (const f of ['tip.ts', 'tip-place.ts', 'tip-strings.ts']) {
      const src = readFileSync(resolve(__dirname, '../../../src/content', f), 'utf8');
      expect(src).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
      expect(src).not.toMatch(/from ['"]preact/);
    }
  });
});
