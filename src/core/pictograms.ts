import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Pictograms drawn for us (no icon font, no outside request), 24×24, in `currentColor` so they follow
 * the text colour, dark themes and forced colours. Always decorative: the words beside them carry
 * the meaning, so each one is `aria-hidden`.
 */
const drawings = {
  globe: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M3 12h18M12 3c3 3.2 3 14.8 0 18M12 3c-3 3.2-3 14.8 0 18" fill="none" stroke="currentColor" stroke-width="1.6"/>`,
  'easy-read': svg`<rect x="3" y="4" width="18" height="16" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><path d="M7 9h10M7 13h6" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/><circle cx="17" cy="15.5" r="2" fill="currentColor"/>`,
} as const;

export type PictogramName = keyof typeof drawings;

/** An inline pictogram; `size` in em (1.5 by default: beside body text). */
export function pictogram(name: PictogramName, size = 1.5): TemplateResult {
  return drawPictogram(drawings[name], size);
}

/** The frame of every pictogram, around a drawing (read-aloud's speaker comes with speech.ts). */
export function drawPictogram(drawing: SVGTemplateResult, size: number): TemplateResult {
  return html`<svg class="pictogram" part="pictogram" viewBox="0 0 24 24" width=${`${size}em`} height=${`${size}em`} aria-hidden="true" focusable="false">
    ${drawing}
  </svg>`;
}
