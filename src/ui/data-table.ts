import { html, type TemplateResult } from 'lit';

export interface DataTableOptions {
  /** The caption's id; the scrolling region and the table are labelled by it. */
  id: string;
  caption: unknown;
  /** The table's class and part (a host styles it through `::part`). */
  name: string;
  /** The header cells (`<th scope="col">…`), one row. */
  head: unknown;
  /** The body rows (`<tr>…`). */
  rows: unknown;
}

/**
 * A table that reads on a 320 px screen: its caption above it as a paragraph (a real `<caption>`
 * takes the table's width and is cut off with it), and the table in a focusable, named region that
 * scrolls by itself, so the page never scrolls sideways. Styles: `.table-caption`, `.table-scroll`.
 */
export function dataTable({ id, caption, name, head, rows }: DataTableOptions): TemplateResult {
  return html`<p id=${id} class="table-caption">${caption}</p>
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby=${id}>
      <table class=${name} part=${name} aria-labelledby=${id}>
        <thead>
          <tr>
            ${head}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
}
