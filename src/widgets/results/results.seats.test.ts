import { expect } from '@open-wc/testing';
import { createEnvelope, type Envelope } from '../../core/envelope.js';
import { TestCollector, waitFor } from '../../../test/helpers/collector.js';
import { signupItems } from './results.fixtures.js';
import { $, $$, loaded, post, renderResults, showKind, status, typeToken } from './results.helpers.test.js';
import type { MspResults } from './results.component.js';

/** The event as the team defines it on the collector (capacity comes only from there: TEAM-API.md). */
const atelier = {
  id: 'atelier-nutrition',
  title: 'Atelier nutrition',
  kind: 'atelier',
  start: '2026-12-03T14:00:00+01:00',
  end: '2026-12-03T16:00:00+01:00',
  place: { name: 'Salle commune' },
  objectives: ['Composer des repas équilibrés'],
  capacity: 4,
};

async function define(collector: TestCollector, event: { id: string }): Promise<void> {
  const response = await fetch(`${collector.url}/events/${event.id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${collector.token}` },
    body: JSON.stringify(event),
  });
  expect(response.status, await response.clone().text()).to.equal(200);
}

/** A signup to the atelier, posted as the widget does, in arrival order. */
async function signUp(collector: TestCollector, name: string, seats: number): Promise<Envelope> {
  const payload = { ...signupItems()[0]!.envelope.payload, name, seats };
  delete (payload as { capacity?: number }).capacity;
  const envelope = createEnvelope('event-signup', payload, { locale: 'fr' });
  await post(collector, envelope);
  return envelope;
}

const rowOf = (el: MspResults, name: string) => $$(el, '.event tbody tr').find((tr) => tr.querySelector('th')!.textContent === name)!;
const statusOf = (el: MspResults, name: string) => rowOf(el, name).children[4]!.textContent!.replace(/\s+/g, ' ').trim();

async function teamActions(collector: TestCollector): Promise<{ type: string; data: { signupId: string } }[]> {
  const response = await fetch(`${collector.url}/submissions`, { headers: { Authorization: `Bearer ${collector.token}` } });
  return (await response.json()).actions;
}

describe('msp-results: seats managed in the view (real collector)', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('cancels a signup after a confirmation, promotes the first waiting, flags and clears "à prévenir", prints a sign-in sheet', async () => {
    await define(collector, atelier);
    // 4 seats: Anne 2, Bruno 1, Chloé 1 hold them; Driss 1 waits first, Emma 2 second.
    await signUp(collector, 'Anne', 2);
    const bruno = await signUp(collector, 'Bruno', 1);
    await signUp(collector, 'Chloé', 1);
    const driss = await signUp(collector, 'Driss', 1);
    const emma = await signUp(collector, 'Emma', 2);
    const el = await renderResults({ source: collector.url });
    await typeToken(el, collector.token);
    await loaded(el);
    await showKind(el, 'event-signup');
    expect(statusOf(el, 'Driss')).to.equal('Liste d’attente, rang 1');
    // Only the first waiting can be promoted (strict queue): nobody overtakes Driss.
    expect($(el, `[data-promote="${driss.id}"]`)).to.exist;
    expect($(el, `[data-promote="${emma.id}"]`)).to.be.null;
    await expect(el).to.be.accessible();

    // Cancel Bruno: a confirmation first, that takes focus; "keep" gives focus back.
    $(el, `[data-cancel="${bruno.id}"]`)!.click();
    await waitFor(() => el.shadowRoot!.activeElement?.id === `cancel-confirm-${bruno.id}`, 3000, 'focus on the confirmation');
    expect($(el, `[id="cancel-confirm-${bruno.id}"]`)!.textContent).to.include('Annuler l’inscription de Bruno ?');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~=confirm-cancel-signup]')!.click();
    await waitFor(() => status(el).startsWith('Inscription de Bruno annulée.'), 15_000, 'the cancellation said');
    expect(status(el)).to.include('Driss (à prévenir)');
    await el.updateComplete;
    expect(statusOf(el, 'Bruno')).to.equal('Annulée');
    expect(statusOf(el, 'Driss')).to.equal('Confirmée À prévenir');
    expect($(el, '.event .notice.warning')!.textContent).to.include('1 personne est passée de la liste d’attente');
    expect(statusOf(el, 'Emma')).to.equal('Liste d’attente, rang 1');

    // Promote Emma: 2 seats added on the collector, which moves her to a seat.
    $(el, `[data-promote="${emma.id}"]`)!.click();
    await waitFor(() => status(el).startsWith('2 places ajoutées.'), 15_000, 'the seats added');
    await el.updateComplete;
    expect(statusOf(el, 'Emma')).to.equal('Confirmée À prévenir');
    expect(await (await fetch(`${collector.url}/events/${atelier.id}/seats`)).json()).to.deep.include({ capacity: 6, taken: 6, waiting: 0 });

    // Driss was told: the mark goes, and the collector keeps it.
    $(el, `[data-notified="${driss.id}"]`)!.click();
    await waitFor(() => status(el) === 'C’est noté : Driss a reçu l’information.', 15_000, 'notified');
    await el.updateComplete;
    expect(statusOf(el, 'Driss')).to.equal('Confirmée (passée de la liste d’attente, prévenue)');
    const actions = await teamActions(collector);
    expect(actions.map((a) => [a.type, a.data.signupId])).to.deep.include.members([
      ['event-cancellation', bruno.id],
      ['event-promotion', driss.id],
      ['event-promotion', emma.id],
      ['event-notified', driss.id],
    ]);

    // The sign-in sheet: people holding a seat, by name, no contact, blank lines, no waiting list.
    $(el, `[data-sheet="${atelier.id}"]`)!.click();
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'sheet-title', 3000, 'focus on the sheet');
    const names = $$(el, '.sheet-table tbody tr:not(.blank) th').map((th) => th.textContent);
    expect(names).to.deep.equal(['Anne', 'Chloé', 'Driss', 'Emma']);
    expect($$(el, '.sheet-table tr.blank')).to.have.length(5);
    expect($(el, '.sheet')!.textContent).not.to.include('06 00');
    await expect(el).to.be.accessible();
    $(el, '#close-sheet')!.click();
    await waitFor(() => el.shadowRoot!.activeElement?.getAttribute('data-sheet') === atelier.id, 3000, 'focus back on the sheet button');
  });

  it('says so when the collector is down, and changes nothing', async () => {
    // The signups of the test above are on this collector: Anne still holds her seats.
    const el = await renderResults({ source: collector.url });
    await typeToken(el, collector.token);
    await loaded(el);
    await showKind(el, 'event-signup');
    const anne = $$(el, '[data-cancel]')[0]!;
    anne.click();
    await el.updateComplete;
    await collector.down();
    try {
      $<HTMLButtonElement>(el, '[part~=confirm-cancel-signup]')!.click();
      await waitFor(() => status(el).startsWith('Rien n’a été changé : le serveur de collecte ne répond pas'), 20_000, 'the failure said');
    } finally {
      await collector.up();
    }
    expect((await teamActions(collector)).filter((a) => a.type === 'event-cancellation' && a.data.signupId === anne.dataset['cancel'])).to.have.length(0);
  });
});
