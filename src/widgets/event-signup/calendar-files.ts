// The .ics files the widget offers, as local blob URLs behind links the person follows themselves:
// nothing is requested from anywhere. One file per slot (the signup's confirmation, each
// information-only event), made again only when what it holds changes, revoked when no longer shown.
import type { CalendarLink } from './event-signup.state.js';

/** What a slot's file is made of, made only when the slot's key changed. */
export interface CalendarSource {
  ics: string;
  name: string;
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
