import { html, nothing, type TemplateResult } from 'lit';
import { callShown, phoneFor, type CallablePhone, type TeamDefaults } from '../call-for-candidates.js';
import type { EventCalendarLink, ShownEvent, ViewProps } from '../event-signup.state.js';
import { kindPictogram } from '../pictograms.js';
import { isCandidacy, isFull, isInformationOnly } from '../shown-events.js';
import { callDetails, phoneLine } from './call-details.view.js';
import { eventDetails, own, whenText } from './event-details.view.js';

export type EventCardProps = ViewProps<
  {
    shown: ShownEvent;
    /** The team's phone and charter, for events that give none. */
    defaults: TeamDefaults;
    /** The calendar file of an information-only event. */
    calendar: EventCalendarLink | undefined;
  },
  { open(eventId: string): void }
>;

/** What the read-aloud button beside an event says: its kind, title, day and time, and place. */
export function spokenEvent(props: Pick<EventCardProps, 't' | 'locale'>, shown: ShownEvent): string {
  const { t } = props;
  const { event } = shown;
  const place = [event.place.name, event.place.address].filter(Boolean).join(', ');
  return t.spokenEvent(t.kinds[event.kind], event.title, whenText(props, shown), place);
}

/** The kind of event, with its pictogram. */
export function kindLabel({ t }: Pick<EventCardProps, 't'>, shown: ShownEvent): TemplateResult {
  const kind = shown.event.kind;
  return html`<p class="kind" part="kind">${kindPictogram(kind)}<span>${t.kinds[kind]}</span></p>`;
}

/** A message the person must understand, with its read-aloud button beside it. */
export function notice(props: Pick<EventCardProps, 't' | 'ui'>, text: string, part: string, kind = 'notice'): TemplateResult {
  return html`<div class="${kind} spoken" part=${part}>
    <p>${text}</p>
    ${props.ui.readAloud(text, props.t.listenNotice)}
  </div>`;
}

/** An information-only event: nothing to fill in, a number for questions, and the calendar file. */
function informationOnly(props: EventCardProps, phone: CallablePhone | undefined): TemplateResult {
  const { t, state } = props;
  const { event } = state.shown;
  const calendar = state.calendar;
  return html`<div class="notice no-signup spoken" part="no-signup">
      <div>
        <p>${t.noSignup}</p>
        ${phone ? html`<p>${phoneLine(t.questionCallUs, phone)}</p>` : nothing}
      </div>
      ${props.ui.readAloud(t.noSignup, t.listenNotice)}
    </div>
    ${
      calendar
        ? html`<p class="calendar-hint" id="calendar-hint-${event.id}">${calendar.hint}</p>
            <p>
              <a class="button" part="button calendar" href=${calendar.url} download=${calendar.name} aria-describedby="calendar-hint-${event.id}"
                >${t.addToCalendar}<span class="visually-hidden">${t.eventSuffix(event.title)}</span></a
              >
            </p>`
        : nothing
    }`;
}

/**
 * One event of the list with its fiche-13 details, and the way in: sign up, join the waiting list,
 * apply (a call for candidates, with its role, time, training, compensation and charter), "closed"
 * once the deadline has passed — or, for an information-only event, nothing to fill in at all.
 * A read-aloud button beside the title says the kind, title, day, time and place.
 */
export function eventCard(props: EventCardProps): TemplateResult {
  const { t, ui, state, on } = props;
  const { event } = state.shown;
  const info = isInformationOnly(event);
  const call = callShown(event, state.defaults, t.callRoles);
  const phone = phoneFor(event, state.defaults);
  const action = isCandidacy(event) ? t.apply : isFull(state.shown.seats) ? t.joinWaitingList : t.signUp;
  return html`<li class="event" part="event">
    <div class="event-head">
      ${ui.heading(own(event.title), { id: `title-${event.id}`, sub: 1 })} ${ui.readAloud(spokenEvent(props, state.shown), event.title)}
    </div>
    ${kindLabel(props, state.shown)} ${event.description ? html`<p>${own(event.description)}</p>` : nothing}
    <div class=${call ? 'with-call' : ''}>
      ${call ? callDetails({ ...props, state: { call, phone }, on: {} }) : nothing}
      ${eventDetails({ ...props, state: { shown: state.shown, withSeats: !info }, on: {} })}
    </div>
    ${
      info
        ? informationOnly(props, phone)
        : state.shown.availability === 'closed'
          ? html`<p class="closed" part="closed">${t.closed}</p>`
          : html`<button id="signup-${event.id}" class="button" part="button signup-button" type="button" @click=${() => on.open(event.id)}>
              ${action}<span class="visually-hidden">${t.eventSuffix(event.title)}</span>
            </button>`
    }
  </li>`;
}
