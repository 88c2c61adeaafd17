import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { baseStyles } from '../../src/core/theme.js';
import { coreFr } from '../../src/core/translations/fr.js';
import { formStyles } from '../../src/ui/form.styles.js';
import { ratingScale } from '../../src/ui/rating-scale.js';
import { ratingScaleStyles } from '../../src/ui/rating-scale.styles.js';
import { emulateMedia, screenshot, setViewport } from '../helpers/page.js';

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
    expect(fieldset.querySelectorAll('svg.face[aria-hidden=true]'), 'faces are decoration').to.have.length(5);
    expect(fieldset.querySelectorAll('svg.check[aria-hidden=true]'), 'and so are the ticks').to.have.length(5);
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

// Issue 14 and 15: the faces in every mode a person may use.

/** sRGB relative luminance of `rgb(…)`/`rgba(…)` (WCAG 2.2). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
/** WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** The colour a part is painted on: the first ancestor (through shadow roots) with an opaque background. */
function backgroundOf(node: Element): string {
  for (let el: Element | null = node; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    const bg = getComputedStyle(el).backgroundColor;
    if (!/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

describe('ui/rating-scale: forced colours, right to left, narrow columns, large targets', () => {
  afterEach(async () => {
    await emulateMedia();
    await setViewport(800, 600);
  });

  it('in forced colours the faces are drawn in system colours, ≥ 3:1 for drawings and ≥ 4.5:1 for words, the choice marked by more than colour', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await fixture<RatingHarness>(html`<rating-harness .value=${4}></rating-harness>`);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const figures: string[] = [];
    for (const value of [1, 4]) {
      const label = el.shadowRoot!.querySelector(`label[for=accueil-${value}]`)!;
      const face = label.querySelector('svg.face')!;
      const word = label.querySelector('.word')!;
      const background = backgroundOf(label);
      const drawing = contrast(getComputedStyle(face).color, background);
      const text = contrast(getComputedStyle(word).color, background);
      const frame = contrast(getComputedStyle(label).borderTopColor, background);
      figures.push(`face ${value}: drawing ${drawing.toFixed(1)}:1, word ${text.toFixed(1)}:1, frame ${frame.toFixed(1)}:1`);
      expect(drawing, `face ${value}'s drawing`).to.be.at.least(3);
      expect(text, `face ${value}'s word`).to.be.at.least(4.5);
      expect(frame, `face ${value}'s frame`).to.be.at.least(3);
    }
    const chosen = el.shadowRoot!.querySelector('label[for=accueil-4]')!;
    const other = el.shadowRoot!.querySelector('label[for=accueil-3]')!;
    const check = chosen.querySelector<SVGElement>('svg.check')!;
    expect(getComputedStyle(check).display, 'the tick shows on the chosen face').to.not.equal('none');
    expect(contrast(getComputedStyle(check).color, backgroundOf(chosen)), 'the tick').to.be.at.least(3);
    expect(getComputedStyle(other.querySelector('svg.check')!).display).to.equal('none');
    expect(parseFloat(getComputedStyle(chosen).borderTopWidth)).to.be.greaterThan(parseFloat(getComputedStyle(other).borderTopWidth));
    expect(getComputedStyle(chosen).outlineStyle).to.equal('solid');
    expect(Number(getComputedStyle(chosen).fontWeight)).to.be.at.least(700);
    console.log(`[rating-scale] forced colours: ${figures.join('; ')}`);
    await screenshot('rating-scale-forced-colours', el);
  });

  it('out of forced colours the chosen face also has its tick, a thicker frame and a bold word', async () => {
    const el = await fixture<RatingHarness>(html`<rating-harness .value=${2}></rating-harness>`);
    const chosen = el.shadowRoot!.querySelector('label[for=accueil-2]')!;
    expect(getComputedStyle(chosen.querySelector('svg.check')!).display).to.equal('block');
    expect(parseFloat(getComputedStyle(chosen).borderTopWidth)).to.equal(4);
    expect(Number(getComputedStyle(chosen).fontWeight)).to.equal(700);
  });

  it('follows the reading direction: in Arabic "very bad" stands on the right', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><rating-harness></rating-harness></div>`);
    const el = wrap.querySelector<RatingHarness>('rating-harness')!;
    await el.updateComplete;
    const x = (value: number) => el.shadowRoot!.querySelector(`label[for=accueil-${value}]`)!.getBoundingClientRect().x;
    expect(x(1)).to.be.greaterThan(x(2));
    expect(x(2)).to.be.greaterThan(x(5));
    const ltr = await fixture<RatingHarness>(html`<rating-harness></rating-harness>`);
    const xl = (value: number) => ltr.shadowRoot!.querySelector(`label[for=accueil-${value}]`)!.getBoundingClientRect().x;
    expect(xl(1)).to.be.lessThan(xl(5));
  });

  it('in a 260 px column no word is cut and no label overflows', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 260px; container-type: inline-size"><rating-harness></rating-harness></div>`);
    const el = wrap.querySelector<RatingHarness>('rating-harness')!;
    await el.updateComplete;
    for (const label of el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label[part=face-label]')) {
      expect(label.scrollWidth, label.textContent!).to.be.at.most(label.clientWidth);
      expect(wordsCut(label.querySelector('.word')!), label.textContent!).to.deep.equal([]);
    }
  });
});

/** The words of `element`'s text drawn on more than one line (a word cut in two). */
function wordsCut(element: Element): string[] {
  const cut: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) cut.push(match[0]);
    }
  }
  return cut;
}
