import { html, nothing, type TemplateResult } from 'lit';
import { textField } from '../../../ui/form.js';
import { lastPlanned, progressColumns } from '../continuum-assessment.js';
import type { ContinuumWork, SavedAssessment, ViewProps } from '../continuum-check.state.js';
import { inProgress, STEP_COUNT } from '../continuum-work.js';
import { renderHistory } from './history.view.js';
import { renderPlanSummary } from './plan-summary.view.js';

export interface IntroState {
  work: ContinuumWork;
  /** Past assessments, oldest first. */
  history: SavedAssessment[];
  /** The structure's name, if the host gave it. */
  structure: string | undefined;
}

export interface IntroOn {
  role(role: string): void;
  /** Back to the step where the draft stopped. */
  resume(): void;
  start(): void;
  startFromLast(): void;
  startMerge(): void;
}

/** The start screen: what the self-check is, the last action plan, the member's role, how to start, the progress. */
export function renderIntro(props: ViewProps<IntroState, IntroOn>): TemplateResult {
  const { t, core, formatDate, state, on } = props;
  const { work, history } = state;
  const planned = lastPlanned(history);
  const last = history.at(-1);
  return html`<section part="intro" class="intro">
    ${state.structure ? html`<p class="structure">${t.introStructure(state.structure)}</p>` : nothing}
    <p>${t.intro}</p>
    <p>${t.introAudience} ${t.introNotRanking}</p>
    <p class="notice">${t.process}</p>
    ${planned ? renderPlanSummary({ ...props, state: { plan: planned.actionPlan, title: t.lastPlanTitle(formatDate(planned.assessedAt)) } }) : nothing}
    ${textField({
      id: 'role',
      label: t.roleLabel,
      hint: t.roleHint,
      value: work.role,
      autocomplete: 'organization-title',
      maxlength: 80,
      onInput: on.role,
      t: core,
    })}
    <div class="actions" part="nav">
      ${
        inProgress(work)
          ? html`<button id="resume" class="button" part="button" type="button" @click=${on.resume}>${t.resume(work.step + 1, STEP_COUNT)}</button>`
          : html`<button id="start" class="button" part="button" type="button" @click=${on.start}>${t.startIndividual}</button> ${
                last
                  ? html`<button id="start-from-last" class="button secondary" part="button secondary" type="button" @click=${on.startFromLast}>
                      ${t.startFromLast(formatDate(last.assessedAt), last.mode === 'consensus')}
                    </button>`
                  : nothing
              }`
      }
      <button id="start-merge" class="button secondary" part="button secondary" type="button" @click=${on.startMerge}>${t.startMerge}</button>
    </div>
    ${history.length ? renderHistory({ ...props, state: { columns: progressColumns(history), inResults: false, saved: false } }) : nothing}
  </section>`;
}
