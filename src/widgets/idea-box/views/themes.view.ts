// The theme question: one radio per theme, each with its pictogram, and the question's read-aloud
// button (before the group, drawn at the end of the legend's line: see .question in the styles).
// The same markup as the shared `choiceGroup` (fieldset, legend, message always described-by), with a
// picture beside each label, which a shared group of plain-text options cannot carry.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { WidgetUi } from '../../../core/widget-ui.js';
import { fieldMessage } from '../../../ui/form.js';
import type { IdeaBoxTexts, Theme } from '../idea-box.state.js';
import { themePictogram } from '../pictograms.js';

export interface ThemesViewProps {
  t: IdeaBoxTexts;
  ui: WidgetUi;
  state: { themes: readonly Theme[]; selected: string; error: string | undefined };
  on: { choose: (themeId: string) => void };
}

export function renderThemes({ t, ui, state, on }: ThemesViewProps): TemplateResult {
  const { box, core } = t;
  const spoken = `${box.themeLegend} ${state.themes.map((theme) => theme.label).join(', ')}.`;
  return html`<div class="question">
    ${ui.readAloud(spoken, box.themeLegend)}
    <fieldset
      id="theme"
      class="field choices themes ${state.error ? 'has-error' : ''}"
      part="fieldset"
      aria-describedby="theme-message"
      aria-invalid=${state.error ? 'true' : nothing}
      tabindex="-1"
    >
      <legend part="legend">${box.themeLegend}</legend>
      <div class="options">
        ${state.themes.map(
          (theme, index) =>
            html`<div class="option theme-option" part="option">
              <input
                id="theme-${index}"
                type="radio"
                name="theme"
                .value=${theme.id}
                .checked=${live(state.selected === theme.id)}
                @change=${() => on.choose(theme.id)}
              />
              <label for="theme-${index}">${themePictogram(theme.id)}<span lang=${ifDefined(theme.lang)}>${theme.label}</span></label>
            </div>`,
        )}
      </div>
      ${fieldMessage('theme', state.error, core)}
    </fieldset>
  </div>`;
}
