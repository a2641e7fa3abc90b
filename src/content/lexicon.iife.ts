// The Forms lexicon as a content script of its own, run just before forms.iife.js in the same isolated world
// (manifest.json lists both, in this order). It hands the detectors the Forms rules use to that script through the
// world's globalThis, which the page cannot see; the build points the rules' import of the lexicon at that hand-off
// (src/content/lexicon-shim.ts, vite.config.ts). This keeps the Forms content script within its 40 KB budget with
// room for work (issue 9); the page loads the same code as before, in two files.
import { detectContact, detectIdentifier, detectSensitive, hasCollectionNotice } from '../core/detect/lexicon';
import { LEXICON_KEY } from './lexicon-key';

const shared = { detectContact, detectIdentifier, detectSensitive, hasCollectionNotice };
export type SharedLexicon = typeof shared;
const g = globalThis as unknown as Record<string, SharedLexicon | undefined>;
g[LEXICON_KEY] ??= shared;
