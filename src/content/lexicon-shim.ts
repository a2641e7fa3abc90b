// What the Forms rules import as the lexicon in the built extension (vite.config.ts points their
// `../../detect/lexicon` here): the detectors src/content/lexicon.iife.ts handed over, through the isolated world's
// globalThis, just before the Forms content script ran. Tests import the lexicon itself.
import { LEXICON_KEY } from './lexicon-key';
import type { SharedLexicon } from './lexicon.iife';

const L = (globalThis as unknown as Record<string, SharedLexicon>)[LEXICON_KEY]!;
export const { detectContact, detectIdentifier, detectSensitive, hasCollectionNotice } = L;
export type { Match } from '../core/detect/lexicon';
