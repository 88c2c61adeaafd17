import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { columnHeads } from '../../../ui/data-table.js';
import type { ResultsStrings } from '../results.state.js';

/** The note under a panel when some of its items never reached the endpoint. */
export function unsentNote(t: ResultsStrings, unsent: number) {
  return unsent ? html`<p class="notice warning">${t.unsentNote(unsent)}</p>` : nothing;
}

/** How a button looks: the main action, another one, or one that deletes (in a confirmation). */
export type ButtonLook = 'main' | 'secondary' | 'danger';

/**
 * A button of the view: class `button` and its look, part `button <look> <name>` (a host styles
 * every button, a look, or this one), and the id `<name>` that focus and tests find.
 */
export function button(name: string, label: unknown, onClick: () => void, look: ButtonLook = 'secondary'): TemplateResult {
  const kind = look === 'main' ? '' : ` ${look}`;
  return html`<button class="button${kind}" part="button${kind} ${name}" type="button" id=${name} @click=${onClick}>${label}</button>`;
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

export interface ResultsTableOptions {
  /** The table's `<caption>`; none for a table named by `labelledBy` (a heading above it). */
  caption?: unknown;
  /** The caption only for screen readers (a chart or a heading beside it shows the words). */
  hiddenCaption?: boolean;
  /** The caption's id, for a wide table: it then sits in a focusable region, named by its caption, that scrolls by itself. */
  scroll?: string;
  labelledBy?: string;
  id?: string;
  className?: string;
  /** The column headers (see `columnHeads`); none: a table of rows only. */
  columns?: readonly unknown[];
  /** The body rows (`tableRow`). */
  rows: unknown;
}

/** A table of the results (part `table`), its caption inside it; the print styles repeat its header on each page. */
export function resultsTable(options: ResultsTableOptions): TemplateResult {
  const { caption, scroll, columns } = options;
  const table = html`<table part="table" id=${ifDefined(options.id)} class=${ifDefined(options.className)} aria-labelledby=${ifDefined(options.labelledBy)}>
    ${
      caption === undefined
        ? nothing
        : html`<caption id=${ifDefined(scroll)} class=${ifDefined(options.hiddenCaption ? 'visually-hidden' : undefined)}>
            ${caption}
          </caption>`
    }
    ${
      columns
        ? html`<thead>
            <tr>
              ${columnHeads(columns)}
            </tr>
          </thead>`
        : nothing
    }
    <tbody>
      ${options.rows}
    </tbody>
  </table>`;
  return scroll ? html`<div class="scroll" tabindex="0" role="region" aria-labelledby=${scroll}>${table}</div>` : table;
}
