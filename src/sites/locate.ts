// Where a finding's control is on the page, so the in-page tip can sit beside it and "Show me" can
// outline it. Language-free anchors first, then the readers' label tables. Pure DOM queries, never throws.
import type { Evidence } from '../core/schema';
import { SETTING_LABELS } from './forms/labels';
import { GA_HEADINGS } from './share/labels';

const SWITCHES = '[role="switch"],[role="checkbox"],input[type="checkbox"]';

function cssEscape(v: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(v) : v.replace(/["\\]/g, '\\$&');
}

/** The settings switch whose row is labelled with one of `labels` (outside question cards). */
function settingSwitch(doc: Document, labels: readonly string[]): Element | null {
  for (const sw of Array.from(doc.querySelectorAll(SWITCHES))) {
    if (sw.closest('[data-item-id]')) continue;
    const aria = sw.getAttribute('aria-label') ?? '';
    if (labels.some((l) => aria.includes(l))) return sw;
    // walk up a few levels to the row and compare its text
    let row: Element | null = sw.parentElement;
    for (let i = 0; i < 4 && row; i++, row = row.parentElement) {
      if (row.querySelectorAll(SWITCHES).length > 1) break;
      const text = row.textContent ?? '';
      if (labels.some((l) => text.includes(l))) return sw;
    }
  }
  return null;
}

function firstVisible(doc: Document, selector: string): Element | null {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (el.closest('[hidden],[aria-hidden="true"]')) continue;
    return el;
  }
  return null;
}

/** The first menu button after the "General access" / 一般存取權 heading (zh-TW aria-labels are undocumented). */
function generalAccessByHeading(doc: Document): Element | null {
  const headings = Array.from(doc.querySelectorAll('[role="dialog"] h2, [role="dialog"] h3, [role="dialog"] [role="heading"], h2, h3'));
  const h = headings.find((el) => GA_HEADINGS.includes((el.textContent ?? '').trim().toLowerCase()));
  if (!h) return null;
  let section: Element | null = h.parentElement;
  for (let i = 0; i < 3 && section; i++, section = section.parentElement) {
    const b = section.querySelector('button[aria-haspopup], [role="button"][aria-haspopup]');
    if (b) return b;
  }
  return null;
}

export function locateControl(doc: Document, ruleId: string, evidence: readonly Evidence[]): Element | null {
  try {
    const ref = evidence.find((e) => e.ref)?.ref;
    if (ruleId.startsWith('forms.')) {
      if (ruleId === 'forms.summary-public') return settingSwitch(doc, SETTING_LABELS.summary);
      if (ref) return doc.querySelector(`[data-item-id="${cssEscape(ref)}"]`);
      return null;
    }
    if (ruleId.startsWith('youtube.')) {
      if (ruleId === 'youtube.personal-data-in-text') {
        const where = evidence[0]?.kind === 'video-description' ? '#description-textarea' : '#title-textarea';
        return firstVisible(doc, where);
      }
      const name = ruleId === 'youtube.unlisted' ? 'UNLISTED' : 'PUBLIC';
      return (
        firstVisible(doc, `#privacy-radios [name="${name}"]`) ??
        firstVisible(doc, 'ytcp-video-metadata-visibility')
      );
    }
    if (ruleId.startsWith('share.')) {
      return (
        firstVisible(doc, 'button[aria-label$="change general access"]') ??
        firstVisible(doc, 'div[jsname="nfek"] button[jsname="dLruDf"]') ??
        generalAccessByHeading(doc) ??
        firstVisible(doc, '#docs-titlebar-share-client-button')
      );
    }
    return null;
  } catch {
    return null;
  }
}
