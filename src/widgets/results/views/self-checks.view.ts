import { html, nothing, type TemplateResult } from 'lit';
import { tableRow } from '../../../ui/data-table.js';
import { barChart, type Bar } from '../chart.js';
import type { ResultsStrings, ViewProps } from '../results.state.js';
import type { SelfCheckSummary } from '../self-checks.js';
import { resultsTable } from './parts.js';

type SelfChecksProps = ViewProps<SelfCheckSummary>;

const levelText = (t: ResultsStrings, value: number | null | undefined) =>
  value === null || value === undefined ? t.notConcerned : `${value} – ${t.levelNames[value] ?? ''}`;

function assessmentsTable({ t, format, state: summary }: SelfChecksProps) {
  return resultsTable({
    caption: t.assessmentsCaption,
    scroll: 'assessments-caption',
    columns: [t.dateColumn, t.modeColumn, ...summary.dimensions.map((d) => d.label), t.aciColumn],
    rows: summary.assessments.map((a) =>
      tableRow([
        format.day(a.assessedAt),
        `${t.modes[a.mode] ?? a.mode}${a.respondentRole ? ` (${a.respondentRole})` : ''}`,
        ...summary.dimensions.map((d) => levelText(t, a.levels[d.id])),
        a.aciLevel,
      ]),
    ),
  });
}

function progressionTable({ t, state: summary }: SelfChecksProps) {
  return resultsTable({
    caption: t.progressionCaption,
    columns: [t.dimensionColumn, t.firstColumn, t.lastColumn, t.changeColumn],
    rows: summary.dimensions.map((d) => tableRow([d.label, levelText(t, d.first), levelText(t, d.last), t.change(d.change)])),
  });
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
