import { expect } from '@open-wc/testing';
import readXlsxFile from 'read-excel-file/browser';
import { csvField, neutraliseFormula, phoneText } from './csv.js';
import { summariseEvents } from './events.js';
import { eventsCsv, selfChecksCsv, surveyCsv } from './exports.js';
import { item, selfCheckItems, signupItems, surveyItems } from './results.fixtures.js';
import { summariseSelfChecks } from './self-checks.js';
import { surveyRawCsv } from './survey-raw.js';
import { summariseSurveys } from './survey-summary.js';
import { resultsFr } from './translations/fr.js';
import { dayAsDate, toXlsx, xlsxCell } from './xlsx.js';
import { $, exported, seededResults, showKind } from './results.helpers.test.js';

const now = new Date('2026-11-23T10:00:00Z');
const text = resultsFr.exportText;
/** The CSV's rows and cells (BOM off, `;`, quoted cells with `""`, CRLF). */
function lines(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < content.length; i++) {
    const c = content[i]!;
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') (row.push(cell), (cell = ''));
    else if (c === '\r' && content[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

describe('results: cells a spreadsheet reads right', () => {
  it('keeps phone numbers as text: pairs of digits, +33 written the national way', () => {
    expect(['0612345678', '06.12.34.56.78', '+33 6 12 34 56 78', '0033612345678', ' 06 12 34 56 78 '].map(phoneText)).to.deep.equal(
      Array(5).fill('06 12 34 56 78'),
    );
    expect(phoneText('+41 22 123 45 67')).to.equal('+41 22 123 45 67');
    expect(csvField({ phone: '0612345678' })).to.equal('06 12 34 56 78');
    // A foreign number starting with + would be computed by a spreadsheet: neutralised.
    expect(csvField({ phone: '+41 22 123 45 67' })).to.equal("'+41 22 123 45 67");
  });

  it('puts the apostrophe only where a spreadsheet would evaluate', () => {
    expect(['=1+1', '@SUM(A1)', '-2+3', '+cmd|x', '\tx', '\rx', "=cmd|' /C calc'!A0"].map(neutraliseFormula)).to.deep.equal([
      "'=1+1",
      "'@SUM(A1)",
      "'-2+3",
      "'+cmd|x",
      "'\tx",
      "'\rx",
      "'=cmd|' /C calc'!A0",
    ]);
    // A plain number is read as that number: nothing runs, the apostrophe would be noise.
    expect(['-2', '+3', '-3,5', '+2.5', 'Bonjour', 'a=b'].map(neutraliseFormula)).to.deep.equal(['-2', '+3', '-3,5', '+2.5', 'Bonjour', 'a=b']);
  });

  it('writes words, not codes: answer words, question types, event kinds, channels, statuses, levels', () => {
    const survey = lines(surveyCsv(summariseSurveys(surveyItems(), '2026-T4'), '2026-T4', text, now).content);
    expect(survey[1]!.slice(3, 6)).to.deep.equal(['Note', '1 – Très mauvais', '0']);
    expect(survey[5]!.slice(3, 6)).to.deep.equal(['Note', '5 – Très bien', '2']);
    expect(survey.find((l) => l[2] === 'Recommanderiez-vous la maison de santé ?')!.slice(3, 6)).to.deep.equal(['Oui ou non', 'Oui', '2']);
    const events = lines(eventsCsv(summariseEvents(signupItems()).events, true, text, now).content);
    const bruno = events.find((l) => l[11] === 'Bruno')!;
    expect([bruno[1], bruno[2], bruno[3], bruno[8], bruno[12], bruno[13]]).to.deep.equal([
      'Atelier',
      '03/12/2026',
      '14:00',
      'Confirmée',
      'Téléphone',
      '06 00 00 00 02',
    ]);
    expect(events.find((l) => l[11] === 'Hugo')![1]).to.equal('Groupe de marche');
    expect(events.find((l) => l[11] === "'=Emma")![12]).to.equal('Courriel');
    const checks = lines(selfChecksCsv(summariseSelfChecks(selfCheckItems()), text, now).content);
    expect(checks[1]!.slice(0, 5)).to.deep.equal(['10/06/2025', 'En équipe (consensus)', '', '1 – Information', '0 – Aucun']);
  });
});

describe('results: the raw survey export', () => {
  it('gives one row per response, the questions in the questionnaire’s order, every answer in words', () => {
    const items = surveyItems().filter((i) => (i.envelope.payload as { campaign?: string }).campaign === '2026-T4');
    const file = surveyRawCsv(items, summariseSurveys(items), text, now);
    expect(file.filename).to.equal('msp-survey-reponses-2026-11-23.csv');
    expect(file.count).to.equal(4);
    const [header, first, second, third, fourth] = lines(file.content);
    expect(header).to.deep.equal([
      'Date',
      'Campagne',
      'Questionnaire',
      'Sur la borne',
      'Origine',
      'Comment jugez-vous l’accueil ?',
      'Dans l’ensemble, êtes-vous satisfait ?',
      'Recommanderiez-vous la maison de santé ?',
      'Comment prenez-vous rendez-vous ?',
      'Quels thèmes de santé ou ateliers vous intéressent ?',
      'Une remarque ?',
    ]);
    expect(first).to.deep.equal([
      '02/11/2026',
      '2026-T4',
      'Votre avis sur la maison de santé',
      'non',
      'Enregistrée sur cet appareil',
      'Très bien',
      'Bien',
      'Oui',
      'Téléphone',
      'Nutrition ; Sommeil',
      'Très bon accueil ; merci',
    ]);
    expect(second!.slice(5)).to.deep.equal(['Bien', 'Mauvais', 'Non', 'Site internet', 'Nutrition ; Autre (Yoga)', '']);
    expect(third![4]).to.equal('En attente d’envoi');
    expect(third![10]).to.equal("'=1+1");
    expect(fourth!.slice(5)).to.deep.equal(['Très bien', '', 'Oui', '', 'Nutrition', '']);
  });

  it('writes "non concerné" with the words the person saw', () => {
    const answer = {
      questionId: 'joignabilite',
      type: 'yesno',
      label: 'Joignable ?',
      value: 'non-concerne',
      valueLabels: ['Je n’ai pas essayé'],
      notConcerned: true,
    };
    const items = [item('survey', { campaign: 'T', surveyId: 's', surveyTitle: 'S', kiosk: true, answers: [answer] }, '2026-11-02')];
    const [, row] = lines(surveyRawCsv(items, summariseSurveys(items), text, now).content);
    expect(row!.slice(3)).to.deep.equal(['oui', 'Enregistrée sur cet appareil', 'Je n’ai pas essayé']);
  });
});

describe('results: the .xlsx export, read back by a real parser', () => {
  it('types its cells: text, numbers, dates', () => {
    expect(xlsxCell('=1+1')).to.deep.equal({ type: String, value: '=1+1' });
    expect(xlsxCell(4.25)).to.deep.equal({ type: Number, value: 4.25 });
    expect(xlsxCell({ phone: '0612345678' })).to.deep.equal({ type: String, value: '06 12 34 56 78' });
    expect(dayAsDate('2026-12-31T23:30:00.000Z')!.toISOString()).to.equal('2027-01-01T00:00:00.000Z');
  });

  it('signups: phone as text, dates as dates, numbers as numbers, a formula as text', async () => {
    const file = eventsCsv(summariseEvents(signupItems()).events, true, text, now);
    const [sheet] = await readXlsxFile(await toXlsx(file.sheet!));
    const [header, ...rows] = sheet!.data;
    expect(header!.slice(0, 3)).to.deep.equal(['Événement', 'Type', 'Date']);
    const bruno = rows.find((row) => row[11] === 'Bruno')!;
    expect(bruno[13], 'phone').to.equal('06 00 00 00 02');
    expect(typeof bruno[13]).to.equal('string');
    expect(bruno[2], 'event day').to.be.instanceOf(Date);
    expect((bruno[2] as unknown as Date).toISOString().slice(0, 10)).to.equal('2026-12-03');
    expect(bruno[3], 'start, as the hour written').to.equal('14:00');
    expect(bruno[5], 'capacity').to.equal(5);
    expect(bruno[7], 'seats').to.equal(2);
    expect(
      rows.find((row) => row[11] === '=Emma'),
      'a formula stays text, no apostrophe needed',
    ).to.exist;
    expect(rows).to.have.length(file.count);
  });

  it('the raw survey answers and the summary: words, shares as numbers, days as dates', async () => {
    const items = surveyItems().filter((i) => (i.envelope.payload as { campaign?: string }).campaign === '2026-T4');
    const summary = summariseSurveys(items);
    const [raw] = await readXlsxFile(await toXlsx(surveyRawCsv(items, summary, text, now).sheet!));
    expect(raw!.data).to.have.length(5);
    expect((raw!.data[1]![0] as unknown as Date).toISOString().slice(0, 10)).to.equal('2026-11-02');
    expect(raw!.data[1]!.slice(5, 8)).to.deep.equal(['Très bien', 'Bien', 'Oui']);
    expect(raw!.data[3]![10]).to.equal('=1+1');
    const [totals] = await readXlsxFile(await toXlsx(surveyCsv(summary, '2026-T4', text, now).sheet!));
    const accueil5 = totals!.data.find((row) => row[4] === '5 – Très bien')!;
    expect(accueil5.slice(5, 10)).to.deep.equal([2, 50, 4, 75, 4.25]);
  });

  it('is offered in the view, loaded on demand, and announces the file', async () => {
    const el = await seededResults(signupItems());
    await showKind(el, 'event-signup');
    const detail = await exported(el, '#export-xlsx');
    expect(detail.format).to.equal('xlsx');
    expect(detail.filename).to.match(/^msp-event-signup-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [sheet] = await readXlsxFile(detail.blob!);
    expect(sheet!.data.length).to.equal(detail.count + 1);
    expect($(el, '[role=status]')!.textContent).to.include(detail.filename);
  });
});
