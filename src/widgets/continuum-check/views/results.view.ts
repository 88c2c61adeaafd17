import { html, nothing, type TemplateResult } from 'lit';
import { progressColumns } from '../continuum-assessment.js';
import type { ChartLayout } from '../continuum-chart.js';
import type { ContinuumWork, SavedAssessment, ViewProps } from '../continuum-check.state.js';
import type { AssessmentResult, StructureType } from '../continuum-scoring.js';
import { renderAci, renderLevers, renderWarnings } from './findings.view.js';
import { renderHistory } from './history.view.js';
import { renderLevels } from './levels.view.js';
import { agreementTable } from './merge.view.js';
import { renderNextSteps } from './next-steps.view.js';
import { renderPlan, type PlanOn } from './plan.view.js';
import { renderShare, type ShareOn, type ShareState } from './share.view.js';
import type { ToolPages } from './step-help.view.js';

export interface ResultsState {
  work: ContinuumWork;
  result: AssessmentResult;
  /** Past assessments, oldest first. */
  history: SavedAssessment[];
  /** The structure's name, if the host gave it. */
  structure: string | undefined;
  /** The share form's state, when an endpoint is set. */
  share: ShareState | undefined;
  structureType: StructureType;
  toolPages: ToolPages | undefined;
  chartLayout: ChartLayout;
}

export interface ResultsOn extends PlanOn, ShareOn {
  save(): void;
  print(): void;
  exportAnswers(): void;
  edit(): void;
  newAssessment(): void;
}

/**
 * The report: who took part, levels, ACI level, warnings, next steps, plan, levers, progress; then what
 * to do with it. Printed, it ends with a line that says the report is complete (Chromium prints no page
 * numbers from a stylesheet: `@page` margin boxes are not supported).
 */
export function renderResults(props: ViewProps<ResultsState, ResultsOn>): TemplateResult {
  const { t, ui, formatDate, state, on } = props;
  const { work, result } = state;
  const role = work.role.trim();
  const withResult = { ...props, state: { result } };
  const date = formatDate(work.assessedAt);
  return html`<section class="results" part="results" aria-labelledby="results-title">
    <div class="report-header" part="report-header">
      ${ui.heading(t.resultsTitle, { id: 'results-title', sub: 1, focusable: true, class: 'screen-title' })}
      <p class="report-meta">
        <strong>${t.reportFor(state.structure, date)}</strong> —
        ${t.modeLabel[work.mode]}${role ? ` (${role})` : ''}${work.updatedFrom ? html`, ${t.updatedFrom(formatDate(work.updatedFrom))}` : nothing}
      </p>
    </div>
    ${renderParticipants(props)} ${renderLevels({ ...props, state: { result, chartLayout: state.chartLayout } })}
    ${renderAci({ ...props, state: { result, structureType: state.structureType } })} ${renderWarnings(withResult)}
    ${renderNextSteps({ ...props, state: { result, plan: work.actionPlan, toolPages: state.toolPages } })}
    ${renderPlan({ ...props, state: { plan: work.actionPlan, toolPages: state.toolPages } })} ${renderLevers(withResult)}
    ${renderHistory({ ...props, state: { columns: progressColumns(state.history, work), inResults: true, saved: Boolean(work.savedId) } })}
    <p class="source">${t.source}</p>
    <p class="print-end print-only">${t.printEnd(date)}</p>
    <p id="print-hint" class="hint screen-only">${t.printHint}</p>
    <div class="actions screen-only" part="nav">
      <button id="save-assessment" class="button" part="button" type="button" @click=${on.save}>${t.saveAssessment}</button>
      <button id="print" class="button secondary" part="button secondary" type="button" aria-describedby="print-hint" @click=${on.print}>${t.print}</button>
      <button id="export" class="button secondary" part="button secondary" type="button" aria-describedby="export-hint" @click=${on.exportAnswers}>
        ${t.exportAnswers}
      </button>
      <button id="edit" class="button secondary" part="button secondary" type="button" @click=${on.edit}>${t.editAnswers}</button>
      <button id="new" class="button link" part="button link" type="button" @click=${on.newAssessment}>${t.newAssessment}</button>
    </div>
    <p id="export-hint" class="hint screen-only">${t.exportHint}</p>
    ${state.share ? renderShare({ ...props, state: state.share }) : nothing}
  </section>`;
}

/** After a merge: who answered, and each member's level per dimension with how close they are (printed too). */
function renderParticipants({ t, ui, state }: ViewProps<ResultsState, ResultsOn>): TemplateResult | typeof nothing {
  const merge = state.work.mode === 'consensus' ? state.work.merge : undefined;
  if (!merge) return nothing;
  return html`<section class="participants" part="participants" aria-labelledby="participants-title">
    ${ui.heading(t.participantsTitle, { id: 'participants-title', sub: 2, class: 'section-title' })}
    <p>${t.participantsIntro(merge.respondents.length)}</p>
    ${agreementTable(t, merge, 'participants-caption', 'agreement-table')}
  </section>`;
}
