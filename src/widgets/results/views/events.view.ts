import { html, nothing, type TemplateResult } from 'lit';
import { nextInLine, type EventSummary, type EventTotals, type SignupRow } from '../events.js';
import type { ViewProps } from '../results.state.js';
import { classedCell, tableRow } from '../../../ui/data-table.js';
import { resultsTable } from './parts.js';
import { renderSignInSheet } from './sign-in-sheet.view.js';

export interface EventsState {
  events: EventSummary[];
  totals: EventTotals;
}

/** What the seats controller adds: whether seats can be managed here, and what is under way. */
export interface EventsView {
  /** Read from the collector with the team's rights: cancel, promote and "notified" are offered. */
  manage: boolean;
  /** The signup whose cancellation waits for a confirmation. */
  confirming: string | undefined;
  /** The event whose sign-in sheet is shown. */
  sheet: string | undefined;
  /** A change is under way on the collector. */
  busy: boolean;
}

export interface EventsHandlers {
  askCancel(row: SignupRow): void;
  keep(): void;
  confirmCancel(event: EventSummary, row: SignupRow): void;
  promote(event: EventSummary, row: SignupRow): void;
  notified(event: EventSummary, row: SignupRow): void;
  showSheet(event: EventSummary): void;
  closeSheet(): void;
  print(): void;
}

type EventsProps = ViewProps<EventsState & EventsView & { structure?: string | undefined }, EventsHandlers>;

function totalsTable({ t, state: { totals } }: EventsProps) {
  const lines: Array<[string, number]> = [
    [t.eventsCount, totals.events],
    [t.signupsCount, totals.signups],
    [t.seatsConfirmed, totals.seatsConfirmed],
    [t.seatsWaiting, totals.seatsWaiting],
  ];
  if (totals.unsent) lines.push([t.unsentCount, totals.unsent]);
  if (totals.toNotify) lines.push([t.toNotifyCount, totals.toNotify]);
  return resultsTable({ className: 'totals', caption: t.eventsTotals, rows: lines.map((line) => tableRow(line)) });
}

function statusCell({ t }: EventsProps, row: SignupRow) {
  const status = row.status === 'waiting' && row.position ? t.waitingPosition(row.position) : t.signupStatus[row.status];
  if (row.toNotify) return html`${status} <strong class="badge to-notify">${t.toNotify}</strong>`;
  if (row.promoted && row.notified) return html`${status} <span class="hint">(${t.promotedNotified})</span>`;
  return status;
}

/** What a row's button does: the name of its data attribute (`data-<action>="<row id>"`, what tests and focus find). */
type RowAction = 'notified' | 'promote' | 'cancel';

/**
 * One of a row's buttons on the collector, `aria-disabled` while a change is under way. `part` starts
 * with its look (`secondary`, `danger`) when it has one; only the action's own data attribute is
 * written (Lit drops an attribute bound to `nothing`).
 */
function rowButton(part: string, label: string, busy: boolean, click: () => void, action?: [RowAction, string]) {
  const look = part.split(' ')[0];
  const data = (name: RowAction) => (action?.[0] === name ? action[1] : nothing);
  return html`<button
    class=${look === 'secondary' || look === 'danger' ? `button ${look}` : 'button'}
    part="button ${part}"
    type="button"
    data-notified=${data('notified')}
    data-promote=${data('promote')}
    data-cancel=${data('cancel')}
    aria-disabled=${busy ? 'true' : 'false'}
    @click=${click}
  >
    ${label}
  </button>`;
}

/** The row's actions on the collector: cancel (confirmed first), promote the first waiting, mark as told. */
function rowActions({ t, state, on }: EventsProps, event: EventSummary, row: SignupRow) {
  if (!state.manage || row.status === 'unsent' || row.status === 'cancelled') return nothing;
  const { busy } = state;
  if (state.confirming === row.id) {
    return html`<div class="confirm no-print" id="cancel-confirm-${row.id}" tabindex="-1" role="group" aria-label=${t.cancelConfirm(row.name)}>
      <p>${t.cancelConfirm(row.name)}</p>
      ${rowButton('danger confirm-cancel-signup', t.confirmCancelSignup, busy, () => on.confirmCancel(event, row))}
      <button class="button secondary" part="button secondary keep-signup" type="button" @click=${on.keep}>${t.keepSignup}</button>
    </div>`;
  }
  const promote = nextInLine(event)?.id === row.id && event.defined;
  return html`<div class="row-actions no-print">
    ${row.toNotify ? rowButton('mark-notified', t.markNotified(row.name), busy, () => on.notified(event, row), ['notified', row.id]) : nothing}
    ${promote ? rowButton('secondary promote', t.promote(row.name, row.seats), busy, () => on.promote(event, row), ['promote', row.id]) : nothing}
    ${rowButton('secondary cancel-signup', t.cancelSignup(row.name), busy, () => on.askCancel(row), ['cancel', row.id])}
  </div>`;
}

function signupRow(props: EventsProps, event: EventSummary, row: SignupRow) {
  const { t, format, state } = props;
  const cells = [
    format.dateTime(row.signedUpAt),
    row.name,
    `${t.channel[row.contact.channel] ?? row.contact.channel} : ${row.contact.value}`,
    row.seats,
    statusCell(props, row),
    row.accessNeeds ?? '',
    row.motivation ?? '',
  ];
  return tableRow(state.manage ? [...cells, classedCell(rowActions(props, event, row), 'no-print')] : cells, 1, row.status);
}

function eventSection(props: EventsProps, event: EventSummary, index: number): TemplateResult {
  const { t, format, ui, state, on } = props;
  const columns = [t.signedUpAt, t.name, t.contact, t.seats, t.statusColumn, t.accessNeeds, t.motivation];
  return html`<section class="event" part="event" aria-labelledby="event-${index}-title">
    ${ui.heading(event.title, { id: `event-${index}-title`, sub: 2 })}
    <p>${t.eventWhen(format.day(event.start), format.time(event.start), format.time(event.end))}</p>
    <p><strong>${t.eventFigures(event.seatsConfirmed, event.capacity, event.waiting)}</strong></p>
    ${event.toNotify ? html`<p class="notice warning">${t.toNotifyNote(event.toNotify)}</p>` : nothing}
    <div class="actions no-print">
      <button class="button secondary" part="button secondary sign-in-sheet" type="button" data-sheet=${event.eventId} @click=${() => on.showSheet(event)}>
        ${t.signInSheet}<span class="visually-hidden"> : ${event.title}</span>
      </button>
    </div>
    ${resultsTable({
      caption: t.signupsCaption(event.title),
      scroll: `event-${index}-caption`,
      columns: state.manage ? [...columns, classedCell(t.actionsColumn, 'no-print')] : columns,
      rows: event.rows.map((row) => signupRow(props, event, row)),
    })}
  </section>`;
}

/** The signup panel: totals, then each event's signups (personal data shown here only), or one event's sign-in sheet. */
export function renderEvents(props: EventsProps): TemplateResult {
  const sheet = props.state.sheet === undefined ? undefined : props.state.events.find((event) => event.eventId === props.state.sheet);
  if (sheet) return renderSignInSheet({ ...props, state: { event: sheet, structure: props.state.structure } });
  return html`${totalsTable(props)} ${props.state.events.map((event, index) => eventSection(props, event, index))}`;
}
