// CSV that French Excel opens as it is: UTF-8 with a byte-order mark (without it Excel reads
// Windows-1252 and breaks the accents), `;` between fields (the list separator of a French Windows),
// CRLF line ends, dates dd/mm/yyyy and decimal commas. Free text from the public is neutralised so a
// spreadsheet never runs it as a formula (OWASP, "CSV injection").

/** What a CSV cell may hold: text is neutralised and quoted, numbers get a decimal comma. */
export type CsvValue = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/** Text a spreadsheet could take for a formula (=, +, -, @, tab, carriage return first) gets a leading `'`. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
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

/** One field: numbers with a decimal comma, booleans as oui/non, text neutralised then quoted when needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return frenchDecimal(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  const text = neutraliseFormula(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, a header line, one line per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvField).join(CSV_SEPARATOR) + CSV_NEWLINE;
  return CSV_BOM + line(header) + rows.map(line).join('');
}
