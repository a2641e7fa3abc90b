// Share-dialog rules (RULES.md share section), as a plain array for the registry and the share content script.
import type { Rule } from '../../rule';
import { anyoneCanEdit } from './anyone-can-edit';
import { anyoneWithLink } from './anyone-with-link';
import { externalEditor } from './external-editor';
import { rosterCoediting } from './roster-coediting';
import { rosterPublic } from './roster-public';

export const shareRules: readonly Rule[] = [anyoneCanEdit, rosterPublic, anyoneWithLink, rosterCoediting, externalEditor] as readonly Rule[];
