import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { baseStyles } from '../../src/core/theme.js';
import { coreFr } from '../../src/core/translations/fr.js';
import { formStyles } from '../../src/ui/form.styles.js';
import { ratingScale } from '../../src/ui/rating-scale.js';
import { ratingScaleStyles } from '../../src/ui/rating-scale.styles.js';

const words = ['Très mal', 'Mal', 'Moyen', 'Bien', 'Très bien'];

/** A rating scale in its own shadow root, as the survey renders it. */
class RatingHarness extends LitElement {
  static override styles = [baseStyles, formStyles, ratingScaleStyles];
  static override properties = { value: { attribute: false }, error: { attribute: false } };
  declare value: number | undefined;
  declare error: string | undefined;
  readonly chosen: number[] = [];
  override render() {
    return ratingScale({
      id: 'accueil',
      legend: 'Comment avez-vous été accueilli ?',
      hint: 'Choisissez un visage',
      required: true,
      value: this.value,
      error: this.error,
      words,
      t: coreFr,
      onChange: (value) => {
        this.chosen.push(value);
        this.value = value;
      },
    });
  }
}
customElements.define('rating-harness', RatingHarness);

describe('ui/rating-scale: five faces with words, as native radios', () => {
  it('a fieldset named by its legend, described by hint and message; each face labelled by its word', async () => {
    const el = await fixture<RatingHarness>(html`<rating-harness></rating-harness>`);
    const fieldset = el.shadowRoot!.querySelector('fieldset#accueil')!;
    expect(fieldset.querySelector('legend')!.textContent).to.contain('Comment avez-vous été accueilli ?');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('accueil-hint accueil-message');
    expect(el.shadowRoot!.querySelector('#accueil-message'), 'the message exists while empty').to.exist;
    const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.name)).to.deep.equal(Array(5).fill('accueil'));
    expect(radios.map((r) => el.shadowRoot!.querySelector(`label[for=${r.id}]`)!.textContent!.trim())).to.deep.equal(words);
    expect(fieldset.querySelectorAll('svg[aria-hidden=true]'), 'faces are decoration').to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('reports the value chosen and shows it checked', async () => {
    const el = await fixture<RatingHarness>(html`<rating-harness></rating-harness>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('#accueil-4')!.click();
    await el.updateComplete;
    expect(el.chosen).to.deep.equal([4]);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#accueil-4')!.checked).to.be.true;
    el.value = 2;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#accueil-2')!.checked, 'a value set by the widget wins').to.be.true;
  });

  it('an error marks the group invalid and shows in its message', async () => {
    const el = await fixture<RatingHarness>(html`<rating-harness .error=${'Choisissez une réponse'}></rating-harness>`);
    const fieldset = el.shadowRoot!.querySelector('fieldset#accueil')!;
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#accueil-message')!.textContent).to.contain('Choisissez une réponse');
    await expect(el).to.be.accessible();
  });
});
