import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkboxField } from '../../../ui/form.js';
import type { DimensionAnswer } from '../continuum-check.schema.js';
import type { ViewProps } from '../continuum-check.state.js';
import type { DimensionId } from '../continuum-content.js';
import { practices } from '../continuum-practices.js';

const byId = new Map(practices.map((p) => [p.id, p]));

export interface PracticeState {
  dimension: DimensionId;
  practiceId: string;
  answer: DimensionAnswer;
}

export interface PracticeOn {
  practice(dimension: DimensionId, practiceId: string, ticked: boolean): void;
  withUsers(dimension: DimensionId, practiceId: string, withUsers: boolean): void;
}

/**
 * One practice: a checkbox (with where the statement comes from when it is not a cell of the HAS
 * matrix), and once ticked, whether it was built with usagers (the Fécop question) — not asked when the
 * statement itself involves usagers (a users' committee is done with usagers).
 */
export function renderPractice({ t, core, state, on }: ViewProps<PracticeState, PracticeOn>): TemplateResult {
  const { dimension, practiceId, answer } = state;
  const def = byId.get(practiceId);
  const ticked = practiceId in answer.practices;
  const withUsers = answer.practices[practiceId];
  return html`<li class="practice" part="practice">
    ${checkboxField({
      id: `p-${practiceId}`,
      label: t.content.practices[practiceId] ?? practiceId,
      hint: def?.origin ? t.content.origins[def.origin] : undefined,
      checked: ticked,
      onChange: (checked) => on.practice(dimension, practiceId, checked),
      t: core,
    })}
    ${
      ticked && def?.involvesUsers
        ? html`<p class="with-users-included hint" part="with-users">${t.withUsersIncluded}</p>`
        : ticked
          ? html`<fieldset class="with-users" part="with-users" aria-describedby="w-${practiceId}-hint">
              <legend>${t.withUsersLegend}</legend>
              <p class="visually-hidden" id="w-${practiceId}-hint">${t.content.practices[practiceId]} ${t.withUsersHint}</p>
              <div class="options inline-options">
                ${([true, false] as const).map(
                  (value) =>
                    html`<div class="option">
                      <input
                        id="w-${practiceId}-${value ? 'yes' : 'no'}"
                        type="radio"
                        name="w-${practiceId}"
                        .checked=${live(withUsers === value)}
                        @change=${() => on.withUsers(dimension, practiceId, value)}
                      />
                      <label for="w-${practiceId}-${value ? 'yes' : 'no'}">${value ? t.withUsers : t.withoutUsers}</label>
                    </div>`,
                )}
              </div>
            </fieldset>`
          : nothing
    }
  </li>`;
}
