import { html, nothing, type TemplateResult } from 'lit';
import { dataTable } from '../../../ui/data-table.js';
import { levelChart, type ChartLayout, type ChartRow } from '../continuum-chart.js';
import type { AssessmentResult } from '../continuum-scoring.js';
import type { ContinuumText, ViewProps } from '../continuum-check.state.js';
import { levelName } from './level-name.js';

/** The chart's rows: each dimension with its level (`null` when not concerned) and the level in words. */
export function chartRows(t: ContinuumText, result: AssessmentResult): ChartRow[] {
  return result.dimensions.map((d) => ({
    id: d.id,
    label: t.content.dimensions[d.id].label,
    level: d.notConcerned ? null : d.level,
    valueText: levelName(t, d.notConcerned ? null : d.level),
  }));
}

/** The levels three ways: a chart (an image with its description), the same numbers as a table, and in words with their reasons. */
export interface LevelsState {
  result: AssessmentResult;
  /** The chart's layout for the width it has (ChartLayoutController). */
  chartLayout: ChartLayout;
}

export function renderLevels({ t, ui, dir, state }: Omit<ViewProps<LevelsState>, 'on'>): TemplateResult {
  const rows = chartRows(t, state.result);
  return html`<section class="levels" part="levels" aria-labelledby="levels-title">
    ${ui.heading(t.levelsTitle, { id: 'levels-title', sub: 2, class: 'section-title' })}
    <div class="chart-box">
      ${levelChart(
        rows,
        {
          title: t.chartTitle,
          desc: t.chartDesc(rows.map((row) => t.levelLine(row.label, row.level === null ? row.valueText : `${row.level} (${row.valueText})`))),
        },
        state.chartLayout,
        dir,
      )}
    </div>
    ${dataTable({
      id: 'levels-caption',
      caption: t.tableCaption,
      name: 'chart-table',
      head: html`<th scope="col">${t.columnDimension}</th>
        <th scope="col">${t.columnLevel}</th>
        <th scope="col">${t.columnLevelName}</th>`,
      rows: rows.map(
        (row) =>
          html`<tr data-dimension=${row.id}>
            <th scope="row">${row.label}</th>
            <td class="level-number">${row.level === null ? '—' : row.level}</td>
            <td>${row.valueText}</td>
          </tr>`,
      ),
    })}
    ${renderLevelWords(t, state.result)}
  </section>`;
}

/** Each level in a sentence, the practices it rests on, leadership, and the information built with usagers. */
function renderLevelWords(t: ContinuumText, result: AssessmentResult): TemplateResult {
  const practiceList = (ids: string[]) =>
    html`<ul>
      ${ids.map((p) => html`<li>${t.content.practices[p]}</li>`)}
    </ul>`;
  return html`<ul class="level-words">
    ${result.dimensions.map(
      (d) =>
        html`<li data-dimension=${d.id}>
          <strong>${t.levelLine(t.content.dimensions[d.id].label, levelName(t, d.notConcerned ? null : d.level))}.</strong>
          ${d.notConcerned ? nothing : d.basis.length ? html`${t.because} ${practiceList(d.basis)}` : html`${t.nothingYet}`}
          ${d.leadership ? html`<p>${t.leadership}</p>` : nothing}
          ${
            d.coBuilt.length
              ? html`<p>${t.coBuiltIntro}</p>
                  ${practiceList(d.coBuilt)}`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}
