// YouTube Studio UI strings used only as a fallback when a language-free anchor (radio `name`, stepper `test-id`) is missing.
// Source: ../shared/reference/share-dialog-and-youtube-studio-dom.md §B.4, §B.5 (EN [OBS]; zh-TW [CLONE]; ja/es [DOC/SCRIPT]).
// Order matters: 不公開 (zh-TW Unlisted) and 限定公開 (ja Unlisted) contain 公開 (Public); 非公開 is ja Private;
// "Schedule as public" / 排程公開 contain "public" / 公開. So: scheduled, then unlisted, then private, then public.
import type { Visibility } from '../../core/schema';

export const VISIBILITY_LABELS: readonly { value: Visibility; terms: readonly string[] }[] = [
  { value: 'scheduled', terms: ['scheduled', 'schedule', '排程', '已排定', '預定發布', '予約', 'programado', 'programar'] },
  { value: 'unlisted', terms: ['unlisted', '不公開', '限定公開', 'oculto', 'no listado'] },
  { value: 'private', terms: ['private', '私人', '非公開', 'privado'] },
  { value: 'public', terms: ['public', '公開', 'público', 'publico'] },
];

/** Stepper labels → the step name the reader reports (REVIEW = the Visibility step, as in `button[test-id="REVIEW"]`). */
export const STEP_LABELS: readonly { step: string; terms: readonly string[] }[] = [
  { step: 'REVIEW', terms: ['visibility', '瀏覽權限', '公開設定', 'visibilidad'] },
  { step: 'CHECKS', terms: ['checks', '檢查', 'チェック', 'comprobaciones'] },
  { step: 'VIDEO_ELEMENTS', terms: ['video elements', '影片元素', '動画の要素', 'elementos del video'] },
  { step: 'DETAILS', terms: ['details', '詳細資訊', '詳細', 'detalles'] },
];

export function visibilityFromText(text: string): Visibility | null {
  const t = text.normalize('NFKC').toLowerCase();
  if (!t.trim()) return null;
  for (const { value, terms } of VISIBILITY_LABELS) {
    if (terms.some((term) => t.includes(term))) return value;
  }
  return null;
}

export function stepFromText(text: string): string | null {
  const t = text.normalize('NFKC').toLowerCase();
  for (const { step, terms } of STEP_LABELS) {
    if (terms.some((term) => t.includes(term))) return step;
  }
  return null;
}
