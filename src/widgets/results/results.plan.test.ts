// Unit tests of the pure decisions the shell delegates: what a panel shows, what an export writes and
// a delete removes, the answer kept, the retention typed, and the team API's pure parts.
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { ideaFeedSchema, type TeamAnswer } from '../../contracts/idea.js';
import { deletableAfterExport, feedFile, personalKinds, planExport, type ExportOptions } from './export-plan.js';
import { answerDraft, answerMissing, answersToMove, answerToSave, ideaRows } from './ideas.js';
import { parseRetentionMonths } from './retention.js';
import { ResultsData, shownItems, unsentCount } from './results-data.js';
import type { PanelView } from './results.state.js';
import { ideaItems, signupItems, surveyItems } from './results.fixtures.js';
import { answerUrl, authorised, feedUrl, fromIdeaAnswer, fromRemoteAnswer } from './sources.js';
import { resultsFr } from './translations/fr.js';

const now = new Date('2026-11-23T10:00:00Z');
const view = (patch: Partial<PanelView> = {}): PanelView => ({ kind: 'survey', campaign: undefined, ideaFilter: {}, answers: new Map(), ...patch });
const options = (patch: Partial<ExportOptions> = {}): ExportOptions => ({
  format: 'csv',
  includePersonal: false,
  statusLabel: (id) => id,
  text: resultsFr.exportText,
  now,
  ...patch,
});

describe('results: what a panel shows (results-data)', () => {
  it('shows the latest campaign by default, the one chosen, or all', () => {
    const data = new ResultsData(surveyItems());
    expect(data.campaignShown(undefined)).to.equal('2026-T4');
    expect(data.campaignShown('2026-T3')).to.equal('2026-T3');
    expect(data.campaignShown('')).to.be.undefined;
    expect(shownItems(data, view())).to.have.length(4);
    expect(shownItems(data, view({ campaign: '2026-T3' }))).to.have.length(2);
    expect(shownItems(data, view({ campaign: '' }))).to.have.length(data.itemsOf('survey').length);
    expect(unsentCount(shownItems(data, view()))).to.equal(1);
  });

  it('computes a summary once per loaded set', () => {
    const data = new ResultsData(surveyItems());
    expect(data.surveySummary('2026-T4')).to.equal(data.surveySummary('2026-T4'));
    expect(data.itemsOf('survey')).to.equal(data.itemsOf('survey'));
    expect(new ResultsData(surveyItems()).campaigns).not.to.equal(data.campaigns);
  });

  it('shows the ideas the filters keep, with the team’s answers', () => {
    const items = ideaItems();
    const answers = new Map<string, TeamAnswer>([[items[0]!.id, { status: 'realisee', answer: 'Fait.', publishText: false }]]);
    const data = new ResultsData(items);
    expect(shownItems(data, view({ kind: 'idea', ideaFilter: { theme: 'accueil' }, answers })).map((i) => i.id)).to.deep.equal([items[0]!.id, items[2]!.id]);
    expect(shownItems(data, view({ kind: 'idea', ideaFilter: { status: 'realisee' }, answers })).map((i) => i.id)).to.deep.equal([items[0]!.id]);
  });
});

describe('results: export plan', () => {
  it('writes the campaign shown and never personal data for surveys', () => {
    const plan = planExport(new ResultsData(surveyItems()), view(), options({ includePersonal: true }));
    expect(plan.kind).to.equal('survey');
    expect(plan.personalData).to.be.false;
    expect(plan.items).to.have.length(4);
    expect(plan.file.content).to.include('2026-T4').and.not.include('2026-T3');
    const json = JSON.parse(planExport(new ResultsData(surveyItems()), view({ campaign: '' }), options({ format: 'json' })).file.content);
    expect(json.filters).to.deep.equal({ campaign: null });
  });

  it('writes ideas as filtered, contacts only when asked, answers of decided ideas in the JSON', () => {
    const items = ideaItems();
    const answers = new Map<string, TeamAnswer>([[items[1]!.id, { status: 'a-l-etude', answer: '', publishText: false }]]);
    const data = new ResultsData(items);
    const without = planExport(data, view({ kind: 'idea', answers }), options());
    expect(without.personalData).to.be.false;
    expect(without.file.content).not.to.include('jeanne@example.org');
    const withContacts = planExport(data, view({ kind: 'idea', answers }), options({ includePersonal: true }));
    expect(withContacts.personalData).to.be.true;
    expect(withContacts.file.content).to.include('jeanne@example.org');
    const json = JSON.parse(planExport(data, view({ kind: 'idea', answers, ideaFilter: { theme: 'locaux' } }), options({ format: 'json' })).file.content);
    expect(json.count).to.equal(1);
    expect(json.summary.answers).to.deep.equal({ [items[1]!.id]: { status: 'a-l-etude', answer: '', publishText: false } });
    expect(JSON.stringify(json)).not.to.include('jeanne');
  });

  it('offers personal data for signups and ideas only; deletes only what this device keeps', () => {
    expect([...personalKinds].sort()).to.deep.equal(['event-signup', 'idea']);
    const plan = planExport(new ResultsData(signupItems()), view({ kind: 'event-signup' }), options());
    expect(plan.items).to.have.length(signupItems().length);
    expect(deletableAfterExport(plan, true)).to.have.length(plan.items.length);
    expect(deletableAfterExport(plan, false)).to.deep.equal([]);
    expect(deletableAfterExport(undefined, true)).to.deep.equal([]);
    const remote = { items: plan.items.map((i) => ({ ...i, origin: 'remote' as const })) };
    expect(deletableAfterExport(remote, true)).to.deep.equal([]);
  });

  it('writes the feed file the idea box reads', () => {
    const items = ideaItems();
    const rows = ideaRows(items, new Map([[items[0]!.id, { status: 'realisee', answer: 'Fait.', publishText: true }]]));
    const file = feedFile(rows, { updatedAt: '2026-11-23' });
    expect(file).to.deep.include({ filename: 'idees-repondues.json', mimeType: 'application/json;charset=utf-8', count: 1 });
    expect(z.safeParse(ideaFeedSchema, JSON.parse(file.content)).success).to.be.true;
  });
});

describe('results: the answer kept, the retention typed', () => {
  const row = ideaRows(
    ideaItems(),
    new Map([[ideaItems()[0]!.id, { status: 'a-l-etude', answer: 'Ancienne', publishText: false, answeredAt: '2026-10-02' }]]),
  )[0]!;

  it('dates a new answer, keeps the date of an unchanged one, undates an emptied one', () => {
    expect(answerDraft(row)).to.deep.equal({
      status: row.status,
      answer: row.answer,
      publishText: row.publishText,
      ...(row.answeredAt ? { answeredAt: row.answeredAt } : {}),
    });
    const fresh = { ...row, answer: 'Ancienne', answeredAt: '2026-10-02' };
    expect(answerToSave(fresh, { status: 'retenue', answer: '  Nouvelle  ', publishText: true, answeredAt: '2026-10-02' }, '2026-11-23')).to.deep.equal({
      status: 'retenue',
      answer: 'Nouvelle',
      publishText: true,
      answeredAt: '2026-11-23',
    });
    expect(answerToSave(fresh, { status: 'retenue', answer: 'Ancienne ', publishText: false, answeredAt: '2026-10-02' }, '2026-11-23').answeredAt).to.equal(
      '2026-10-02',
    );
    expect(answerToSave(fresh, { status: 'a-l-etude', answer: '  ', publishText: false, answeredAt: '2026-10-02' }, '2026-11-23')).to.deep.equal({
      status: 'a-l-etude',
      answer: '',
      publishText: false,
    });
  });

  it('asks an answer for every decided status (HAS fiche 1), not for the others', () => {
    for (const status of ['retenue', 'realisee', 'non-retenue']) expect(answerMissing({ status, answer: ' ', publishText: false }), status).to.be.true;
    expect(answerMissing({ status: 'retenue', answer: 'Prévu en janvier', publishText: false })).to.be.false;
    expect(answerMissing({ status: 'a-l-etude', answer: '', publishText: false })).to.be.false;
    expect(answerMissing({ status: 'recue', answer: '', publishText: false })).to.be.false;
  });

  it('moves to the collector only the device’s answers it lacks, for ideas it holds, never one it would refuse', () => {
    const done = { status: 'realisee', answer: 'Fait.', publishText: false };
    const device = new Map<string, TeamAnswer>([
      ['a', done],
      ['b', done],
      ['c', done],
      ['d', { status: 'retenue', answer: '', publishText: false }],
    ]);
    const server = new Map<string, TeamAnswer>([['b', { status: 'a-l-etude', answer: '', publishText: false }]]);
    expect(answersToMove(device, server, new Set(['a', 'b', 'd']))).to.deep.equal([['a', done]]);
    expect(answersToMove(new Map(), server, new Set(['a']))).to.deep.equal([]);
  });

  it('takes whole months from 1 to 120 only', () => {
    expect(parseRetentionMonths('12')).to.equal(12);
    expect(parseRetentionMonths(' 120 ')).to.equal(120);
    for (const bad of ['', ' ', '0', '121', '1.5', 'douze', '-3']) expect(parseRetentionMonths(bad), bad).to.be.undefined;
  });
});

describe('results: the team API (pure part)', () => {
  it('reads the answers the collector keeps, leaving out what is not one', () => {
    const [a] = ideaItems();
    const read = fromRemoteAnswer({
      submissions: [{ ...a!.envelope, receivedAt: '2026-10-02' }],
      actions: [],
      answers: [
        { ideaId: a!.id, status: 'realisee', answer: 'Fait.', publishText: true, answeredAt: '2026-11-20' },
        { ideaId: 'x', status: 'retenue' },
        'nope',
      ],
      events: [],
    });
    expect([...read.answers]).to.deep.equal([[a!.id, { status: 'realisee', answer: 'Fait.', publishText: true, answeredAt: '2026-11-20' }]]);
    expect(fromRemoteAnswer({ submissions: [] }).answers.size).to.equal(0);
    expect(fromIdeaAnswer({ ideaId: 'i', status: 'recue', answer: '', publishText: false })).to.deep.equal({
      ideaId: 'i',
      answer: { status: 'recue', answer: '', publishText: false },
    });
    expect(fromIdeaAnswer({ status: 'recue', answer: '', publishText: false })).to.be.undefined;
  });

  it('builds the feed and answer addresses under the source', () => {
    expect(feedUrl('https://collecte.example.org/s/tilleuls')).to.equal('https://collecte.example.org/s/tilleuls/feed');
    expect(feedUrl('https://collecte.example.org/')).to.equal('https://collecte.example.org/feed');
    expect(answerUrl('https://site.example.org/wp-json/msp/v1', 'a b/c')).to.equal('https://site.example.org/wp-json/msp/v1/ideas/a%20b%2Fc/answer');
    expect(feedUrl('/wp-json/msp/v1')).to.equal(new URL('/wp-json/msp/v1/feed', document.baseURI).href);
  });

  it('sends a token as Bearer without cookies, a WordPress nonce with the site’s cookie and X-WP-Nonce', () => {
    const token = authorised({ token: 'secret' }, { method: 'PUT', headers: { 'Content-Type': 'application/json' } });
    expect(token).to.deep.include({ method: 'PUT', credentials: 'omit', cache: 'no-store' });
    expect(token.headers).to.deep.equal({ Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer secret' });
    const nonce = authorised({ nonce: 'a1b2c3' });
    expect(nonce.credentials).to.equal('same-origin');
    expect(nonce.headers).to.deep.equal({ Accept: 'application/json', 'X-WP-Nonce': 'a1b2c3' });
  });
});

describe('results: events read from the collector take the team’s capacity', () => {
  it('places signups by the capacity the team defined, not by what a signup carried; no definition, no limit', () => {
    const items = signupItems().filter((i) => i.origin !== 'pending' && i.origin !== 'rejected');
    const local = new ResultsData(items).events.events.find((e) => e.eventId === 'atelier-nutrition')!;
    expect(local.capacity).to.equal(5);
    const read = fromRemoteAnswer({
      submissions: items.map((i) => ({ ...i.envelope, receivedAt: i.receivedAt })),
      events: [{ id: 'atelier-nutrition', title: 'Atelier nutrition', capacity: 20 }, { id: 'x' }, { nope: true }],
    });
    expect([...read.capacities]).to.deep.equal([
      ['atelier-nutrition', 20],
      ['x', null],
    ]);
    const remote = new ResultsData(read.items, read.actions, read.capacities).events.events;
    const atelier = remote.find((e) => e.eventId === 'atelier-nutrition')!;
    expect(atelier.capacity).to.equal(20);
    expect(atelier.waiting).to.equal(0);
    expect(remote.find((e) => e.eventId === 'marche')!.capacity).to.be.undefined;
  });
});
