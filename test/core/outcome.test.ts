import { expect } from '@open-wc/testing';
import { FALLBACK_REJECTED_STATUS, outcomeMessage } from '../../src/core/outcome.js';
import type { SubmitOutcome } from '../../src/core/outbox.js';
import { coreFr } from '../../src/core/translations/fr.js';
import { coreEn } from '../../src/core/translations/en.js';

const outcome = (status: SubmitOutcome['status'], extra: Partial<SubmitOutcome> = {}): SubmitOutcome => ({
  status,
  id: 'a1b2',
  kept: status !== 'failed',
  ...extra,
});

describe('outcomeMessage: one rule for every widget', () => {
  it('sent, queued and saved: the shared sentence', () => {
    expect(outcomeMessage(outcome('sent'), coreFr)).to.equal(coreFr.status.sent);
    expect(outcomeMessage(outcome('queued'), coreFr)).to.equal(coreFr.status.queued);
    expect(outcomeMessage(outcome('saved'), coreFr)).to.equal(coreFr.status.saved);
  });

  it('rejected: a plain sentence with no error code (the code goes to the console and msp-error)', () => {
    for (const httpStatus of [422, 400, undefined]) {
      const message = outcomeMessage(outcome('rejected', httpStatus ? { httpStatus } : {}), coreFr);
      expect(message).to.contain('n’a pas pu être remis à l’équipe');
      expect(message).not.to.match(/erreur|serveur|\d{3}/);
    }
    expect(FALLBACK_REJECTED_STATUS).to.equal(400);
  });

  it('failed: "not sent" with an endpoint, "not saved" without one', () => {
    expect(outcomeMessage(outcome('failed'), coreFr, { endpoint: true })).to.equal(coreFr.status.failedSend);
    expect(outcomeMessage(outcome('failed'), coreFr, { endpoint: false })).to.equal(coreFr.status.failedSave);
    expect(outcomeMessage(outcome('failed'), coreFr)).to.equal(coreFr.status.failedSave);
  });

  it('a queued submission delivered later says so', () => {
    expect(outcomeMessage(outcome('sent'), coreFr, { deliveredLater: true })).to.equal(coreFr.status.delivered);
    expect(outcomeMessage(outcome('queued'), coreFr, { deliveredLater: true }), 'only once it is sent').to.equal(coreFr.status.queued);
  });

  it('a widget’s own wording wins for the statuses it names, and only those', () => {
    const overrides = { saved: 'Inscription enregistrée.', delivered: 'Votre inscription est partie.' };
    expect(outcomeMessage(outcome('saved'), coreFr, { overrides })).to.equal('Inscription enregistrée.');
    expect(outcomeMessage(outcome('sent'), coreFr, { overrides, deliveredLater: true })).to.equal('Votre inscription est partie.');
    expect(outcomeMessage(outcome('queued'), coreFr, { overrides })).to.equal(coreFr.status.queued);
  });

  it('speaks the strings it is given', () => {
    expect(outcomeMessage(outcome('sent'), coreEn)).to.equal(coreEn.status.sent);
    expect(outcomeMessage(outcome('rejected', { httpStatus: 413 }), coreEn)).to.equal(coreEn.status.rejected(413));
  });
});
