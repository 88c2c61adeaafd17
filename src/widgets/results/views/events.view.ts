import { html, nothing, type TemplateResult } from 'lit';
import type { EventSummary, EventTotals } from '../events.js';
import type { ViewProps } from '../results.state.js';

export interface EventsState {
  events: EventSummary[];
  totals: EventTotals;
}

type EventsProps = ViewProps<EventsState>;

function totalsTable({ t, state: { totals } }: EventsProps) {
  return html`<table part="table" class="totals">
    <caption>
      ${t.eventsTotals}
    </caption>
    <tbody>
      <tr>
        <th scope="row">${t.eventsCount}</th>
        <td>${totals.events}</td>
      </tr>
      <tr>
        <th scope="row">${t.signupsCount}</th>
        <td>${totals.signups}</td>
      </tr>
      <tr>
        <th scope="row">${t.seatsConfirmed}</th>
        <td>${totals.seatsConfirmed}</td>
      </tr>
      <tr>
        <th scope="row">${t.seatsWaiting}</th>
        <td>${totals.seatsWaiting}</td>
      </tr>
      ${
        totals.unsent
          ? html`<tr>
              <th scope="row">${t.unsentCount}</th>
              <td>${totals.unsent}</td>
            </tr>`
          : nothing
      }
    </tbody>
  </table>`;
}

function eventSection({ t, format }: EventsProps, event: EventSummary, index: number): TemplateResult {
  return html`<section class="event" part="event" aria-labelledby="event-${index}-title">
    <h4 id="event-${index}-title">${event.title}</h4>
    <p>${t.eventWhen(format.day(event.start), format.time(event.start), format.time(event.end))}</p>
    <p><strong>${t.eventFigures(event.seatsConfirmed, event.capacity, event.waiting)}</strong></p>
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
          </tr>
        </thead>
        <tbody>
          ${event.rows.map(
            (row) =>
              html`<tr class=${row.status}>
                <td>${format.dateTime(row.signedUpAt)}</td>
                <th scope="row">${row.name}</th>
                <td>${t.channel[row.contact.channel] ?? row.contact.channel} : ${row.contact.value}</td>
                <td>${row.seats}</td>
                <td>${row.status === 'waiting' && row.position ? t.waitingPosition(row.position) : t.signupStatus[row.status]}</td>
                <td>${row.accessNeeds ?? ''}</td>
                <td>${row.motivation ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** The signup panel: totals, then each event's signups (personal data shown here only). */
export function renderEvents(props: EventsProps): TemplateResult {
  return html`${totalsTable(props)} ${props.state.events.map((event, index) => eventSection(props, event, index))}`;
}
