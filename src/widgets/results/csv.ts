// CSV that French Excel opens as it is: UTF-8 with a byte-order mark (without it Excel reads
// Windows-1252 and breaks the accents), `;` between fields (the list separator of a French Windows),
// CRLF line ends, dates dd/mm/yyyy and decimal commas. Free text from the public is neutralised so a
// spreadsheet never runs it as a formula (OWASP, "CSV injection").

/**
 * What a cell may hold: text (neutralised and quoted when needed), a number (decimal comma), yes/no, or a
 * typed value the CSV writes in French and the .xlsx writer keeps typed: a day, an hour, a phone number.
 */
export type CsvValue = string | number | boolean | null | undefined | { date: string } | { time: string } | { phone: string };

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/** A plain number as a person writes one ("-2", "+3,5"): a spreadsheet reads a number, nothing runs. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Text a spreadsheet would evaluate gets a leading `'` (OWASP "CSV injection"): a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel and by LibreOffice when it
 * evaluates formulas. Not neutralised, because no spreadsheet runs anything there and the apostrophe would
 * only show as noise in the cell: a plain number ("-2", "+3,5", read as the number it is) and a national
 * phone number (digits and spaces only, see `phoneText`). Everything else starting with those characters
 * keeps the apostrophe, "-2+3" and "+41 22 …" included (both would be computed).
 */
export function neutraliseFormula(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

/**
 * A phone number written so that no spreadsheet takes it for a number (0612345678 would become
 * 612345678): French numbers in pairs ("06 12 34 56 78"), +33 and 0033 written the national way;
 * others as typed.
 */
export function phoneText(value: string): string {
  const digits = value.replace(/[\s.\-()]/g, '');
  const national = /^(?:\+33|0033)(\d{9})$/.exec(digits)?.[1];
  const french = national ? `0${national}` : /^0\d{9}$/.test(digits) ? digits : undefined;
  return french ? (french.match(/\d\d/g) ?? []).join(' ') : value.trim();
}

/** A number as French Excel reads it: decimal comma, no thousands separator, at most `digits` decimals. */
export function frenchDecimal(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '';
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}

/**
 * A date as dd/mm/yyyy. A day (`2026-11-23`), a time with its own offset (`2026-12-03T14:00:00+01:00`,
 * an event's local time) or a local time without offset keeps its written day; a UTC instant (`…Z`) is
 * read in `timeZone`.
 */
export function frenchDate(value: string, timeZone = 'Europe/Paris'): string {
  const written = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:\d{2})?)?$/.exec(value);
  if (written) return `${written[3]}/${written[2]}/${written[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = new Intl.DateTimeFormat('fr-FR', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** The hour hh:mm of a local time (kept as written, with or without offset) or of a UTC instant read in `timeZone`. */
export function frenchTime(value: string, timeZone = 'Europe/Paris'): string {
  const written = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:\d{2})?$/.exec(value);
  if (written) return `${written[1]}:${written[2]}`;
  const date = new Date(value);
  if (!value.includes('T') || Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** One field: numbers with a decimal comma, booleans as oui/non, days and hours in French, text neutralised then quoted when needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return frenchDecimal(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'object') {
    if ('date' in value) return frenchDate(value.date);
    if ('time' in value) return frenchTime(value.time);
    value = phoneText(value.phone);
  }
  const text = neutraliseFormula(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, a header line, one line per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvField).join(CSV_SEPARATOR) + CSV_NEWLINE;
  return CSV_BOM + line(header) + rows.map(line).join('');
}
