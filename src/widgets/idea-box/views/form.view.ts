// The idea form: theme, idea, the participation offer, the personal-data warning, the send button.
// Each question and each message the person must understand has its read-aloud button beside it.
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetUi } from '../../../core/widget-ui.js';
import { consentGroup, errorSummary, honeypotField, textArea, textField } from '../../../ui/form.js';
import type { FormViewHandlers, FormViewState, IdeaBoxTexts, Participation } from '../idea-box.state.js';
import type { PersonalDataFinding } from '../personal-data.js';
import { renderThemes } from './themes.view.js';

export interface FormViewProps {
  t: IdeaBoxTexts;
  ui: WidgetUi;
  state: FormViewState;
  on: FormViewHandlers;
}

/** The error summary, then a button reading it aloud (title, how many, each problem). */
function renderErrors({ t, ui, state }: FormViewProps): TemplateResult | typeof nothing {
  const { core } = t;
  if (!state.summary.length) return nothing;
  const spoken = [core.errorSummaryTitle, core.errorSummaryIntro(state.summary.length), ...state.summary.map((error) => error.message)].join(' ');
  return html`${errorSummary(state.summary, core, state.root)}
    <p class="read-aloud-line">${ui.readAloud(spoken, core.errorSummaryTitle)}</p>`;
}

export function renderIdeaForm(props: FormViewProps): TemplateResult {
  const { t, ui, state, on } = props;
  const { box, core } = t;
  const { draft } = state;
  return html`<form part="form" novalidate @submit=${on.submit}>
    ${renderErrors(props)}
    ${renderThemes({ t, ui, state: { themes: state.themes, selected: draft.theme, error: state.errors.theme }, on: { choose: (theme) => on.patch({ theme }) } })}
    <div class="question">
      ${ui.readAloud(`${box.ideaLabel}. ${box.ideaHint}`, box.ideaLabel)}
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
    </div>
    ${state.participation ? renderParticipation(props, state.participation) : nothing} ${honeypotField(core, on.honeypot)}
    ${state.warning ? renderWarning(props, state.warning) : nothing}
    <div class="actions">
      <button class="button" part="button submit" type="submit" aria-disabled=${state.sending ? 'true' : 'false'}>
        ${state.sending ? core.sending : box.submit}
      </button>
    </div>
  </form>`;
}

/** "Je souhaite participer…": never pre-ticked; once ticked, the notice, the contact and the consent. */
function renderParticipation({ t, ui, state, on }: FormViewProps, participation: Participation): TemplateResult {
  const { box, core } = t;
  const { draft } = state;
  const notice = box.notice(participation.recipient, participation.retention, participation.rightsContact);
  return html`<div class="question">
      ${ui.readAloud(`${box.participateLegend}. ${box.participateLabel} ${box.participateHint}`, box.participateLegend)}
      ${consentGroup({
        id: 'participate',
        legend: box.participateLegend,
        hint: box.participateHint,
        label: box.participateLabel,
        checked: draft.participate,
        onChange: (participate) => on.patch({ participate }),
        t: core,
      })}
    </div>
    ${
      draft.participate
        ? html`<div class="participation">
            <div class="notice" part="notice">
              <div class="titled">${ui.heading(box.noticeTitle, { sub: 1 })} ${ui.readAloud(`${box.noticeTitle}. ${notice.join(' ')}`, box.noticeTitle)}</div>
              <ul>
                ${notice.map((line) => html`<li>${line}</li>`)}
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
            ${consentGroup({
              id: 'consent',
              legend: box.consentLegend,
              required: true,
              label: box.consentLabel(participation.recipient),
              checked: draft.consent,
              onChange: (consent) => on.patch({ consent }),
              error: state.errors.consent,
              t: core,
            })}
          </div>`
        : nothing
    }`;
}

/** What the personal-data check found, grouped by kind, with "edit" and "send anyway". */
function renderWarning({ t, ui, on }: FormViewProps, findings: PersonalDataFinding[]): TemplateResult {
  const { box } = t;
  const kinds = [...new Set(findings.map((f) => f.kind))];
  const spoken = [box.warningTitle, box.warningIntro, ...kinds.map((kind) => box.warningKinds[kind])].join(' ');
  return html`<div id="warning" class="notice warning" part="warning" role="group" aria-labelledby="warning-title" tabindex="-1">
    <div class="titled">${ui.heading(box.warningTitle, { sub: 1, id: 'warning-title' })} ${ui.readAloud(spoken, box.warningTitle)}</div>
    <p>${box.warningIntro}</p>
    <ul>
      ${kinds.map(
        (kind) =>
          html`<li>
            ${box.listLabel(box.warningKinds[kind])} ${findings.filter((f) => f.kind === kind).map((f, index) => html`${index ? ', ' : ''}<q>${f.match}</q>`)}
          </li>`,
      )}
    </ul>
    <div class="actions">
      <button class="button" part="button edit" type="button" @click=${on.editAfterWarning}>${box.warningEdit}</button>
      <button class="button secondary" part="button send-anyway" type="button" @click=${on.sendAnyway}>${box.warningSendAnyway}</button>
    </div>
  </div>`;
}
