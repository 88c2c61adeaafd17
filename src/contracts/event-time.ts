// Event times, read and shown in Europe/Paris whatever the visitor's own time zone, correct across
// the spring and autumn clock changes. Pure functions: no clock is read unless `now` is omitted.

/** The structures are in metropolitan France: times are written and shown in this zone. */
export const EVENT_TIME_ZONE = 'Europe/Paris';

const withOffset = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const dayOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in a time zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallClock(instant: Date | number, timeZone = EVENT_TIME_ZONE): WallClock {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes the zone is ahead of UTC at that instant (Paris: 60 in winter, 120 in summer). */
export function offsetMinutesAt(instant: Date | number, timeZone = EVENT_TIME_ZONE): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

function validFields(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && hour <= 23 && minute <= 59 && second <= 59;
}

/**
 * The instant of a wall-clock time in a zone. An hour that happens twice (the October night, 02:00–02:59
 * in Paris) is the first one; an hour that does not exist (the March night, 02:00–02:59) is read with
 * the offset in force before the change, so 02:30 becomes 03:30 summer time — RFC 5545 §3.3.5 does both.
 */
export function zonedToInstant(fields: WallClock, timeZone = EVENT_TIME_ZONE): Date {
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  const before = offsetMinutesAt(asUtc - 86_400_000, timeZone);
  const after = offsetMinutesAt(asUtc + 86_400_000, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => {
      const w = wallClock(instant, timeZone);
      return w.year === fields.year && w.month === fields.month && w.day === fields.day && w.hour === fields.hour && w.minute === fields.minute;
    })
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? asUtc - before * 60_000);
}

/** Reads an event's start or end: ISO 8601 with an offset, or a local date and time in Europe/Paris. */
export function parseEventTime(value: string, timeZone = EVENT_TIME_ZONE): Date | undefined {
  const offsetMatch = withOffset.exec(value);
  const match = offsetMatch ?? localDateTime.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const second = Number(match[6] ?? 0);
  if (!validFields(year, month, day, hour, minute, second)) return undefined;
  if (!offsetMatch) return zonedToInstant({ year, month, day, hour, minute, second }, timeZone);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Reads a signup deadline: a day means until the end of that day in Paris; otherwise as `parseEventTime`. */
export function parseDeadline(value: string, timeZone = EVENT_TIME_ZONE): Date | undefined {
  const match = dayOnly.exec(value);
  if (!match) return parseEventTime(value, timeZone);
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  if (!validFields(year, month, day, 0, 0, 0)) return undefined;
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  // Midnight starting the next day, Paris time: the deadline holds until then.
  return zonedToInstant({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0, second: 0 }, timeZone);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the zone's offset at that instant: `2026-10-25T01:30:00+02:00`. */
export function isoWithOffset(instant: Date, timeZone = EVENT_TIME_ZONE): string {
  const w = wallClock(instant, timeZone);
  const offset = offsetMinutesAt(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** What an invitation needs of the times (HAS 2023, fiche 13: the day, start and end time, the duration). */
export interface Schedule {
  /** "dimanche 25 octobre 2026". */
  day: string;
  /** The end's day when the event ends another day. */
  endDay?: string;
  start: { hour: number; minute: number };
  end: { hour: number; minute: number };
  /** Real minutes between the two instants (3 h on the October night for 01:30–03:30). */
  durationMinutes: number;
  /** The clocks change during the event. */
  clockChange: 'back' | 'forward' | undefined;
}

export function schedule(start: Date, end: Date, locale: string, timeZone = EVENT_TIME_ZONE): Schedule {
  const s = wallClock(start, timeZone);
  const e = wallClock(end, timeZone);
  const day = formatDay(start, locale, timeZone);
  const endDay = formatDay(end, locale, timeZone);
  const before = offsetMinutesAt(start, timeZone);
  const after = offsetMinutesAt(end, timeZone);
  return {
    day,
    ...(endDay !== day ? { endDay } : {}),
    start: { hour: s.hour, minute: s.minute },
    end: { hour: e.hour, minute: e.minute },
    durationMinutes: Math.round((end.getTime() - start.getTime()) / 60_000),
    clockChange: after < before ? 'back' : after > before ? 'forward' : undefined,
  };
}

/** Whether an event can still be signed up for: `past` once it started, `closed` after its deadline. */
export type Availability = 'open' | 'closed' | 'past';

export function availability(event: { start: string; deadline?: string | undefined }, now: Date = new Date()): Availability {
  const start = parseEventTime(event.start);
  if (!start || start.getTime() <= now.getTime()) return 'past';
  const deadline = event.deadline ? parseDeadline(event.deadline) : undefined;
  if (deadline && deadline.getTime() <= now.getTime()) return 'closed';
  return 'open';
}

/** Formats a day in the zone ("mardi 20 octobre 2026", "lundi 1er mars 2027"). */
export function formatDay(instant: Date, locale: string, timeZone = EVENT_TIME_ZONE): string {
  const text = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
  // French writes the first of the month as an ordinal ("1er mars"); Intl writes "1 mars".
  return locale.startsWith('fr') ? text.replace(/(^|\s)1 (?=\p{L})/u, (_, space: string) => `${space}1er `) : text;
}
