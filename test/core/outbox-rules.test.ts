// The outbox's delivery rules as pure functions: what counts as delivered, how long a refusal is
// retried, what a rejected copy keeps, and how timers behave when the device's clock jumps (faked
// by passing `now`, never by sleeping).
import { expect } from '@open-wc/testing';
import { createEnvelope } from '../../src/core/envelope.js';
import {
  MAX_TIMER_MS,
  ageRejected,
  clampAhead,
  hasPersonalData,
  isDue,
  isRetrying,
  judgeAnswer,
  nextDueAt,
  parseRetryAfter,
  rejectForGood,
  timerDelay,
  trustedTime,
  withoutPersonalData,
  type Answer,
} from '../../src/core/outbox.js';
import type { OutboxItem } from '../../src/core/storage.js';

const DAY = 86_400_000;
const T = Date.UTC(2026, 10, 28, 12, 0, 0);

const answer = (status: number, body = '', contentType: string | null = 'application/json', extra: Partial<Answer> = {}): Answer => ({
  status,
  body,
  contentType,
  retryAfter: null,
  ...extra,
});

const signup = () =>
  createEnvelope(
    'event-signup',
    {
      eventId: 'atelier-1',
      eventTitle: 'Atelier équilibre alimentaire',
      eventKind: 'atelier',
      eventStart: '2027-03-04T14:00:00+01:00',
      eventEnd: '2027-03-04T16:00:00+01:00',
      name: 'Camille',
      contact: { channel: 'phone', value: '06 12 34 56 78' },
      seats: 2,
      accessNeeds: 'Fauteuil roulant',
    },
    { locale: 'fr' },
  );

const itemOf = (envelope = signup(), patch: Partial<OutboxItem> = {}): OutboxItem => ({
  id: envelope.id,
  kind: envelope.kind,
  endpoint: 'https://msp.example/submissions',
  envelope,
  state: 'pending',
  attempts: 1,
  nextAttemptAt: 0,
  notBefore: 0,
  queuedAt: new Date(T).toISOString(),
  ...patch,
});

describe('outbox rules: what counts as delivered', () => {
  it('a redirect is never a delivery, whatever its status, nor an opaque redirect (redirect: manual)', () => {
    for (const status of [301, 302, 303, 307, 308]) {
      const verdict = judgeAnswer(answer(status, '', 'text/html', { retryAfter: null }));
      expect(verdict, String(status)).to.deep.include({ kind: 'retry', error: 'redirect', problem: 'redirect', status });
    }
    expect(judgeAnswer(answer(0, '', null, { opaqueRedirect: true }))).to.deep.include({ kind: 'retry', problem: 'redirect' });
  });

  it('a 2xx carrying an HTML page or text that is not JSON is not a delivery (a Wi-Fi portal, a CMS page)', () => {
    expect(judgeAnswer(answer(200, '<!doctype html><title>Wi-Fi</title>', 'text/html; charset=utf-8'))).to.deep.include({
      kind: 'retry',
      problem: 'invalid-response',
    });
    expect(judgeAnswer(answer(200, '<html><body>Connexion</body></html>', null))).to.deep.include({ kind: 'retry', problem: 'invalid-response' });
    expect(judgeAnswer(answer(200, '{"ok":true}', 'text/html'))).to.deep.include({ kind: 'retry', problem: 'invalid-response' });
    expect(judgeAnswer(answer(200, 'OK', 'text/plain'))).to.deep.include({ kind: 'retry', problem: 'invalid-response' });
  });

  it('a 2xx with our JSON, or with no body at all (204), is a delivery', () => {
    expect(judgeAnswer(answer(201, '{"id":"x","stored":true}'))).to.deep.equal({ kind: 'ok', status: 201, response: { id: 'x', stored: true } });
    expect(judgeAnswer(answer(204, '', null))).to.deep.equal({ kind: 'ok', status: 204, response: undefined });
    expect(judgeAnswer(answer(200, '  \n', 'application/json'))).to.deep.equal({ kind: 'ok', status: 200, response: undefined });
  });

  it('401, 403 and 404 are refusals for now; other 4xx are final; 429 and 5xx are retried', () => {
    for (const status of [401, 403, 404]) expect(judgeAnswer(answer(status, '{}')).kind, String(status)).to.equal('refused');
    for (const status of [400, 410, 413, 422]) expect(judgeAnswer(answer(status, '{}')).kind, String(status)).to.equal('reject');
    expect(judgeAnswer(answer(429, '', null, { retryAfter: '2' }))).to.deep.include({ kind: 'retry', status: 429, retryAfterMs: 2000 });
    expect(judgeAnswer(answer(503, 'Service Unavailable', 'text/plain'))).to.deep.include({ kind: 'retry', status: 503 });
  });

  it('a Retry-After date years ahead waits a day at most', () => {
    expect(parseRetryAfter(new Date(T + 400 * DAY).toUTCString(), T)).to.equal(DAY);
    expect(parseRetryAfter('99999999', T)).to.equal(DAY);
  });
});

describe('outbox rules: clocks that jump', () => {
  const maxAhead = DAY;

  it('an item stored before the clock was set back 40 days is due at once, not in 40 days', () => {
    const item = itemOf(undefined, { nextAttemptAt: T + 60_000, notBefore: T + 60_000 });
    const now = T - 40 * DAY;
    expect(nextDueAt(item, now, maxAhead)).to.equal(now);
    expect(isDue(item, now, maxAhead, false), 'a forced flush (page load)').to.be.true;
    expect(isDue(item, now, maxAhead, true), 'the timer').to.be.true;
    // Set back less than the longest wait: the stored time is kept (it may be a server's Retry-After).
    expect(nextDueAt(item, T - 60_000, maxAhead)).to.equal(T + 60_000);
  });

  it('a timer never exceeds what setTimeout holds (2^31−1 ms fires at once)', () => {
    expect(timerDelay(T + 40 * DAY, T)).to.equal(MAX_TIMER_MS);
    expect(timerDelay(T + 1000, T)).to.equal(1050);
    expect(timerDelay(T - 1000, T), 'a time in the past (clock set forward): soon, never negative').to.equal(50);
  });

  it('clock set back: one timer pass per wait, no busy loop (simulated on a fake clock)', () => {
    const waiting = itemOf(undefined, { nextAttemptAt: T + 30_000, notBefore: T + 30_000 });
    for (const setBack of [0, 25 * DAY, 40 * DAY, 10 * 365 * DAY]) {
      let now = T - setBack;
      const start = now;
      let passes = 0;
      // What the outbox does: arm the timer for the earliest due item, fire, flush what is due.
      while (!isDue(waiting, now, maxAhead, true)) {
        const delay = timerDelay(nextDueAt(waiting, now, maxAhead), now);
        expect(delay, 'a delay setTimeout can hold').to.be.within(50, MAX_TIMER_MS);
        now += delay;
        passes++;
        expect(passes, `passes with the clock set back ${setBack / DAY} days`).to.be.at.most(1);
      }
      expect(now - start, 'sent when its wait runs out, or at once when the wait is unknown').to.be.at.most(setBack ? 50 : 30_050);
    }
  });

  it('a stored deadline (the end of retries) is brought back within its span when the clock went back', () => {
    expect(clampAhead(T + 5000, T, 3 * DAY)).to.equal(T + 5000);
    expect(clampAhead(T + 40 * DAY, T, 3 * DAY)).to.equal(T + 3 * DAY);
    expect(trustedTime(T + 5000, T, maxAhead)).to.equal(T + 5000);
    expect(trustedTime(T + 2 * DAY, T, maxAhead)).to.equal(T);
  });
});

describe('outbox rules: refusals and personal data', () => {
  it('knows the personal fields: a signup’s name, contact, needs and motivation; an idea’s participation contact', () => {
    const envelope = signup();
    expect(hasPersonalData(envelope)).to.be.true;
    const stripped = withoutPersonalData(envelope);
    expect(stripped.payload).to.deep.equal({
      eventId: 'atelier-1',
      eventTitle: 'Atelier équilibre alimentaire',
      eventKind: 'atelier',
      eventStart: '2027-03-04T14:00:00+01:00',
      eventEnd: '2027-03-04T16:00:00+01:00',
      seats: 2,
    });
    expect(envelope.payload.contact, 'the original is untouched').to.exist;
    const idea = createEnvelope(
      'idea',
      {
        theme: 'accueil',
        themeLabel: 'Accueil',
        text: 'Un banc dehors',
        participation: { contact: 'camille@exemple.fr', consent: true, consentText: 'J’accepte' },
      },
      { locale: 'fr' },
    );
    expect(hasPersonalData(idea)).to.be.true;
    expect(withoutPersonalData(idea).payload).to.deep.equal({ theme: 'accueil', themeLabel: 'Accueil', text: 'Un banc dehors' });
    const survey = createEnvelope('survey', { answers: { accueil: 4 } }, { locale: 'fr' });
    expect(hasPersonalData(survey)).to.be.false;
  });

  it('rejected for good: personal data erased at once, dated, no longer retried', () => {
    const refused = itemOf(undefined, { state: 'rejected', retryUntil: T + DAY, nextAttemptAt: T + 1000, notBefore: T + 1000, lastStatus: 403 });
    expect(isRetrying(refused), 'refused for now: still retried').to.be.true;
    expect(isDue(refused, T, DAY, false), 'even a forced flush keeps to the slow schedule').to.be.false;
    expect(isDue(refused, T + 1000, DAY, false)).to.be.true;
    const final = rejectForGood(refused, T + 2 * DAY);
    expect(final.state).to.equal('rejected');
    expect(final.retryUntil).to.be.undefined;
    expect(final.rejectedAt).to.equal(T + 2 * DAY);
    expect(final.personalDataErased).to.be.true;
    expect(hasPersonalData(final.envelope)).to.be.false;
    expect(isRetrying(final)).to.be.false;
    expect(isDue(final, T + 10 * DAY, DAY, false)).to.be.false;
  });

  it('a rejected copy is deleted after its keeping time; one rejected before these rules is brought under them', () => {
    const keep = 30 * DAY;
    const final = rejectForGood(itemOf(), T);
    expect(ageRejected(final, T + keep - 1, keep)).to.be.undefined;
    expect(ageRejected(final, T + keep, keep)).to.equal('delete');
    // An item from an older version: rejected, undated, contact inside.
    const legacy = itemOf(undefined, { state: 'rejected', lastStatus: 422 });
    const aged = ageRejected(legacy, T, keep);
    expect(aged).to.be.an('object');
    expect((aged as OutboxItem).rejectedAt).to.equal(T);
    expect(hasPersonalData((aged as OutboxItem).envelope)).to.be.false;
    // Clock set back below the rejection date: counted again from now, never deleted early or kept forever.
    const future = { ...final, rejectedAt: T + 90 * DAY };
    expect((ageRejected(future, T, keep) as OutboxItem).rejectedAt).to.equal(T);
    // Pending and refused-for-now items are not the ager's business.
    expect(ageRejected(itemOf(), T + 100 * DAY, keep)).to.be.undefined;
    expect(ageRejected(itemOf(undefined, { state: 'rejected', retryUntil: T }), T + 100 * DAY, keep)).to.be.undefined;
  });
});
