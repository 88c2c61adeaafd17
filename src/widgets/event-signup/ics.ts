import { fileSlug } from '../../core/download.js';
import { isoWithOffset } from '../../contracts/event-time.js';

// An iCalendar file (RFC 5545) for one event: "Ajouter à mon agenda". Times are written in UTC
// (DTSTART:…Z), which every calendar application reads and shows in its own zone, so no VTIMEZONE
// is needed and the October and March nights are right by construction.

export interface CalendarEvent {
  /** Globally unique and stable for this signup: a calendar that imports it twice updates, not duplicates. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
  /** Text of the reminder shown the day before. */
  reminder: string;
  /** A waiting-list place is tentative. */
  status?: 'CONFIRMED' | 'TENTATIVE';
  /** When the file is made (DTSTAMP). */
  stamp?: Date;
}

const CRLF = '\r\n';

/** `20261024T233000Z`. */
export function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space, and a
 * UTF-8 character is never cut in two (an "é" is 2 octets, an emoji 4).
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let currentOctets = 0;
  let limit = 75;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (currentOctets + octets > limit) {
      pieces.push(current);
      current = ' ';
      currentOctets = 1;
      limit = 75;
    }
    current += char;
    currentOctets += octets;
  }
  pieces.push(current);
  return pieces.join(CRLF);
}

/** The whole .ics text, CRLF line endings, folded, with a display alarm the day before. */
export function buildIcs(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//msp-widgets//msp-event-signup//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(event.stamp ?? new Date())}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    `STATUS:${event.status ?? 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.reminder)}`,
    'TRIGGER;RELATED=START:-P1D',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name safe on every system, with the day in Paris: `atelier-diabete-2026-10-20.ics`. */
export function icsFileName(title: string, start: Date): string {
  const day = isoWithOffset(start).slice(0, 10);
  return `${fileSlug(title) || 'evenement'}-${day}.ics`;
}
