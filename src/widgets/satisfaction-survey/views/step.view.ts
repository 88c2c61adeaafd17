import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { errorSummary, honeypotField } from '../../../ui/form.js';
import type { StepHandlers, StepState, SurveyText } from '../satisfaction-survey.state.js';
import { renderIntro } from './intro.view.js';
import { renderNotice } from './notice.view.js';
import { renderQuestion } from './questions.view.js';

/** What a step's template takes. */
export interface StepProps extends SurveyText {
  state: StepState;
  on: StepHandlers;
}

/**
 * One step: its heading (which takes focus on each step) with "Étape 2 sur 5" and a bar, the error
 * summary after a submit attempt, its questions, and "Précédent" / "Suivant" (or "Envoyer").
 * The bar is a native `<progress>`, hidden from assistive technologies (the heading says the same):
 * a width set through a `style` attribute would be refused by a strict CSP (`style-src 'self'`).
 */
export function renderStep({ t, core, state, on }: StepProps): TemplateResult {
  const { survey, sections, index } = state;
  const current = sections[index]!;
  const last = index === sections.length - 1;
  return html`
    ${index === 0 ? renderIntro({ t, survey }) : nothing}
    <form novalidate part="form" aria-labelledby="step-title" @submit=${on.submit}>
      <div class="progress" part="progress">
        <h3 id="step-title" tabindex="-1" part="step-title">
          <span class="step-count">${t.step(index + 1, sections.length)}</span><span class="visually-hidden"> : </span>
          <span class="step-name">${current.section.title}</span>
        </h3>
        <progress class="progress-bar" part="progress-bar" max=${sections.length} value=${index + 1} aria-hidden="true"></progress>
      </div>
      ${current.section.intro ? html`<p class="section-intro" part="section-intro">${current.section.intro}</p>` : nothing}
      ${errorSummary(state.summary, core, state.root)}
      ${repeat(
        current.questions,
        // Keyed by question: a reused radio renamed into another group would uncheck that group's choice (HTML radio group rules).
        (question) => question.id,
        (question) => html`<div class="question" part="question" data-question=${question.id}>${renderQuestion({ t, core, question, state, on })}</div>`,
      )}
      ${honeypotField(core, on.honeypot)}
      <div class="actions" part="actions">
        ${
          index > 0
            ? html`<button type="button" class="button secondary" part="button secondary previous-button" @click=${on.previous}>${t.previous}</button>`
            : nothing
        }
        <button type="submit" class="button" part="button next-button" aria-disabled=${state.sending ? 'true' : 'false'}>
          ${last ? (state.sending ? core.sending : t.submit) : t.next}
        </button>
      </div>
    </form>
    ${renderNotice({ t, state: state.notice })}
  `;
}
