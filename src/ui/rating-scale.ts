import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { fieldMessage } from './form.js';
import type { CoreStrings } from '../core/translations/fr.js';

// A five-point rating shown as faces with words: native radios in a fieldset, so the legend names the
// group, arrow keys move between the faces, and a screen reader hears "Bien, 4 sur 5". The face is
// decoration (aria-hidden); the word under it carries the meaning, for people who read little too.
// A shared part (the satisfaction survey asks with it), rendered in the widget's own shadow root like
// the parts of form.ts. The faces follow the reading direction: in Arabic (dir="rtl") "very bad"
// stands on the right, where reading starts; the drawings themselves are symmetrical. The chosen face
// is marked by a thicker frame, a tick and a bold word, so colour is never the only sign.

/** Mouths from very unhappy (1) to very happy (5), in a 24×24 box. */
const mouths = ['M7 17.5 Q12 11.5 17 17.5', 'M7.5 16.5 Q12 13.5 16.5 16.5', 'M8 15.5 L16 15.5', 'M7.5 14.5 Q12 17.5 16.5 14.5', 'M7 13.5 Q12 19.5 17 13.5'];

function face(value: number) {
  return html`<svg class="face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      <circle cx="8.5" cy="9.5" r="1.3" fill="currentColor" />
      <circle cx="15.5" cy="9.5" r="1.3" fill="currentColor" />
      <path d=${mouths[value - 1]!} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />`}
  </svg>`;
}

/** The chosen face's tick: the choice shows by a shape too, not by colour alone (and in forced colours). */
const check = html`<svg class="check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  ${svg`<circle cx="12" cy="12" r="11" fill="currentColor" /><path d="M6.5 12.5 L10.5 16.5 L17.5 8" fill="none" stroke-width="2.75" stroke-linecap="round" stroke-linejoin="round" class="check-mark" />`}
</svg>`;

export interface RatingScaleOptions {
  id: string;
  legend: string;
  hint?: string | undefined;
  required?: boolean;
  error?: string | undefined;
  /** The chosen value, 1 to 5. */
  value: number | undefined;
  /** The five words, from 1 to 5. */
  words: readonly string[];
  t: CoreStrings;
  onChange: (value: number) => void;
}

export function ratingScale(o: RatingScaleOptions): TemplateResult {
  const describedBy = [o.hint ? `${o.id}-hint` : '', `${o.id}-message`].filter(Boolean).join(' ');
  return html`<fieldset
    id=${o.id}
    class="field rating ${o.error ? 'has-error' : ''}"
    part="fieldset rating"
    aria-describedby=${describedBy}
    aria-invalid=${ifDefined(o.error ? 'true' : undefined)}
    tabindex="-1"
  >
    <legend part="legend">${o.legend}${o.required ? nothing : html` <span class="optional">${o.t.optional}</span>`}</legend>
    ${o.hint ? html`<p id="${o.id}-hint" class="hint" part="hint">${o.hint}</p>` : nothing}
    <div class="faces" part="faces">
      ${[1, 2, 3, 4, 5].map((value) => {
        const optionId = `${o.id}-${value}`;
        return html`<div class="face-option" data-value=${value}>
          <input id=${optionId} type="radio" name=${o.id} .value=${String(value)} .checked=${live(o.value === value)} @change=${() => o.onChange(value)} />
          <label for=${optionId} part="face-label">${face(value)}${check}<span class="word">${o.words[value - 1]}</span></label>
        </div>`;
      })}
    </div>
    ${fieldMessage(o.id, o.error, o.t)}
  </fieldset>`;
}
