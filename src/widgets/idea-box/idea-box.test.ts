import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalStore } from '../../core/storage.js';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import type { MspSubmittedEvent } from '../../core/events.js';
import './idea-box.js';
import type { MspIdeaBox } from './idea-box.component.js';
import { ideaBoxFr } from './translations/fr.js';

const FEED = '/src/widgets/idea-box/fixtures/feed.json';

interface Options {
  endpoint?: string;
  feed?: string;
  config?: Record<string, unknown>;
  dbName?: string;
}

async function renderIdeaBox(options: Options = {}): Promise<MspIdeaBox> {
  const el = await fixture<MspIdeaBox>(
    html`<msp-idea-box
      db-name=${options.dbName ?? freshDbName('idea')}
      endpoint=${ifDefined(options.endpoint)}
      feed=${ifDefined(options.feed)}
      .config=${{ minSecondsToSubmit: 0, ...options.config }}
    ></msp-idea-box>`,
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MspIdeaBox, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const $$ = (el: MspIdeaBox, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function fill(el: MspIdeaBox, theme: string, text: string): Promise<void> {
  $<HTMLInputElement>(el, `#theme input[value="${theme}"]`)!.click();
  const area = $<HTMLTextAreaElement>(el, '#idea')!;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function submit(el: MspIdeaBox): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
}

const done = (el: MspIdeaBox) => () => Boolean($(el, '#done-title'));
/** Lets focus moves queued after an update happen (no rAF: background tabs may not paint). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const activeId = (el: MspIdeaBox) => el.shadowRoot!.activeElement?.id;

describe('msp-idea-box: accessibility in every state', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('empty form', async () => {
    const el = await renderIdeaBox();
    await expect(el).to.be.accessible();
  });

  it('errors after a failed submit', async () => {
    const el = await renderIdeaBox();
    await submit(el);
    expect($(el, '#error-summary')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('personal-data warning', async () => {
    const el = await renderIdeaBox();
    await fill(el, 'accueil', 'Rappelez-moi au 06 12 34 56 78');
    await submit(el);
    await waitFor(() => Boolean($(el, '#warning')), 5000, 'the warning (its check loads on the first keystroke)');
    await expect(el).to.be.accessible();
  });

  it('participation offered, with its notice', async () => {
    const el = await renderIdeaBox({
      config: { participation: { enabled: true, recipient: 'la coordinatrice', retention: '12 mois', rightsContact: 'accueil@msp.example' } },
    });
    $<HTMLInputElement>(el, '#participate input')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('sending', async () => {
    await collector.fault({ mode: 'slow', delayMs: 1500, count: 1 });
    const el = await renderIdeaBox({ endpoint: collector.endpoint });
    await fill(el, 'accueil', 'Un écran pour annoncer les retards');
    await submit(el);
    expect($(el, 'button[type=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '[role=status]')!.textContent).to.contain('Envoi en cours');
    await expect(el).to.be.accessible();
    await waitFor(done(el));
  });

  it('queued (endpoint down)', async () => {
    await collector.down();
    const el = await renderIdeaBox({ endpoint: collector.endpoint });
    await fill(el, 'accueil', 'Un écran pour annoncer les retards');
    await submit(el);
    await waitFor(done(el));
    expect($(el, '.confirmation')!.textContent).to.contain('partira toute seule');
    await expect(el).to.be.accessible();
    await collector.up();
  });

  it('sent', async () => {
    const el = await renderIdeaBox({ endpoint: collector.endpoint });
    await fill(el, 'delais', 'Afficher le temps d’attente estimé');
    await submit(el);
    await waitFor(done(el));
    expect($(el, '.confirmation')!.textContent).to.contain('bien été envoyée');
    await expect(el).to.be.accessible();
  });

  it('feed loaded', async () => {
    const el = await renderIdeaBox({ feed: FEED });
    await waitFor(() => $$(el, '.feed-item').length > 0);
    await expect(el).to.be.accessible();
  });

  it('feed failed', async () => {
    const el = await renderIdeaBox({ feed: '/nulle-part/feed.json' });
    await waitFor(() => Boolean($(el, '[part=feed-unavailable]')));
    await expect(el).to.be.accessible();
  });

  it('configuration notice', async () => {
    const el = await renderIdeaBox({ endpoint: 'javascript:alert(1)' });
    expect($(el, '[part=config-notice]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('msp-idea-box: what a usager sees and does', () => {
  it('says it is anonymous and asks for nothing else than a theme and the idea', async () => {
    const el = await renderIdeaBox();
    expect($(el, '.anonymous')!.textContent).to.contain('anonyme');
    expect($$(el, 'input[type=radio]')).to.have.length(8);
    expect($$(el, 'input:not([type=radio]):not(#msp-hp), textarea')).to.have.length(1);
    expect($(el, '#participate')).to.be.null;
  });

  it('can be completed with the keyboard only', async () => {
    const collector = await TestCollector.start();
    const el = await renderIdeaBox({ endpoint: collector.endpoint });
    const submitted = new Promise<MspSubmittedEvent>((resolve) => el.addEventListener('msp-submitted', resolve, { once: true }));
    el.focus();
    await sendKeys({ press: 'Tab' }); // the language bar first: the language, then easy-read
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('language-select');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('button easy-read');
    await sendKeys({ press: 'Tab' }); // into the theme group: the first radio
    expect(el.shadowRoot!.activeElement?.getAttribute('type')).to.equal('radio');
    await sendKeys({ press: 'ArrowDown' }); // arrow keys choose within the group
    await sendKeys({ press: 'Tab' });
    expect(activeId(el)).to.equal('idea');
    await sendKeys({ type: 'Un banc devant la porte pour attendre à l’abri' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('type')).to.equal('submit');
    await sendKeys({ press: 'Enter' });
    const event = await submitted;
    expect(event.detail.status).to.equal('sent');
    await waitFor(() => activeId(el) === 'done-title', 5000, 'focus on the confirmation');
    const [record] = await collector.records();
    expect(record?.payload).to.deep.equal({ theme: 'rendez-vous', themeLabel: 'Prise de rendez-vous', text: 'Un banc devant la porte pour attendre à l’abri' });
    await collector.stop();
  });

  it('labels every control and describes it by its hint, counter and message', async () => {
    const el = await renderIdeaBox();
    const area = $(el, '#idea')!;
    expect($(el, 'label[for=idea]')!.textContent).to.contain('Votre idée');
    const describedBy = area.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy).to.deep.equal(['idea-hint', 'idea-message', 'idea-count']);
    for (const id of describedBy) expect($(el, `#${id}`), id).to.exist;
    expect($(el, '#theme legend')!.textContent).to.contain('De quoi s’agit-il');
    expect($$(el, '[role=status]')).to.have.length(1);
  });

  it('announces the remaining characters and refuses an idea over the limit', async () => {
    const el = await renderIdeaBox({ config: { maxLength: 100 } });
    const count = $(el, '#idea-count')!;
    expect(count.getAttribute('aria-live')).to.equal('polite');
    expect(count.textContent).to.contain('Il reste 100 caractères');
    await fill(el, 'autre', 'x'.repeat(99));
    expect(count.textContent).to.contain('Il reste 1 caractère');
    await fill(el, 'autre', 'x'.repeat(103));
    expect(count.textContent).to.contain('3 caractères en trop');
    await submit(el);
    expect($(el, '#idea-message')!.textContent).to.contain('au plus 100 caractères');
  });

  it('on a failed submit: error summary focused, links to each field, fields marked invalid', async () => {
    const el = await renderIdeaBox();
    await submit(el);
    await settle();
    expect(activeId(el)).to.equal('error-summary');
    const links = $$(el, '#error-summary a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#theme', '#idea']);
    expect($(el, '#idea')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#idea-message')!.textContent).to.contain('Écrivez votre idée');
    links[1]!.click();
    expect(activeId(el)).to.equal('idea');
    links[0]!.click();
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('theme');
  });

  it('warns before sending personal data: edit, or send anyway (flagged)', async () => {
    const collector = await TestCollector.start();
    const el = await renderIdeaBox({ endpoint: collector.endpoint });
    await fill(el, 'accueil', 'Je suis diabétique, écrivez-moi à jeanne@example.fr');
    await submit(el);
    await waitFor(() => activeId(el) === 'warning', 5000, 'focus on the warning');
    const warning = $(el, '#warning')!.textContent!;
    expect(warning).to.contain('une adresse e-mail').and.to.contain('jeanne@example.fr').and.to.contain('une information de santé');
    expect(await collector.records(), 'nothing sent yet').to.have.length(0);
    [...$$(el, '#warning button')].find((b) => b.textContent!.includes('Modifier'))!.click();
    await el.updateComplete;
    await settle();
    expect(activeId(el)).to.equal('idea');
    expect($(el, '#warning')).to.be.null;
    await submit(el);
    await waitFor(() => Boolean($(el, '#warning')), 5000, 'the warning again');
    [...$$(el, '#warning button')].find((b) => b.textContent!.includes('quand même'))!.click();
    await waitFor(done(el));
    const [record] = await collector.records();
    expect(record?.payload.sentDespiteWarning).to.equal(true);
    await collector.stop();
  });

  it('keeps a draft and gives it back when the person comes back; clears it once sent', async () => {
    const dbName = freshDbName('draft');
    const first = await renderIdeaBox({ dbName });
    await fill(first, 'locaux', 'Une rampe pour les fauteuils');
    first.remove(); // leaving the page flushes the draft
    await waitFor(async () => Boolean(await (await LocalStore.open(dbName)).getDocument('draft', `idea-box:${location.pathname}`)));
    const second = await renderIdeaBox({ dbName });
    await waitFor(() => $<HTMLTextAreaElement>(second, '#idea')!.value === 'Une rampe pour les fauteuils', 5000, 'draft restored');
    expect($<HTMLInputElement>(second, '#theme input[value="locaux"]')!.checked).to.be.true;
    await submit(second);
    await waitFor(done(second));
    // The draft is erased once the idea is gone (just after the confirmation shows).
    await waitFor(
      async () => (await (await LocalStore.open(dbName)).getDocument('draft', `idea-box:${location.pathname}`)) === undefined,
      3000,
      'the draft erased',
    );
    const third = await renderIdeaBox({ dbName });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect($<HTMLTextAreaElement>(third, '#idea')!.value).to.equal('');
  });

  it('with no endpoint, saves in this browser with a day-precision date, readable for export', async () => {
    const dbName = freshDbName('local');
    const el = await renderIdeaBox({ dbName, config: { structureName: 'MSP des Tilleuls' } });
    const submitted = new Promise<MspSubmittedEvent>((resolve) => el.addEventListener('msp-submitted', resolve, { once: true }));
    await fill(el, 'prevention', 'Un atelier sur le sommeil');
    await submit(el);
    expect((await submitted).detail.status).to.equal('saved');
    const [stored] = await (await LocalStore.open(dbName)).listSubmissions('idea');
    expect(stored!.envelope.createdAt).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(stored!.envelope.structure).to.equal('MSP des Tilleuls');
    expect(stored!.envelope.locale).to.equal('fr');
    expect($(el, '.confirmation')!.textContent).to.match(/Numéro de votre idée\u00a0: [0-9A-F]{4}-[0-9A-F]{2}\. Donnez ce numéro à l’accueil/);
  });

  it('offers participation by default once a reader is named (no "enabled" needed), never pre-ticked, with notice and consent before sending', async () => {
    const collector = await TestCollector.start();
    const el = await renderIdeaBox({
      endpoint: collector.endpoint,
      config: { participation: { recipient: 'la coordinatrice, Mme Leroy', retention: '12 mois', rightsContact: 'accueil@msp.example' } },
    });
    const box = $<HTMLInputElement>(el, '#participate input')!;
    expect(box.checked).to.be.false;
    await fill(el, 'autre', 'Je veux bien aider pour la fête de quartier');
    box.click();
    await el.updateComplete;
    expect($(el, '[part=notice]')!.textContent).to.contain('la coordinatrice, Mme Leroy').and.to.contain('12 mois').and.to.contain('accueil@msp.example');
    await submit(el);
    expect($$(el, '#error-summary a').map((a) => a.getAttribute('href'))).to.deep.equal(['#contact', '#consent']);
    const contact = $<HTMLInputElement>(el, '#contact')!;
    contact.value = '06 00 00 00 00';
    contact.dispatchEvent(new Event('input'));
    $<HTMLInputElement>(el, '#consent input')!.click();
    await el.updateComplete;
    await submit(el);
    await waitFor(done(el));
    const [record] = await collector.records();
    expect(record?.payload.participation).to.deep.equal({
      contact: '06 00 00 00 00',
      consent: true,
      consentText: ideaBoxFr.consentLabel('la coordinatrice, Mme Leroy'),
    });
    await collector.stop();
  });

  it('shows no participation offer without a reader, nor with "enabled": false', async () => {
    expect($(await renderIdeaBox(), '#participate'), 'no participation config').to.not.exist;
    const off = await renderIdeaBox({
      config: { participation: { enabled: false, recipient: 'la coordinatrice', retention: '12 mois', rightsContact: 'accueil@msp.example' } },
    });
    expect($(off, '#participate')).to.not.exist;
  });

  it('a queued idea delivered later: the confirmation says so and msp-delivered fires', async () => {
    const collector = await TestCollector.start();
    await collector.down();
    const el = await renderIdeaBox({ endpoint: collector.endpoint });
    await fill(el, 'accueil', 'Un point d’eau dans la salle d’attente');
    await submit(el);
    await waitFor(done(el));
    const delivered = new Promise((resolve) => el.addEventListener('msp-delivered', resolve, { once: true }));
    await collector.up();
    window.dispatchEvent(new Event('online'));
    await delivered;
    await el.updateComplete;
    expect($(el, '[role=status]')!.textContent).to.contain('vient d’être envoyée');
    expect(await collector.records()).to.have.length(1);
    await collector.stop();
  });

  it('asks to wait when sent faster than a person could, and drops honeypot submissions silently', async () => {
    const collector = await TestCollector.start();
    const slow = await renderIdeaBox({ endpoint: collector.endpoint, config: { minSecondsToSubmit: 30 } });
    await fill(slow, 'accueil', 'Trop rapide');
    await submit(slow);
    await waitFor(() => $(slow, '[role=status]')!.textContent!.includes('quelques secondes'));
    const bot = await renderIdeaBox({ endpoint: collector.endpoint });
    const trap = $<HTMLInputElement>(bot, '#msp-hp')!;
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new Event('input'));
    await fill(bot, 'accueil', 'Achetez nos pilules');
    await submit(bot);
    await waitFor(done(bot));
    expect(await collector.records()).to.have.length(0);
    await collector.stop();
  });

  it('an idea emptied and left shows its error before any send, and only that one', async () => {
    const el = await renderIdeaBox();
    const area = $<HTMLTextAreaElement>(el, '#idea')!;
    area.value = 'Un';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#idea-message')!.textContent!.trim(), 'still typing').to.equal('');
    area.value = '';
    area.dispatchEvent(new Event('input'));
    area.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect($(el, '#idea-message')!.textContent).to.contain('Écrivez votre idée');
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#theme-message')!.textContent!.trim(), 'the theme was not touched').to.equal('');
    expect($(el, '#error-summary'), 'the summary waits for a send').to.be.null;
  });

  it('every button carries the part "button" and its own name, for the host’s styles', async () => {
    const el = await renderIdeaBox();
    expect($(el, 'button[type=submit]')!.part.value).to.equal('button submit');
    await fill(el, 'accueil', 'Écrivez-moi à jeanne@example.fr');
    await submit(el);
    await waitFor(() => Boolean($(el, '#warning')), 5000, 'the warning');
    expect($$(el, '#warning button').map((b) => b.part.value)).to.deep.equal(['button edit', 'button send-anyway']);
    [...$$(el, '#warning button')].find((b) => b.textContent!.includes('quand même'))!.click();
    await waitFor(done(el));
    expect($$(el, 'button').map((b) => b.part.value)).to.deep.equal(['button easy-read', 'button write-another']);
  });

  it('write another idea: a fresh form, focus on the first field', async () => {
    const el = await renderIdeaBox();
    await fill(el, 'accueil', 'Merci');
    await submit(el);
    await waitFor(done(el));
    [...$$(el, 'button')].find((b) => b.textContent!.includes('autre idée'))!.click();
    await el.updateComplete;
    await settle();
    expect($<HTMLTextAreaElement>(el, '#idea')!.value).to.equal('');
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('theme');
  });

  it('sends requests to no host but its endpoint and its feed', async () => {
    const collector = await TestCollector.start();
    performance.setResourceTimingBufferSize(1000);
    performance.clearResourceTimings();
    const el = await renderIdeaBox({ endpoint: collector.endpoint, feed: FEED });
    await waitFor(() => $$(el, '.feed-item').length > 0);
    await fill(el, 'accueil', 'Une idée pour vérifier où partent les requêtes');
    await submit(el);
    await waitFor(done(el));
    const hosts = new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin));
    // The page's own origin serves the feed (and the test's modules); the collector is the endpoint.
    expect([...hosts].sort()).to.deep.equal([new URL(collector.endpoint).origin, location.origin].sort());
    await collector.stop();
  });

  it('speaks English when the page or the element says so', async () => {
    const el = await fixture<MspIdeaBox>(html`<msp-idea-box lang="en" db-name=${freshDbName()}></msp-idea-box>`);
    await waitFor(() => $(el, 'h2')!.textContent === 'Idea box');
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('en');
    expect($(el, 'label[for="theme-0"]')!.textContent).to.equal('Reception');
  });
});

describe('msp-idea-box: "vous avez dit, nous avons fait"', () => {
  it('lists the answered ideas with theme, date, status and answer, newest first', async () => {
    const el = await renderIdeaBox({ feed: FEED });
    await waitFor(() => $$(el, '.feed-item').length === 4);
    const first = $$(el, '.feed-item')[0]!.textContent!;
    expect(first).to.contain('Accueil').and.to.contain('30 octobre 2026').and.to.contain('Reçue');
    const done = $$(el, '.feed-item').find((item) => item.textContent!.includes('fauteuils'))!;
    expect(done.textContent).to.contain('Réalisée').and.to.contain('Locaux et accessibilité').and.to.contain('Réponse de l’équipe');
  });

  it('filters by status and by theme, and announces the count', async () => {
    const el = await renderIdeaBox({ feed: FEED });
    await waitFor(() => $$(el, '.feed-item').length === 4);
    const status = $<HTMLSelectElement>(el, '#feed-status')!;
    status.value = 'realisee';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '.feed-item')).to.have.length(1);
    expect($(el, '.feed-count')!.textContent).to.contain('1 idée');
    status.value = '';
    status.dispatchEvent(new Event('change'));
    const theme = $<HTMLSelectElement>(el, '#feed-theme')!;
    theme.value = 'site-internet';
    theme.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '.feed-item').map((i) => i.textContent)).to.have.length(1);
    expect($(el, '.feed-count')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('uses the team’s own statuses (labels, colours, order)', async () => {
    const el = await renderIdeaBox({
      feed: FEED,
      config: {
        statuses: [
          { id: 'recue', label: 'Bien reçue', color: '#333333' },
          { id: 'realisee', label: 'C’est fait !', color: '#006600' },
        ],
      },
    });
    await waitFor(() => $$(el, '.feed-item').length === 4);
    const options = [...$<HTMLSelectElement>(el, '#feed-status')!.options].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['Tous', 'Bien reçue', 'C’est fait !']);
    expect(el.shadowRoot!.textContent).to.contain('C’est fait !');
  });

  it('shows hostile feed text as text, never as HTML', async () => {
    (window as unknown as Record<string, unknown>).__pwned = undefined;
    const el = await renderIdeaBox({ feed: '/src/widgets/idea-box/fixtures/hostile-feed.json' });
    await waitFor(() => $$(el, '.feed-item').length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.shadowRoot!.querySelectorAll('img, script, b, a[href^="javascript"]')).to.have.length(0);
    expect($(el, '.feed-item')!.textContent).to.contain('<img src=x').and.to.contain('<script>');
    expect((window as unknown as Record<string, unknown>).__pwned).to.be.undefined;
  });

  it('a broken or unreachable feed leaves the form working and says so briefly', async () => {
    for (const feed of ['/src/widgets/idea-box/fixtures/broken-feed.json', 'http://127.0.0.1:9/feed.json']) {
      const el = await renderIdeaBox({ feed });
      const error = new Promise<Event>((resolve) => el.addEventListener('msp-error', resolve, { once: true }));
      await waitFor(() => Boolean($(el, '[part=feed-unavailable]')), 10_000, `feed ${feed} marked unavailable`);
      expect(((await error) as CustomEvent).detail.reason).to.equal('feed');
      await fill(el, 'accueil', 'Le formulaire marche encore');
      await submit(el);
      await waitFor(done(el));
    }
  });
});
