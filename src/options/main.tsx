import { render } from 'preact';
import browser from '../platform/polyfill';
import { RULE_META } from '../core/rules/meta';
import { downloadJson } from './data';
import { Options, type OptionsEnv } from './Options';
import './options.css';

const env: OptionsEnv = {
  managed: () => browser.storage.managed.get(null),
  get: (keys) => browser.storage.local.get(keys),
  remove: (keys) => browser.storage.local.remove(keys),
  set: (items) => browser.storage.local.set(items),
  clear: () => browser.storage.local.clear(),
  onChanged(cb) {
    const listener = (_changes: unknown, area: string) => {
      if (area === 'local' || area === 'managed') cb();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  uiLanguage: () => browser.i18n.getUILanguage(),
  version: () => browser.runtime.getManifest().version,
  now: () => Date.now(),
  download: (name, data) => downloadJson(document, name, data),
};

render(<Options env={env} rules={RULE_META} />, document.getElementById('app')!);
