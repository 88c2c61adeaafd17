import { expect } from '@open-wc/testing';
import {
  answerFileName,
  answerFileOf,
  contentLabels,
  lastPlanned,
  progressColumns,
  sharePayload,
  shareEverything,
  snapshotAssessment,
  sortHistory,
} from './continuum-assessment.js';
import { continuumCheckPayloadSchema } from './continuum-check.schema.js';
import type { ContinuumWork, SavedAssessment } from './continuum-check.state.js';
import { contentFr } from './continuum-content.fr.js';
import { checkConfig } from '../../core/config-problems.js';
import { parseAnswerFile } from './continuum-merge.js';
import { defaultShare } from './continuum-payload.js';
import { freshWork, withAlibi, withObstacles, withPlanDetails, withPlanStep, withPractice, withUsersSaid } from './continuum-work.js';

const labels = contentLabels(contentFr);

/** Governance at level 3 (a committee with usagers), training not concerned, one warning, one obstacle, one planned step. */
function answered(): ContinuumWork {
  let work: ContinuumWork = { ...freshWork('2026-11-20'), role: '  coordinatrice ' };
  work = withUsersSaid(withPractice(work, 'gouvernance', 'gov-consult-suggestions', true), 'gouvernance', 'gov-consult-suggestions', false);
  work = withUsersSaid(withPractice(work, 'gouvernance', 'gov-collab-committee', true), 'gouvernance', 'gov-collab-committee', true);
  work = withPractice(work, 'evaluation', 'eval-consult-satisfaction', true);
  work = { ...work, answers: { ...work.answers, dimensions: { ...work.answers.dimensions, formation: { notConcerned: true, practices: {} } } } };
  work = withObstacles(withAlibi(work, 'lone-user', 'yes'), ['time']);
  return withPlanDetails(withPlanStep(work, 'gouvernance', 'gov-partner-vote', true), 'gov-partner-vote', { who: ' Léa ' });
}

const saved = (id: string, assessedAt: string, savedAt = `${assessedAt}T10:00:00.000Z`, extra: Partial<SavedAssessment> = {}): SavedAssessment => ({
  id,
  savedAt,
  assessedAt,
  mode: 'consensus',
  answers: { dimensions: {}, alibi: {}, obstacles: [] },
  levels: { gouvernance: 1 },
  aciLevel: 0,
  actionPlan: [],
  ...extra,
});

describe('assessment: the share payload holds only what the team ticked', () => {
  it('by default: levels and the ACI level, nothing else', () => {
    const payload = sharePayload(answered(), defaultShare, labels);
    expect(continuumCheckPayloadSchema.parse(payload)).to.deep.equal(payload);
    expect(payload.dimensions.map((d) => [d.id, d.label, d.level, d.notConcerned, d.practices.length])).to.deep.equal([
      ['diagnostics', contentFr.dimensions.diagnostics.label, 0, false, 0],
      ['sante-publique', contentFr.dimensions['sante-publique'].label, 0, false, 0],
      ['accompagnement', contentFr.dimensions.accompagnement.label, 0, false, 0],
      ['gouvernance', contentFr.dimensions.gouvernance.label, 3, false, 0],
      ['evaluation', contentFr.dimensions.evaluation.label, 2, false, 0],
      ['formation', contentFr.dimensions.formation.label, 0, true, 0],
    ]);
    expect(payload).to.deep.include({ assessedAt: '2026-11-20', mode: 'individual', aciLevel: 2, alibiWarnings: [], obstacles: [], actionPlan: [] });
    expect(payload).not.to.have.property('respondentRole');
  });

  it('each ticked choice adds its part, and only its part', () => {
    const obstaclesOnly = sharePayload(answered(), { ...defaultShare, obstacles: true }, labels);
    expect([obstaclesOnly.obstacles, obstaclesOnly.alibiWarnings, obstaclesOnly.actionPlan]).to.deep.equal([['time'], [], []]);
    const planOnly = sharePayload(answered(), { ...defaultShare, actionPlan: true }, labels);
    expect(planOnly.actionPlan).to.deep.equal([
      { dimensionId: 'gouvernance', practiceId: 'gov-partner-vote', label: contentFr.practices['gov-partner-vote'], who: 'Léa' },
    ]);
    expect(planOnly.obstacles).to.deep.equal([]);
    const roleOnly = sharePayload(answered(), { ...defaultShare, respondentRole: true }, labels);
    expect(roleOnly.respondentRole).to.equal('coordinatrice');
    expect(roleOnly.dimensions.every((d) => d.practices.length === 0)).to.be.true;
  });

  it('names dimensions and practices in the language it is given', () => {
    const payload = sharePayload(answered(), { ...defaultShare, actionPlan: true }, { dimensionLabel: (id) => `D:${id}`, practiceLabel: (id) => `P:${id}` });
    expect(payload.dimensions[0]!.label).to.equal('D:diagnostics');
    expect(payload.actionPlan[0]!.label).to.equal('P:gov-partner-vote');
  });
});

describe('assessment: the snapshot kept in the history', () => {
  it('keeps the answers, levels, ACI level and plan, and everything as a valid payload', () => {
    const work = answered();
    const record = snapshotAssessment(work, { id: 'a1', savedAt: '2026-11-20T15:00:00.000Z', labels });
    expect(record).to.deep.include({
      id: 'a1',
      savedAt: '2026-11-20T15:00:00.000Z',
      assessedAt: '2026-11-20',
      mode: 'individual',
      respondentRole: 'coordinatrice',
      aciLevel: 2,
    });
    expect(record.levels).to.deep.equal({ diagnostics: 0, 'sante-publique': 0, accompagnement: 0, gouvernance: 3, evaluation: 2, formation: null });
    expect(record.answers).to.equal(work.answers);
    expect(record.actionPlan).to.equal(work.actionPlan);
    expect(record.payload).to.deep.equal(sharePayload(work, shareEverything, labels));
    expect(continuumCheckPayloadSchema.safeParse(record.payload).success).to.be.true;
    expect(record).not.to.have.property('sharedAs');
  });

  it('says which envelope it was shared as, and leaves out an empty role', () => {
    const record = snapshotAssessment({ ...answered(), role: '  ' }, { id: 'a2', savedAt: '2026-11-20T15:00:00.000Z', labels, sharedAs: 'env-1' });
    expect(record.sharedAs).to.equal('env-1');
    expect(record.respondentRole).to.be.undefined;
  });
});

describe('assessment: the history and the progress table', () => {
  it('sorts by the day assessed, then by when it was saved', () => {
    const list = [saved('c', '2026-05-01'), saved('b', '2025-01-10', '2025-01-12T00:00:00.000Z'), saved('a', '2025-01-10', '2025-01-11T00:00:00.000Z')];
    expect(sortHistory(list).map((a) => a.id)).to.deep.equal(['a', 'b', 'c']);
    expect(
      list.map((a) => a.id),
      'the list given is left as it was',
    ).to.deep.equal(['c', 'b', 'a']);
  });

  it('recalls the last assessment that has an action plan', () => {
    const step = { dimensionId: 'gouvernance' as const, practiceId: 'gov-lead', who: '', due: '', means: '' };
    const list = [
      saved('a', '2025-01-10', undefined, { actionPlan: [step] }),
      saved('b', '2025-06-10', undefined, { actionPlan: [step] }),
      saved('c', '2026-01-10'),
    ];
    expect(lastPlanned(list)?.id).to.equal('b');
    expect(lastPlanned([saved('c', '2026-01-10')])).to.be.undefined;
  });

  it('on the start screen: the last four saved, nothing when there is none', () => {
    const list = ['2024-01-01', '2024-06-01', '2025-01-01', '2025-06-01', '2026-01-01'].map((day, i) => saved(`s${i}`, day));
    expect(progressColumns(list)!.map((c) => [c.id, c.current])).to.deep.equal([
      ['s1', false],
      ['s2', false],
      ['s3', false],
      ['s4', false],
    ]);
    expect(progressColumns([])).to.be.undefined;
  });

  it('in the results: the last four others, then the one on screen; nothing to compare with when it is the only one', () => {
    const list = ['2024-01-01', '2024-06-01', '2025-01-01', '2025-06-01', '2026-01-01'].map((day, i) => saved(`s${i}`, day));
    const work = { ...answered(), savedId: 's4' };
    const columns = progressColumns(list, work)!;
    expect(columns.map((c) => [c.id, c.current])).to.deep.equal([
      ['s0', false],
      ['s1', false],
      ['s2', false],
      ['s3', false],
      ['s4', true],
    ]);
    expect(columns.at(-1)).to.deep.include({ assessedAt: '2026-11-20', mode: 'individual', aciLevel: 2 });
    expect(columns.at(-1)!.levels.gouvernance).to.equal(3);
    expect(progressColumns([saved('s4', '2026-01-01')], work)).to.be.undefined;
    expect(progressColumns([saved('s0', '2026-01-01')], answered())!.map((c) => c.id)).to.deep.equal(['s0', 'current']);
  });
});

describe('assessment: the file a member exports', () => {
  it('holds the answers, the role and the structure, and the merge reads it back', () => {
    const file = answerFileOf(answered(), 'MSP des Tilleuls');
    expect(file).to.deep.include({
      format: 'msp-continuum-answers',
      version: 1,
      assessedAt: '2026-11-20',
      respondentRole: 'coordinatrice',
      structure: 'MSP des Tilleuls',
    });
    expect(parseAnswerFile(JSON.stringify(file), checkConfig)).to.deep.equal({ ok: true, file });
    expect(answerFileOf({ ...answered(), role: '' }, undefined)).not.to.have.any.keys('respondentRole', 'structure');
  });

  it('is named after the day and the role, in plain letters', () => {
    expect(answerFileName({ assessedAt: '2026-11-20', role: ' Infirmière de pratique avancée ' })).to.equal(
      'continuum-reponses-2026-11-20-infirmiere-de-pratique-avancee.json',
    );
    expect(answerFileName({ assessedAt: '2026-11-20', role: '' })).to.equal('continuum-reponses-2026-11-20.json');
    expect(answerFileName({ assessedAt: '2026-11-20', role: '—' })).to.equal('continuum-reponses-2026-11-20.json');
  });
});
