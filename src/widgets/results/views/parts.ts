import { html, nothing } from 'lit';
import type { ResultsStrings } from '../results.state.js';

/** The note under a panel when some of its items never reached the endpoint. */
export function unsentNote(t: ResultsStrings, unsent: number) {
  return unsent ? html`<p class="notice warning">${t.unsentNote(unsent)}</p>` : nothing;
}

/** What a capped list needs from the shell: how many of a list are shown, and "Voir plus". */
export interface ListLimits {
  /** How many of the list `id` (of `total` items) are shown. */
  shown(id: string, total: number): number;
  /** Shows more of the list `id`; focus goes to the first item added (`#<id>-<index>`). */
  more(id: string, total: number): void;
}

/**
 * The count shown and "Voir plus" under a capped list ("20 sur 3 412"): the button names its list for a
 * screen reader (several lists have one), and the count is what it describes. Nothing when all are shown.
 */
export function moreControls(t: ResultsStrings, limits: ListLimits, id: string, total: number, context: string) {
  const shown = limits.shown(id, total);
  if (total <= shown) return nothing;
  return html`<div class="more">
    <p class="hint shown-count" id="${id}-count">${t.shownOf(shown, total)}</p>
    <button
      class="button secondary"
      part="button secondary show-more"
      type="button"
      data-more=${id}
      aria-describedby="${id}-count"
      @click=${() => limits.more(id, total)}
    >
      ${t.showMore}<span class="visually-hidden"> : ${context}</span>
    </button>
  </div>`;
}

/** A list of texts (open answers), capped: the first ones, then "Voir plus". */
export function cappedTexts(t: ResultsStrings, limits: ListLimits, id: string, texts: readonly string[], context: string) {
  const shown = limits.shown(id, texts.length);
  return html`<ul class="texts" id=${id}>
      ${texts.slice(0, shown).map((text, index) => html`<li id="${id}-${index}" tabindex="-1">${text}</li>`)}
    </ul>
    ${moreControls(t, limits, id, texts.length, context)}`;
}
