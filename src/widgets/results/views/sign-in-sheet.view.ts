import { html, type TemplateResult } from 'lit';
import type { EventSummary } from '../events.js';
import type { ViewProps } from '../results.state.js';

export interface SignInSheetState {
  event: EventSummary;
  structure?: string | undefined;
}

/** Blank lines left for people who come without signing up. */
export const BLANK_LINES = 5;

/**
 * The sign-in sheet (feuille d'émargement) of one event, to print: the people holding a seat, in
 * alphabetical order (easier to find a name at the door), their seats, a box to sign; then blank lines.
 * Contacts, needs and the waiting list stay off the sheet: it lies on a table where anyone reads it.
 */
export function renderSignInSheet({ t, format, ui, state, on }: ViewProps<SignInSheetState, { closeSheet(): void; print(): void }>): TemplateResult {
  const { event, structure } = state;
  const confirmed = event.rows.filter((row) => row.status === 'confirmed').sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return html`<section class="sheet" part="sign-in-sheet" aria-labelledby="sheet-title">
    <div class="actions no-print">
      <button class="button" part="button print-sheet" type="button" id="print-sheet" @click=${on.print}>${t.printSheet}</button>
      <button class="button secondary" part="button secondary close-sheet" type="button" id="close-sheet" @click=${on.closeSheet}>${t.closeSheet}</button>
    </div>
    ${ui.heading(t.signInSheetTitle(event.title), { id: 'sheet-title', focusable: true, sub: 2 })}
    <p>${t.eventWhen(format.longDay(event.start), format.time(event.start), format.time(event.end))}${structure ? ` — ${structure}` : ''}</p>
    <p>${t.sheetFigures(event.seatsConfirmed, confirmed.length)}</p>
    <table part="table" class="sheet-table">
      <caption class="visually-hidden">
        ${t.signInSheetTitle(event.title)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.sheetNumber}</th>
          <th scope="col">${t.name}</th>
          <th scope="col">${t.seats}</th>
          <th scope="col">${t.signature}</th>
        </tr>
      </thead>
      <tbody>
        ${confirmed.map(
          (row, index) =>
            html`<tr>
              <td>${index + 1}</td>
              <th scope="row">${row.name}</th>
              <td>${row.seats}</td>
              <td class="signature"></td>
            </tr>`,
        )}
        ${Array.from(
          { length: BLANK_LINES },
          (_, index) =>
            html`<tr class="blank">
              <td>${confirmed.length + index + 1}</td>
              <td></td>
              <td></td>
              <td class="signature"></td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
