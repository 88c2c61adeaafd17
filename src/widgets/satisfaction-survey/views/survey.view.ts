import { html, nothing, type TemplateResult } from 'lit';
import { statusRegion } from '../../../ui/form.js';
import type { SurveyDefinition } from '../satisfaction-survey.schema.js';
import type { StepHandlers, StepState, SurveyText } from '../satisfaction-survey.state.js';
import { inFrench } from './intro.view.js';
import { renderStep } from './step.view.js';

/**
 * Which screen the survey shows, and what each needs. The screens after the steps (thanks,
 * invitation, already answered) come drawn from their module loaded on demand (later.ts), with its
 * "loading" line or retry button while it is not there.
 */
export type SurveyScreen = { name: 'loading' } | { name: 'step'; state: () => StepState } | { name: 'later'; content: TemplateResult };

export interface SurveyViewState {
  survey: SurveyDefinition | undefined;
  kiosk: boolean;
  screen: SurveyScreen;
  /** Kiosk: the "are you still there?" warning (kiosk.ts), when it shows. */
  warning: TemplateResult | undefined;
  /** The status region's sentence and its class (the outcome's status). */
  status: { message: string; className: string };
}

export interface SurveyHandlers {
  step: StepHandlers;
}

/** While the questionnaire, the "already answered" marker and the draft are read. */
export function renderLoading({ t }: Pick<SurveyText, 't'>): TemplateResult {
  return html`<p class="loading" part="loading">${t.loading}</p>`;
}

function renderScreen(text: SurveyText, screen: SurveyScreen, on: SurveyHandlers): TemplateResult {
  switch (screen.name) {
    case 'loading':
      return renderLoading(text);
    case 'step':
      return renderStep({ ...text, state: screen.state(), on: on.step });
    case 'later':
      return screen.content;
  }
}

/**
 * The survey's box: its title (at the widget's heading level; with `hide-heading` the box keeps the
 * questionnaire's name as its label), the screen of the moment, the status region with a read-aloud
 * button beside it (outside the live region: only the sentence is announced), and the kiosk's warning.
 */
export function renderSurvey({ t, core, ui, state, on }: SurveyText & { state: SurveyViewState; on: SurveyHandlers }): TemplateResult {
  const { survey, status } = state;
  const title = survey ? ui.heading(inFrench(survey, 'title', survey.title), { id: 'survey-title', part: 'title', title: true }) : nothing;
  const named = title !== nothing;
  return html`<section
    class="survey ${state.kiosk ? 'kiosk' : ''}"
    part="survey"
    aria-labelledby=${named ? 'survey-title' : nothing}
    aria-label=${survey && !named ? survey.title : nothing}
  >
    ${title} ${renderScreen({ t, core, ui }, state.screen, on)}
    <div class="read-row status-row">${statusRegion(status)} ${status.message ? ui.readAloud(status.message) : nothing}</div>
    ${state.warning ?? nothing}
  </section>`;
}
