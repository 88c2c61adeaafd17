// The team's side on the new server routes: answers kept by the collector (every team member sees
// the same), the feed it serves, the WordPress nonce mode, and storage failures said aloud.
import { expect, fixture, html } from '@open-wc/testing';
import * as z from 'zod/mini';
import { LocalStore } from '../../core/storage.js';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { ideaFeedSchema } from '../../contracts/idea.js';
import type { MspResults } from './results.component.js';
import { ideaItems } from './results.fixtures.js';
import { $, loaded, post, renderResults, seed, showKind, status, typeToken } from './results.helpers.test.js';

/** Fills an idea's answer form as a person would (the select's change, the textarea's input). */
async function answer(el: MspResults, id: string, statusId: string, text: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `[id="status-${id}"]`)!;
  select.value = statusId;
  select.dispatchEvent(new Event('change'));
  const textarea = $<HTMLTextAreaElement>(el, `[id="answer-${id}"]`)!;
  textarea.value = text;
  textarea.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Reads the team API as another team member would. */
async function teamRead(collector: TestCollector): Promise<{ answers: { ideaId: string; status: string; answer: string; publishText: boolean }[] }> {
  const response = await fetch(`${collector.url}/submissions`, { headers: { Authorization: `Bearer ${collector.token}` } });
  expect(response.status).to.equal(200);
  return response.json();
}

/** The view reading the collector with its token, the idea panel shown. */
async function remoteIdeas(collector: TestCollector): Promise<MspResults> {
  const el = await renderResults({ source: collector.url });
  await typeToken(el, collector.token);
  await loaded(el);
  await showKind(el, 'idea');
  return el;
}

describe('msp-results: idea answers kept by the collector (remote mode)', () => {
  // One collector for the block (an embedded PostgreSQL starts in seconds): each test posts its own
  // ideas (fresh ids) and looks only at them.
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('saves the answer on the server: another team member sees it, and the public feed carries it', async () => {
    const [chairs, ramp] = ideaItems();
    await post(collector, chairs!.envelope);
    await post(collector, ramp!.envelope);
    const el = await remoteIdeas(collector);
    await answer(el, chairs!.id, 'realisee', 'Six chaises ajoutées en novembre.');
    $<HTMLInputElement>(el, `[id="publish-${chairs!.id}"]`)!.click();
    await el.updateComplete;
    $(el, `[data-save="${chairs!.id}"]`)!.click();
    await waitFor(() => status(el).startsWith('Réponse enregistrée sur le serveur'), 10_000, 'saved on the server');

    const read = await teamRead(collector);
    expect(read.answers.find((a) => a.ideaId === chairs!.id)).to.deep.include({
      status: 'realisee',
      answer: 'Six chaises ajoutées en novembre.',
      publishText: true,
    });
    // Nothing of the answer stays on this device: the server is where the team's answers live.
    const store = await LocalStore.open(el.dbName!);
    expect(await store.listDocuments('msp-results:idea-answers')).to.have.length(0);

    const feed = await (await fetch(`${collector.url}/feed`)).json();
    expect(z.safeParse(ideaFeedSchema, feed).success).to.be.true;
    expect(feed.ideas.map((i: { id: string }) => i.id)).not.to.include(ramp!.id);
    expect(feed.ideas.find((i: { id: string }) => i.id === chairs!.id)).to.deep.include({
      id: chairs!.id,
      status: 'realisee',
      answer: 'Six chaises ajoutées en novembre.',
      text: 'Mettre plus de chaises dans la salle d’attente',
    });

    // Another team member, another device: the same answer.
    const other = await remoteIdeas(collector);
    expect($<HTMLTextAreaElement>(other, `[id="answer-${chairs!.id}"]`)!.value).to.equal('Six chaises ajoutées en novembre.');
    expect($<HTMLSelectElement>(other, `[id="status-${chairs!.id}"]`)!.value).to.equal('realisee');
  });

  it('shows the address where the server publishes the feed, copyable, and keeps the download as an option', async () => {
    await post(collector, ideaItems()[0]!.envelope);
    const el = await remoteIdeas(collector);
    const address = $<HTMLInputElement>(el, '#feed-address')!;
    expect(address.value).to.equal(`${collector.url}/feed`);
    expect(address.readOnly).to.be.true;
    expect($(el, 'label[for=feed-address]')!.textContent).to.equal('Adresse du flux');
    expect($(el, '#download-feed')!.textContent!.trim()).to.equal('Télécharger une copie du flux (JSON)');
    await expect(el).to.be.accessible();

    $(el, '#copy-feed-address')!.click();
    await waitFor(() => status(el).startsWith('Adresse du flux copiée') || status(el).startsWith('La copie n’a pas pu se faire'), 5000, 'the copy said');
    if (status(el).startsWith('La copie')) {
      // No clipboard for this page: the address is selected for Ctrl+C.
      expect(el.shadowRoot!.activeElement?.id).to.equal('feed-address');
      expect([address.selectionStart, address.selectionEnd]).to.deep.equal([0, address.value.length]);
    } else {
      expect(await navigator.clipboard.readText()).to.equal(`${collector.url}/feed`);
    }
  });

  it('refuses a decided status without an answer before sending, on the field, and sends nothing', async () => {
    const idea = ideaItems()[0]!;
    await post(collector, idea.envelope);
    const el = await remoteIdeas(collector);
    await answer(el, idea.id, 'retenue', '   ');
    $(el, `[data-save="${idea.id}"]`)!.click();
    await waitFor(() => status(el).startsWith('Une idée retenue, réalisée ou non retenue a toujours une réponse'));
    expect($(el, `[id="answer-${idea.id}-message"]`)!.textContent).to.include('a toujours une réponse à la personne');
    expect($(el, `[id="answer-${idea.id}"]`)!.getAttribute('aria-invalid')).to.equal('true');
    await waitFor(() => el.shadowRoot!.activeElement?.id === `answer-${idea.id}`, 3000, 'focus on the answer');
    await expect(el).to.be.accessible();
    expect((await teamRead(collector)).answers.find((a) => a.ideaId === idea.id)).to.be.undefined;
  });

  it('offers to send to the server the answers an earlier version kept on this device, then forgets them here', async () => {
    const [kept, other] = ideaItems();
    await post(collector, kept!.envelope);
    await post(collector, other!.envelope);
    const dbName = freshDbName('results');
    const store = await LocalStore.open(dbName);
    await store.putDocument('msp-results:idea-answers', kept!.id, {
      status: 'realisee',
      answer: 'Chaises ajoutées.',
      publishText: false,
      answeredAt: '2026-11-02',
    });
    await store.putDocument('msp-results:idea-answers', 'not-on-this-server', { status: 'realisee', answer: 'Autre site.', publishText: false });
    const el = await renderResults({ source: collector.url, dbName });
    await typeToken(el, collector.token);
    await loaded(el);
    await showKind(el, 'idea');
    // The device's answers are read from IndexedDB alongside the collector's list: the notice comes when both are in.
    await waitFor(() => $(el, '#device-answers') !== null, 5000, 'the notice of answers kept on this device');
    expect($(el, '#device-answers')!.textContent).to.include('1 réponse de l’équipe, enregistrée sur cet appareil');
    await expect(el).to.be.accessible();
    $(el, '#move-answers')!.click();
    await waitFor(() => status(el) === '1 réponse envoyée au serveur.', 10_000, 'the answer moved');
    expect((await teamRead(collector)).answers.find((a) => a.ideaId === kept!.id)).to.deep.include({ status: 'realisee', answer: 'Chaises ajoutées.' });
    expect(await store.getDocument('msp-results:idea-answers', kept!.id)).to.be.undefined;
    expect(await store.getDocument('msp-results:idea-answers', 'not-on-this-server')).to.exist;
    await el.updateComplete;
    expect($(el, '#device-answers')).to.be.null;
    expect($<HTMLTextAreaElement>(el, `[id="answer-${kept!.id}"]`)!.value).to.equal('Chaises ajoutées.');
  });

  it('says so when the collector is down while saving, keeps the text, and saves once it is back', async () => {
    const idea = ideaItems()[0]!;
    await post(collector, idea.envelope);
    const el = await remoteIdeas(collector);
    await answer(el, idea.id, 'a-l-etude', 'Nous en parlons à la réunion de décembre.');
    await collector.down();
    $(el, `[data-save="${idea.id}"]`)!.click();
    await waitFor(() => status(el).startsWith('La réponse n’a pas été enregistrée : le serveur de collecte ne répond pas'), 20_000, 'the failure said');
    expect($<HTMLTextAreaElement>(el, `[id="answer-${idea.id}"]`)!.value).to.equal('Nous en parlons à la réunion de décembre.');
    await collector.up();
    $(el, `[data-save="${idea.id}"]`)!.click();
    await waitFor(() => status(el).startsWith('Réponse enregistrée sur le serveur'), 10_000, 'saved once back');
    expect((await teamRead(collector)).answers.find((a) => a.ideaId === idea.id)).to.deep.include({
      status: 'a-l-etude',
      answer: 'Nous en parlons à la réunion de décembre.',
    });
  });
});

describe('msp-results: WordPress mode (rest-nonce)', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('asks for no token and reads the source at once; a refused session is said, never a blank box', async () => {
    const el = await fixture<MspResults>(html`<msp-results db-name=${freshDbName('results')} source=${collector.url} rest-nonce="a1b2c3d4e5"></msp-results>`);
    await el.updateComplete;
    expect($(el, '#token')).to.be.null;
    // The collector is another site: no login cookie goes there and X-WP-Nonce is not among its
    // allowed headers, so the read fails; the view says so and stays usable.
    await waitFor(() => status(el) !== '' && !status(el).startsWith('Chargement'), 20_000, 'the read finished');
    expect(status(el)).to.match(/ne répond pas|session WordPress/);
    expect($(el, '#token')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('refuses a malformed nonce with the config notice', async () => {
    const el = await fixture<MspResults>(html`<msp-results db-name=${freshDbName('results')} source=${collector.url} rest-nonce=${'<script>'}></msp-results>`);
    await el.updateComplete;
    expect($(el, '[part=config-notice]')!.textContent).to.include('rest-nonce');
  });
});

describe('msp-results: storage failures are said', () => {
  it('an answer that this device could not keep: the status says so and the text stays', async () => {
    const dbName = freshDbName('results');
    const idea = ideaItems()[0]!;
    await seed(dbName, [idea]);
    const el = await renderResults({ dbName });
    await loaded(el);
    await showKind(el, 'idea');
    await answer(el, idea.id, 'a-l-etude', 'À voir en réunion.');
    // The browser closes the database under the view (site data cleared, storage evicted).
    const store = await LocalStore.open(dbName);
    (store as unknown as { db: IDBDatabase }).db.close();
    $(el, `[data-save="${idea.id}"]`)!.click();
    await waitFor(() => status(el).startsWith('La réponse n’a pas été enregistrée'), 5000, 'the failure said');
    expect(status(el)).to.include('ne donne pas accès à ses données enregistrées');
    expect($<HTMLTextAreaElement>(el, `[id="answer-${idea.id}"]`)!.value).to.equal('À voir en réunion.');
    await expect(el).to.be.accessible();
    LocalStore.close(dbName);
  });
});
