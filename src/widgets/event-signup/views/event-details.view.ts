import { html, nothing, type TemplateResult } from 'lit';
import { formatDay, parseDeadline, schedule, wallClock } from '../../../contracts/event-time.js';
import type { SeatsShown, ShownEvent, ViewProps } from '../event-signup.state.js';
import { factPictogram, type FactPictogram } from '../pictograms.js';
import { isCandidacy } from '../shown-events.js';

export type EventDetailsProps = ViewProps<{
  shown: ShownEvent;
  /** The list and the form show the seats and the deadline; the confirmation does not. */
  withSeats: boolean;
}>;

/** "jeudi 4 mars 2027, de 14 h à 16 h 30" (also what the read-aloud button says). */
export function whenText({ t, locale }: Pick<EventDetailsProps, 't' | 'locale'>, shown: ShownEvent): string {
  const s = schedule(shown.start, shown.end, locale);
  const start = t.time(s.start.hour, s.start.minute);
  const end = t.time(s.end.hour, s.end.minute);
  // The comma of the language: Arabic writes "،".
  const comma = locale.startsWith('ar') ? '،' : ',';
  return s.endDay ? `${s.day}${comma} ${start} — ${t.untilDay(s.endDay, end)}` : `${s.day}${comma} ${t.timeRange(start, end)}`;
}

/** The day and times, and a note when the clocks change during the event. */
function when(props: EventDetailsProps, shown: ShownEvent): TemplateResult {
  const { t, locale } = props;
  const change = schedule(shown.start, shown.end, locale).clockChange;
  return html`<p>${whenText(props, shown)}</p>
    ${change ? html`<p class="clock-change">${change === 'back' ? t.clockBack : t.clockForward}</p>` : nothing}`;
}

/**
 * The team's own words (a place, an address, an objective), isolated: in an Arabic page a French
 * address keeps its order ("12 rue des Tilleuls", not "rue des Tilleuls 12").
 */
export const own = (value: string | undefined) => html`<bdi>${value}</bdi>`;

/** A fact's label, with its pictogram when it has one. */
export function label(text: string, pictogram?: FactPictogram): TemplateResult {
  return pictogram ? html`<dt class="with-pictogram">${factPictogram(pictogram)}<span>${text}</span></dt>` : html`<dt>${text}</dt>`;
}

/** "Jusqu’au lundi 1er mars 2027 inclus." for a day; the day and time otherwise. */
function deadline({ t, locale }: EventDetailsProps, value: string): string | typeof nothing {
  const instant = parseDeadline(value);
  if (!instant) return nothing;
  // A day-only deadline lasts until the next midnight: show the day itself, not the next one.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return t.deadlineDay(formatDay(new Date(instant.getTime() - 1000), locale));
  const w = wallClock(instant);
  return t.deadlineAt(formatDay(instant, locale), t.time(w.hour, w.minute));
}

/** Seats left, or "full" with the number waiting, or the call for candidates' note; nothing when unknown. */
export function seatsDetail(t: EventDetailsProps['t'], seats: SeatsShown): TemplateResult | typeof nothing {
  if (seats.kind === 'candidacy')
    return html`${label(t.labels.seats, 'seats')}
      <dd>${t.candidacyNote}</dd>`;
  if (seats.kind === 'unknown') return nothing;
  return html`${label(t.labels.seats, 'seats')}
    <dd part="seats">
      ${
        seats.left === 0
          ? html`<p class="seats-full">${t.full}</p>
              ${seats.waiting > 0 ? html`<p>${t.waitingCount(seats.waiting)}</p>` : nothing}`
          : html`<p>${t.seatsLeft(seats.left)}${seats.capacity ? html` <span class="seats-of">${t.seatsOf(seats.capacity)}</span>` : nothing}.</p>`
      }
    </dd>`;
}

/** The invitation's facts (HAS 2023, fiche 13): day, times, duration, place, accessibility, theme, objectives, audience. */
export function eventDetails(props: EventDetailsProps): TemplateResult {
  const { t, locale } = props;
  const { shown, withSeats } = props.state;
  const { event } = shown;
  const { place, objectives } = event;
  // A call for candidates' date is its first meeting, and its deadline closes the applications.
  const call = isCandidacy(event);
  return html`<dl class="details" part="details">
    ${label(call ? t.labels.firstMeeting : t.labels.when, 'day')}
    <dd>${when(props, shown)}</dd>
    ${label(t.labels.duration, 'time')}
    <dd>${t.duration(schedule(shown.start, shown.end, locale).durationMinutes)}</dd>
    ${label(t.labels.place, 'place')}
    <dd>
      <p>${own(place.name)}</p>
      ${place.address ? html`<p>${own(place.address)}</p>` : nothing}
    </dd>
    ${
      place.accessibility || place.wheelchairAccessible !== undefined
        ? html`<dt>${t.labels.access}</dt>
            <dd>
              ${place.wheelchairAccessible !== undefined ? html`<p>${place.wheelchairAccessible ? t.wheelchair : t.notWheelchair}</p>` : nothing}
              ${place.accessibility ? html`<p>${own(place.accessibility)}</p>` : nothing}
            </dd>`
        : nothing
    }
    ${
      event.theme
        ? html`<dt>${t.labels.theme}</dt>
            <dd>${own(event.theme)}</dd>`
        : nothing
    }
    <dt>${objectives.length > 1 ? t.labels.objectives : t.labels.objective}</dt>
    <dd>
      ${
        objectives.length > 1
          ? html`<ul>
              ${objectives.map((objective) => html`<li>${own(objective)}</li>`)}
            </ul>`
          : own(objectives[0])
      }
    </dd>
    ${
      event.audience
        ? html`<dt>${t.labels.audience}</dt>
            <dd>${own(event.audience)}</dd>`
        : nothing
    }
    ${withSeats ? seatsDetail(t, shown.seats) : nothing}
    ${
      withSeats && event.deadline && shown.availability === 'open'
        ? html`<dt>${call ? t.labels.deadlineCall : t.labels.deadline}</dt>
            <dd>${deadline(props, event.deadline)}</dd>`
        : nothing
    }
  </dl>`;
}
