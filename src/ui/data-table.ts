import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

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

/** A cell with a class of its own (a box to fill in by hand, a column that does not print). */
export class ClassedCell {
  constructor(
    readonly content: unknown,
    readonly className: string,
  ) {}
}

/** `content` in a cell of class `className`, for `columnHeads` and `tableRow`. */
export const classedCell = (content: unknown, className: string): ClassedCell => new ClassedCell(content, className);

/** The header cells of a table's columns, one `<th scope="col">` each. */
export function columnHeads(columns: readonly unknown[]): TemplateResult[] {
  return columns.map((column) =>
    column instanceof ClassedCell ? html`<th scope="col" class=${column.className}>${column.content}</th>` : html`<th scope="col">${column}</th>`,
  );
}

/**
 * A body row: the cell at `header` names the row (`<th scope="row">`, what a screen reader says
 * before each value; -1 for a row with no name, a blank line to fill in), the others are data cells.
 */
export function tableRow(cells: readonly unknown[], header = 0, className?: string): TemplateResult {
  return html`<tr class=${ifDefined(className)}>
    ${cells.map((cell, index) => {
      if (index === header) return html`<th scope="row">${cell}</th>`;
      return cell instanceof ClassedCell ? html`<td class=${cell.className}>${cell.content}</td>` : html`<td>${cell}</td>`;
    })}
  </tr>`;
}
