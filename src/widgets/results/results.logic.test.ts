import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { ideaFeedSchema } from '../../contracts/idea.js';
import { CSV_BOM, csvField, frenchDate, frenchDecimal, frenchTime, neutraliseFormula, toCsv } from './csv.js';
import { summariseEvents } from './events.js';
import { eventsCsv, ideasCsv, jsonExport, selfChecksCsv, surveyCsv, withoutPersonalData } from './exports.js';
import { buildIdeaFeed, filterIdeas, ideaRows, type TeamAnswer } from './ideas.js';
import { hasPersonalData, planPurge, purgeOrder, retentionCutoff } from './retention.js';
import { summariseSelfChecks } from './self-checks.js';
import { LocalSource, fromHistory, fromRemoteAnswer, mergeLocal, readUrl } from './sources.js';
import { LocalStore } from '../../core/storage.js';
import { HISTORY_NAMESPACE } from '../../contracts/continuum-history.js';
import { freshDbName } from '../../../test/helpers/collector.js';
import { campaignTable, percent, satisfactionByCampaign, summariseSurveys } from './survey-summary.js';
import { ideaItems, item, selfCheckItems, signupItems, surveyItems } from './results.fixtures.js';
import { resultsFr } from './translations/fr.js';
import { satisfactionSurveyPayloadSchema } from '../../contracts/survey.js';
import { eventSignupPayloadSchema } from '../../contracts/event-signup.js';
import { continuumCheckPayloadSchema } from '../../contracts/self-check.js';
import { ideaPayloadSchema } from '../../contracts/idea.js';

/** The subset of Papa Parse used here (papaparse ships no types; @types/papaparse is not needed for this). */
interface PapaLike {
  parse(input: string, config: { delimiter: string; newline: string; skipEmptyLines?: boolean }): { data: string[][]; errors: unknown[] };
}

/** Papa Parse's browser build is a UMD script (no ES module): loaded as a classic script, it sets window.Papa. */
async function loadPapa(): Promise<PapaLike> {
  const global = window as unknown as { Papa?: PapaLike };
  if (!global.Papa) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('../../../node_modules/papaparse/papaparse.min.js', import.meta.url).href;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('papaparse not installed: npm install -D papaparse'));
      document.head.append(script);
    });
  }
  return global.Papa!;
}

const now = new Date('2026-11-23T10:00:00Z');
const bytesOf = (text: string) => Array.from(new TextEncoder().encode(text));

describe('results: CSV writing', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+33 6', '-2+1', '@SUM(A1)', '\tx', '\rx'].map(neutraliseFormula)).to.deep.equal(["'=1+1", "'+33 6", "'-2+1", "'@SUM(A1)", "'\tx", "'\rx"]);
    // A plain number is read as that number: no apostrophe (see csv.ts).
    expect(neutraliseFormula('-2')).to.equal('-2');
    expect(['Bonjour', ' =1', 'a=b', '', '1-2'].map(neutraliseFormula)).to.deep.equal(['Bonjour', ' =1', 'a=b', '', '1-2']);
  });

  it('writes numbers with a decimal comma, dates as dd/mm/yyyy, booleans as oui/non', () => {
    expect([frenchDecimal(1.5), frenchDecimal(-3), frenchDecimal(66.66666, 1), frenchDecimal(1234.5), frenchDecimal(0.1 + 0.2)]).to.deep.equal([
      '1,5',
      '-3',
      '66,7',
      '1234,5',
      '0,3',
    ]);
    expect(frenchDate('2026-03-07')).to.equal('07/03/2026');
    expect(frenchDate('2026-12-03T14:00:00+01:00')).to.equal('03/12/2026');
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(frenchDate('2026-12-31T23:30:00.000Z')).to.equal('01/01/2027');
    expect(frenchTime('2026-12-03T14:05:00+01:00')).to.equal('14:05');
    expect([frenchDate('2026-10-25T01:30'), frenchTime('2026-10-25T01:30')]).to.deep.equal(['25/10/2026', '01:30']);
    expect(frenchTime('2026-07-01T08:00:00.000Z')).to.equal('10:00');
    expect([csvField(true), csvField(false), csvField(undefined), csvField(null), csvField(-3)]).to.deep.equal(['oui', 'non', '', '', '-3']);
  });

  it('writes the exact bytes: BOM, `;`, CRLF, quoting of ; quotes and new lines, accents, neutralised formulas', () => {
    const csv = toCsv(
      ['Prénom', 'Texte'],
      [
        ['Élodie', 'a;b'],
        ['x', 'dit "oui"'],
        ['y', 'ligne 1\nligne 2'],
        ['=1+1', '-2'],
        [1.5, -3],
        ['@SUM(A1)', '\tx'],
        ['+33 6', '\rfoo'],
      ],
    );
    expect(csv).to.equal(
      '\uFEFFPrénom;Texte\r\nÉlodie;"a;b"\r\nx;"dit ""oui"""\r\ny;"ligne 1\nligne 2"\r\n\'=1+1;-2\r\n1,5;-3\r\n\'@SUM(A1);\'\tx\r\n\'+33 6;"\'\rfoo"\r\n',
    );
    const bytes = bytesOf(csv);
    expect(bytes.slice(0, 3), 'UTF-8 BOM').to.deep.equal([0xef, 0xbb, 0xbf]);
    // "Prénom": é is C3 A9 in UTF-8.
    expect(bytes.slice(3, 10)).to.deep.equal([0x50, 0x72, 0xc3, 0xa9, 0x6e, 0x6f, 0x6d]);
    expect(bytes[10], 'separator').to.equal(0x3b);
    expect(bytes.slice(16, 18), 'CRLF').to.deep.equal([0x0d, 0x0a]);
    // "Élodie": É is C3 89.
    expect(bytes.slice(18, 20)).to.deep.equal([0xc3, 0x89]);
  });

  it('is read back by a real CSV parser (Papa Parse) as the same cells', async () => {
    const Papa = await loadPapa();
    const rows = [
      ['Élodie', 'a;b', 'dit "oui"'],
      ['ligne 1\r\nligne 2', '=HYPERLINK("http://x")', 'çà et là'],
    ];
    const csv = toCsv(['Prénom', 'Texte', 'Autre'], rows);
    expect(csv.startsWith(CSV_BOM)).to.be.true;
    const parsed = Papa.parse(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).to.deep.equal([]);
    expect(parsed.data).to.deep.equal([
      ['Prénom', 'Texte', 'Autre'],
      ['Élodie', 'a;b', 'dit "oui"'],
      ['ligne 1\r\nligne 2', '\'=HYPERLINK("http://x")', 'çà et là'],
    ]);
  });
});

describe('results: exports read back by Papa Parse', () => {
  it('gives back the cells of the survey and signup exports, new lines and quotes intact, formulas neutralised', async () => {
    const Papa = await loadPapa();
    const read = (content: string) => {
      expect(content.charCodeAt(0)).to.equal(0xfeff);
      const parsed = Papa.parse(content.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
      expect(parsed.errors).to.deep.equal([]);
      return parsed.data;
    };
    const survey = read(surveyCsv(summariseSurveys(surveyItems()), undefined, resultsFr.exportText, now).content);
    // Header, then all campaigns: 5 + 5 ratings, yes/no 2, canal 3 (with T3's "À l’accueil"), needs 4 + 1 "autre", 3 comments.
    expect(survey).to.have.length(1 + 5 + 5 + 2 + 3 + 5 + 3);
    expect(survey).to.deep.include(['Toutes', '', 'Une remarque ?', 'réponse libre', 'Attente trop longue\n"vraiment"', '1', '', '3', '', '']);
    expect(survey).to.deep.include(['Toutes', '', 'Une remarque ?', 'réponse libre', "'=1+1", '1', '', '3', '', '']);
    const signups = read(eventsCsv(summariseEvents(signupItems()).events, true, resultsFr.exportText, now).content);
    expect(signups[5]).to.deep.equal([
      'Atelier nutrition',
      'Atelier',
      '03/12/2026',
      '14:00',
      '16:00',
      '5',
      '13/11/2026',
      '1',
      'Liste d’attente',
      '3',
      'Enregistrée sur cet appareil',
      "'=Emma",
      'Courriel',
      'emma@example.org',
      '',
      '',
    ]);
  });
});

describe('results: survey aggregation', () => {
  it('summarises one campaign with exact figures per question', () => {
    const summary = summariseSurveys(surveyItems(), '2026-T4');
    expect(summary.responses).to.equal(4);
    expect(summary.unreadable).to.equal(1);
    expect(summary.questions.map((q) => q.questionId)).to.deep.equal(['accueil', 'global', 'recommend', 'canal', 'needs', 'comment']);
    const [accueil, global, recommend, canal, needs, comment] = summary.questions;
    expect(accueil!.respondents).to.equal(4);
    expect(accueil!.distribution.map((d) => [d.key, d.count])).to.deep.equal([
      ['1', 0],
      ['2', 0],
      ['3', 1],
      ['4', 1],
      ['5', 2],
    ]);
    expect(accueil!.satisfied).to.deep.equal({ count: 3, share: 0.75 });
    expect(accueil!.average).to.equal(4.25);
    expect(global!.respondents).to.equal(3);
    expect(global!.satisfied!.count).to.equal(2);
    expect(percent(global!.satisfied!.share)).to.equal(66.7);
    expect(global!.average!.toFixed(4)).to.equal('3.6667');
    expect(recommend!.distribution.map((d) => [d.key, d.count])).to.deep.equal([
      ['yes', 2],
      ['no', 1],
    ]);
    expect(canal!.distribution.map((d) => [d.label, d.count, percent(d.share)])).to.deep.equal([
      ['Téléphone', 2, 66.7],
      ['Site internet', 1, 33.3],
    ]);
    expect(needs!.respondents).to.equal(4);
    expect(needs!.texts).to.deep.equal(['Yoga']);
    expect(comment!.respondents).to.equal(2);
    expect(comment!.texts).to.deep.equal(['Très bon accueil ; merci', '=1+1']);
  });

  it('ranks the needs question, most chosen first, ties by name', () => {
    const { needs } = summariseSurveys(surveyItems(), '2026-T4');
    expect(needs.map((n) => [n.label, n.count, n.share])).to.deep.equal([
      ['Nutrition', 3, 0.75],
      ['Sommeil', 2, 0.5],
      ['Activité physique', 1, 0.25],
      ['Autre', 1, 0.25],
    ]);
  });

  it('summarises every campaign together, and per campaign in a table', () => {
    const all = summariseSurveys(surveyItems());
    expect(all.responses).to.equal(6);
    const accueil = all.questions[0]!;
    expect(accueil.distribution.map((d) => d.count)).to.deep.equal([1, 1, 1, 1, 2]);
    expect(accueil.satisfied).to.deep.equal({ count: 3, share: 0.5 });
    expect(accueil.average!.toFixed(4)).to.equal('3.3333');
    expect(all.questions.find((q) => q.questionId === 'comment')!.texts).to.deep.equal(['Très bon accueil ; merci', '=1+1', 'Attente trop longue\n"vraiment"']);
    // The headline is the overall question: T4 global 4, 2, 5 (2 of 3); T3 global 3, 4 (1 of 2).
    // Pooled, said as such: T4 7 ratings over 2 questions, 5 of them 4 or 5; T3 4 ratings, 1 of them.
    expect(campaignTable(surveyItems()).map((row) => [row.campaign, row.responses, row.satisfiedShare, row.overall?.questionId, row.pooled])).to.deep.equal([
      ['2026-T4', 4, 2 / 3, 'global', { ratings: 7, satisfied: 5, questions: 2, share: 5 / 7 }],
      ['2026-T3', 2, 0.5, 'global', { ratings: 4, satisfied: 1, questions: 2, share: 0.25 }],
    ]);
  });

  it('gives the share satisfied of each rating question, campaign by campaign, oldest first', () => {
    const trend = satisfactionByCampaign(surveyItems());
    expect(trend.campaigns).to.deep.equal(['2026-T3', '2026-T4']);
    // accueil: T3 rated 2 and 1 (none satisfied), T4 5, 4, 3, 5 (3 of 4); global: T3 3 and 4 (1 of 2), T4 4, 2, 5 (2 of 3).
    expect(trend.questions.map((q) => [q.questionId, q.shares, q.respondents])).to.deep.equal([
      ['accueil', [0, 0.75], [2, 4]],
      ['global', [0.5, 2 / 3], [2, 3]],
    ]);
  });

  it('exports the summary as shown in CSV, open answers neutralised', () => {
    const summary = summariseSurveys(surveyItems(), '2026-T4');
    const file = surveyCsv(summary, '2026-T4', resultsFr.exportText, now);
    expect(file.filename).to.equal('msp-survey-2026-11-23.csv');
    const lines = file.content.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Campagne;Rubrique;Question;Type;Réponse;Nombre;Part (%);Répondants;« Bien » ou « Très bien » (%);Moyenne');
    expect(lines[1]).to.equal('2026-T4;accueil;Comment jugez-vous l’accueil ?;Note;1 – Très mauvais;0;0;4;75;4,25');
    expect(lines[5]).to.equal('2026-T4;accueil;Comment jugez-vous l’accueil ?;Note;5 – Très bien;2;50;4;75;4,25');
    expect(lines[7]).to.equal('2026-T4;accueil;Dans l’ensemble, êtes-vous satisfait ?;Note;2 – Mauvais;1;33,3;3;66,7;3,67');
    expect(lines).to.include('2026-T4;;Une remarque ?;réponse libre;"Très bon accueil ; merci";1;;2;;');
    expect(lines).to.include("2026-T4;;Une remarque ?;réponse libre;'=1+1;1;;2;;");
    // 5 + 5 rating lines, 2 yes/no, 2 single, 4 needs + 1 "autre", 2 comments, then the final empty string after the last CRLF.
    expect(file.count).to.equal(21);
    expect(lines).to.have.length(23);
  });
});

describe('results: events', () => {
  it('counts signups, confirmed seats and the waiting list per event, in order of arrival, as the collector does (strict queue)', () => {
    const { events, totals } = summariseEvents(signupItems());
    expect(events.map((e) => e.eventId)).to.deep.equal(['atelier-nutrition', 'marche']);
    const [atelier, marche] = events;
    expect(atelier!.rows.map((r) => [r.name, r.status, r.position])).to.deep.equal([
      ['Anne', 'confirmed', undefined],
      ['Bruno', 'confirmed', undefined],
      ['Chloé', 'waiting', 1],
      ['Driss', 'waiting', 2],
      ['=Emma', 'waiting', 3],
      ['Farid', 'unsent', undefined],
    ]);
    expect([atelier!.signups, atelier!.seatsConfirmed, atelier!.seatsWaiting, atelier!.waiting, atelier!.seatsLeft]).to.deep.equal([5, 4, 5, 3, 0]);
    expect([marche!.signups, marche!.seatsConfirmed, marche!.waiting, marche!.seatsLeft]).to.deep.equal([2, 4, 0, undefined]);
    expect(totals).to.deep.equal({ events: 2, signups: 7, seatsConfirmed: 8, seatsWaiting: 5, unsent: 1, toNotify: 0 });
  });

  it('applies the team’s cancellations from the collector with the same seat rule: the first waiting are promoted', () => {
    const items = signupItems();
    const bruno = items.find((i) => (i.envelope.payload as { name?: string }).name === 'Bruno')!;
    const actions = [{ type: 'event-cancellation', data: { eventId: 'atelier-nutrition', signupId: bruno.id } }];
    const [atelier] = summariseEvents(items, actions).events;
    expect(atelier!.rows.map((r) => [r.name, r.status, r.position])).to.deep.equal([
      ['Anne', 'confirmed', undefined],
      ['Bruno', 'cancelled', undefined],
      ['Chloé', 'confirmed', undefined],
      ['Driss', 'waiting', 1],
      ['=Emma', 'waiting', 2],
      ['Farid', 'unsent', undefined],
    ]);
    expect([atelier!.signups, atelier!.seatsConfirmed, atelier!.seatsWaiting, atelier!.waiting, atelier!.seatsLeft]).to.deep.equal([4, 5, 2, 2, 0]);
  });

  it('reads the team’s actions from the collector’s answer, and none from an endpoint that sends none', () => {
    const envelope = signupItems()[0]!.envelope;
    const action = { type: 'event-cancellation', at: '2026-11-20T10:00:00.000Z', data: { eventId: 'atelier-nutrition', signupId: envelope.id } };
    expect(fromRemoteAnswer({ submissions: [envelope], actions: [action] }).actions).to.deep.equal([action]);
    expect(fromRemoteAnswer({ submissions: [envelope] }).actions).to.deep.equal([]);
  });

  it('leaves contacts out of the exports unless asked', () => {
    const { events } = summariseEvents(signupItems());
    const without = eventsCsv(events, false, resultsFr.exportText, now).content;
    expect(without).not.to.include('06 00');
    expect(without).not.to.include('Anne');
    expect(without).not.to.include('Fauteuil');
    const lines = without.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Événement;Type;Date;Début;Fin;Capacité;Inscription le;Places;Statut;Rang en liste d’attente;Origine');
    expect(lines[3]).to.equal('Atelier nutrition;Atelier;03/12/2026;14:00;16:00;5;11/11/2026;3;Liste d’attente;1;Enregistrée sur cet appareil');
    const withContacts = eventsCsv(events, true, resultsFr.exportText, now).content.slice(1).split('\r\n');
    expect(withContacts[2]).to.equal(
      'Atelier nutrition;Atelier;03/12/2026;14:00;16:00;5;10/11/2026;2;Confirmée;;Enregistrée sur cet appareil;Bruno;Téléphone;06 00 00 00 02;Fauteuil roulant;',
    );
    expect(withContacts[5]).to.equal(
      "Atelier nutrition;Atelier;03/12/2026;14:00;16:00;5;13/11/2026;1;Liste d’attente;3;Enregistrée sur cet appareil;'=Emma;Courriel;emma@example.org;;",
    );
    const json = JSON.parse(jsonExport('event-signup', signupItems(), { includePersonal: false, now }).content);
    expect(json.count).to.equal(8);
    expect(json.personalDataIncluded).to.be.false;
    expect(JSON.stringify(json)).not.to.include('06 00');
    expect(json.items[0].payload).to.deep.include({ eventId: 'atelier-nutrition', seats: 2 });
    expect(json.items[0].payload).not.to.have.property('name');
  });
});

describe('results: self-checks', () => {
  it('lists each assessment oldest first and the progression of levels', () => {
    const summary = summariseSelfChecks(selfCheckItems());
    expect(summary.assessments.map((a) => a.assessedAt)).to.deep.equal(['2025-06-10', '2026-01-15', '2026-09-01']);
    expect(summary.aciLevels).to.deep.equal([1, 1, 2]);
    expect(summary.dimensions.map((d) => [d.id, d.levels, d.first, d.last, d.change])).to.deep.equal([
      ['diagnostics', [1, 2, 3], 1, 3, 2],
      ['sante-publique', [0, 1, 1], 0, 1, 1],
      ['formation', [null, null, 2], 2, 2, 0],
    ]);
    const lines = selfChecksCsv(summary, resultsFr.exportText, now).content.slice(1).split('\r\n');
    expect(lines[0]).to.equal(
      'Date;Mode;Rôle;Diagnostics et états des lieux;Actions de santé publique;Formation initiale;Niveau ACI;Obstacles;Alertes;Actions prévues',
    );
    expect(lines[1]).to.equal('10/06/2025;En équipe (consensus);;1 – Information;0 – Aucun;non concernée;1;2;1;0');
    expect(lines[3]).to.equal('01/09/2026;En équipe (consensus);;3 – Collaboration;1 – Information;2 – Consultation;2;2;0;0');
  });
});

describe('results: ideas and the feed', () => {
  const answers = (items: ReturnType<typeof ideaItems>) =>
    new Map<string, TeamAnswer>([
      [items[0]!.id, { status: 'realisee', answer: 'Nous avons ajouté 6 chaises.', publishText: true, answeredAt: '2026-11-01' }],
      [items[1]!.id, { status: 'a-l-etude', answer: '', publishText: false }],
      [items[2]!.id, { status: 'retenue', answer: 'Prévu en janvier', publishText: true, answeredAt: '2026-11-05' }],
    ]);

  it('filters by theme, status and dates (inclusive)', () => {
    const items = ideaItems();
    const rows = ideaRows(items, answers(items));
    expect(rows.map((r) => r.date)).to.deep.equal(['2026-11-20', '2026-11-02', '2026-10-15', '2026-10-01']);
    expect(filterIdeas(rows, { theme: 'accueil' }).map((r) => r.date)).to.deep.equal(['2026-11-02', '2026-10-01']);
    expect(filterIdeas(rows, { status: 'recue' }).map((r) => r.theme)).to.deep.equal(['autre']);
    expect(filterIdeas(rows, { from: '2026-10-15', to: '2026-11-02' }).map((r) => r.date)).to.deep.equal(['2026-11-02', '2026-10-15']);
    expect(filterIdeas(rows, { theme: 'accueil', status: 'realisee', from: '2026-10-01', to: '2026-10-01' })).to.have.length(1);
  });

  it('produces a feed the idea box accepts: decided ideas only, text only when published, never a contact', () => {
    const items = ideaItems();
    const feed = buildIdeaFeed(ideaRows(items, answers(items)), { structure: 'MSP des Tilleuls', updatedAt: '2026-11-23' });
    expect(z.safeParse(ideaFeedSchema, feed).success).to.be.true;
    expect(feed.ideas).to.deep.equal([
      { id: items[1]!.id, theme: 'locaux', date: '2026-10-15', status: 'a-l-etude' },
      {
        id: items[0]!.id,
        theme: 'accueil',
        date: '2026-10-01',
        status: 'realisee',
        text: 'Mettre plus de chaises dans la salle d’attente',
        answer: 'Nous avons ajouté 6 chaises.',
        answeredAt: '2026-11-01',
      },
    ]);
    expect(feed.themes).to.deep.equal([
      { id: 'locaux', label: 'Locaux et accessibilité' },
      { id: 'accueil', label: 'Accueil' },
    ]);
    expect(JSON.stringify(feed)).not.to.include('jeanne@example.org');
    expect(JSON.stringify(feed)).not.to.include('rampe');
    // Default statuses are not embedded: each reader's idea box labels them in its own language.
    expect(feed).not.to.have.property('statuses');
    const own = [{ id: 'realisee', label: 'C’est fait' }];
    expect(buildIdeaFeed(ideaRows(items, answers(items)), { statuses: own, updatedAt: '2026-11-23' }).statuses).to.deep.equal(own);
  });

  it('exports ideas as shown, contact only when asked, formula-like text neutralised', () => {
    const items = ideaItems();
    const rows = filterIdeas(ideaRows(items, answers(items)), { from: '2026-10-15' });
    const label = (id: string) => ({ recue: 'Reçue', 'a-l-etude': 'À l’étude', retenue: 'Retenue' })[id] ?? id;
    const lines = ideasCsv(rows, label, false, resultsFr.exportText, now).content.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Date;Thème;Idée;Statut;Réponse de l’équipe;Date de la réponse;Texte publié;Origine');
    expect(lines[1]).to.equal("20/11/2026;Autre;'=cmd|' /C calc'!A0;Reçue;;;non;Enregistrée sur cet appareil");
    expect(lines[2]).to.equal('02/11/2026;Accueil;Un écran pour l’ordre de passage;Retenue;Prévu en janvier;05/11/2026;oui;Refusée par le serveur');
    expect(lines).to.have.length(5);
    expect(lines.join('\n')).not.to.include('jeanne');
    const withContact = ideasCsv(rows, label, true, resultsFr.exportText, now).content;
    expect(withContact).to.include(';jeanne@example.org\r\n');
    expect(withoutPersonalData(items[1]!).envelope.payload).not.to.have.property('participation');
  });
});

describe('results: sources (pure part)', () => {
  it('reads the collector format, marks outbox items and skips what is not an envelope', () => {
    const [a, b] = ideaItems();
    const { items, ignored } = fromRemoteAnswer({ submissions: [{ ...a!.envelope, receivedAt: '2026-10-02' }, { nope: 1 }, { ...b!.envelope }] });
    expect(ignored).to.equal(1);
    expect(items.map((i) => [i.id, i.origin, i.receivedAt])).to.deep.equal([
      [a!.id, 'remote', '2026-10-02'],
      [b!.id, 'remote', b!.envelope.createdAt],
    ]);
    expect(() => fromRemoteAnswer({ data: [] })).to.throw();
    const merged = mergeLocal(
      [{ id: a!.id, kind: 'idea', envelope: a!.envelope, savedAt: '2026-10-01T10:00:00.000Z' }],
      [
        {
          id: b!.id,
          kind: 'idea',
          endpoint: 'https://x/',
          envelope: b!.envelope,
          state: 'rejected',
          attempts: 1,
          nextAttemptAt: 0,
          notBefore: 0,
          queuedAt: '2026-10-15T10:00:00.000Z',
          lastStatus: 422,
        },
        {
          id: a!.id,
          kind: 'idea',
          endpoint: 'https://x/',
          envelope: a!.envelope,
          state: 'pending',
          attempts: 0,
          nextAttemptAt: 0,
          notBefore: 0,
          queuedAt: '2026-10-01T10:00:00.000Z',
        },
      ],
    );
    expect(merged.map((i) => [i.origin, i.httpStatus])).to.deep.equal([
      ['stored', undefined],
      ['rejected', 422],
    ]);
    expect(readUrl('https://collecte.example.org/api', 'survey')).to.equal('https://collecte.example.org/api/submissions?kind=survey');
    expect(readUrl('https://collecte.example.org/')).to.equal('https://collecte.example.org/submissions');
    expect(readUrl('/wp-json/msp/v1', 'idea')).to.equal(new URL('/wp-json/msp/v1/submissions?kind=idea', document.baseURI).href);
  });
});

describe('results: retention (pure part)', () => {
  it('computes the cutoff in calendar months', () => {
    expect(retentionCutoff(new Date('2026-11-23T10:00:00Z'), 12)).to.equal('2025-11-23');
    expect(retentionCutoff(new Date('2026-03-31T10:00:00Z'), 1)).to.equal('2026-02-28');
    expect(retentionCutoff(new Date('2026-01-15T10:00:00Z'), 3)).to.equal('2025-10-15');
  });

  it('plans personal data first, never remote items, and keeps what is on the cutoff day', () => {
    const oldSignup = item(
      'event-signup',
      { eventId: 'x', eventTitle: 'X', eventStart: '2025-06-02T10:00:00+02:00', name: 'A', contact: { channel: 'phone', value: '0600' }, seats: 1 },
      '2025-06-01',
    );
    const oldContact = item(
      'idea',
      { theme: 'autre', themeLabel: 'Autre', text: 'x', participation: { contact: 'a@b.fr', consent: true, consentText: 'ok' } },
      '2025-10-01',
    );
    const oldSurvey = item('survey', { campaign: 'old', answers: [] }, '2025-11-22', 'pending');
    const onCutoff = item('survey', { campaign: 'old', answers: [] }, '2025-11-23');
    const remote = item('idea', { theme: 'autre', themeLabel: 'Autre', text: 'y' }, '2020-01-01', 'remote');
    const plan = planPurge([oldSurvey, onCutoff, remote, oldSignup, oldContact], 12, now);
    expect(plan.cutoff).to.equal('2025-11-23');
    expect(plan.personal.map((i) => i.id)).to.deep.equal([oldSignup.id, oldContact.id]);
    expect(plan.other.map((i) => i.id)).to.deep.equal([oldSurvey.id]);
    expect(purgeOrder(plan).map((i) => i.id)).to.deep.equal([oldSignup.id, oldContact.id, oldSurvey.id]);
    expect([oldSignup, oldContact, oldSurvey].map((i) => hasPersonalData(i.envelope))).to.deep.equal([true, true, false]);
  });
});

describe("results: fixtures follow the widgets' own payload schemas (the contract)", () => {
  const problems = (schema: z.core.$ZodType, items: ReturnType<typeof surveyItems>) =>
    items.flatMap((i) => {
      const result = z.safeParse(schema, i.envelope.payload);
      return result.success ? [] : [JSON.stringify(result.error.issues[0])];
    });
  it('survey, event signup, self-check and idea payloads are accepted', () => {
    expect(problems(satisfactionSurveyPayloadSchema, surveyItems().slice(0, 6))).to.deep.equal([]);
    expect(problems(eventSignupPayloadSchema, signupItems())).to.deep.equal([]);
    expect(problems(continuumCheckPayloadSchema, selfCheckItems())).to.deep.equal([]);
    expect(problems(ideaPayloadSchema, ideaItems())).to.deep.equal([]);
  });
});

describe('results: the continuum check’s local history', () => {
  it('lists each saved assessment with its payload as a local self-check, and deletes it from the history', async () => {
    const store = await LocalStore.open(freshDbName('history'));
    const payload = selfCheckItems()[0]!.envelope.payload;
    const id = '5b0f8a9e-3c1d-4e2f-9a7b-1c2d3e4f5a6b';
    await store.putDocument(HISTORY_NAMESPACE, id, { id, savedAt: '2026-11-20T10:00:00.000Z', payload });
    await store.putDocument(HISTORY_NAMESPACE, 'old', { id: 'old', savedAt: '2025-01-01T00:00:00.000Z' });
    const source = new LocalSource(store);
    const items = await source.list('self-check');
    expect(items.map((i) => [i.id, i.kind, i.origin, i.receivedAt])).to.deep.equal([[id, 'self-check', 'stored', '2026-11-20T10:00:00.000Z']]);
    expect(items[0]!.envelope.payload).to.deep.equal(payload);
    expect(await source.list('idea')).to.deep.equal([]);
    expect(await source.delete(items)).to.equal(1);
    expect(await store.getDocument(HISTORY_NAMESPACE, id)).to.be.undefined;
  });

  it('shows a shared self-check once: its outbox item while it waits, its history entry once delivered', async () => {
    const store = await LocalStore.open(freshDbName('shared'));
    const payload = selfCheckItems()[0]!.envelope.payload;
    const envelope = {
      id: '6c1f9b0a-4d2e-4f3a-8b8c-2d3e4f5a6b7c',
      kind: 'self-check' as const,
      schemaVersion: 1 as const,
      createdAt: '2026-11-20T10:00:00.000Z',
      locale: 'fr',
      payload,
    };
    await store.putOutboxItem({
      id: envelope.id,
      kind: 'self-check',
      endpoint: 'https://federation.example/submissions',
      envelope,
      state: 'pending',
      attempts: 1,
      nextAttemptAt: 0,
      notBefore: 0,
      queuedAt: envelope.createdAt,
    });
    const historyId = '7d2a0c1b-5e3f-4a4b-9c9d-3e4f5a6b7c8d';
    await store.putDocument(HISTORY_NAMESPACE, historyId, { id: historyId, savedAt: envelope.createdAt, payload, sharedAs: envelope.id });
    const source = new LocalSource(store);
    expect((await source.list('self-check')).map((i) => [i.id, i.origin])).to.deep.equal([[envelope.id, 'pending']]);
    await store.deleteOutboxItem(envelope.id);
    expect((await source.list('self-check')).map((i) => [i.id, i.origin])).to.deep.equal([[historyId, 'stored']]);
  });

  it('ignores history documents without a payload (saved by an older version)', () => {
    expect(fromHistory({ key: 'x', value: { savedAt: '2025-01-01T00:00:00.000Z', levels: {} } })).to.be.undefined;
  });
});
