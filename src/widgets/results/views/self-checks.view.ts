import { html, nothing, type TemplateResult } from 'lit';
import { barChart, type Bar } from '../chart.js';
import type { ResultsStrings, ViewProps } from '../results.state.js';
import type { SelfCheckSummary } from '../self-checks.js';

type SelfChecksProps = ViewProps<SelfCheckSummary>;

const levelText = (t: ResultsStrings, value: number | null | undefined) =>
  value === null || value === undefined ? t.notConcerned : `${value} – ${t.levelNames[value] ?? ''}`;

function assessmentsTable({ t, format, state: summary }: SelfChecksProps) {
  return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="assessments-caption">
    <table part="table">
      <caption id="assessments-caption">
        ${t.assessmentsCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.dateColumn}</th>
          <th scope="col">${t.modeColumn}</th>
          ${summary.dimensions.map((d) => html`<th scope="col">${d.label}</th>`)}
          <th scope="col">${t.aciColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${summary.assessments.map(
          (a) =>
            html`<tr>
              <th scope="row">${format.day(a.assessedAt)}</th>
              <td>${t.modes[a.mode] ?? a.mode}${a.respondentRole ? ` (${a.respondentRole})` : ''}</td>
              ${summary.dimensions.map((d) => html`<td>${levelText(t, a.levels[d.id])}</td>`)}
              <td>${a.aciLevel}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function progressionTable({ t, state: summary }: SelfChecksProps) {
  return html`<table part="table">
    <caption>
      ${t.progressionCaption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.dimensionColumn}</th>
        <th scope="col">${t.firstColumn}</th>
        <th scope="col">${t.lastColumn}</th>
        <th scope="col">${t.changeColumn}</th>
      </tr>
    </thead>
    <tbody>
      ${summary.dimensions.map(
        (d) =>
          html`<tr>
            <th scope="row">${d.label}</th>
            <td>${levelText(t, d.first)}</td>
            <td>${levelText(t, d.last)}</td>
            <td>${t.change(d.change)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The self-check panel: each assessment, the progression per dimension, the ACI level over time. */
export function renderSelfChecks(props: SelfChecksProps): TemplateResult {
  const { t, format, state } = props;
  const bars: Bar[] = state.assessments.map((a) => {
    const label = format.day(a.assessedAt);
    return { label, value: a.aciLevel, text: `${label} : ${a.aciLevel}` };
  });
  return html`${assessmentsTable(props)} ${progressionTable(props)}
  ${bars.length ? html`<div class="figures">${barChart('aci-chart', t.aciChart, bars)}</div>` : nothing}`;
}
