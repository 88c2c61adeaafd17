// The thank-you panel after an idea left the form: what happened to it (sent, kept on the device,
// refused), its number and what the number is for, each readable aloud.
import { html, type TemplateResult } from 'lit';
import type { WidgetUi } from '../../../core/widget-ui.js';
import type { IdeaBoxTexts } from '../idea-box.state.js';

export interface ConfirmationViewProps {
  t: IdeaBoxTexts;
  ui: WidgetUi;
  state: {
    /** What happened to the idea (outcomeMessage). */
    message: string;
    /** The tone of that message: a refusal is an error, anything else a success. */
    tone: 'success' | 'error';
    /** The short reference shown to the person ("3F9A-2C"). */
    reference: string;
  };
  on: { writeAnother: () => void };
}

export function renderConfirmation({ t, ui, state, on }: ConfirmationViewProps): TemplateResult {
  const reference = t.box.reference(state.reference);
  return html`<div class="confirmation" part="confirmation">
    ${ui.heading(t.box.doneTitle, { id: 'done-title', focusable: true })}
    <p class="notice ${state.tone}"><span>${state.message}</span> ${ui.readAloud(`${t.box.doneTitle}. ${state.message} ${reference}`, t.box.doneTitle)}</p>
    <p class="reference">${reference}</p>
    <div class="actions">
      <button class="button secondary" part="button write-another" type="button" @click=${on.writeAnother}>${t.box.writeAnother}</button>
    </div>
  </div>`;
}
