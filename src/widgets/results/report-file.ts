// The yearly summary in words, once: the same sections feed the printed page, the CSV for a
// spreadsheet and the plain text to paste into the ACI report. Pure: strings and dates come in.
import { CSV_BOM, CSV_NEWLINE, CSV_SEPARATOR, csvField } from './csv.js';
import type { YearlySummary } from './report.js';
import type { DateFormat, ResultsStrings } from './results.state.js';

/** One table of the summary: a title, its columns, its rows (first cell: what the row is). */
export interface SummarySection {
  id: 'surveys' | 'ideas' | 'events' | 'event-list' | 'self-check' | 'dimensions';
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  /** A line said under the table (how to fill a column by hand). */
  note?: string | undefined;
}

export interface SummaryWords {
  t: ResultsStrings;
  format: Pick<DateFormat, 'longDay'>;
  statusLabel: (id: string) => string;
}

const levelWords = (t: ResultsStrings, level: number | null | undefined) =>
  level === null ? t.notConcerned : level === undefined ? '—' : `${level} – ${t.levelNames[level] ?? ''}`;

/** The summary's sections, in the order the report reads them. */
export function summarySections(summary: YearlySummary, words: SummaryWords): SummarySection[] {
  return [...activitySections(summary, words), ...selfCheckSections(summary, words)];
}

type Row = Array<string | number>;

/** A section of two columns, what is counted and its value: every section but the two lists. */
function figures(t: ResultsStrings, id: SummarySection['id'], title: string, rows: Row[], note?: string): SummarySection {
  const section: SummarySection = { id, title, columns: [t.report.indicatorColumn, t.report.valueColumn], rows };
  if (note !== undefined) section.note = note;
  return section;
}

/** Surveys, ideas and events: what came in during the year, and what the team did with it. */
function activitySections(summary: YearlySummary, { t, format, statusLabel }: SummaryWords): SummarySection[] {
  const r = t.report;
  const { surveys, ideas, events } = summary;
  const sections = [
    figures(t, 'surveys', r.surveysTitle, [
      [r.campaignsRun, surveys.campaigns.length],
      [r.responsesReceived, surveys.responses],
      ...surveys.campaigns.map((c) => [r.campaignRow(c.campaign), r.campaignValue(c.responses, c.overall)]),
    ]),
    figures(t, 'ideas', r.ideasTitle, [
      [r.ideasReceived, ideas.received],
      [r.ideasAnswered, ideas.answered],
      ...ideas.byStatus.map((s) => [r.ideasStatus(statusLabel(s.status)), s.count]),
      [r.answersWritten, ideas.answersWritten],
    ]),
    figures(t, 'events', r.eventsTitle, [
      [r.eventsHeld, events.held],
      [r.eventsPlanned, events.planned],
      [r.signups, events.signups],
      [r.seatsConfirmed, events.seatsConfirmed],
    ]),
  ];
  if (events.list.length) {
    sections.push({
      id: 'event-list',
      title: r.eventsTitle,
      columns: [r.eventColumn, r.dateColumn, r.signups, r.seatsConfirmed, r.presentColumn],
      rows: events.list.map((e) => [e.title, format.longDay(e.start.slice(0, 10)), e.signups, e.seatsConfirmed, '']),
      note: r.presentNote,
    });
  }
  return sections;
}

/** The team's self-check: how many, the level at the last one, the progress since the one before. */
function selfCheckSections({ selfCheck }: YearlySummary, { t, format }: SummaryWords): SummarySection[] {
  const r = t.report;
  const check: Row[] = [[r.assessments, selfCheck.assessments]];
  if (selfCheck.lastDay !== undefined) check.push([r.aciLevel(format.longDay(selfCheck.lastDay)), selfCheck.aciLevel ?? '—']);
  if (selfCheck.beforeDay !== undefined) check.push([r.aciBefore(format.longDay(selfCheck.beforeDay)), selfCheck.aciBefore ?? '—']);
  const sections = [figures(t, 'self-check', r.selfCheckTitle, check, selfCheck.assessments ? undefined : r.noSelfCheck)];
  if (selfCheck.dimensions.length) {
    sections.push({
      id: 'dimensions',
      title: r.dimensionsCaption,
      columns: [t.dimensionColumn, t.changeColumn],
      rows: selfCheck.dimensions.map((d) => [
        r.dimensionRow(d.label),
        selfCheck.beforeDay === undefined ? levelWords(t, d.now) : r.levelChange(levelWords(t, d.before), levelWords(t, d.now)),
      ]),
    });
  }
  return sections;
}

/**
 * The summary as one CSV file French Excel opens (see csv.ts): the title line, then each section as
 * its title, its header and its rows, a blank line between sections.
 */
export function summaryCsv(title: string, sections: readonly SummarySection[]): string {
  const line = (cells: ReadonlyArray<string | number>) => cells.map((cell) => csvField(cell)).join(CSV_SEPARATOR) + CSV_NEWLINE;
  const body = sections.map((section) => line([section.title]) + line(section.columns) + section.rows.map(line).join('')).join(CSV_NEWLINE);
  return CSV_BOM + line([title]) + CSV_NEWLINE + body;
}

/** The summary as plain text to paste into a report: a title, then one line per row under each section's title. */
export function summaryText(t: ResultsStrings, title: string, lines: readonly string[], sections: readonly SummarySection[]): string {
  const out = [title, ...lines, ''];
  const line = t.report.textLine;
  for (const section of sections) {
    out.push(section.title);
    if (section.id === 'event-list') {
      for (const row of section.rows) out.push(line(`${row[0]}, ${row[1]}`, `${section.columns[2]} ${row[2]}, ${section.columns[3]} ${row[3]}`));
    } else for (const [label, ...values] of section.rows) out.push(line(String(label), values.join(', ')));
    if (section.note) out.push(section.note);
    out.push('');
  }
  return out.join('\n');
}
