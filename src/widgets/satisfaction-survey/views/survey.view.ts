import { html, nothing, type TemplateResult } from 'lit';
import { statusRegion } from '../../../ui/form.js';
import type { SurveyDefinition } from '../satisfaction-survey.schema.js';
import type { StepHandlers, StepState, SurveyText } from '../satisfaction-survey.state.js';
import { renderInvitation, type InvitationHandlers, type InvitationState } from './invitation.view.js';
import { inFrench } from './intro.view.js';
import { renderAlreadyAnswered, renderIdleWarning, renderLoading, renderThanks } from './screens.view.js';
import { renderStep } from './step.view.js';

/** Which screen the survey shows, and what each needs. */
export type SurveyScreen =
  | { name: 'loading' }
  | { name: 'already' }
  | { name: 'step'; state: () => StepState }
  | { name: 'thanks'; countdown: number; invitation?: { state: InvitationState; on: InvitationHandlers } | undefined };

export interface SurveyViewState {
  survey: SurveyDefinition | undefined;
  kiosk: boolean;
  screen: SurveyScreen;
  /** Kiosk: seconds left of the "are you still there?" warning, undefined when it is not shown. */
  idleSeconds: number | undefined;
  /** The status region's sentence and its class (the outcome's status). */
  status: { message: string; className: string };
}

export interface SurveyHandlers {
  step: StepHandlers;
  restart: () => void;
  continue: () => void;
}

function renderScreen(text: SurveyText, screen: SurveyScreen, kiosk: boolean, on: SurveyHandlers): TemplateResult {
  switch (screen.name) {
    case 'loading':
      return renderLoading(text);
    case 'already':
      return renderAlreadyAnswered(text);
    case 'step':
      return renderStep({ ...text, state: screen.state(), on: on.step });
    case 'thanks':
      return html`${renderThanks({ ...text, state: { kiosk, countdown: screen.countdown }, on: { restart: on.restart } })}
      ${screen.invitation ? renderInvitation({ ...text, ...screen.invitation }) : nothing}`;
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
  const warning =
    state.idleSeconds === undefined ? nothing : renderIdleWarning({ t, ui, state: { seconds: state.idleSeconds }, on: { continue: on.continue } });
  return html`<section
    class="survey ${state.kiosk ? 'kiosk' : ''}"
    part="survey"
    aria-labelledby=${named ? 'survey-title' : nothing}
    aria-label=${survey && !named ? survey.title : nothing}
  >
    ${title} ${renderScreen({ t, core, ui }, state.screen, state.kiosk, on)}
    <div class="read-row status-row">${statusRegion(status)} ${status.message ? ui.readAloud(status.message) : nothing}</div>
    ${warning}
  </section>`;
}
