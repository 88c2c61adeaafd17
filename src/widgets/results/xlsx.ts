// The .xlsx export: the same table as the CSV, with typed cells, so that any spreadsheet reads it right
// without import settings: text stays text (a phone number keeps its 0, "=1+1" is never computed: a
// cell typed as text is not a formula), numbers are numbers, days are dates (shown dd/mm/yyyy).
// Written by write-excel-file, loaded only when the team asks for an .xlsx (dynamic import): the
// widgets' pages never download it.
import type { Cell, Row } from 'write-excel-file/browser';
import { frenchDate, frenchTime, phoneText, type CsvValue } from './csv.js';
import type { ExportSheet } from './exports.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A day (as written, or an instant's day in Paris) as a Date at midnight UTC: what the spreadsheet shows as that day. */
export function dayAsDate(value: string): Date | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(frenchDate(value));
  return match ? new Date(Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1]))) : undefined;
}

/** One typed cell: text, number, date; yes/no and hours as the words the CSV writes. */
export function xlsxCell(value: CsvValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { type: Number, value } : null;
  if (typeof value === 'boolean') return { type: String, value: value ? 'oui' : 'non' };
  if (typeof value === 'object') {
    if ('date' in value) {
      const date = dayAsDate(value.date);
      return date ? { type: Date, value: date, format: 'dd/mm/yyyy' } : { type: String, value: value.date };
    }
    if ('time' in value) return { type: String, value: frenchTime(value.time) };
    return { type: String, value: phoneText(value.phone) };
  }
  return { type: String, value };
}

/** A sheet name Excel accepts: 31 characters at most, none of []:*?/\. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Feuille 1'
  );
}

/** Column widths from the longest text of each column (8 to 60 characters). */
function widths(sheet: ExportSheet): { width: number }[] {
  return sheet.header.map((title, index) => {
    const longest = Math.max(
      title.length,
      ...sheet.rows
        .slice(0, 500)
        .map((row) => String(cellLength(row[index])))
        .map(Number),
    );
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
}

function cellLength(value: CsvValue): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'object') return 'date' in value ? 10 : 'time' in value ? 5 : 14;
  return String(value).split('\n')[0]!.length;
}

/** The table as an .xlsx file (header in bold, frozen). */
export async function toXlsx(sheet: ExportSheet): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header: Row = sheet.header.map((title) => ({ type: String, value: title, fontWeight: 'bold' }));
  const data: Row[] = [header, ...sheet.rows.map((row) => row.map(xlsxCell))];
  return writeXlsxFile(data, { sheet: sheetName(sheet.name), columns: widths(sheet), stickyRowsCount: 1 }).toBlob();
}
