// Page detection as pure URL predicates (like refined-github/github-url-detection).
// Each predicate has positive and negative example URLs in tests/unit/sites/detect.test.ts.
import { memoized } from '../core/memo';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const FORMS_EDIT = /^\/forms(?:\/u\/\d+)?\/d\/(?!e\/)([A-Za-z0-9_-]{10,})\/edit\/?$/;

/**
 * Google Forms editor: /forms/d/<id>/edit or /forms/u/<n>/d/<id>/edit (not /d/e/<published>/viewform).
 * Asked on every re-scan with the same location: remembered per URL (parsing a URL is most of a typing re-scan's cost).
 */
export const formsEditId = memoized((url: string): string | null => {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.hostname !== 'docs.google.com') return null;
  return FORMS_EDIT.exec(u.pathname)?.[1] ?? null;
}, 16, 4096);
export const isFormsEditor = (url: string): boolean => formsEditId(url) !== null;

/** The share dialog frame: /drivesharing/driveshare on docs.google.com or drive.google.com. */
export function isShareDialogFrame(url: string): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:') return false;
  if (u.hostname !== 'docs.google.com' && u.hostname !== 'drive.google.com') return false;
  return /^\/drivesharing\/driveshare\/?$/.test(u.pathname);
}

const DOCS_EDITOR = /^\/(document|spreadsheets|presentation|forms)(?:\/u\/\d+)?\/d\/(?!e\/)([A-Za-z0-9_-]{10,})(?:\/|$)/;

/** Docs, Sheets, Slides or Forms editor top page (where the Share button lives). */
export function docsEditorId(url: string): { kind: 'document' | 'spreadsheets' | 'presentation' | 'forms'; id: string } | null {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.hostname !== 'docs.google.com') return null;
  const m = DOCS_EDITOR.exec(u.pathname);
  return m ? { kind: m[1] as 'document', id: m[2]! } : null;
}

export function isDrive(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === 'https:' && u.hostname === 'drive.google.com' && !u.pathname.startsWith('/drivesharing/');
}

/** File id for a share frame (?id=…). */
export function shareFrameItemId(url: string): string | null {
  const u = parse(url);
  const id = u?.searchParams.get('id');
  return id && /^[A-Za-z0-9_-]{10,}$/.test(id) ? id : null;
}

export function isStudio(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === 'https:' && u.hostname === 'studio.youtube.com';
}

/** studio.youtube.com/video/<id>/edit (also the older /edit/basic). */
export function studioVideoId(url: string): string | null {
  const u = parse(url);
  if (!u || u.hostname !== 'studio.youtube.com') return null;
  return /^\/video\/([A-Za-z0-9_-]{6,})\/edit(?:\/basic)?\/?$/.exec(u.pathname)?.[1] ?? null;
}
