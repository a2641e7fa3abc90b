// Texts and legal basis of the studio rules, in catalog order (extension pages import this, content scripts do not).
import type { RuleMeta } from '../../rule';
import { youtubePublicMeta } from './public.meta';
import { youtubeUnlistedMeta } from './unlisted.meta';
import { youtubePersonalDataInTextMeta } from './personal-data-in-text.meta';

export const studioMeta: readonly RuleMeta[] = [youtubePublicMeta, youtubeUnlistedMeta, youtubePersonalDataInTextMeta];
