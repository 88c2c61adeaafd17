import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ActionItem } from '../continuum-check.schema.js';
import type { ViewProps } from '../continuum-check.state.js';
import type { DimensionId } from '../continuum-content.js';
import type { AssessmentResult } from '../continuum-scoring.js';
import { renderStepHelp, type ToolPages } from './step-help.view.js';

export interface NextStepsState {
  result: AssessmentResult;
  plan: ActionItem[];
  toolPages: ToolPages | undefined;
}

export interface NextStepsOn {
  /** Adds a next step to the action plan, or takes it out. */
  planStep(dimension: DimensionId, practiceId: string, chosen: boolean): void;
}

/**
 * Per dimension, the practices of higher cells the team could take on next, each with how to go about
 * it, its fiches and the widget that helps; each can join the action plan. Not printed: the plan
 * prints the steps the team chose.
 */
export function renderNextSteps({ t, ui, state, on }: ViewProps<NextStepsState, NextStepsOn>): TemplateResult {
  const chosen = new Set(state.plan.map((item) => item.practiceId));
  return html`<section class="next-steps" part="next-steps" aria-labelledby="next-title">
    ${ui.heading(t.nextStepsTitle, { id: 'next-title', sub: 2, class: 'section-title' })}
    <p class="screen-only">${t.nextStepsIntro}</p>
    <ul class="dimension-steps">
      ${state.result.dimensions.map(
        (d) =>
          html`<li data-dimension=${d.id}>
            <strong>${t.content.dimensions[d.id].label}</strong>
            ${
              d.nextSteps.length
                ? html`<ul class="steps">
                    ${d.nextSteps.map(
                      (s) =>
                        html`<li class="option" data-practice=${s.practiceId}>
                          <input
                            id="plan-add-${s.practiceId}"
                            type="checkbox"
                            class="screen-only"
                            .checked=${live(chosen.has(s.practiceId))}
                            aria-describedby="plan-add-${s.practiceId}-hint plan-add-${s.practiceId}-help"
                            @change=${(e: Event) => on.planStep(d.id, s.practiceId, (e.target as HTMLInputElement).checked)}
                          />
                          <label for="plan-add-${s.practiceId}"
                            >${t.content.practices[s.practiceId]} <span class="level-tag">(${t.content.levels[s.level].name})</span></label
                          >
                          <span id="plan-add-${s.practiceId}-hint" class="visually-hidden">${t.addToPlan}</span>
                          <p id="plan-add-${s.practiceId}-help" class="hint">${renderStepHelp(t, s.practiceId, state.toolPages)}</p>
                        </li>`,
                    )}
                  </ul>`
                : html`<p>${t.nextStepsNone}</p>`
            }
          </li>`,
      )}
    </ul>
  </section>`;
}
