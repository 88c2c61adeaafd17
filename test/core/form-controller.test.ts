import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FormController, type SummaryError } from '../../src/core/form-controller.js';
import { focusAfterUpdate } from '../../src/core/focus.js';
import { coreFr } from '../../src/core/translations/fr.js';
import { errorSummary, textField } from '../../src/ui/form.js';

/** A two-field form driven by a FormController, as a widget uses it. */
class FormHarness extends LitElement {
  static override properties = { name: { state: true }, city: { state: true } };
  declare name: string;
  declare city: string;
  renders = 0;
  readonly form = new FormController(this, { errors: () => this.errors });
  constructor() {
    super();
    this.name = '';
    this.city = '';
  }
  get errors(): SummaryError[] {
    const errors: SummaryError[] = [];
    if (!this.name) errors.push({ fieldId: 'name', message: 'Indiquez votre nom' });
    if (!this.city) errors.push({ fieldId: 'city', message: 'Indiquez votre ville' });
    return errors;
  }
  override render() {
    this.renders++;
    const field = (id: 'name' | 'city', label: string) =>
      textField({
        id,
        label,
        required: true,
        value: this[id],
        error: this.form.errorFor(id),
        t: coreFr,
        onInput: (value) => {
          this.form.input(id);
          this[id] = value;
        },
        onBlur: () => this.form.touch(id),
      });
    return html`<form novalidate>${errorSummary(this.form.summaryErrors, coreFr, this.shadowRoot)} ${field('name', 'Nom')} ${field('city', 'Ville')}</form>
      <h2 id="done" tabindex="-1">Merci</h2>`;
  }
}
customElements.define('form-harness', FormHarness);

const type = async (el: FormHarness, id: string, value: string) => {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
};
const blur = async (el: FormHarness, id: string) => {
  el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!.dispatchEvent(new Event('blur'));
  await el.updateComplete;
};
const message = (el: FormHarness, id: string) => el.shadowRoot!.querySelector(`#${id}-message`)!.textContent!.trim();

describe('FormController: one submitted state for every form', () => {
  it('shows nothing before an attempt, though it knows every error in field order', async () => {
    const el = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    expect(el.form.submitted).to.be.false;
    expect(el.form.errors.map((e) => e.fieldId)).to.deep.equal(['name', 'city']);
    expect(el.form.shownErrors).to.deep.equal([]);
    expect(el.form.summaryErrors).to.deep.equal([]);
    expect(el.form.errorFor('name')).to.be.undefined;
    expect(el.shadowRoot!.querySelector('#error-summary')).to.be.null;
  });

  it('a failed attempt shows every error, renders the summary and focuses it; resolves false', async () => {
    const el = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    expect(await el.form.attempt()).to.be.false;
    expect(el.form.submitted).to.be.true;
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
    expect(message(el, 'name')).to.contain('Indiquez votre nom');
    expect(el.form.errorFor('city')).to.equal('Indiquez votre ville');
    expect([...el.shadowRoot!.querySelectorAll('#error-summary a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#city']);
  });

  it('errors follow the values after an attempt, and a valid form resolves true without moving focus', async () => {
    const el = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    await el.form.attempt();
    await type(el, 'name', 'Jeanne');
    expect(message(el, 'name')).to.equal('');
    expect(el.form.summaryErrors.map((e) => e.fieldId)).to.deep.equal(['city']);
    await type(el, 'city', 'Lyon');
    el.shadowRoot!.querySelector<HTMLElement>('#city')!.focus();
    expect(await el.form.attempt()).to.be.true;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('city');
    expect(el.shadowRoot!.querySelector('#error-summary')).to.be.null;
  });

  it('a field left after typing in it shows its own error (touched and dirty), not the others', async () => {
    const el = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    await blur(el, 'city');
    expect(message(el, 'city'), 'left without typing: not dirty').to.equal('');
    await type(el, 'name', 'J');
    expect(message(el, 'name'), 'typing, not yet left').to.equal('');
    await type(el, 'name', '');
    await blur(el, 'name');
    expect(message(el, 'name')).to.contain('Indiquez votre nom');
    expect(message(el, 'city')).to.equal('');
    expect(el.form.shownErrors.map((e) => e.fieldId)).to.deep.equal(['name']);
    expect(el.form.summaryErrors, 'the summary waits for an attempt').to.deep.equal([]);
  });

  it('reset: a fresh form shows nothing until the next attempt', async () => {
    const el = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    await type(el, 'name', '');
    await blur(el, 'name');
    await el.form.attempt();
    el.form.reset();
    await el.updateComplete;
    expect(el.form.submitted).to.be.false;
    expect(el.form.shownErrors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('#error-summary')).to.be.null;
    expect(message(el, 'name')).to.equal('');
  });

  it('two controllers in one host keep apart, each with its own summary id', async () => {
    const el = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    const share = new FormController(el, { errors: () => [{ fieldId: 'consent', message: 'Cochez' }], summaryId: 'done' });
    expect(await share.attempt()).to.be.false;
    expect(el.shadowRoot!.activeElement?.id).to.equal('done');
    expect(el.form.submitted).to.be.false;
  });
});

describe('focusAfterUpdate', () => {
  it('waits for the pending render, then focuses what it rendered', async () => {
    const el = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    el.name = 'Jeanne';
    expect(await focusAfterUpdate(el, '#done')).to.be.true;
    expect(el.shadowRoot!.activeElement?.id).to.equal('done');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value, 'rendered before focusing').to.equal('Jeanne');
  });

  it('resolves false when nothing matches', async () => {
    const el = await fixture<FormHarness>(html`<form-harness></form-harness>`);
    expect(await focusAfterUpdate(el, '#nowhere')).to.be.false;
  });
});
