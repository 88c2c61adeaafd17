import { html, type TemplateResult } from 'lit';
import type { ContinuumWork, View, ViewProps } from '../continuum-check.state.js';
import { dimensionIds } from '../continuum-content.js';
import { STEP_COUNT } from '../continuum-work.js';
import { renderAlibi, type AlibiOn } from './alibi.view.js';
import { renderDimension, type DimensionOn } from './dimension.view.js';
import { renderObstacles, type ObstaclesOn } from './obstacles.view.js';

export interface StepState {
  work: ContinuumWork;
}

export interface StepOn extends DimensionOn, AlibiOn, ObstaclesOn {
  goTo(view: View, step: number): void;
  saveForLater(): void;
}

/** One step of the questionnaire: a dimension, the alibi checks or the obstacles, and the buttons to move on. */
export function renderStep(props: ViewProps<StepState, StepOn>): TemplateResult {
  const { t, ui, state, on } = props;
  const step = state.work.step;
  const last = step === STEP_COUNT - 1;
  const dimension = dimensionIds[step];
  const title = dimension ? t.content.dimensions[dimension].label : step === dimensionIds.length ? t.alibiTitle : t.obstaclesTitle;
  return html`<section class="step" part="step" aria-labelledby="step-title">
    <p class="progress" part="progress">${t.stepOf(step + 1, STEP_COUNT)}</p>
    ${ui.heading(title, { id: 'step-title', sub: 1, focusable: true, class: 'screen-title' })}
    ${
      dimension
        ? renderDimension({ ...props, state: { id: dimension, work: state.work } })
        : step === dimensionIds.length
          ? renderAlibi({ ...props, state: { answers: state.work.answers } })
          : renderObstacles({ ...props, state: { answers: state.work.answers } })
    }
    <div class="actions" part="nav">
      ${
        step > 0
          ? html`<button id="previous" class="button secondary" part="button secondary" type="button" @click=${() => on.goTo('step', step - 1)}>
              ${t.previous}
            </button>`
          : html`<button id="back" class="button secondary" part="button secondary" type="button" @click=${() => on.goTo('intro', 0)}>${t.back}</button>`
      }
      <button id="next" class="button" part="button" type="button" @click=${() => (last ? on.goTo('results', step) : on.goTo('step', step + 1))}>
        ${last ? t.seeResults : t.next}
      </button>
      <button id="save-later" class="button link" part="button link" type="button" @click=${on.saveForLater}>${t.saveForLater}</button>
    </div>
  </section>`;
}
