import { html, type TemplateResult } from 'lit';
import type { ResultsStrings } from '../results.state.js';

/**
 * While a read arrives (issue 16): what the figures below cover so far (`figures`: some are shown),
 * or, when none are (no response of the panel's kind yet, or a panel drawn only once everything is
 * read: ideas, signups, self-checks), that its list waits for the end. Not a live
 * region: the status region says how far the read is, now and then (ResultsLoadController).
 */
export function renderReading(t: ResultsStrings, read: number, figures: boolean): TemplateResult {
  return html`<p class="reading hint" id="reading">${figures ? t.readingSoFar(read) : t.readingWait}</p>`;
}
