import { html, nothing, type TemplateResult } from 'lit';
import { checkboxField, textField } from '../../../ui/form.js';
import type { ViewProps } from '../results.state.js';

export interface AccessState {
  token: string;
  error: string | undefined;
  remember: boolean;
  /** A token is kept on this device: offer to forget it. */
  remembered: boolean;
  loading: boolean;
}

export interface AccessHandlers {
  submit(event: Event): void;
  input(value: string): void;
  /** The person left the token field. */
  touch(): void;
  remember(checked: boolean): void;
  forget(): void;
}

/** The read-token form of a remote source (the token goes to that server only). */
export function renderAccess({ t, core, state, on }: ViewProps<AccessState, AccessHandlers>): TemplateResult {
  return html`<form class="token-form" part="token-form" novalidate @submit=${on.submit}>
    <fieldset class="field">
      <legend>${t.tokenLegend}</legend>
      ${textField({
        id: 'token',
        label: t.tokenLabel,
        hint: t.tokenHint,
        type: 'password',
        autocomplete: 'off',
        spellcheck: false,
        required: true,
        value: state.token,
        error: state.error,
        t: core,
        onInput: on.input,
        onBlur: on.touch,
      })}
      ${checkboxField({ id: 'remember', label: t.remember, hint: t.rememberHint, t: core, checked: state.remember, onChange: on.remember })}
    </fieldset>
    <div class="actions">
      <button class="button" part="button submit show-results" type="submit" aria-disabled=${state.loading ? 'true' : 'false'}>${t.show}</button>
      ${
        state.remembered
          ? html`<button class="button secondary" part="button secondary forget-token" type="button" id="forget-token" @click=${on.forget}>${t.forget}</button>`
          : nothing
      }
    </div>
  </form>`;
}
