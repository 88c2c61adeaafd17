import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as z from 'zod/mini';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { ideaPayloadSchema } from '../../contracts/idea.js';
import type { Envelope } from '../../core/envelope.js';
import './satisfaction-survey.js';
import type { MspSatisfactionSurvey } from './satisfaction-survey.component.js';
import { NOT_CONCERNED, satisfactionSurveyPayloadSchema, type SurveyDefinition } from './satisfaction-survey.schema.js';
import { INVITATION_THEME, emptyInvitation, invitationErrors, invitationPayload, offeredInvitation, shownOffers } from './invitation.js';
import { surveyLaterFr } from './translations/later.fr.js';

// The invitation to take part after the survey (issue 13), against the real collector: consent
// required, two envelopes with nothing in common, axe on the screen. And "non concerné" answers as
// the collector stores them.

const participation = {
  recipient: 'la coordinatrice, Mme Durand',
  retention: '12 mois après le dernier échange',
  rightsContact: 'coordination@msp-bocage.example',
};

const short: SurveyDefinition = {
  id: 'court',
  title: 'Votre avis',
  sections: [
    {
      id: 'avis',
      title: 'Votre avis',
      questions: [
        { id: 'jour-meme', type: 'rating', label: 'Rendez-vous le jour même ?', notConcerned: true },
        { id: 'joindre', type: 'yesno', label: 'Est-il facile de nous joindre ?', notConcerned: true },
        {
          id: 'venue',
          type: 'single',
          label: 'Comment venez-vous ?',
          notConcerned: true,
          notConcernedLabel: 'Je ne viens pas sur place',
          options: [
            { id: 'pied', label: 'À pied' },
            { id: 'bus', label: 'En bus' },
          ],
        },
        { id: 'global', type: 'rating', label: 'Votre avis sur l’accueil ?' },
      ],
    },
  ],
};

async function renderSurvey(options: { endpoint?: string; config?: Record<string, unknown> } = {}): Promise<MspSatisfactionSurvey> {
  const el = await fixture<MspSatisfactionSurvey>(
    html`<msp-satisfaction-survey
      db-name=${freshDbName('survey-invite')}
      endpoint=${ifDefined(options.endpoint)}
      campaign="2026-T4"
      .config=${{ minSecondsToSubmit: 0, definition: short, ...options.config }}
    ></msp-satisfaction-survey>`,
  );
  await el.updateComplete;
  await waitFor(() => !$(el, '.loading'), 5000, 'the survey to be ready');
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MspSatisfactionSurvey, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
async function click(el: MspSatisfactionSurvey, selector: string): Promise<void> {
  $(el, selector)!.click();
  await el.updateComplete;
  await settle();
}
async function type(el: MspSatisfactionSurvey, id: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(el, `#${id}`)!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function answerAndSend(el: MspSatisfactionSurvey): Promise<void> {
  await click(el, '#q-global-4');
  await click(el, 'button[part~="next-button"]');
  await waitFor(() => Boolean($(el, '#thanks-title')), 5000, 'the thank-you screen');
}

describe('survey invitation: decisions', () => {
  it('is offered once the team names who reads the contacts, unless turned off; never in kiosk mode', () => {
    expect(offeredInvitation(undefined, false)).to.be.undefined;
    expect(offeredInvitation(participation, false)).to.equal(participation);
    expect(offeredInvitation({ ...participation, enabled: false }, false)).to.be.undefined;
    expect(offeredInvitation(participation, true), 'a shared tablet').to.be.undefined;
    expect(shownOffers(participation)).to.deep.equal(['comite', 'ateliers', 'rappel']);
    expect(shownOffers({ ...participation, offers: ['rappel', 'comite'] }), 'the schema’s order').to.deep.equal(['comite', 'rappel']);
  });

  it('needs a contact and the consent; nothing is ticked at first', () => {
    const t = surveyLaterFr.invitation;
    expect(emptyInvitation()).to.deep.equal({ offers: [], contact: '', consent: false });
    expect(invitationErrors(emptyInvitation(), t).map((e) => e.fieldId)).to.deep.equal(['invitation-contact', 'invitation-consent']);
    expect(invitationErrors({ offers: [], contact: '06 12 34 56 78', consent: true }, t)).to.deep.equal([]);
  });

  it('sends an idea-kind payload with what was chosen and the consent sentence word for word, and nothing of the survey', () => {
    const t = surveyLaterFr.invitation;
    const payload = invitationPayload({ offers: ['rappel', 'comite'], contact: ' 06 12 34 56 78 ', consent: true }, participation, t);
    expect(payload).to.deep.equal({
      theme: INVITATION_THEME,
      themeLabel: t.themeLabel,
      text: t.message([t.offers.comite, t.offers.rappel]),
      participation: { contact: '06 12 34 56 78', consent: true, consentText: t.consentLabel(participation.recipient) },
    });
    expect(z.safeParse(ideaPayloadSchema, payload).success).to.be.true;
  });
});

describe('survey invitation: end to end with the collector', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('shows nothing after the thanks when the team did not say who reads the contacts', async () => {
    const el = await renderSurvey({ endpoint: collector.endpoint });
    await answerAndSend(el);
    expect($(el, '[part="invitation"]')).to.not.exist;
  });

  it('asks for the consent, then sends a second envelope with nothing in common with the answers', async () => {
    const before = (await collector.records()).length;
    const el = await renderSurvey({ endpoint: collector.endpoint, config: { participation, structureName: 'MSP du Bocage' } });
    await answerAndSend(el);
    const invitation = $(el, '[part="invitation"]')!;
    expect(invitation).to.exist;
    expect(el.shadowRoot!.activeElement?.id, 'the thanks take focus first').to.equal('thanks-title');
    const boxes = [...invitation.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.length).to.equal(4);
    expect(
      boxes.every((box) => !box.checked),
      'never pre-ticked',
    ).to.be.true;
    expect(invitation.textContent).to.contain(participation.recipient);
    expect(invitation.textContent).to.contain(participation.retention);
    expect(invitation.textContent).to.contain(participation.rightsContact);
    await expect(el).to.be.accessible();

    // Without the consent: the summary takes focus, nothing leaves.
    await click(el, '#invitation-offers-0');
    await click(el, '#invitation-offers-2');
    await type(el, 'invitation-contact', '06 12 34 56 78');
    await click(el, 'button[part~="invitation-button"]');
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
    expect($(el, '#error-summary')!.textContent).to.contain(surveyLaterFr.invitation.consentRequired);
    await expect(el).to.be.accessible();
    expect((await collector.records()).length - before, 'only the answers').to.equal(1);

    await click(el, '#invitation-consent-0');
    await click(el, 'button[part~="invitation-button"]');
    await waitFor(() => Boolean($(el, '#invitation-done-title')), 5000, 'the invitation sent');
    await settle();
    expect(el.shadowRoot!.activeElement?.id).to.equal('invitation-done-title');
    await expect(el).to.be.accessible();

    const records = (await collector.records()).slice(before) as Envelope[];
    expect(records.map((r) => r.kind)).to.deep.equal(['survey', 'idea']);
    const [answers, contact] = records as [Envelope, Envelope];
    expect(z.safeParse(satisfactionSurveyPayloadSchema, answers.payload).success).to.be.true;
    expect(z.safeParse(ideaPayloadSchema, contact.payload).success).to.be.true;
    expect(contact.payload).to.deep.equal({
      theme: 'participation',
      themeLabel: surveyLaterFr.invitation.themeLabel,
      text: surveyLaterFr.invitation.message([surveyLaterFr.invitation.offers.comite, surveyLaterFr.invitation.offers.rappel]),
      participation: { contact: '06 12 34 56 78', consent: true, consentText: surveyLaterFr.invitation.consentLabel(participation.recipient) },
    });
    // Nothing shared but what every envelope of that day and team carries (day, language, structure).
    expect(contact.id).not.to.equal(answers.id);
    expect(contact.createdAt, 'the day only').to.match(/^\d{4}-\d{2}-\d{2}$/);
    const contactText = JSON.stringify(contact);
    for (const value of [answers.id, 'court', '2026-T4', 'Votre avis', 'global']) expect(contactText, value).not.to.contain(value);
    expect(JSON.stringify(answers)).not.to.contain('06 12 34 56 78');
  });
});

describe('survey invitation: when the collector is down', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('the contact is kept on the device, said so, and delivered once the collector is back', async () => {
    const el = await renderSurvey({ endpoint: collector.endpoint, config: { participation } });
    await answerAndSend(el);
    await collector.down();
    await click(el, '#invitation-offers-1');
    await type(el, 'invitation-contact', 'camille@exemple.fr');
    await click(el, '#invitation-consent-0');
    await click(el, 'button[part~="invitation-button"]');
    await waitFor(() => Boolean($(el, '#invitation-done-title')), 10_000, 'the invitation kept');
    expect($(el, '[role="status"]')!.textContent).to.contain('gardé sur cet appareil');
    await expect(el).to.be.accessible();
    await collector.up();
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => (await collector.records()).some((r) => r.kind === 'idea'), 15_000, 'the contact delivered');
    const records = await collector.records();
    expect(records.map((r) => r.kind)).to.deep.equal(['survey', 'idea']);
    expect((records[1]!.payload as { participation: { contact: string } }).participation.contact).to.equal('camille@exemple.fr');
  });
});

describe('survey: "non concerné" as the collector stores it', () => {
  let collector: TestCollector;
  before(async () => (collector = await TestCollector.start()));
  after(async () => collector.stop());

  it('a box under the faces, a choice in yes/no and one-choice questions; stored apart from ratings', async () => {
    const el = await renderSurvey({ endpoint: collector.endpoint });
    const box = $<HTMLInputElement>(el, '#q-jour-meme-not-concerned')!;
    expect(box.labels?.[0]?.textContent?.trim()).to.equal('Cette question ne me concerne pas');
    await click(el, '#q-jour-meme-3');
    await click(el, '#q-jour-meme-not-concerned');
    expect($<HTMLInputElement>(el, '#q-jour-meme-3')!.checked, 'ticking the box clears the face').to.be.false;
    await click(el, '#q-joindre input[value="non-concerne"]');
    await click(el, '#q-venue input[value="non-concerne"]');
    expect($(el, '#q-venue')!.textContent).to.contain('Je ne viens pas sur place');
    await expect(el).to.be.accessible();
    await answerAndSend(el);
    const [stored] = (await collector.records()).slice(-1) as [Envelope];
    expect(stored.kind).to.equal('survey');
    const answers = (stored.payload as { answers: unknown[] }).answers;
    expect(answers).to.deep.equal([
      {
        questionId: 'jour-meme',
        type: 'rating',
        section: 'avis',
        label: 'Rendez-vous le jour même ?',
        value: NOT_CONCERNED,
        valueLabels: ['Non concerné'],
        notConcerned: true,
      },
      {
        questionId: 'joindre',
        type: 'yesno',
        section: 'avis',
        label: 'Est-il facile de nous joindre ?',
        value: NOT_CONCERNED,
        valueLabels: ['Non concerné'],
        notConcerned: true,
      },
      {
        questionId: 'venue',
        type: 'single',
        section: 'avis',
        label: 'Comment venez-vous ?',
        value: NOT_CONCERNED,
        valueLabels: ['Je ne viens pas sur place'],
        notConcerned: true,
      },
      { questionId: 'global', type: 'rating', section: 'avis', label: 'Votre avis sur l’accueil ?', value: 4 },
    ]);
  });

  it('choosing a face after the box unticks it', async () => {
    const el = await renderSurvey();
    await click(el, '#q-jour-meme-not-concerned');
    await click(el, '#q-jour-meme-2');
    expect($<HTMLInputElement>(el, '#q-jour-meme-not-concerned')!.checked).to.be.false;
  });
});
