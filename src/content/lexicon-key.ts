/** Where src/content/lexicon.iife.ts leaves the detectors for the Forms rules, in the isolated world's globalThis
 * (bump the number when what it hands over changes: a copy left by older code may still be around). */
export const LEXICON_KEY = '__cpgLexicon1';
