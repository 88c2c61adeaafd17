// The .ics files the widget offers, as local blob URLs behind links the person follows themselves:
// nothing is requested from anywhere. One file per slot (the signup's confirmation, each
// information-only event), made again only when what it holds changes, revoked when no longer shown.
import { calendarEvent, informationCalendarEvent } from './confirmation.js';
import type { CalendarLink, ShownEvent, SignedUp, SignupText } from './event-signup.state.js';
import { buildIcs, icsFileName } from './ics.js';
import { isInformationOnly } from './shown-events.js';

/** What a slot's file is made of, made only when the slot's key changed. */
export interface CalendarSource {
  ics: string;
  name: string;
}

const wordIds = new WeakMap<SignupText, number>();
let lastWordId = 0;

/**
 * A number per strings object, part of a file's key: a file made while the later words of the
 * person's language were still on their way (French meanwhile) is made again when they arrive.
 */
function wordsId(t: SignupText): number {
  let id = wordIds.get(t);
  if (id === undefined) wordIds.set(t, (id = ++lastWordId));
  return id;
}

export class CalendarFiles {
  private readonly files = new Map<string, CalendarLink & { key: string }>();

  /** The link of `slot`; `key` says what the file holds (a new key makes a new file and revokes the old). */
  link(slot: string, key: string, make: () => CalendarSource): CalendarLink {
    const kept = this.files.get(slot);
    if (kept?.key === key) return kept;
    if (kept) URL.revokeObjectURL(kept.url);
    const { ics, name } = make();
    const file = { key, name, url: URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' })) };
    this.files.set(slot, file);
    return file;
  }

  /** Revokes every file but those of `slots`. */
  keepOnly(slots: Iterable<string>): void {
    const kept = new Set(slots);
    for (const [slot, file] of this.files) {
      if (kept.has(slot)) continue;
      URL.revokeObjectURL(file.url);
      this.files.delete(slot);
    }
  }

  /** Revokes every file (the element left the page). */
  clear(): void {
    this.keepOnly([]);
  }
}

/**
 * The widget's calendar files: the signup's (on the confirmation) and each information-only event's,
 * made again when what they hold or the language changes, revoked when no longer shown.
 */
export class EventCalendars {
  private readonly signup = new CalendarFiles();
  private readonly events = new CalendarFiles();

  /** The .ics of a signup, keyed by its place too: a queued signup delivered later may turn out to be on the waiting list. */
  forSignup(signedUp: SignedUp, envelopeId: string, waiting: boolean, t: SignupText, language: string, structureName?: string): CalendarLink {
    return this.signup.link('signup', `${envelopeId}|${waiting ? 'waiting' : 'confirmed'}|${language}|${wordsId(t)}`, () => ({
      ics: buildIcs(calendarEvent(signedUp, envelopeId, waiting, t, structureName)),
      name: icsFileName(signedUp.shown.event.title, signedUp.shown.start),
    }));
  }

  /** The .ics of each information-only event shown, by event id. */
  forEvents(shownEvents: readonly ShownEvent[], t: SignupText, language: string, structureName?: string): Map<string, CalendarLink> {
    const links = new Map<string, CalendarLink>();
    for (const shown of shownEvents) {
      if (!isInformationOnly(shown.event)) continue;
      const key = `${JSON.stringify(shown.event)}|${language}|${wordsId(t)}|${structureName ?? ''}`;
      links.set(
        shown.event.id,
        this.events.link(shown.event.id, key, () => ({
          ics: buildIcs(informationCalendarEvent(shown, t, structureName)),
          name: icsFileName(shown.event.title, shown.start),
        })),
      );
    }
    this.events.keepOnly(links.keys());
    return links;
  }

  /** Revokes every file (the element left the page). */
  clear(): void {
    this.signup.clear();
    this.events.clear();
  }
}
