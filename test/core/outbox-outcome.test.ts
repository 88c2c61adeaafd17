// What the person reads about a refused submission: retried until when, and what becomes of their
// contact details on the device (the SubmitOutcome fields the outbox fills, said by outcomeMessage).
import { expect } from '@open-wc/testing';
import { outcomeMessage } from '../../src/core/outcome.js';
import type { SubmitOutcome } from '../../src/core/outbox.js';
import { coreEn } from '../../src/core/translations/en.js';
import { coreFr } from '../../src/core/translations/fr.js';

const refused = (extra: Partial<SubmitOutcome>): SubmitOutcome => ({ status: 'rejected', id: 'a1b2', kept: true, httpStatus: 403, ...extra });

describe('outcome of a refusal: retries and personal data, told to the person', () => {
  it('refused for now (401/403/404): sent again until a date, the contact erased then if it has not gone', () => {
    const message = outcomeMessage(refused({ retryUntil: '2026-12-01T10:00:00.000Z', personalDataErasedAt: '2026-12-01T10:00:00.000Z' }), coreFr);
    expect(message, 'no code for the person').not.to.contain('403');
    expect(message).to.contain('réessaiera tout seul jusqu’au 1 décembre');
    expect(message).to.contain('vos coordonnées seront effacées de cet appareil');
    const anonymous = outcomeMessage(refused({ retryUntil: '2026-12-01T10:00:00.000Z' }), coreFr);
    expect(anonymous).to.contain('jusqu’au 1 décembre').and.not.to.contain('coordonnées');
  });

  it('refused for good with a contact: says it was not kept, and whom to contact', () => {
    const message = outcomeMessage(
      refused({ httpStatus: 422, personalDataErasedAt: '2026-11-28T10:00:00.000Z', keptUntil: '2026-12-28T10:00:00.000Z' }),
      coreFr,
    );
    expect(message).not.to.contain('422');
    expect(message).to.contain('Vos coordonnées n’ont pas été gardées sur cet appareil');
  });

  it('refused for good without personal data: the shared sentence, with how long the copy stays', () => {
    expect(outcomeMessage(refused({ httpStatus: 400, keptUntil: '2026-12-28T10:00:00.000Z' }), coreFr)).to.equal(coreFr.status.rejected(400));
    expect(coreFr.status.rejected(400)).to.contain('30 jours');
  });

  it('in English too', () => {
    const message = outcomeMessage(refused({ retryUntil: '2026-12-01T10:00:00.000Z', personalDataErasedAt: '2026-12-01T10:00:00.000Z' }), coreEn);
    expect(message).to.contain('until 1 December').and.to.contain('your contact details will be erased');
  });
});
