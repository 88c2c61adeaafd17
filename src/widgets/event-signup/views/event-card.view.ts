import { html, nothing, type TemplateResult } from 'lit';
import type { ShownEvent, ViewProps } from '../event-signup.state.js';
import { isCandidacy, isFull } from '../shown-events.js';
import { eventDetails } from './event-details.view.js';

export type EventCardProps = ViewProps<{ shown: ShownEvent }, { open(eventId: string): void }>;

/**
 * One event of the list with its fiche-13 details, and the way in: sign up, join the waiting list,
 * apply (call for candidates), or "closed" once the deadline has passed.
 */
export function eventCard(props: EventCardProps): TemplateResult {
  const { t, state, on } = props;
  const { event } = state.shown;
  const action = isCandidacy(event) ? t.apply : isFull(state.shown.seats) ? t.joinWaitingList : t.signUp;
  return html`<li class="event" part="event">
    <h3 id="title-${event.id}">${event.title}</h3>
    <p class="kind" part="kind">${t.kinds[event.kind]}</p>
    ${event.description ? html`<p>${event.description}</p>` : nothing} ${eventDetails({ ...props, state: { shown: state.shown, withSeats: true }, on: {} })}
    ${
      state.shown.availability === 'closed'
        ? html`<p class="closed" part="closed">${t.closed}</p>`
        : html`<button id="signup-${event.id}" class="button" part="button signup-button" type="button" @click=${() => on.open(event.id)}>
            ${action}<span class="visually-hidden">${t.eventSuffix(event.title)}</span>
          </button>`
    }
  </li>`;
}
