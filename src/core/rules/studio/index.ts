// YouTube Studio rules (RULES.md "YouTube Studio"), in catalog order.
import type { Rule } from '../../rule';
import { youtubePublic } from './public';
import { youtubeUnlisted } from './unlisted';
import { youtubePersonalDataInText } from './personal-data-in-text';

export { youtubePublic, youtubeUnlisted, youtubePersonalDataInText };

/** Typed as the generic Rule[] the engine and content guard take; every entry has app 'studio'. */
export const studioRules: readonly Rule[] = [youtubePublic, youtubeUnlisted, youtubePersonalDataInText] as readonly Rule[];
