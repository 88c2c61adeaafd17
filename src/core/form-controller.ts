/**
 * One "submitted" state for every form: which errors to show now, and the error summary that takes
 * focus after a failed attempt (GOV.UK / DSFR pattern: errors appear after a submit attempt, or once a
 * field was left after typing in it: `touched && dirty || submitted`).
 *
 * ```ts
 * private readonly form = new FormController(this, { errors: () => this.errors });   // in field order
 *
 * private async onSubmit(event: Event) {
 *   event.preventDefault();
 *   if (!(await this.form.attempt())) return;       // focus is on #error-summary
 *   await this.submission.submit(payload);
 * }
 * // in the template:
 * ${errorSummary(this.form.summaryErrors, core, this.shadowRoot)}
 * ${textField({ id: 'contact', …, error: this.form.errorFor('contact'),
 *               onInput: (v) => { this.form.input('contact'); … }, onBlur: () => this.form.touch('contact') })}
 * ```
 * Several forms in one widget (the self-check's share form): one controller each, each with its own
 * `summaryId`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { focusAfterUpdate } from './focus.js';

/** One error of a form, as the error summary lists it. */
export interface SummaryError {
  /** The id of the control (or fieldset) to focus. */
  fieldId: string;
  message: string;
}

export interface FormControllerOptions {
  /** Every error of the current values, in the order of the fields. */
  errors: () => SummaryError[];
  /** The error summary's id, focused after a failed attempt. */
  summaryId?: string;
}

export class FormController implements ReactiveController {
  /** True once the person tried to send (replaces submitAttempted / attempted / shareAttempted). */
  submitted = false;
  private readonly touched = new Set<string>();
  private readonly dirty = new Set<string>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: FormControllerOptions,
  ) {
    host.addController(this);
  }

  /** Nothing to set up: the controller only holds state, and asks the host to update when it changes. */
  hostConnected(): void {}

  /** Every error of the current values, shown or not. */
  get errors(): SummaryError[] {
    return this.options.errors();
  }

  /** The errors to show now: all of them once submitted, else those of fields left after typing. */
  get shownErrors(): SummaryError[] {
    const errors = this.errors;
    return this.submitted ? errors : errors.filter((e) => this.touched.has(e.fieldId) && this.dirty.has(e.fieldId));
  }

  /** What the error summary lists: every error, but only after a submit attempt. */
  get summaryErrors(): SummaryError[] {
    return this.submitted ? this.errors : [];
  }

  /** The error to show now under that field. */
  errorFor(fieldId: string): string | undefined {
    return this.shownErrors.find((e) => e.fieldId === fieldId)?.message;
  }

  /** The person changed that field (call from its input handler). */
  input(fieldId: string): void {
    this.dirty.add(fieldId);
  }

  /** The person left that field (call from its blur handler): its error shows from now on if they typed in it. */
  touch(fieldId: string): void {
    if (this.touched.has(fieldId)) return;
    this.touched.add(fieldId);
    if (this.dirty.has(fieldId)) this.host.requestUpdate();
  }

  /**
   * A submit attempt: from now on every error shows. With errors, waits for the update, focuses the
   * error summary and resolves false; resolves true when the form is valid.
   */
  async attempt(): Promise<boolean> {
    this.submitted = true;
    this.host.requestUpdate();
    if (this.errors.length === 0) return true;
    await focusAfterUpdate(this.host, `#${this.options.summaryId ?? 'error-summary'}`);
    return false;
  }

  /** A fresh form (after "write another", the kiosk's reset): nothing shown until the next attempt. */
  reset(): void {
    this.submitted = false;
    this.touched.clear();
    this.dirty.clear();
    this.host.requestUpdate();
  }
}
