import type { ReactiveControllerHost } from 'lit';
import { downloadFile } from '../../../core/download.js';
import { localDay } from '../../../core/envelope.js';
import { MspExportEvent } from '../export-event.js';
import { posterContent, reportYears, yearlySummary, type ReportInput } from '../report.js';
import { summaryCsv, summarySections, summaryText } from '../report-file.js';
import type { PanelView, ResultsContext } from '../results.state.js';
import type { ReportEntryState, ReportHandlers, ReportKind, ReportPageState } from '../views/report.view.js';
import type { ResultsLoadController } from './load.controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Reporting back (issue 13): the year chosen, and the report shown alone to print — the waiting-room
 * poster or the yearly summary for the ACI report — with the summary's CSV and text exports. Opening
 * a report moves focus to its title; going back returns it to the button that opened it.
 */
export class ReportController {
  /** The year chosen; undefined: the most recent year with something to report. */
  private year: number | undefined;
  /** The years with data, and the read, answers and day they were worked out for. */
  private yearsFor: { key: readonly unknown[]; years: number[] } | undefined;
  /** The report shown alone (to print), if any. */
  shown: ReportKind | undefined;

  readonly on: ReportHandlers = {
    chooseYear: (year) => this.chooseYear(year),
    open: (kind) => void this.open(kind),
    close: () => void this.close(),
    print: () => window.print(),
    exportSummary: (format) => this.exportSummary(format),
  };

  constructor(
    private readonly host: Host,
    private readonly context: ResultsContext,
    private readonly loader: ResultsLoadController,
    /** What the panel shows (the team's answers), and the team's idea statuses in their order. */
    private readonly shell: () => { panel: PanelView; statuses: Array<{ id: string; label: string }> },
  ) {}

  private readonly statusLabel = (id: string): string => this.shell().statuses.find((status) => status.id === id)?.label ?? id;

  private get today(): string {
    return localDay(new Date());
  }

  private get input(): ReportInput {
    const data = this.loader.data;
    return { surveys: data.itemsOf('survey'), ideas: data.ideaRows(this.shell().panel.answers), events: data.events.events, selfChecks: data.selfChecks };
  }

  private get years(): number[] {
    // Worked out once per read and answers (every response's year: not at every render).
    const key = [this.loader.data, this.shell().panel.answers, this.today] as const;
    if (!this.yearsFor || this.yearsFor.key.some((part, i) => part !== key[i])) {
      this.yearsFor = { key, years: reportYears(this.input, Number(this.today.slice(0, 4))) };
    }
    return this.yearsFor.years;
  }

  /** The year shown: the one chosen while it still has data, else the most recent. */
  private get yearShown(): number {
    const years = this.years;
    return this.year !== undefined && years.includes(this.year) ? this.year : years[0]!;
  }

  /** What the entry shows: the years to choose from and the one chosen. */
  get entry(): ReportEntryState {
    return { years: this.years, year: this.yearShown };
  }

  /** The report shown alone, worked out now from what was read (answers change without a new read). */
  get page(): ReportPageState | undefined {
    const { settings, t, format } = this.context;
    const year = this.yearShown;
    const structure = settings.structureName;
    if (this.shown === 'poster') return { kind: 'poster', poster: { poster: posterContent(this.input, year), structure, today: this.today } };
    if (this.shown === 'summary') {
      const summary = yearlySummary(
        this.input,
        year,
        this.today,
        this.shell().statuses.map((status) => status.id),
      );
      return {
        kind: 'summary',
        summary: { year, structure, today: this.today, sections: summarySections(summary, { t, format, statusLabel: this.statusLabel }) },
      };
    }
    return undefined;
  }

  /** Back to the results (a new source). */
  reset(): void {
    this.shown = undefined;
  }

  private chooseYear(year: number): void {
    this.year = year;
    this.host.requestUpdate();
  }

  private async open(kind: ReportKind): Promise<void> {
    this.shown = kind;
    await this.context.focus(kind === 'poster' ? '#poster-title' : '#summary-title');
  }

  private async close(): Promise<void> {
    const kind = this.shown;
    this.shown = undefined;
    await this.context.focus(kind === 'summary' ? '#open-summary' : '#open-poster');
  }

  /** The summary as CSV (a spreadsheet) or plain text (to paste into the report), offered as a file and fired as `msp-export`. */
  private exportSummary(format: 'csv' | 'txt'): void {
    const page = this.page;
    if (page?.kind !== 'summary') return;
    const { t, format: dates } = this.context;
    const r = t.report;
    const { sections, year, structure, today } = page.summary;
    const title = r.summaryTitle(year);
    const content =
      format === 'csv'
        ? summaryCsv(structure ? `${title} — ${structure}` : title, sections)
        : summaryText(t, title, [...(structure ? [structure] : []), r.summaryIntro, r.summaryMade(dates.longDay(today))], sections);
    const filename = `${r.fileTitle(year)}.${format}`;
    downloadFile(filename, content, format === 'csv' ? 'text/csv;charset=utf-8' : 'text/plain;charset=utf-8');
    const count = sections.reduce((sum, section) => sum + section.rows.length, 0);
    this.host.dispatchEvent(new MspExportEvent({ kind: 'yearly-summary', format, filename, count, personalData: false, content }));
    this.context.say(r.exported(filename));
  }
}
