import { html, type TemplateResult } from 'lit';
import { textField } from '../../../ui/form.js';
import type { PurgePlan } from '../retention.js';
import type { ViewProps } from '../results.state.js';
import { button } from './parts.js';

export interface RetentionState {
  /** The months typed. */
  input: string;
  error: string | undefined;
  /** The purge waiting for the team's confirmation. */
  plan: PurgePlan | undefined;
}

export interface RetentionHandlers {
  input(value: string): void;
  prepare(): void;
  cancel(): void;
  confirm(): void;
}

/** How long this device keeps contributions, and the purge of older ones after a confirmation. */
export function renderRetention({ t, core, format, ui, state, on }: ViewProps<RetentionState, RetentionHandlers>): TemplateResult {
  const plan = state.plan;
  return html`<section class="retention" part="retention" aria-labelledby="retention-title">
    ${ui.heading(t.retentionTitle, { id: 'retention-title', focusable: true, sub: 1 })}
    <p>${t.retentionIntro}</p>
    ${textField({
      id: 'retention',
      label: t.retentionLabel,
      hint: t.retentionHint,
      type: 'number',
      inputmode: 'numeric',
      min: 1,
      max: 120,
      required: true,
      value: state.input,
      error: state.error,
      t: core,
      onInput: on.input,
    })}
    ${
      plan
        ? html`<div class="notice warning" id="purge-confirm" tabindex="-1" role="group" aria-labelledby="purge-confirm-text">
            <p id="purge-confirm-text">${t.purgeConfirm(plan.personal.length, plan.other.length, format.day(plan.cutoff))}</p>
            <div class="actions">${button('confirm-purge', t.confirmPurge, on.confirm, 'danger')} ${button('cancel-purge', t.cancel, on.cancel)}</div>
          </div>`
        : html`<div class="actions">${button('prepare-purge', t.preparePurge, on.prepare)}</div>`
    }
  </section>`;
}
