import { html, nothing, type TemplateResult } from 'lit';
import type { SurveyDefinition } from '../satisfaction-survey.schema.js';
import type { SurveyStrings } from '../translations/fr.js';

/** The first step's invitation: the team's words, how long it takes, and that it is anonymous. */
export function renderIntro({ t, survey }: { t: SurveyStrings; survey: SurveyDefinition }): TemplateResult {
  return html`<div class="intro" part="intro">
    ${survey.intro ? html`<p>${survey.intro}</p>` : nothing}
    <p>${survey.estimatedMinutes ? html`${t.duration(survey.estimatedMinutes)} ` : nothing}${t.anonymous}</p>
  </div>`;
}
