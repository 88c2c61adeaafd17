// An event signup taken off the page leaves nothing behind that holds it (the heap bench's cycles:
// mount, first event shown, remove). Its idle prefetches (the later module, the feed's sources, the
// read-aloud) were asked for when it arrived; a page that keeps the browser busy held them for their
// whole 2 s, and with them each removed element and all its nodes (thousands after 100 cycles), then
// loaded the later module for elements no longer shown. Observed here without timing: the idle
// callbacks it asked for are recorded instead of run, and each must be cancelled by its removal; and
// the send, made with the later module, leaves the page's outbox.
import { expect } from '@open-wc/testing';
import { recordIdleCallbacks } from '../../../test/helpers/idle.js';
import { parisIn } from '../../../test/helpers/events.js';
import { freshDbName, waitFor } from '../../../test/helpers/collector.js';
import type { SubmissionController } from '../../core/submission-controller.js';
import './event-signup.js';
import type { MspEventSignup } from './event-signup.component.js';
import type { EventItem } from './event-signup.schema.js';

const atelier: EventItem = {
  id: 'etp-diabete',
  title: 'Vivre avec un diabète : bouger sans risque',
  kind: 'atelier-etp',
  start: parisIn(30, 14),
  end: parisIn(30, 16),
  place: { name: 'Salle 2, rez-de-chaussée', wheelchairAccessible: true },
  objectives: ['Choisir une activité adaptée à sa santé'],
  capacity: 8,
  seatsLeft: 3,
};

const $ = (el: HTMLElement, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/** Inline events, no feed, no endpoint (the bench's page), on the page until its first event is shown. */
async function mounted(): Promise<MspEventSignup> {
  const el = document.createElement('msp-event-signup');
  el.setAttribute('db-name', freshDbName('event-removal'));
  el.setAttribute('structure-name', 'Maison de santé des Tilleuls');
  el.config = { minSecondsToSubmit: 0, events: [atelier] };
  document.body.append(el);
  await waitFor(() => Boolean($(el, '#signup-etp-diabete')), 10_000, 'the first event');
  return el;
}

/** The send and its outbox, made with the later module (private to the component). */
const submissionOf = (el: MspEventSignup) => (el as unknown as { screens?: { submission: SubmissionController } }).screens?.submission;

// The config's full check (zod, the schema) loads with a JSON config: fetched once, before the tests.
before(async () => {
  await Promise.all([import('../../core/widget-config.js'), import('./event-signup.schema.js')]);
});

describe('msp-event-signup: removed, nothing keeps it', () => {
  it('with the later module here: the send left the page’s outbox on removal', async () => {
    const el = await mounted();
    // The form asks for the later module (the send joins the outbox with it).
    $(el, '#signup-etp-diabete')!.click();
    await waitFor(() => Boolean($(el, 'form')), 10_000, 'the form');
    const submission = submissionOf(el)!;
    await waitFor(() => submission.outbox !== undefined, 10_000, 'the outbox joined');
    el.remove();
    expect(submission.outbox).to.equal(undefined);
  });

  it('mounted and removed 20 times before the browser was idle: every idle prefetch asked for was cancelled', async () => {
    // Recorded, never run: as on a page that keeps the browser busy (an idle call then waits up to 2 s).
    const { asked, requested, restore } = recordIdleCallbacks();
    try {
      for (let i = 0; i < 20; i++) {
        const el = await mounted();
        expect(asked.size, 'asked for while on the page').to.be.greaterThan(0);
        el.remove();
        expect(asked.size, `cycle ${i + 1}: none left pending after removal`).to.equal(0);
      }
      expect(requested(), 'each element asked for its prefetches').to.be.at.least(20);
    } finally {
      restore();
    }
  });
});
