import { html, type TemplateResult } from 'lit';
import { selectField } from '../../../ui/form.js';
import type { ViewProps } from '../results.state.js';
import { renderPoster, type PosterState } from './poster.view.js';
import { renderYearlySummary, type YearlySummaryState } from './yearly-summary.view.js';

export type ReportKind = 'poster' | 'summary';

export interface ReportEntryState {
  years: number[];
  year: number;
}

export interface ReportHandlers {
  chooseYear(year: number): void;
  open(kind: ReportKind): void;
  close(): void;
  print(): void;
  exportSummary(format: 'csv' | 'txt'): void;
}

/** The way to the reports: the year, the poster, the yearly summary (none of it prints). */
export function renderReportEntry({ t, core, ui, state, on }: ViewProps<ReportEntryState, ReportHandlers>): TemplateResult {
  const r = t.report;
  return html`<section class="report-entry" part="report" aria-labelledby="report-title">
    ${ui.heading(r.title, { id: 'report-title', sub: 1 })}
    <p>${r.intro}</p>
    ${selectField({
      id: 'report-year',
      label: r.year,
      t: core,
      markOptional: false,
      value: String(state.year),
      options: state.years.map((year) => ({ value: String(year), label: String(year) })),
      onChange: (value) => on.chooseYear(Number(value)),
    })}
    <div class="actions">
      <button class="button secondary" part="button secondary open-poster" type="button" id="open-poster" @click=${() => on.open('poster')}>
        ${r.openPoster}
      </button>
      <button class="button secondary" part="button secondary open-summary" type="button" id="open-summary" @click=${() => on.open('summary')}>
        ${r.openSummary}
      </button>
    </div>
  </section>`;
}

export type ReportPageState = { kind: 'poster'; poster: PosterState } | { kind: 'summary'; summary: YearlySummaryState };

/** A report alone on the page, to print: its buttons (print, exports, back), then the poster or the summary. */
export function renderReportPage(props: ViewProps<ReportPageState, ReportHandlers>): TemplateResult {
  const { t, state, on } = props;
  const r = t.report;
  const poster = state.kind === 'poster';
  return html`<div class="report-page ${state.kind}">
    <div class="actions no-print">
      <button class="button" part="button print-report" type="button" id="print-report" @click=${on.print}>${poster ? r.printPoster : r.printSummary}</button>
      ${
        poster
          ? ''
          : html`<button
                class="button secondary"
                part="button secondary export-summary-csv"
                type="button"
                id="export-summary-csv"
                @click=${() => on.exportSummary('csv')}
              >
                ${r.exportCsv}
              </button>
              <button
                class="button secondary"
                part="button secondary export-summary-text"
                type="button"
                id="export-summary-text"
                @click=${() => on.exportSummary('txt')}
              >
                ${r.exportText}
              </button>`
      }
      <button class="button secondary" part="button secondary close-report" type="button" id="close-report" @click=${on.close}>${r.close}</button>
    </div>
    ${state.kind === 'poster' ? renderPoster({ ...props, state: state.poster }) : renderYearlySummary({ ...props, state: state.summary })}
  </div>`;
}
