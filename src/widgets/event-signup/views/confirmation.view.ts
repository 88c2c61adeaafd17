import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarLink, LaterViewProps, SignedUp } from '../event-signup.state.js';
import { isCandidacy } from '../shown-events.js';
import { eventDetails } from './event-details.view.js';

export type ConfirmationProps = LaterViewProps<
  {
    signedUp: SignedUp;
    /** What happened, said first: confirmed, on the waiting list (with the place), kept on the device, refused. */
    message: string;
    /** The short reference, said with what it is for ('' in easy-read: not shown). */
    reference: string;
    /** The .ics file, unless the signup was refused. */
    calendar: CalendarLink | undefined;
  },
  { back(): void }
>;

/**
 * After sending: the outcome as the heading (it takes focus) with a button that reads it aloud, the
 * summary, what the reference is for, and "Ajouter à mon agenda".
 */
export function confirmation(props: ConfirmationProps): TemplateResult {
  const { t, ui, state, on } = props;
  const { shown, payload } = state.signedUp;
  const calendar = state.calendar;
  const spoken = [state.message, state.reference].filter(Boolean).join(' ');
  return html`<section class="confirmation" part="confirmation" aria-labelledby="done-title">
    <div class="event-head">${ui.heading(state.message, { id: 'done-title', part: 'heading', focusable: true })} ${ui.readAloud(spoken, t.listenNotice)}</div>
    ${ui.heading(t.summaryTitle(shown.event.title), { sub: 1 })} ${eventDetails({ ...props, state: { shown, withSeats: false }, on: {} })}
    <p>${isCandidacy(shown.event) ? payload.name : t.yourSignup(payload.name, t.people(payload.seats))}</p>
    ${state.reference ? html`<p class="reference" part="reference">${state.reference}</p>` : nothing}
    ${
      calendar
        ? html`<p class="calendar-hint" id="calendar-hint">${t.calendarHint}</p>
            <p>
              <a class="button" part="button calendar" href=${calendar.url} download=${calendar.name} aria-describedby="calendar-hint">${t.addToCalendar}</a>
            </p>`
        : nothing
    }
    <div class="actions">
      <button class="button secondary" part="button secondary back" type="button" @click=${() => on.back()}>${t.back}</button>
    </div>
  </section>`;
}
