// The in-page tip, injected on demand by the worker (scripting.executeScript) into a frame whose guard
// found something worth a card. It runs in the same isolated world as the guard and hands it the
// mount function through that world's globalThis (the page cannot see it).
import type { App } from '../core/schema';
import { locateControl } from '../sites/locate';
import { mountTip, workerTexts, type TipController } from './tip';

interface TipModule {
  mountTip(app: App): TipController;
}

const g = globalThis as unknown as { __cpgTip?: TipModule };
g.__cpgTip ??= { mountTip: (app) => mountTip(app, workerTexts(app), { locate: locateControl }) };
