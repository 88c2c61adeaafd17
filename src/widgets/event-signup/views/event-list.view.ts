import { html, nothing, type TemplateResult } from 'lit';
import type { TeamDefaults } from '../call-for-candidates.js';
import type { EventCalendarLink, FeedStatus, ShownEvent, ViewProps } from '../event-signup.state.js';
import { eventCard, notice } from './event-card.view.js';

export type EventListProps = ViewProps<
  {
    /** The team's heading, else the default one. */
    heading: string | undefined;
    structureName: string | undefined;
    feed: FeedStatus;
    events: readonly ShownEvent[];
    /** The team's phone and charter, for events that give none. */
    defaults: TeamDefaults;
    /** The calendar file of each information-only event, by event id. */
    calendars: ReadonlyMap<string, EventCalendarLink>;
  },
  { open(eventId: string): void }
>;

/**
 * The upcoming events (past ones are never given here), with what the feed's state means for the
 * person. The heading is the widget's own title (`hide-heading` leaves it out, `heading-level` sets it).
 */
export function eventList(props: EventListProps): TemplateResult {
  const { t, ui, state } = props;
  const loading = state.feed === 'loading';
  return html`${ui.heading(state.heading ?? t.heading, { id: 'heading', part: 'heading', focusable: true, title: true })}
    <p>${t.intro(state.structureName)}</p>
    ${state.feed === 'failed' ? notice(props, t.feedFailed, 'feed-unavailable', 'notice warning') : nothing}
    ${loading ? html`<p aria-busy="true">${t.loading}</p>` : nothing} ${!loading && state.events.length === 0 ? notice(props, t.none, 'empty') : nothing}
    ${
      state.events.length
        ? html`<ul class="events" part="events">
            ${state.events.map((shown) => eventCard({ ...props, state: { shown, defaults: state.defaults, calendar: state.calendars.get(shown.event.id) } }))}
          </ul>`
        : nothing
    }`;
}
