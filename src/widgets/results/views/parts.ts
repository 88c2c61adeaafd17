import { html, nothing } from 'lit';
import type { ResultsStrings } from '../results.state.js';

/** The note under a panel when some of its items never reached the endpoint. */
export function unsentNote(t: ResultsStrings, unsent: number) {
  return unsent ? html`<p class="notice warning">${t.unsentNote(unsent)}</p>` : nothing;
}
