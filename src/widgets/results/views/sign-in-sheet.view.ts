import { html, type TemplateResult } from 'lit';
import type { EventSummary } from '../events.js';
import type { ViewProps } from '../results.state.js';
import { classedCell, tableRow } from '../../../ui/data-table.js';
import { button, resultsTable } from './parts.js';

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
  const signature = classedCell('', 'signature');
  const confirmed = event.rows.filter((row) => row.status === 'confirmed').sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return html`<section class="sheet" part="sign-in-sheet" aria-labelledby="sheet-title">
    <div class="actions no-print">${button('print-sheet', t.printSheet, on.print, 'main')} ${button('close-sheet', t.closeSheet, on.closeSheet)}</div>
    ${ui.heading(t.signInSheetTitle(event.title), { id: 'sheet-title', focusable: true, sub: 2 })}
    <p>${t.eventWhen(format.longDay(event.start), format.time(event.start), format.time(event.end))}${structure ? ` — ${structure}` : ''}</p>
    <p>${t.sheetFigures(event.seatsConfirmed, confirmed.length)}</p>
    ${resultsTable({
      className: 'sheet-table',
      caption: t.signInSheetTitle(event.title),
      hiddenCaption: true,
      columns: [t.sheetNumber, t.name, t.seats, t.signature],
      rows: [
        ...confirmed.map((row, index) => tableRow([index + 1, row.name, row.seats, signature], 1)),
        ...Array.from({ length: BLANK_LINES }, (_, index) => tableRow([confirmed.length + index + 1, '', '', signature], -1, 'blank')),
      ],
    })}
  </section>`;
}
