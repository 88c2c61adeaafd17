import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { LocaleController, type UsagerCatalog } from '../../src/core/i18n.js';
import { chooseLanguage, languageChoice } from '../../src/core/language-choice.js';
import { MspWidget, defineElement } from '../../src/core/widget-base.js';
import { freshDbName } from '../helpers/collector.js';
import { applyMode, forgetLanguageChoice, modes } from '../helpers/modes.js';
import { fakeSpeech } from '../helpers/speech.js';

type Strings = { title: string; question: string; part: string };
const catalog: UsagerCatalog<Strings> = {
  fr: { title: 'Boîte à idées', question: 'Que pouvons-nous améliorer à l’accueil ?', part: 'Première partie' },
  en: () => Promise.resolve({ title: 'Idea box', question: 'What can we improve at the front desk?', part: 'First part' }),
  ar: () => Promise.resolve({ title: 'صندوق الأفكار', question: 'ماذا يمكننا أن نحسن في الاستقبال؟', part: 'الجزء الأول' }),
  easy: () => Promise.resolve({ title: 'Vos idées', question: 'Que faut-il changer à l’accueil ?', part: 'Partie 1' }),
};

/** A usager-facing widget reduced to what the base gives: title, a sub-heading, a question read aloud. */
class LanguageHarness extends MspWidget {
  static override languageChoice = true;
  readonly kind = 'idea' as const;
  readonly text = new LocaleController(this, catalog);
  protected override renderContent() {
    const t = this.text.t;
    return html`${this.ui.heading(t.title, { title: true, id: 'title' })} ${this.ui.heading(t.part, { sub: 1, id: 'part' })}
      <p id="question">${t.question} ${this.ui.readAloud(t.question)}</p>`;
  }
}
defineElement('msp-language-harness', LanguageHarness);

const shadow = (el: HTMLElement) => el.shadowRoot!;
const mount = (attributes = '') => {
  const holder = document.createElement('div');
  holder.className = 'language-harness-holder';
  holder.innerHTML = `<msp-language-harness db-name="${freshDbName()}" ${attributes}></msp-language-harness>`;
  document.body.append(holder);
  const el = holder.firstElementChild as LanguageHarness;
  return el.updateComplete.then(() => el);
};

describe('languages, easy-read, read-aloud and headings from the widget base', () => {
  afterEach(() => {
    forgetLanguageChoice();
    document.querySelectorAll('.language-harness-holder').forEach((holder) => holder.remove());
  });

  it('renders each mode with its strings, lang, dir and the language tag the envelope records', async () => {
    const el = await mount();
    const seen: Record<string, unknown> = {};
    for (const mode of modes) {
      await applyMode(el, mode);
      const root = shadow(el).querySelector('.root')!;
      seen[mode.name] = {
        title: shadow(el).querySelector('#title')!.textContent,
        lang: root.getAttribute('lang'),
        dir: root.getAttribute('dir'),
        easy: root.classList.contains('easy-read'),
        tag: el.submissionTarget.locale,
      };
      await expect(el).to.be.accessible();
    }
    expect(seen).to.deep.equal({
      fr: { title: 'Boîte à idées', lang: 'fr', dir: 'ltr', easy: false, tag: 'fr' },
      'fr easy-read': { title: 'Vos idées', lang: 'fr', dir: 'ltr', easy: true, tag: 'fr-FALC' },
      en: { title: 'Idea box', lang: 'en', dir: 'ltr', easy: false, tag: 'en' },
      ar: { title: 'صندوق الأفكار', lang: 'ar', dir: 'rtl', easy: false, tag: 'ar' },
    });
  });

  it('the person chooses in the language bar; every widget follows; the choice outlives the element (a reload)', async () => {
    const first = await mount();
    const second = await mount();
    const select = shadow(first).querySelector<HTMLSelectElement>('[part=language-select]')!;
    expect([...select.options].map((o) => `${o.value}:${o.textContent}:${o.lang}`)).to.deep.equal(['fr:Français:fr', 'en:English:en', 'ar:العربية:ar']);
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await first.updateComplete;
    await second.updateComplete;
    expect(shadow(second).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(languageChoice()).to.deep.equal({ locale: 'ar' });
    expect(JSON.parse(localStorage.getItem('msp-widgets:language')!)).to.deep.equal({ locale: 'ar' });
    // The element is gone and a new one comes, as after a reload: the stored choice wins over the page's lang.
    first.parentElement!.remove();
    const again = await mount('lang="en"');
    expect(shadow(again).querySelector('#title')!.textContent).to.equal('صندوق الأفكار');
    expect(again.submissionTarget.locale).to.equal('ar');
  });

  it('the easy-read switch is a toggle button, French only, and remembered', async () => {
    const el = await mount();
    const toggle = () => shadow(el).querySelector<HTMLButtonElement>('[part~=easy-read]');
    expect(toggle()!.getAttribute('aria-pressed')).to.equal('false');
    toggle()!.click();
    await el.updateComplete;
    expect(toggle()!.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelector('#title')!.textContent).to.equal('Vos idées');
    expect(languageChoice()).to.deep.equal({ easyRead: true });
    chooseLanguage({ locale: 'en' });
    await el.updateComplete;
    expect(toggle(), 'no easy-read switch outside French').to.be.null;
    expect(el.submissionTarget.locale).to.equal('en');
  });

  it('heading-level sets the level of every heading; hide-heading removes the title only', async () => {
    const el = await mount('heading-level="4"');
    expect(shadow(el).querySelector('#title')!.localName).to.equal('h4');
    expect(shadow(el).querySelector('#part')!.localName).to.equal('h5');
    el.hideHeading = true;
    await el.updateComplete;
    expect(shadow(el).querySelector('#title')).to.be.null;
    expect(shadow(el).querySelector('#part')!.localName).to.equal('h5');
  });

  it('a wrong heading-level is a config problem, with a notice', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = await mount('heading-level="9"');
      expect(shadow(el).querySelector('[part=config-notice]')!.textContent).to.contain('heading-level');
    } finally {
      console.error = original;
    }
  });

  it('read-aloud: hidden without a voice; with one, speaks the text in the widget’s language', async () => {
    const el = await mount();
    const button = () => shadow(el).querySelector<HTMLButtonElement>('[part~=read-aloud]');
    const noVoice = fakeSpeech([]);
    await el.updateComplete;
    expect(button(), 'no voice, no button').to.be.null;
    noVoice.restore();
    const speech = fakeSpeech(['fr-FR', 'ar-SA']);
    try {
      await el.updateComplete;
      expect(button()!.getAttribute('aria-label')).to.equal('Écouter : Que pouvons-nous améliorer à l’accueil ?');
      button()!.click();
      el.lang = 'ar';
      await el.updateComplete;
      button()!.click();
      expect(speech.spoken).to.deep.equal([
        { text: 'Que pouvons-nous améliorer à l’accueil ?', lang: 'fr-FR' },
        { text: 'ماذا يمكننا أن نحسن في الاستقبال؟', lang: 'ar' },
      ]);
      el.lang = 'en';
      await el.updateComplete;
      expect(button(), 'no English voice').to.be.null;
    } finally {
      speech.restore();
    }
  });

  it('the language bar and the buttons pass axe in Arabic', async () => {
    const speech = fakeSpeech();
    try {
      const el = await fixture<LanguageHarness>(testHtml`<msp-language-harness lang="ar" db-name=${freshDbName()}></msp-language-harness>`);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      speech.restore();
    }
  });
});
