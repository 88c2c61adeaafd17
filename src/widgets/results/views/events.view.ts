import { html, nothing, type TemplateResult } from 'lit';
import { nextInLine, type EventSummary, type EventTotals, type SignupRow } from '../events.js';
import type { ViewProps } from '../results.state.js';
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
  const line = (label: string, value: number) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${value}</td>
    </tr>`;
  return html`<table part="table" class="totals">
    <caption>
      ${t.eventsTotals}
    </caption>
    <tbody>
      ${line(t.eventsCount, totals.events)} ${line(t.signupsCount, totals.signups)} ${line(t.seatsConfirmed, totals.seatsConfirmed)}
      ${line(t.seatsWaiting, totals.seatsWaiting)} ${totals.unsent ? line(t.unsentCount, totals.unsent) : nothing}
      ${totals.toNotify ? line(t.toNotifyCount, totals.toNotify) : nothing}
    </tbody>
  </table>`;
}

function statusCell({ t }: EventsProps, row: SignupRow) {
  const status = row.status === 'waiting' && row.position ? t.waitingPosition(row.position) : t.signupStatus[row.status];
  if (row.toNotify) return html`${status} <strong class="badge to-notify">${t.toNotify}</strong>`;
  if (row.promoted && row.notified) return html`${status} <span class="hint">(${t.promotedNotified})</span>`;
  return status;
}

/** The row's actions on the collector: cancel (confirmed first), promote the first waiting, mark as told. */
function rowActions({ t, state, on }: EventsProps, event: EventSummary, row: SignupRow) {
  if (!state.manage || row.status === 'unsent' || row.status === 'cancelled') return nothing;
  const busy = state.busy ? 'true' : 'false';
  if (state.confirming === row.id) {
    return html`<div class="confirm no-print" id="cancel-confirm-${row.id}" tabindex="-1" role="group" aria-label=${t.cancelConfirm(row.name)}>
      <p>${t.cancelConfirm(row.name)}</p>
      <button class="button danger" part="button danger confirm-cancel-signup" type="button" aria-disabled=${busy} @click=${() => on.confirmCancel(event, row)}>
        ${t.confirmCancelSignup}
      </button>
      <button class="button secondary" part="button secondary keep-signup" type="button" @click=${on.keep}>${t.keepSignup}</button>
    </div>`;
  }
  const first = nextInLine(event);
  return html`<div class="row-actions no-print">
    ${
      row.toNotify
        ? html`<button
            class="button"
            part="button mark-notified"
            type="button"
            data-notified=${row.id}
            aria-disabled=${busy}
            @click=${() => on.notified(event, row)}
          >
            ${t.markNotified(row.name)}
          </button>`
        : nothing
    }
    ${
      first?.id === row.id && event.defined
        ? html`<button
            class="button secondary"
            part="button secondary promote"
            type="button"
            data-promote=${row.id}
            aria-disabled=${busy}
            @click=${() => on.promote(event, row)}
          >
            ${t.promote(row.name, row.seats)}
          </button>`
        : nothing
    }
    <button
      class="button secondary"
      part="button secondary cancel-signup"
      type="button"
      data-cancel=${row.id}
      aria-disabled=${busy}
      @click=${() => on.askCancel(row)}
    >
      ${t.cancelSignup(row.name)}
    </button>
  </div>`;
}

function signupRow(props: EventsProps, event: EventSummary, row: SignupRow) {
  const { t, format, state } = props;
  return html`<tr class=${row.status}>
    <td>${format.dateTime(row.signedUpAt)}</td>
    <th scope="row">${row.name}</th>
    <td>${t.channel[row.contact.channel] ?? row.contact.channel} : ${row.contact.value}</td>
    <td>${row.seats}</td>
    <td>${statusCell(props, row)}</td>
    <td>${row.accessNeeds ?? ''}</td>
    <td>${row.motivation ?? ''}</td>
    ${state.manage ? html`<td class="no-print">${rowActions(props, event, row)}</td>` : nothing}
  </tr>`;
}

function eventSection(props: EventsProps, event: EventSummary, index: number): TemplateResult {
  const { t, format, ui, state, on } = props;
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
    <div class="scroll" tabindex="0" role="region" aria-labelledby="event-${index}-caption">
      <table part="table">
        <caption id="event-${index}-caption">
          ${t.signupsCaption(event.title)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.signedUpAt}</th>
            <th scope="col">${t.name}</th>
            <th scope="col">${t.contact}</th>
            <th scope="col">${t.seats}</th>
            <th scope="col">${t.statusColumn}</th>
            <th scope="col">${t.accessNeeds}</th>
            <th scope="col">${t.motivation}</th>
            ${state.manage ? html`<th scope="col" class="no-print">${t.actionsColumn}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${event.rows.map((row) => signupRow(props, event, row))}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** The signup panel: totals, then each event's signups (personal data shown here only), or one event's sign-in sheet. */
export function renderEvents(props: EventsProps): TemplateResult {
  const sheet = props.state.sheet === undefined ? undefined : props.state.events.find((event) => event.eventId === props.state.sheet);
  if (sheet) return renderSignInSheet({ ...props, state: { event: sheet, structure: props.state.structure } });
  return html`${totalsTable(props)} ${props.state.events.map((event, index) => eventSection(props, event, index))}`;
}
