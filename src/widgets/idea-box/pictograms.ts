// The idea themes' pictograms, drawn for the idea box (no icon font, no outside request): 24×24,
// strokes and fills in `currentColor` so they follow the text colour, dark hosts and forced colours.
// Decorative beside their words (`aria-hidden`): the label says what the theme is, the drawing helps
// a person who reads little to find it again.
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

const drawings: Record<string, SVGTemplateResult> = {
  // A person behind a front desk.
  accueil: svg`<circle cx="12" cy="6.5" r="3" fill="none" stroke="currentColor" stroke-width="2"/><path d="M6.5 14c.8-2.6 2.9-4 5.5-4s4.7 1.4 5.5 4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><rect x="3" y="14" width="18" height="6.5" rx="1" fill="currentColor"/>`,
  // A calendar page with the day ticked.
  'rendez-vous': svg`<rect x="3.5" y="5" width="17" height="15.5" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><path d="M3.5 10h17M8 3v4M16 3v4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><path d="M8.5 15l2.3 2.2 4.7-4.4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // An hourglass.
  delais: svg`<path d="M6 3h12M6 21h12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><path d="M7.5 3v2.5c0 2.5 4.5 4.5 4.5 6.5s-4.5 4-4.5 6.5V21M16.5 3v2.5c0 2.5-4.5 4.5-4.5 6.5s4.5 4 4.5 6.5V21" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M9 20.5c0-1.6 1.5-2.6 3-2.6s3 1 3 2.6z" fill="currentColor"/>`,
  // A building with its door and an entrance ramp.
  locaux: svg`<path d="M4 20.5V9l8-5.5L20 9v11.5z" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/><path d="M10 20.5v-5.5h4v5.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/><path d="M8 11.5h.01M16 11.5h.01" stroke="currentColor" stroke-width="2.6" stroke-linecap="round"/><path d="M14 20.5h7.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A notice board with an "i".
  information: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 11v6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/><circle cx="12" cy="7.5" r="1.4" fill="currentColor"/>`,
  // A screen with a pointer.
  'site-internet': svg`<rect x="2.5" y="4" width="19" height="13" rx="1.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8.5 21h7M12 17v4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/><path d="M10 8l5.5 2.3-2.3.9-.9 2.3z" fill="currentColor" stroke="currentColor" stroke-width="1" stroke-linejoin="round"/>`,
  // A heart with a cross: keeping well.
  prevention: svg`<path d="M12 20.5S3.5 15.3 3.5 9.2A4.4 4.4 0 0 1 12 7.3a4.4 4.4 0 0 1 8.5 1.9c0 6.1-8.5 11.3-8.5 11.3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/><path d="M12 10.5v5M9.5 13h5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A light bulb: any other idea (and the teams' own themes).
  autre: svg`<path d="M9 17.5h6M10 21h4M8.5 14.5C6.9 13.3 6 11.5 6 9.5a6 6 0 0 1 12 0c0 2-1 3.8-2.5 5-.6.5-.8 1.2-.8 2h-5.4c0-.8-.2-1.5-.8-2z" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
};

/** The theme ids that have a drawing of their own; any other theme gets the light bulb. */
export const themePictogramIds = Object.keys(drawings);

/** The pictogram of an idea theme (the light bulb for a theme the team added). */
export function themePictogram(themeId: string): TemplateResult {
  const drawing = drawings[themeId] ?? drawings['autre'];
  // No whitespace inside: a label's textContent stays its words.
  return html`<svg class="pictogram theme-pictogram" part="pictogram" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${drawing}</svg>`;
}
