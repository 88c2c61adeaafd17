import { expect } from '@open-wc/testing';
import { ideaErrors, ideaPayload, offeredParticipation } from './idea-form.js';
import { emptyDraft, type IdeaDraft } from './idea-box.state.js';
import { ideaBoxFr as t } from './translations/fr.js';

const participation = { enabled: true, recipient: 'la coordinatrice', retention: '12 mois', rightsContact: 'accueil@msp.example' };
const draft = (patch: Partial<IdeaDraft> = {}): IdeaDraft => ({ ...emptyDraft(), ...patch });
const themes = [{ id: 'accueil', label: 'Accueil' }];

describe('idea form: what is wrong with a draft', () => {
  it('a theme and an idea are required, in the order of the fields', () => {
    expect(ideaErrors(draft(), { maxLength: 1000, participation: undefined }, t)).to.deep.equal([
      { fieldId: 'theme', message: t.themeRequired },
      { fieldId: 'idea', message: t.ideaRequired },
    ]);
    expect(ideaErrors(draft({ theme: 'accueil', text: '   ' }), { maxLength: 1000, participation: undefined }, t).map((e) => e.fieldId)).to.deep.equal([
      'idea',
    ]);
    expect(ideaErrors(draft({ theme: 'accueil', text: 'Un banc' }), { maxLength: 1000, participation: undefined }, t)).to.deep.equal([]);
  });

  it('an idea over the limit is refused with the limit in the message', () => {
    const [error] = ideaErrors(draft({ theme: 'accueil', text: 'x'.repeat(101) }), { maxLength: 100, participation: undefined }, t);
    expect(error).to.deep.equal({ fieldId: 'idea', message: t.ideaTooLong(100) });
  });

  it('participation, once ticked, needs a contact and the consent; unticked or not offered, nothing', () => {
    const ticked = draft({ theme: 'accueil', text: 'Aider', participate: true, contact: '06' });
    expect(ideaErrors(ticked, { maxLength: 1000, participation }, t).map((e) => e.fieldId)).to.deep.equal(['contact', 'consent']);
    expect(ideaErrors({ ...ticked, contact: '06 00', consent: true }, { maxLength: 1000, participation }, t)).to.deep.equal([]);
    expect(ideaErrors({ ...ticked, participate: false }, { maxLength: 1000, participation }, t)).to.deep.equal([]);
    expect(ideaErrors(ticked, { maxLength: 1000, participation: undefined }, t), 'not offered: a stale tick counts for nothing').to.deep.equal([]);
  });
});

describe('idea form: the payload sent', () => {
  it('the theme with its label and the trimmed idea; nothing else by default', () => {
    const payload = ideaPayload(draft({ theme: 'accueil', text: '  Un banc  ', contact: '06 00 00 00 00' }), {
      themes,
      participation: undefined,
      consentText: '',
      despiteWarning: false,
    });
    expect(payload).to.deep.equal({ theme: 'accueil', themeLabel: 'Accueil', text: 'Un banc' });
  });

  it('flags an idea sent despite the warning', () => {
    expect(
      ideaPayload(draft({ theme: 'accueil', text: 'x' }), { themes, participation: undefined, consentText: '', despiteWarning: true }).sentDespiteWarning,
    ).to.equal(true);
  });

  it('a contact only when offered and chosen, with the consent sentence word for word', () => {
    const chosen = draft({ theme: 'accueil', text: 'Aider', participate: true, contact: ' 06 00 ', consent: true });
    expect(ideaPayload(chosen, { themes, participation, consentText: 'J’accepte…', despiteWarning: false }).participation).to.deep.equal({
      contact: '06 00',
      consent: true,
      consentText: 'J’accepte…',
    });
    expect(ideaPayload(chosen, { themes, participation: undefined, consentText: 'J’accepte…', despiteWarning: false }).participation).to.be.undefined;
    expect(ideaPayload({ ...chosen, participate: false }, { themes, participation, consentText: 'x', despiteWarning: false }).participation).to.be.undefined;
  });

  it('an unknown theme keeps its id as label', () => {
    expect(ideaPayload(draft({ theme: 'autre', text: 'x' }), { themes, participation: undefined, consentText: '', despiteWarning: false }).themeLabel).to.equal(
      'autre',
    );
  });
});

describe('idea form: the participation offer', () => {
  const named = { recipient: 'la coordinatrice', retention: '12 mois', rightsContact: 'accueil@msp.example' };
  it('is on once the team names who reads the contacts, unless turned off', () => {
    expect(offeredParticipation(undefined), 'no reader named').to.be.undefined;
    expect(offeredParticipation(named), 'no "enabled": on by default').to.equal(named);
    expect(offeredParticipation({ ...named, enabled: true })).to.deep.equal({ ...named, enabled: true });
    expect(offeredParticipation({ ...named, enabled: false })).to.be.undefined;
    expect(offeredParticipation({ ...named, recipient: '  ' }), 'a blank reader is no reader').to.be.undefined;
  });

  it('the consent sentence names the reader whatever its form, and reads as one sentence', () => {
    expect(t.consentLabel('la coordinatrice')).to.equal(
      'J’accepte que ces coordonnées soient transmises pour me recontacter au sujet de ma participation. Destinataire\u00a0: la coordinatrice.',
    );
  });
});
