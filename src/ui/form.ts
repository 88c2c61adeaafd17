import { html, nothing, type TemplateResult } from 'lit';
import { headingAt } from '../core/widget-ui.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { SummaryError } from '../core/form-controller.js';
import type { CoreStrings } from '../core/translations/fr.js';

/**
 * Shared form parts, rendered as templates inside each widget's own shadow root so that `for`,
 * `aria-describedby` and the error summary's links reach their controls (a nested shadow root would
 * cut them). Every control has its hint and a message container that always exists and is always
 * described-by. Each part takes one options object; see src/ui/README.md for one example of each.
 *
 * ```ts
 * ${textField({ id: 'contact', label: t.contactLabel, hint: t.contactHint, required: true, t: core,
 *               value: this.draft.contact, error: this.form.errorFor('contact'),
 *               onInput: (value) => this.patchDraft({ contact: value }) })}
 * ${statusRegion({ message: this.statusMessage })}
 * ```
 */

/** What every field shares. `id` must be unique inside the widget. */
export interface FieldBase {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The error to show now (the widget decides when: after interaction or a submit attempt). */
  error?: string | undefined;
  required?: boolean;
  t: CoreStrings;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'date' | 'password';
  autocomplete?: string;
  inputmode?: string;
  maxlength?: number;
  min?: number;
  max?: number;
  /** false for codes and tokens, where a spell checker only gets in the way. */
  spellcheck?: boolean;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

export interface TextAreaOptions extends FieldBase {
  value: string;
  /** Soft limit shown as a count; the widget refuses to send above it. */
  maxChars?: number;
  rows?: number;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface SelectFieldOptions extends FieldBase {
  /** The options in order; include `{ value: '', label: t.all }` for "no choice". */
  options: readonly ChoiceOption[];
  value: string;
  onChange: (value: string) => void;
  /** The select's part (default `select`). */
  part?: string;
  /** false for a filter, where "(facultatif)" after the label means nothing. */
  markOptional?: boolean;
}

export interface CheckboxFieldOptions extends FieldBase {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The checkbox's part (default `checkbox`). */
  part?: string;
}

export interface StatusRegionOptions {
  /** What to announce; empty while there is nothing to say (the region stays in the tree). */
  message: string | TemplateResult;
  id?: string;
  part?: string;
  /** Extra classes (a tone: `success`, `error`…). */
  className?: string;
}

export interface ChoiceGroupOptions extends Omit<FieldBase, 'label'> {
  legend: string;
  type: 'radio' | 'checkbox';
  options: ChoiceOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Lay the options in a row (short options like yes/no). */
  inline?: boolean;
}

export interface ConsentGroupOptions extends Omit<FieldBase, 'label'> {
  /** The question ("Votre accord", "Participer à la vie de la maison de santé"). */
  legend: string;
  /** The box's label, which says yes ("Je souhaite participer…"). */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

const describedBy = (id: string, hint?: string) => [hint ? `${id}-hint` : '', `${id}-message`].filter(Boolean).join(' ');

function labelText(field: Pick<FieldBase, 'required' | 't'>, text: string) {
  return html`${text}${field.required ? nothing : html` <span class="optional">${field.t.optional}</span>`}`;
}

/** The message slot under a control: always there, holding the error when there is one. */
export function fieldMessage(id: string, error: string | undefined, t: CoreStrings) {
  return html`<p id="${id}-message" class="message" part="field-message">
    ${error ? html`<span class="visually-hidden">${t.errorPrefix}</span> ${error}` : nothing}
  </p>`;
}

/**
 * The frame of a field with one control: its label, hint, the control, and the message slot that
 * always exists. The control names hint and message in its `aria-describedby` (`describedBy`).
 */
function labelledField(o: FieldBase, label: string | TemplateResult, control: TemplateResult): TemplateResult {
  return html`<div class="field ${o.error ? 'has-error' : ''}" part="field">
    <label for=${o.id} part="label">${label}</label>
    ${o.hint ? html`<p id="${o.id}-hint" class="hint" part="hint">${o.hint}</p>` : nothing} ${control} ${fieldMessage(o.id, o.error, o.t)}
  </div>`;
}

export function textField(o: TextFieldOptions): TemplateResult {
  return labelledField(
    o,
    labelText(o, o.label),
    html`<input
      id=${o.id}
      part="input"
      type=${o.type ?? 'text'}
      .value=${live(o.value)}
      ?required=${o.required}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy(o.id, o.hint)}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      maxlength=${ifDefined(o.maxlength)}
      min=${ifDefined(o.min)}
      max=${ifDefined(o.max)}
      spellcheck=${ifDefined(o.spellcheck === undefined ? undefined : String(o.spellcheck))}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      @blur=${() => o.onBlur?.()}
    />`,
  );
}

export function textArea(o: TextAreaOptions): TemplateResult {
  const left = o.maxChars === undefined ? undefined : o.maxChars - o.value.length;
  const counter =
    left === undefined
      ? nothing
      : html`<p id="${o.id}-count" class="count ${left < 0 ? 'over' : ''}" part="counter" aria-live="polite" aria-atomic="true">
          ${o.t.charactersLeft(left)}
        </p>`;
  return labelledField(
    o,
    labelText(o, o.label),
    html`<textarea
        id=${o.id}
        part="textarea"
        rows=${o.rows ?? 5}
        .value=${live(o.value)}
        ?required=${o.required}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${describedBy(o.id, o.hint) + (left === undefined ? '' : ` ${o.id}-count`)}
        @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
        @blur=${() => o.onBlur?.()}
      ></textarea>
      ${counter}`,
  );
}

/**
 * A `<select>` with its label, hint and message. Option hints are not shown (a select cannot hold
 * them): use a choice group when the options need explaining.
 */
export function selectField(o: SelectFieldOptions): TemplateResult {
  return labelledField(
    o,
    o.markOptional === false ? o.label : labelText(o, o.label),
    html`<select
      id=${o.id}
      part=${o.part ?? 'select'}
      ?required=${o.required}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy(o.id, o.hint)}
      .value=${live(o.value)}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      ${o.options.map((option) => html`<option value=${option.value} ?selected=${option.value === o.value}>${option.label}</option>`)}
    </select>`,
  );
}

/**
 * One checkbox that stands alone ("remember this device", "not concerned"): the box, then its label,
 * then the hint and message. Ticking is optional by nature, so no "(facultatif)" is added; a box that
 * must be ticked (consent) says so in its label. A question answered by ticking boxes is a choice group.
 */
export function checkboxField(o: CheckboxFieldOptions): TemplateResult {
  return html`<div class="field checkbox ${o.error ? 'has-error' : ''}" part="field">
    <div class="option">
      <input
        id=${o.id}
        part=${o.part ?? 'checkbox'}
        type="checkbox"
        .checked=${live(o.checked)}
        ?required=${o.required}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${describedBy(o.id, o.hint)}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />
      <label for=${o.id} part="label">${o.label}</label>
    </div>
    ${o.hint ? html`<p id="${o.id}-hint" class="hint" part="hint">${o.hint}</p>` : nothing} ${fieldMessage(o.id, o.error, o.t)}
  </div>`;
}

/**
 * The widget's one polite live region for outcomes ("Envoi en cours…", "Merci !"). It is always
 * rendered, empty when silent: a region added with its message already in it is not announced.
 */
export function statusRegion(o: StatusRegionOptions): TemplateResult {
  return html`<div id=${ifDefined(o.id)} class="status ${o.className ?? ''}" part=${o.part ?? 'status'} role="status" aria-live="polite">${o.message}</div>`;
}

/**
 * A fieldset of radios or checkboxes. When one place shows different groups in turn (survey steps),
 * key them with `repeat(items, (q) => q.id, …)`: a radio that Lit reuses and renames into another
 * group unchecks that group's chosen answer.
 */
export function choiceGroup(o: ChoiceGroupOptions): TemplateResult {
  const toggle = (value: string, checked: boolean) => {
    if (o.type === 'radio') return o.onChange([value]);
    const next = new Set(o.selected);
    if (checked) next.add(value);
    else next.delete(value);
    // Keep the options' order, not the clicking order.
    o.onChange(o.options.map((option) => option.value).filter((v) => next.has(v)));
  };
  return html`<fieldset
    id=${o.id}
    class="field choices ${o.inline ? 'inline' : ''} ${o.error ? 'has-error' : ''}"
    part="fieldset"
    aria-describedby=${describedBy(o.id, o.hint)}
    aria-invalid=${ifDefined(o.error ? 'true' : undefined)}
    tabindex="-1"
  >
    <legend part="legend">${labelText(o, o.legend)}</legend>
    ${o.hint ? html`<p id="${o.id}-hint" class="hint" part="hint">${o.hint}</p>` : nothing}
    <div class="options">
      ${o.options.map((option, index) => {
        const optionId = `${o.id}-${index}`;
        return html`<div class="option" part="option">
          <input
            id=${optionId}
            type=${o.type}
            name=${o.id}
            .value=${option.value}
            .checked=${live(o.selected.includes(option.value))}
            aria-describedby=${ifDefined(option.hint ? `${optionId}-hint` : undefined)}
            @change=${(e: Event) => toggle(option.value, (e.target as HTMLInputElement).checked)}
          />
          <label for=${optionId}>${option.label}</label>
          ${option.hint ? html`<p id="${optionId}-hint" class="hint option-hint">${option.hint}</p>` : nothing}
        </div>`;
      })}
    </div>
    ${fieldMessage(o.id, o.error, o.t)}
  </fieldset>`;
}

/**
 * A question answered by ticking one box that says yes (consent, "I would like to take part"): a
 * choice group of one option, `yes`, so the legend asks, the label answers, and the error summary's
 * link to `id` moves focus to the box. A box that needs no question above it is a `checkboxField`.
 */
export function consentGroup(o: ConsentGroupOptions): TemplateResult {
  const { label, checked, onChange, ...group } = o;
  return choiceGroup({
    ...group,
    type: 'checkbox',
    options: [{ value: 'yes', label }],
    selected: checked ? ['yes'] : [],
    onChange: (selected) => onChange(selected.includes('yes')),
  });
}

export type { SummaryError } from '../core/form-controller.js';

/** The widget's heading level (`heading-level`), which its root carries for the parts drawn here. */
function headingLevelOf(root: ShadowRoot | null): number {
  return Number(root?.querySelector<HTMLElement>('[part~=base]')?.dataset.headingLevel ?? 2) || 2;
}

/**
 * The error summary shown after a failed submit: it takes focus (the widget calls `focus()` on
 * `#error-summary`) and each link moves focus to its field (GOV.UK / DSFR pattern).
 */
export function errorSummary(errors: SummaryError[], t: CoreStrings, root: ShadowRoot | null): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  const focusField = (event: Event, fieldId: string) => {
    event.preventDefault();
    const target = root?.getElementById(fieldId);
    const control = target instanceof HTMLFieldSetElement ? (target.querySelector('input') ?? target) : target;
    control?.focus();
    target?.scrollIntoView({ block: 'center' });
  };
  return html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title" role="alert">
    ${headingAt(headingLevelOf(root), t.errorSummaryTitle, { id: 'error-summary-title', sub: 1 })}
    <p>${t.errorSummaryIntro(errors.length)}</p>
    <ul>
      ${errors.map((e) => html`<li><a href="#${e.fieldId}" @click=${(event: Event) => focusField(event, e.fieldId)}>${e.message}</a></li>`)}
    </ul>
  </div>`;
}

/**
 * The hidden field bots fill and people never see nor hear (not focusable, hidden from the
 * accessibility tree). Its name is one password managers do not autofill.
 */
export function honeypotField(t: CoreStrings, onInput: (value: string) => void): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label for="msp-hp">${t.honeypotLabel}</label>
    <input id="msp-hp" name="msp_hp_field" type="text" tabindex="-1" autocomplete="off" @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
  </div>`;
}
