// @vitest-environment jsdom
// Rule texts looked up at run time (so content-script bundles carry no rule texts): from the worker
// through workerTexts(), or any lookup function.
import { beforeEach, describe, expect, it } from 'vitest';
import { mountTip, workerTexts, type TipRuleText } from '../../../src/content/tip';
import { cardOf, EN, fakeApi, flush, manualFrames, report, result, ZH } from './helpers';

const text = (title: string): TipRuleText => ({ title, why: `${title} matters. More.`, fix: ['Step one'] });

beforeEach(() => {
  manualFrames(window);
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('tip texts from a lookup', () => {
  it('waits for the texts of the top finding (no lower card flashes first), then shows it; one lookup per rule and language', async () => {
    const calls: string[] = [];
    let resolveHigh!: (t: TipRuleText) => void;
    const lookup = (id: string, lang: string) => {
      calls.push(`${id}|${lang}`);
      if (id === 'forms.summary-public') return new Promise<TipRuleText>((r) => (resolveHigh = r));
      return text('warn title');
    };
    const tip = mountTip('forms', lookup, { api: () => fakeApi() });
    await flush();
    const rep = report([result('forms.identifier', 'warn'), result('forms.summary-public', 'high')]);
    tip.update(rep, EN);
    tip.update(rep, EN);
    expect(cardOf(tip.host())).toBeNull();
    resolveHigh(text('High title'));
    await flush();
    const card = cardOf(tip.host())!;
    expect(card.getAttribute('data-rule')).toBe('forms.summary-public');
    expect(card.querySelector('h2')!.textContent).toBe('High title');
    expect(calls).toEqual(['forms.summary-public|en']);
    tip.update(rep, ZH); // language change → new lookup for the new language
    expect(calls).toEqual(['forms.summary-public|en', 'forms.summary-public|zh-TW']);
  });

  it('skips a rule the lookup has no texts for (null, malformed, rejected, throwing)', async () => {
    for (const bad of [
      () => null,
      () => ({ title: 1 }) as unknown as TipRuleText,
      () => Promise.reject(new Error('no')),
      () => {
        throw new Error('boom');
      },
    ]) {
      document.documentElement.innerHTML = '<body></body>';
      const tip = mountTip('forms', (id) => (id === 'forms.summary-public' ? bad() : text('warn title')), { api: () => fakeApi() });
      await flush();
      expect(() => tip.update(report([result('forms.summary-public', 'high'), result('forms.identifier', 'warn')]), EN)).not.toThrow();
      await flush();
      expect(cardOf(tip.host())?.getAttribute('data-rule')).toBe('forms.identifier');
    }
  });
});

describe('workerTexts', () => {
  it('asks the worker with a rule-texts message and takes the answer for the language', async () => {
    const api = fakeApi();
    api.runtime.sendMessage = async (msg: unknown) => {
      api.sent.push(msg);
      return { texts: { 'youtube.public': { en: text('Public video'), 'zh-TW': text('影片是公開的') } } };
    };
    const lookup = workerTexts('studio', () => api) as (id: string, lang: 'en' | 'zh-TW') => Promise<TipRuleText | null>;
    expect(await lookup('youtube.public', 'zh-TW')).toEqual(text('影片是公開的'));
    expect(api.sent).toEqual([{ kind: 'rule-texts', app: 'studio', ruleIds: ['youtube.public'] }]);
    expect(await lookup('youtube.unlisted', 'en')).toBeNull();
  });

  it('a worker that does not answer (or an orphaned script) means no card and no error', async () => {
    const api = fakeApi();
    api.runtime.sendMessage = async () => undefined;
    const tip = mountTip('forms', workerTexts('forms', () => api), { api: () => api });
    await flush();
    tip.update(report([result('forms.summary-public', 'high')]), EN);
    await flush();
    expect(cardOf(tip.host())).toBeNull();
    const orphan = workerTexts('forms', () => null) as (id: string, lang: 'en') => Promise<unknown>;
    expect(await orphan('forms.summary-public', 'en')).toBeNull();
  });
});
