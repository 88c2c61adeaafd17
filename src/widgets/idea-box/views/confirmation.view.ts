// The thank-you panel after an idea left the form.
import { html, type TemplateResult } from 'lit';
import type { IdeaBoxTexts } from '../idea-box.state.js';

export interface ConfirmationViewProps {
  t: IdeaBoxTexts;
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

export function renderConfirmation({ t, state, on }: ConfirmationViewProps): TemplateResult {
  return html`<div class="confirmation" part="confirmation">
    <h2 id="done-title" tabindex="-1">${t.box.doneTitle}</h2>
    <p class="notice ${state.tone}">${state.message}</p>
    <p>${t.core.reference(state.reference)}</p>
    <div class="actions">
      <button class="button secondary" part="button write-another" type="button" @click=${on.writeAnother}>${t.box.writeAnother}</button>
    </div>
  </div>`;
}
