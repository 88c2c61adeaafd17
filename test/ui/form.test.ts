import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { coreFr } from '../../src/core/translations/fr.js';
import { baseStyles } from '../../src/core/theme.js';
import {
  checkboxField,
  choiceGroup,
  consentGroup,
  errorSummary,
  fieldMessage,
  honeypotField,
  selectField,
  statusRegion,
  textArea,
  textField,
} from '../../src/ui/form.js';
import { formStyles } from '../../src/ui/form.styles.js';

/** Renders parts in its own shadow root, as a widget does. */
class UiHarness extends LitElement {
  static override styles = [baseStyles, formStyles];
  static override properties = { content: { attribute: false } };
  declare content: (root: ShadowRoot | null) => TemplateResult;
  override render() {
    return html`<form novalidate>${this.content?.(this.shadowRoot)}</form>`;
  }
}
customElements.define('ui-harness', UiHarness);

const t = coreFr;
const noop = () => {};

async function renderParts(content: (root: ShadowRoot | null) => TemplateResult): Promise<UiHarness> {
  const el = await fixture<UiHarness>(html`<ui-harness .content=${content}></ui-harness>`);
  await el.updateComplete;
  return el;
}
const $ = <T extends HTMLElement = HTMLElement>(el: UiHarness, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const describedIds = (node: Element) => node.getAttribute('aria-describedby')!.split(' ');

describe('ui/form: every part names its control and describes it', () => {
  it('textField: label for the input, hint and message always described-by, marked invalid on error', async () => {
    const el = await renderParts(
      () =>
        html`${textField({ id: 'name', label: 'Nom', hint: 'Comme sur la carte Vitale', value: '', t, onInput: noop })}
        ${textField({ id: 'city', label: 'Ville', required: true, value: '', error: 'Indiquez votre ville', t, onInput: noop })}`,
    );
    expect($(el, 'label[for=name]').textContent).to.contain('Nom').and.to.contain('(facultatif)');
    expect(describedIds($(el, '#name'))).to.deep.equal(['name-hint', 'name-message']);
    expect($(el, '#name-message'), 'the message container exists while empty').to.exist;
    expect($(el, '#name').getAttribute('aria-invalid')).to.equal('false');
    expect($(el, 'label[for=city]').textContent).not.to.contain('facultatif');
    expect(describedIds($(el, '#city'))).to.deep.equal(['city-message']);
    expect($(el, '#city').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#city-message').textContent).to.contain('Erreur :').and.to.contain('Indiquez votre ville');
    await expect(el).to.be.accessible();
  });

  it('textField: reports input and blur', async () => {
    const seen: string[] = [];
    const el = await renderParts(() =>
      textField({ id: 'name', label: 'Nom', value: '', t, onInput: (v) => seen.push(`input:${v}`), onBlur: () => seen.push('blur') }),
    );
    const input = $<HTMLInputElement>(el, '#name');
    input.value = 'Jeanne';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    expect(seen).to.deep.equal(['input:Jeanne', 'blur']);
  });

  it('textArea: the counter is polite, described-by, and says when there is too much', async () => {
    const el = await renderParts(() =>
      textArea({ id: 'idea', label: 'Votre idée', hint: 'Sans nom', value: 'x'.repeat(12), maxChars: 10, required: true, t, onInput: noop }),
    );
    expect(describedIds($(el, '#idea'))).to.deep.equal(['idea-hint', 'idea-message', 'idea-count']);
    const count = $(el, '#idea-count');
    expect(count.getAttribute('aria-live')).to.equal('polite');
    expect(count.textContent).to.contain('2 caractères en trop');
    expect(count.classList.contains('over')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('choiceGroup: a fieldset with its legend, each option labelled, the group described by hint and message', async () => {
    let chosen: string[] = [];
    const el = await renderParts(() =>
      choiceGroup({
        id: 'days',
        legend: 'Quels jours ?',
        hint: 'Plusieurs réponses possibles',
        type: 'checkbox',
        options: [
          { value: 'lun', label: 'Lundi' },
          { value: 'mar', label: 'Mardi', hint: 'Le matin seulement' },
          { value: 'mer', label: 'Mercredi' },
        ],
        selected: ['mer'],
        error: 'Choisissez un jour',
        t,
        onChange: (selected) => (chosen = selected),
      }),
    );
    const fieldset = $(el, 'fieldset#days');
    expect(fieldset.querySelector('legend')!.textContent).to.contain('Quels jours ?');
    expect(describedIds(fieldset)).to.deep.equal(['days-hint', 'days-message']);
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    for (const input of fieldset.querySelectorAll('input')) expect($(el, `label[for=${input.id}]`), input.id).to.exist;
    expect($(el, '#days-1').getAttribute('aria-describedby')).to.equal('days-1-hint');
    $<HTMLInputElement>(el, '#days-0').click();
    expect(chosen, 'the options order, not the clicking order').to.deep.equal(['lun', 'mer']);
    await expect(el).to.be.accessible();
  });

  it('selectField: labelled select, hint and message described-by, the value shown and changed', async () => {
    let value = 'b';
    const el = await renderParts(() =>
      selectField({
        id: 'status',
        label: 'Statut',
        hint: 'Celui que l’équipe a donné',
        options: [
          { value: '', label: 'Tous' },
          { value: 'a', label: 'Reçue' },
          { value: 'b', label: 'Réalisée' },
        ],
        value,
        t,
        onChange: (next) => {
          value = next;
          el.requestUpdate();
        },
      }),
    );
    const select = $<HTMLSelectElement>(el, 'select#status');
    expect($(el, 'label[for=status]').textContent).to.contain('Statut');
    expect(select.getAttribute('part')).to.equal('select');
    expect(describedIds(select)).to.deep.equal(['status-hint', 'status-message']);
    expect($(el, '#status-message')).to.exist;
    expect(select.value).to.equal('b');
    select.value = 'a';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(value).to.equal('a');
    expect(select.value).to.equal('a');
    value = '';
    el.requestUpdate();
    await el.updateComplete;
    expect(select.value, 'a new value from the widget wins over the last choice').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('selectField: an error marks it invalid and shows in its message', async () => {
    const el = await renderParts(() =>
      selectField({
        id: 'seats',
        label: 'Places',
        required: true,
        options: [{ value: '1', label: '1' }],
        value: '1',
        error: 'Trop de places',
        t,
        onChange: noop,
        part: 'select seats',
      }),
    );
    expect($(el, '#seats').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#seats').getAttribute('part')).to.equal('select seats');
    expect($(el, '#seats-message').textContent).to.contain('Trop de places');
    await expect(el).to.be.accessible();
  });

  it('checkboxField: the box labelled, hint and message described-by, change reported', async () => {
    let checked = false;
    const el = await renderParts(() =>
      checkboxField({
        id: 'remember',
        label: 'Se souvenir de cet appareil',
        hint: 'Pas sur un ordinateur partagé',
        checked,
        t,
        onChange: (next) => (checked = next),
      }),
    );
    const box = $<HTMLInputElement>(el, 'input#remember');
    expect(box.type).to.equal('checkbox');
    expect(box.checked).to.be.false;
    expect($(el, 'label[for=remember]').textContent).to.equal('Se souvenir de cet appareil');
    expect(describedIds(box)).to.deep.equal(['remember-hint', 'remember-message']);
    expect($(el, '#remember-message')).to.exist;
    box.click();
    expect(checked).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('checkboxField: an error marks it invalid', async () => {
    const el = await renderParts(() =>
      checkboxField({ id: 'consent', label: 'J’accepte', required: true, checked: false, error: 'Cochez pour accepter', t, onChange: noop }),
    );
    expect($(el, '#consent').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#consent-message').textContent).to.contain('Cochez pour accepter');
    await expect(el).to.be.accessible();
  });

  it('consentGroup: the question as legend, one box that says yes, ticking reported as true or false', async () => {
    let checked = false;
    const el = await renderParts(() =>
      consentGroup({
        id: 'consent',
        legend: 'Votre accord',
        label: 'J’accepte d’être recontacté',
        required: true,
        checked,
        error: 'Cochez la case d’accord',
        t,
        onChange: (next) => (checked = next),
      }),
    );
    const fieldset = $(el, 'fieldset#consent');
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Votre accord');
    const boxes = fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    expect(boxes).to.have.length(1);
    expect(boxes[0]!.checked).to.be.false;
    expect($(el, 'label[for=consent-0]').textContent).to.equal('J’accepte d’être recontacté');
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#consent-message').textContent).to.contain('Cochez la case d’accord');
    boxes[0]!.click();
    expect(checked).to.be.true;
    boxes[0]!.click();
    expect(checked).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('fieldMessage: always present, empty without an error', async () => {
    const el = await renderParts(() => fieldMessage('x', undefined, t));
    expect($(el, '#x-message').textContent!.trim()).to.equal('');
  });
});

describe('ui/form: error summary, status region, honeypot', () => {
  it('errorSummary: nothing without errors; else a titled alert whose links focus each field', async () => {
    const empty = await renderParts((root) => html`${errorSummary([], t, root)}`);
    expect(empty.shadowRoot!.querySelector('#error-summary')).to.be.null;
    const el = await renderParts(
      (root) =>
        html`${errorSummary(
          [
            { fieldId: 'name', message: 'Indiquez votre nom' },
            { fieldId: 'days', message: 'Choisissez un jour' },
          ],
          t,
          root,
        )}
        ${textField({ id: 'name', label: 'Nom', value: '', required: true, t, onInput: noop })}
        ${choiceGroup({ id: 'days', legend: 'Jours', type: 'radio', options: [{ value: 'lun', label: 'Lundi' }], selected: [], required: true, t, onChange: noop })}`,
    );
    const summary = $(el, '#error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(summary.textContent).to.contain('Il y a un problème').and.to.contain('Vérifiez ces 2 points');
    const links = [...summary.querySelectorAll('a')];
    links[0]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    links[1]!.click();
    expect(el.shadowRoot!.activeElement?.id, 'a group: its first control').to.equal('days-0');
    await expect(el).to.be.accessible();
  });

  it('statusRegion: a polite status that exists while empty, rendered, with its part', async () => {
    const el = await renderParts(() => statusRegion({ message: '' }));
    const region = $(el, '[role=status]');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('part')).to.equal('status');
    expect(getComputedStyle(region).display).not.to.equal('none');
    expect(region.textContent).to.equal('');
    const speaking = await renderParts(() => statusRegion({ message: 'Envoi en cours…', id: 'status', part: 'status live', className: 'success' }));
    const filled = $(speaking, '#status');
    expect(filled.textContent).to.equal('Envoi en cours…');
    expect(filled.getAttribute('part')).to.equal('status live');
    expect(filled.classList.contains('success')).to.be.true;
    await expect(speaking).to.be.accessible();
  });

  it('honeypotField: out of the accessibility tree and of the tab order, and reports what is typed', async () => {
    let typed = '';
    const el = await renderParts(() => honeypotField(t, (value) => (typed = value)));
    const wrapper = $(el, '.honeypot');
    expect(wrapper.getAttribute('aria-hidden')).to.equal('true');
    const input = $<HTMLInputElement>(el, '#msp-hp');
    expect(input.tabIndex).to.equal(-1);
    expect(input.autocomplete).to.equal('off');
    input.value = 'spam';
    input.dispatchEvent(new Event('input'));
    expect(typed).to.equal('spam');
    await expect(el).to.be.accessible();
  });
});
