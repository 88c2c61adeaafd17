import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ActionItem } from '../continuum-check.schema.js';
import type { ViewProps } from '../continuum-check.state.js';
import type { DimensionId } from '../continuum-content.js';
import type { AssessmentResult } from '../continuum-scoring.js';

export interface NextStepsState {
  result: AssessmentResult;
  plan: ActionItem[];
}

export interface NextStepsOn {
  /** Adds a next step to the action plan, or takes it out. */
  planStep(dimension: DimensionId, practiceId: string, chosen: boolean): void;
}

/** Per dimension, the practices of higher cells the team could take on next; each can join the action plan. */
export function renderNextSteps({ t, state, on }: ViewProps<NextStepsState, NextStepsOn>): TemplateResult {
  const chosen = new Set(state.plan.map((item) => item.practiceId));
  return html`<section class="next-steps" part="next-steps" aria-labelledby="next-title">
    <h4 id="next-title">${t.nextStepsTitle}</h4>
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
                            aria-describedby="plan-add-${s.practiceId}-hint"
                            @change=${(e: Event) => on.planStep(d.id, s.practiceId, (e.target as HTMLInputElement).checked)}
                          />
                          <label for="plan-add-${s.practiceId}"
                            >${t.content.practices[s.practiceId]}
                            <span class="level-tag">(${t.content.levels[s.level].name})</span>
                            ${s.withUsersNeeded ? html`<em>${t.withUsersNeeded}</em>` : nothing}</label
                          >
                          <span id="plan-add-${s.practiceId}-hint" class="visually-hidden">${t.addToPlan}</span>
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
