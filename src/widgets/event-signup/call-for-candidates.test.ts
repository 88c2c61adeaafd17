import { expect } from '@open-wc/testing';
import { callShown, phoneFor, telHref } from './call-for-candidates.js';
import { callWarning, missingCallFacts } from './call-warnings.js';
import type { EventItem } from './event-signup.schema.js';
import { eventSignupFr as t } from './translations/fr.js';

const call = (overrides: Partial<EventItem> = {}): EventItem => ({
  id: 'co-animation-diabete',
  title: 'Animer les ateliers « Vivre avec un diabète »',
  kind: 'appel-candidatures-co-animation-etp',
  start: '2027-03-04T18:00',
  end: '2027-03-04T19:30',
  place: { name: 'Salle de réunion' },
  objectives: ['Trouver deux personnes pour animer les ateliers avec l’infirmière'],
  ...overrides,
});

describe('call-for-candidates: what a call says', () => {
  it('shows the team’s facts, trimmed, in their order; the charter of the event wins over the widget’s', () => {
    const shown = callShown(
      call({
        call: {
          role: ' Animer avec l’infirmière. ',
          time: '2 heures par mois',
          training: 'Deux demi-journées avec les soignants, offertes',
          compensation: 'Frais de déplacement remboursés ; 50 € par atelier',
          charterUrl: '/charte-engagement.pdf',
        },
      }),
      { charterUrl: '/autre-charte.pdf' },
      t.callRoles,
    );
    expect(shown).to.deep.equal({
      role: 'Animer avec l’infirmière.',
      time: '2 heures par mois',
      training: 'Deux demi-journées avec les soignants, offertes',
      compensation: 'Frais de déplacement remboursés ; 50 € par atelier',
      charterUrl: '/charte-engagement.pdf',
    });
  });

  it('without the team’s words: the role in plain words for the kind, the widget’s charter, nothing invented', () => {
    expect(callShown(call(), { charterUrl: '/charte.html' }, t.callRoles)).to.deep.equal({
      role: t.callRoles['appel-candidatures-co-animation-etp'],
      charterUrl: '/charte.html',
    });
    expect(callShown(call({ kind: 'appel-candidatures-groupe-de-travail', call: { time: '  ' } }), {}, t.callRoles)).to.deep.equal({
      role: t.callRoles['appel-candidatures-groupe-de-travail'],
    });
    // ETP said in plain words to the person (the technical term only in brackets).
    expect(t.callRoles['appel-candidatures-co-animation-etp']).to.match(/^Vous vivez avec une maladie/);
  });

  it('is no call for an event that is not one', () => {
    expect(callShown(call({ kind: 'atelier-etp' }), { charterUrl: '/charte.html' }, t.callRoles)).to.be.undefined;
    expect(missingCallFacts(call({ kind: 'atelier' }), {})).to.deep.equal([]);
  });
});

describe('call-for-candidates: the number to call', () => {
  it('the event’s own number, else the team’s, as a tel: link of digits', () => {
    expect(phoneFor(call({ phone: '02 31 00 00 01' }), { phone: '02 31 00 00 00' })).to.deep.equal({ text: '02 31 00 00 01', href: 'tel:0231000001' });
    expect(phoneFor(call(), { phone: ' 02.31.00.00.00 ' })).to.deep.equal({ text: '02.31.00.00.00', href: 'tel:0231000000' });
    expect(phoneFor(call(), {})).to.be.undefined;
    expect(telHref('+33 2 31 00 00 00')).to.equal('tel:+33231000000');
  });
});

describe('call-for-candidates: what the webmaster is told', () => {
  it('lists what a call leaves unsaid: time, training, compensation, charter (the widget’s counts)', () => {
    expect(missingCallFacts(call(), {})).to.deep.equal(['time', 'training', 'compensation', 'charterUrl']);
    expect(
      missingCallFacts(call({ call: { time: '2 heures par mois', compensation: 'Bénévole, frais remboursés' } }), { charterUrl: '/charte.pdf' }),
    ).to.deep.equal(['training']);
    const message = callWarning(call(), ['training', 'charterUrl']);
    expect(message).to.contain('"co-animation-diabete"');
    expect(message).to.contain('call.training');
    expect(message).to.contain('call.charterUrl');
  });
});
