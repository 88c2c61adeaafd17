import { html, nothing, type TemplateResult } from 'lit';
import type { ActionItem } from '../continuum-check.schema.js';
import type { ViewProps } from '../continuum-check.state.js';

export interface PlanSummaryState {
  plan: ActionItem[];
  /** "Votre plan d'action du 20 novembre 2026". */
  title: string;
}

/** A past action plan, read-only: recalled on the start screen so the team sees what it had chosen. */
export function renderPlanSummary({ t, ui, formatDate, state }: Omit<ViewProps<PlanSummaryState>, 'on'>): TemplateResult {
  return html`<section class="plan-summary" part="plan-summary" aria-labelledby="plan-summary-title">
    ${ui.heading(state.title, { id: 'plan-summary-title', sub: 1, class: 'screen-title' })}
    <ul>
      ${state.plan.map(
        (item) =>
          html`<li>
            <strong>${t.content.dimensions[item.dimensionId].label}</strong> — ${t.content.practices[item.practiceId] ?? item.practiceId}
            ${item.who ? html`<br />${t.planPrintWho} ${item.who}` : nothing} ${item.due ? html`<br />${t.planPrintDue} ${formatDate(item.due)}` : nothing}
            ${item.means ? html`<br />${t.planPrintMeans} ${item.means}` : nothing}
          </li>`,
      )}
    </ul>
  </section>`;
}
