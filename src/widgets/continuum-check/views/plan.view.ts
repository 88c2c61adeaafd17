import { html, nothing, type TemplateResult } from 'lit';
import { textField } from '../../../ui/form.js';
import type { ActionItem } from '../continuum-check.schema.js';
import type { ViewProps } from '../continuum-check.state.js';
import type { NextStepsOn } from './next-steps.view.js';
import { renderStepHelp, type ToolPages } from './step-help.view.js';

export interface PlanOn extends NextStepsOn {
  /** Who carries a step, by when, with what means. */
  planDetails(practiceId: string, patch: Partial<Pick<ActionItem, 'who' | 'due' | 'means'>>): void;
}

/** The action plan: on screen, fields for each chosen step; on paper, the same as text. Each step says how, with its fiches. */
export function renderPlan({
  t,
  ui,
  core,
  formatDate,
  state,
  on,
}: ViewProps<{ plan: ActionItem[]; toolPages: ToolPages | undefined }, PlanOn>): TemplateResult {
  return html`<section class="plan" part="plan" aria-labelledby="plan-title">
    ${ui.heading(t.planTitle, { id: 'plan-title', sub: 2, class: 'section-title' })} ${state.plan.length === 0 ? html`<p>${t.planEmpty}</p>` : nothing}
    <ol class="plan-items">
      ${state.plan.map(
        (item) =>
          html`<li class="plan-item" data-practice=${item.practiceId}>
            <p><strong>${t.content.dimensions[item.dimensionId].label}</strong> — ${t.content.practices[item.practiceId]}</p>
            <p class="hint">${renderStepHelp(t, item.practiceId, state.toolPages)}</p>
            <div class="plan-fields screen-only">
              ${textField({
                id: `plan-${item.practiceId}-who`,
                label: t.planWho,
                value: item.who,
                maxlength: 120,
                onInput: (who) => on.planDetails(item.practiceId, { who }),
                t: core,
              })}
              ${textField({
                id: `plan-${item.practiceId}-due`,
                label: t.planDue,
                type: 'date',
                value: item.due,
                onInput: (due) => on.planDetails(item.practiceId, { due }),
                t: core,
              })}
              ${textField({
                id: `plan-${item.practiceId}-means`,
                label: t.planMeans,
                hint: t.planMeansHint,
                value: item.means,
                maxlength: 400,
                onInput: (means) => on.planDetails(item.practiceId, { means }),
                t: core,
              })}
              <button class="button link" part="button link" type="button" @click=${() => on.planStep(item.dimensionId, item.practiceId, false)}>
                ${t.planRemove}<span class="visually-hidden">${t.planRemoveWhich(t.content.practices[item.practiceId] ?? item.practiceId)}</span>
              </button>
            </div>
            <p class="print-only">
              ${t.planPrintWho} ${item.who || '…'} · ${t.planPrintDue} ${item.due ? formatDate(item.due) : '…'} · ${t.planPrintMeans} ${item.means || '…'}
            </p>
          </li>`,
      )}
    </ol>
  </section>`;
}
