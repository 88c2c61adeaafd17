import { html, nothing, type TemplateResult } from 'lit';
import { progressColumns } from '../continuum-assessment.js';
import type { ContinuumWork, SavedAssessment, ViewProps } from '../continuum-check.state.js';
import type { AssessmentResult } from '../continuum-scoring.js';
import { renderAci, renderLevers, renderWarnings } from './findings.view.js';
import { renderHistory } from './history.view.js';
import { renderLevels } from './levels.view.js';
import { renderNextSteps } from './next-steps.view.js';
import { renderPlan, type PlanOn } from './plan.view.js';
import { renderShare, type ShareOn, type ShareState } from './share.view.js';

export interface ResultsState {
  work: ContinuumWork;
  result: AssessmentResult;
  /** Past assessments, oldest first. */
  history: SavedAssessment[];
  /** The structure's name, if the host gave it. */
  structure: string | undefined;
  /** The share form's state, when an endpoint is set. */
  share: ShareState | undefined;
}

export interface ResultsOn extends PlanOn, ShareOn {
  save(): void;
  print(): void;
  exportAnswers(): void;
  edit(): void;
  newAssessment(): void;
}

/** The report: levels, ACI level, warnings, next steps, plan, levers, progress; then what to do with it. */
export function renderResults(props: ViewProps<ResultsState, ResultsOn>): TemplateResult {
  const { t, formatDate, state, on } = props;
  const { work, result } = state;
  const role = work.role.trim();
  const withResult = { ...props, state: { result } };
  return html`<section class="results" part="results" aria-labelledby="results-title">
    <div class="report-header" part="report-header">
      <h3 id="results-title" tabindex="-1">${t.resultsTitle}</h3>
      <p class="report-meta">
        <strong>${t.reportFor(state.structure, formatDate(work.assessedAt))}</strong> — ${t.modeLabel[work.mode]}${role ? ` (${role})` : ''}
      </p>
    </div>
    ${renderLevels(withResult)} ${renderAci(withResult)} ${renderWarnings(withResult)}
    ${renderNextSteps({ ...props, state: { result, plan: work.actionPlan } })} ${renderPlan({ ...props, state: { plan: work.actionPlan } })}
    ${renderLevers(withResult)}
    ${renderHistory({ ...props, state: { columns: progressColumns(state.history, work), inResults: true, saved: Boolean(work.savedId) } })}
    <p class="source">${t.source}</p>
    <div class="actions screen-only" part="nav">
      <button id="save-assessment" class="button" part="button" type="button" @click=${on.save}>${t.saveAssessment}</button>
      <button id="print" class="button secondary" part="button secondary" type="button" @click=${on.print}>${t.print}</button>
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
