import { html, nothing, type TemplateResult } from 'lit';
import { dataTable } from '../../../ui/data-table.js';
import type { ProgressColumn, ViewProps } from '../continuum-check.state.js';
import { dimensionIds, type ContinuumLevel } from '../continuum-content.js';
import { levelName } from './level-name.js';

export interface HistoryState {
  /** The progress table's columns (`progressColumns`), undefined when there is no past to compare with. */
  columns: ProgressColumn[] | undefined;
  /** In the results (a sub-section, with the assessment on screen) rather than on the start screen. */
  inResults: boolean;
  /** The assessment on screen is saved already: "the first one saved" rather than "none yet". */
  saved: boolean;
}

/** The levels of past assessments side by side, as a table (the team's progress over time). */
export function renderHistory({ t, ui, formatDate, state }: Omit<ViewProps<HistoryState>, 'on'>): TemplateResult | typeof nothing {
  const { columns, inResults } = state;
  if (!columns) {
    return inResults
      ? html`<section class="history" part="history" aria-labelledby="history-title">
          ${ui.heading(t.historyTitle, { id: 'history-title', sub: 2, class: 'section-title' })}
          <p>${state.saved ? t.historyFirst : t.historyNone}</p>
        </section>`
      : nothing;
  }
  const levelCell = (level: ContinuumLevel | null | undefined) =>
    level === undefined ? '—' : level === null ? t.notConcernedShort : html`${level}<span class="level-name"> – ${levelName(t, level)}</span>`;
  const heading = (a: ProgressColumn) =>
    a.current ? `${t.historyCurrent} (${formatDate(a.assessedAt, { dateStyle: 'short' })})` : formatDate(a.assessedAt, { dateStyle: 'medium' });
  return html`<section class="history" part="history" aria-labelledby="history-title">
    ${ui.heading(t.historyTitle, { id: 'history-title', sub: inResults ? 2 : 1, class: inResults ? 'section-title' : 'screen-title' })}
    ${dataTable({
      id: 'history-caption',
      caption: t.historyCaption,
      name: 'history-table',
      head: html`<th scope="col">${t.columnDimension}</th>
        ${columns.map((a) => html`<th scope="col">${heading(a)}<br /><span class="mode">${t.modeLabel[a.mode]}</span></th>`)}`,
      rows: html`${dimensionIds.map(
          (id) =>
            html`<tr>
              <th scope="row">${t.content.dimensions[id].label}</th>
              ${columns.map((a) => html`<td>${levelCell(a.levels[id])}</td>`)}
            </tr>`,
        )}
        <tr>
          <th scope="row">${t.historyAci}</th>
          ${columns.map((a) => html`<td>${t.aciLevel[a.aciLevel]}</td>`)}
        </tr>`,
    })}
  </section>`;
}
