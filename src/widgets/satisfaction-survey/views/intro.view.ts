import { html, nothing, type TemplateResult } from 'lit';
import { frenchFields } from '../french-marks.js';
import type { SurveyDefinition } from '../satisfaction-survey.schema.js';
import type { SurveyText } from '../satisfaction-survey.state.js';

/**
 * A team's text shown in French for want of a translation: marked `lang="fr"` (and left to right) so
 * that a screen reader reads it with a French voice inside an English or Arabic widget.
 */
export function inFrench(part: object, field: string, text: string): TemplateResult {
  return frenchFields(part).has(field) ? html`<span lang="fr" dir="ltr">${text}</span>` : html`${text}`;
}

/** The first step's invitation: the team's words, how long it takes, and that it is anonymous; read aloud on demand. */
export function renderIntro({ t, ui, survey }: Pick<SurveyText, 't' | 'ui'> & { survey: SurveyDefinition }): TemplateResult {
  const duration = survey.estimatedMinutes ? t.duration(survey.estimatedMinutes) : '';
  const spoken = [frenchFields(survey).has('intro') ? '' : survey.intro, duration, t.anonymous].filter(Boolean).join(' ');
  return html`<div class="intro read-row" part="intro">
    <div>
      ${survey.intro ? html`<p>${inFrench(survey, 'intro', survey.intro)}</p>` : nothing}
      <p>${duration ? html`${duration} ` : nothing}${t.anonymous}</p>
    </div>
    ${ui.readAloud(spoken, survey.title)}
  </div>`;
}
