// The idea form: theme, idea, the participation offer, the personal-data warning, the send button.
import { html, nothing, type TemplateResult } from 'lit';
import { choiceGroup, errorSummary, honeypotField, textArea, textField } from '../../../ui/form.js';
import type { FormViewHandlers, FormViewState, IdeaBoxTexts, Participation } from '../idea-box.state.js';
import type { PersonalDataFinding } from '../personal-data.js';

export interface FormViewProps {
  t: IdeaBoxTexts;
  state: FormViewState;
  on: FormViewHandlers;
}

export function renderIdeaForm({ t, state, on }: FormViewProps): TemplateResult {
  const { box, core } = t;
  const { draft } = state;
  return html`<form part="form" novalidate @submit=${on.submit}>
    ${errorSummary(state.summary, core, state.root)}
    ${choiceGroup({
      id: 'theme',
      legend: box.themeLegend,
      type: 'radio',
      required: true,
      options: state.themes.map((theme) => ({ value: theme.id, label: theme.label })),
      selected: draft.theme ? [draft.theme] : [],
      onChange: ([theme]) => on.patch({ theme: theme ?? '' }),
      error: state.errors.theme,
      t: core,
    })}
    ${textArea({
      id: 'idea',
      label: box.ideaLabel,
      hint: box.ideaHint,
      required: true,
      value: draft.text,
      maxChars: state.maxLength,
      rows: 6,
      onInput: (value) => on.patch({ text: value }),
      onBlur: () => on.touch('idea'),
      error: state.errors.idea,
      t: core,
    })}
    ${state.participation ? renderParticipation({ t, state, on }, state.participation) : nothing} ${honeypotField(core, on.honeypot)}
    ${state.warning ? renderWarning({ t, state, on }, state.warning) : nothing}
    <div class="actions">
      <button class="button" part="button submit" type="submit" aria-disabled=${state.sending ? 'true' : 'false'}>
        ${state.sending ? core.sending : box.submit}
      </button>
    </div>
  </form>`;
}

/** "Je souhaite participer…": never pre-ticked; once ticked, the notice, the contact and the consent. */
function renderParticipation({ t, state, on }: FormViewProps, participation: Participation): TemplateResult {
  const { box, core } = t;
  const { draft } = state;
  return html`${choiceGroup({
    id: 'participate',
    legend: box.participateLegend,
    hint: box.participateHint,
    type: 'checkbox',
    options: [{ value: 'yes', label: box.participateLabel }],
    selected: draft.participate ? ['yes'] : [],
    onChange: (selected) => on.patch({ participate: selected.includes('yes') }),
    t: core,
  })}
  ${
    draft.participate
      ? html`<div class="participation">
          <div class="notice" part="notice">
            <h3>${box.noticeTitle}</h3>
            <ul>
              ${box.notice(participation.recipient, participation.retention, participation.rightsContact).map((line) => html`<li>${line}</li>`)}
            </ul>
          </div>
          ${textField({
            id: 'contact',
            label: participation.contactLabel ?? box.contactLabel,
            hint: box.contactHint,
            required: true,
            value: draft.contact,
            onInput: (value) => on.patch({ contact: value }),
            onBlur: () => on.touch('contact'),
            error: state.errors.contact,
            t: core,
          })}
          ${choiceGroup({
            id: 'consent',
            legend: box.consentLegend,
            type: 'checkbox',
            required: true,
            options: [{ value: 'yes', label: box.consentLabel(participation.recipient) }],
            selected: draft.consent ? ['yes'] : [],
            onChange: (selected) => on.patch({ consent: selected.includes('yes') }),
            error: state.errors.consent,
            t: core,
          })}
        </div>`
      : nothing
  }`;
}

/** What the personal-data check found, grouped by kind, with "edit" and "send anyway". */
function renderWarning({ t, on }: FormViewProps, findings: PersonalDataFinding[]): TemplateResult {
  const { box } = t;
  const kinds = [...new Set(findings.map((f) => f.kind))];
  return html`<div id="warning" class="notice warning" part="warning" role="group" aria-labelledby="warning-title" tabindex="-1">
    <h3 id="warning-title">${box.warningTitle}</h3>
    <p>${box.warningIntro}</p>
    <ul>
      ${kinds.map(
        (kind) =>
          html`<li>${box.warningKinds[kind]} : ${findings.filter((f) => f.kind === kind).map((f, index) => html`${index ? ', ' : ''}<q>${f.match}</q>`)}</li>`,
      )}
    </ul>
    <div class="actions">
      <button class="button" part="button edit" type="button" @click=${on.editAfterWarning}>${box.warningEdit}</button>
      <button class="button secondary" part="button send-anyway" type="button" @click=${on.sendAnyway}>${box.warningSendAnyway}</button>
    </div>
  </div>`;
}
