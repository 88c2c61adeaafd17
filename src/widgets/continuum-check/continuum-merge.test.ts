import { expect } from '@open-wc/testing';
import type { Answers } from './continuum-check.schema.js';
import { checkConfig } from '../../core/config-problems.js';
import { agreementOf, createAnswerFile, mergeAnswers, parseAnswerFile } from './continuum-merge.js';

const file = (answers: Partial<Answers>, role?: string) =>
  createAnswerFile({ dimensions: {}, alibi: {}, obstacles: [], ...answers }, { assessedAt: '2026-11-20', respondentRole: role });

describe('merge: agreement between members', () => {
  const table: Array<[Array<0 | 1 | 2 | 3 | 4 | null>, string]> = [
    [[2], 'agree'],
    [[2, 2, 2], 'agree'],
    [[1, 2], 'close'],
    [[1, 3], 'differ'],
    [[null, null], 'agree'],
    [[null, 0], 'differ'],
    [[0, 1, 1], 'close'],
  ];
  for (const [levels, agreement] of table) {
    it(`${JSON.stringify(levels)} → ${agreement}`, () => expect(agreementOf(levels)).to.equal(agreement));
  }
});

describe('merge: the proposal for the consensus', () => {
  const coordinator = file(
    {
      dimensions: {
        gouvernance: { notConcerned: false, practices: { 'gov-consult-suggestions': false, 'gov-collab-committee': true } },
        formation: { notConcerned: true, practices: {} },
      },
      alibi: { 'lone-user': 'yes', 'no-feedback': 'yes' },
      obstacles: ['time'],
    },
    'coordinatrice',
  );
  const doctor = file(
    {
      dimensions: { gouvernance: { notConcerned: false, practices: { 'gov-consult-suggestions': true } }, formation: { notConcerned: true, practices: {} } },
      alibi: { 'lone-user': 'no', 'no-feedback': 'yes' },
      obstacles: ['doctors-uninterested'],
    },
    'médecin',
  );
  const usersRep = file(
    {
      dimensions: {
        gouvernance: { notConcerned: false, practices: { 'gov-consult-suggestions': true, 'gov-collab-committee': true, 'gov-partner-vote': true } },
        formation: { notConcerned: false, practices: { 'form-info-testimony': null } },
      },
      alibi: { 'no-feedback': 'no' },
      obstacles: ['time', 'vulnerable-absent'],
    },
    'représentant des usagers',
  );

  it('ticks what at least half ticked, with usagers by majority, and lists the disputed practices', () => {
    const merged = mergeAnswers([coordinator, doctor, usersRep]);
    expect(merged.respondents).to.deep.equal(['coordinatrice', 'médecin', 'représentant des usagers']);
    expect(merged.proposal.dimensions.gouvernance).to.deep.equal({
      notConcerned: false,
      practices: { 'gov-consult-suggestions': true, 'gov-collab-committee': true },
    });
    const gov = merged.dimensions.find((d) => d.id === 'gouvernance')!;
    expect(gov.levels).to.deep.equal([3, 2, 4]);
    expect(gov.agreement).to.equal('differ');
    expect(gov.disputed).to.deep.equal(['gov-collab-committee', 'gov-partner-vote']);
  });

  it('keeps "not concerned" when most said so, and flags the member who did not', () => {
    const merged = mergeAnswers([coordinator, doctor, usersRep]);
    expect(merged.proposal.dimensions.formation).to.deep.equal({ notConcerned: true, practices: {} });
    const formation = merged.dimensions.find((d) => d.id === 'formation')!;
    expect(formation.levels).to.deep.equal([null, null, 1]);
    expect(formation.agreement).to.equal('differ');
    expect(formation.disputed).to.deep.equal(['form-info-testimony']);
  });

  it('takes the majority alibi answer, a tie going to the warning; keeps every obstacle named', () => {
    const merged = mergeAnswers([coordinator, doctor, usersRep]);
    // lone-user: yes vs no (one said nothing) → tie → "yes", the answer that warns.
    expect(merged.proposal.alibi).to.deep.equal({ 'lone-user': 'yes', 'no-feedback': 'yes' });
    expect(merged.proposal.obstacles).to.deep.equal(['time', 'vulnerable-absent', 'doctors-uninterested']);
  });

  it('with two members, a practice one of them ticked is kept (half is enough), "with usagers" needs both', () => {
    const merged = mergeAnswers([coordinator, doctor]);
    expect(merged.proposal.dimensions.gouvernance?.practices).to.deep.equal({ 'gov-consult-suggestions': false, 'gov-collab-committee': true });
  });

  it('a single file is its own proposal, in agreement with itself', () => {
    const merged = mergeAnswers([usersRep]);
    expect(merged.proposal.dimensions.gouvernance).to.deep.equal(usersRep.answers.dimensions.gouvernance);
    expect(merged.dimensions.every((d) => d.agreement === 'agree')).to.be.true;
  });
});

describe('merge: reading exported files', () => {
  it('reads back what it wrote', () => {
    const written = file({ obstacles: ['funding'] }, 'IDE');
    const read = parseAnswerFile(JSON.stringify(written), checkConfig);
    expect(read).to.deep.equal({ ok: true, file: written });
  });
  it('refuses other JSON, and text that is not JSON, in French', () => {
    const notJson = parseAnswerFile('bonjour', checkConfig);
    expect(notJson.ok).to.be.false;
    const wrong = parseAnswerFile(JSON.stringify({ format: 'autre', version: 1 }), checkConfig);
    expect(wrong.ok).to.be.false;
    if (!wrong.ok) expect(wrong.problems[0]?.path).to.equal('format');
    const badAnswer = parseAnswerFile(
      JSON.stringify({ ...file({}), answers: { dimensions: { inconnue: { notConcerned: false, practices: {} } }, alibi: {}, obstacles: [] } }),
      checkConfig,
    );
    expect(badAnswer.ok).to.be.false;
  });
});
