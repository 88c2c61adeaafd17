import { html, nothing, type TemplateResult } from 'lit';
import { coreFr } from '../../../core/translations/fr.js';
import { honeypotField } from '../../../ui/form.js';
import { frenchFields, isFrenchQuestion } from '../french-marks.js';
import { keyed } from 'lit/directives/keyed.js';
import type { StepHandlers, StepState, SurveyText } from '../satisfaction-survey.state.js';
import { surveyFr } from '../translations/fr.js';
import { inFrench, renderIntro } from './intro.view.js';
import { renderNotice } from './notice.view.js';
import { renderQuestion, spokenQuestion, type QuestionProps } from './questions.view.js';

/** What a step's template takes. */
export interface StepProps extends SurveyText {
  state: StepState;
  on: StepHandlers;
}

/**
 * One question in its box, with its read-aloud button beside it. A team's question without a
 * translation shows entirely in French (its "Oui"/"Non" too), marked `lang="fr"`; no read-aloud then,
 * since the widget's voice would read French with another language's sounds.
 */
function renderQuestionBox(props: QuestionProps): TemplateResult {
  const { question, ui } = props;
  const french = isFrenchQuestion(question);
  const shown = french ? { ...props, t: surveyFr, core: coreFr } : props;
  return html`<div class="question read-row" part="question" data-question=${question.id} lang=${french ? 'fr' : nothing} dir=${french ? 'ltr' : nothing}>
    <div class="question-body">${renderQuestion(shown)}</div>
    ${french ? nothing : ui.readAloud(spokenQuestion(shown), question.label)}
  </div>`;
}

/**
 * One step: its heading (which takes focus on each step) with "Étape 2 sur 5" and a bar, the error
 * summary after a submit attempt, its questions each with a read-aloud button, and "Précédent" /
 * "Suivant" (or "Envoyer"). The bar is a native `<progress>`, hidden from assistive technologies (the
 * heading says the same); it fills from the side reading starts (right to left in Arabic). A width
 * set through a `style` attribute would be refused by a strict CSP (`style-src 'self'`).
 */
export function renderStep(props: StepProps): TemplateResult {
  const { t, core, ui, state, on } = props;
  const { survey, sections, index } = state;
  const current = sections[index]!;
  const section = current.section;
  const last = index === sections.length - 1;
  const title = html`<span class="step-count">${t.step(index + 1, sections.length)}</span><span class="visually-hidden"> : </span>
    <span class="step-name">${inFrench(section, 'title', section.title)}</span>`;
  const sectionIntro = section.intro
    ? html`<div class="section-intro read-row">
        <p part="section-intro">${inFrench(section, 'intro', section.intro)}</p>
        ${frenchFields(section).has('intro') ? nothing : ui.readAloud(section.intro, section.title)}
      </div>`
    : nothing;
  return html`
    ${index === 0 ? renderIntro({ t, ui, survey }) : nothing}
    <form novalidate part="form" aria-labelledby="step-title" @submit=${on.submit}>
      <div class="progress" part="progress">
        ${ui.heading(title, { id: 'step-title', part: 'step-title', focusable: true, sub: 1 })}
        <progress class="progress-bar" part="progress-bar" max=${sections.length} value=${index + 1} aria-hidden="true"></progress>
      </div>
      ${sectionIntro} ${state.summary}
      ${current.questions.map((question) =>
        // Keyed by question: a reused radio renamed into another group would uncheck that group's choice (HTML radio group rules).
        keyed(question.id, renderQuestionBox({ t, core, ui, question, state, on })),
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
