import { expect } from '@open-wc/testing';
import type { SavedAssessment } from './continuum-check.state.js';
import { dimensionIds } from './continuum-content.js';
import { mergeAnswers, createAnswerFile } from './continuum-merge.js';
import {
  freshWork,
  fromLastAssessment,
  fromMerge,
  inProgress,
  resumeFrom,
  STEP_COUNT,
  withAlibi,
  withDimension,
  withObstacles,
  withPlanDetails,
  withPlanStep,
  withPractice,
  withUsersSaid,
} from './continuum-work.js';

const start = () => freshWork('2026-11-20');

describe('continuum work: a fresh assessment', () => {
  it('starts on the start screen, alone, dated the given day, with nothing answered', () => {
    expect(start()).to.deep.equal({
      view: 'intro',
      step: 0,
      mode: 'individual',
      role: '',
      assessedAt: '2026-11-20',
      answers: { dimensions: {}, alibi: {}, obstacles: [] },
      actionPlan: [],
    });
    expect(inProgress(start())).to.be.false;
    expect(freshWork().assessedAt).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('has eight steps: six dimensions, the alibi checks, the obstacles', () => {
    expect(STEP_COUNT).to.equal(8);
    expect(STEP_COUNT).to.equal(dimensionIds.length + 2);
  });
});

describe('continuum work: answering', () => {
  it('ticks a practice as "not said yet", keeps what was said when ticked again, drops it when unticked', () => {
    let work = withPractice(start(), 'diagnostics', 'diag-info-announce', true);
    expect(work.answers.dimensions.diagnostics).to.deep.equal({ notConcerned: false, practices: { 'diag-info-announce': null } });
    expect(inProgress(work)).to.be.true;
    work = withUsersSaid(work, 'diagnostics', 'diag-info-announce', true);
    work = withPractice(work, 'diagnostics', 'diag-info-announce', true);
    expect(work.answers.dimensions.diagnostics!.practices).to.deep.equal({ 'diag-info-announce': true });
    work = withPractice(work, 'diagnostics', 'diag-info-announce', false);
    expect(work.answers.dimensions.diagnostics!.practices).to.deep.equal({});
    // A statement that involves usagers is done with usagers: ticked, it says so at once.
    work = withPractice(work, 'gouvernance', 'gov-collab-committee', true);
    expect(work.answers.dimensions.gouvernance!.practices).to.deep.equal({ 'gov-collab-committee': true });
  });

  it('marks a dimension "not concerned" and keeps its practices for when it is unmarked', () => {
    let work = withPractice(start(), 'formation', 'form-consult-knowledge', true);
    work = withDimension(work, 'formation', { notConcerned: true });
    expect(work.answers.dimensions.formation).to.deep.equal({ notConcerned: true, practices: { 'form-consult-knowledge': null } });
  });

  it('never changes the work it was given', () => {
    const before = start();
    const copy = structuredClone(before);
    withPractice(before, 'diagnostics', 'diag-info-announce', true);
    withAlibi(before, 'lone-user', 'yes');
    withObstacles(before, ['time']);
    withPlanStep(before, 'gouvernance', 'gov-lead', true);
    expect(before).to.deep.equal(copy);
  });

  it('answers alibi checks and obstacles', () => {
    const work = withObstacles(withAlibi(withAlibi(start(), 'lone-user', 'yes'), 'no-feedback', 'na'), ['time', 'funding']);
    expect(work.answers.alibi).to.deep.equal({ 'lone-user': 'yes', 'no-feedback': 'na' });
    expect(work.answers.obstacles).to.deep.equal(['time', 'funding']);
  });
});

describe('continuum work: the action plan', () => {
  it('adds a step at the end with empty details, fills it, and takes it out', () => {
    let work = withPlanStep(start(), 'gouvernance', 'gov-lead', true);
    work = withPlanStep(work, 'diagnostics', 'diag-collab-enlist', true);
    work = withPlanDetails(work, 'gov-lead', { who: 'Coordinatrice', due: '2027-03-31' });
    expect(work.actionPlan).to.deep.equal([
      { dimensionId: 'gouvernance', practiceId: 'gov-lead', who: 'Coordinatrice', due: '2027-03-31', means: '' },
      { dimensionId: 'diagnostics', practiceId: 'diag-collab-enlist', who: '', due: '', means: '' },
    ]);
    work = withPlanStep(work, 'gouvernance', 'gov-lead', false);
    expect(work.actionPlan.map((item) => item.practiceId)).to.deep.equal(['diag-collab-enlist']);
  });

  it('a step chosen twice is there once, with fresh details, at the end', () => {
    let work = withPlanDetails(withPlanStep(start(), 'gouvernance', 'gov-lead', true), 'gov-lead', { who: 'A' });
    work = withPlanStep(withPlanStep(work, 'diagnostics', 'diag-collab-enlist', true), 'gouvernance', 'gov-lead', true);
    expect(work.actionPlan.map((item) => [item.practiceId, item.who])).to.deep.equal([
      ['diag-collab-enlist', ''],
      ['gov-lead', ''],
    ]);
  });
});

describe('continuum work: starting from elsewhere', () => {
  it('from the last assessment: its answers (a copy), a fresh plan, the member’s role kept', () => {
    const last = {
      answers: { dimensions: { gouvernance: { notConcerned: false, practices: { 'gov-lead': true } } }, alibi: {}, obstacles: [] },
    } as unknown as SavedAssessment;
    const work = fromLastAssessment(last, 'médecin', '2026-11-20');
    expect(work).to.deep.include({ view: 'intro', mode: 'individual', role: 'médecin', assessedAt: '2026-11-20', actionPlan: [] });
    expect(work.answers).to.deep.equal(last.answers);
    expect(work.answers).not.to.equal(last.answers);
  });

  it('from the team’s shared assessment: an update stays a shared assessment (issue 17), with no member’s role', () => {
    const last = {
      mode: 'consensus',
      assessedAt: '2026-05-04',
      answers: { dimensions: { gouvernance: { notConcerned: false, practices: { 'gov-collab-committee': null } } }, alibi: {}, obstacles: [] },
    } as unknown as SavedAssessment;
    const work = fromLastAssessment(last, 'médecin', '2026-11-20');
    expect(work).to.deep.include({ mode: 'consensus', role: '', assessedAt: '2026-11-20', updatedFrom: '2026-05-04' });
    expect(work.answers).to.deep.equal(last.answers);
  });

  it('from a merge: the proposal, in consensus mode, with what each member said', () => {
    const file = createAnswerFile(
      { dimensions: { formation: { notConcerned: true, practices: {} } }, alibi: {}, obstacles: ['time'] },
      { assessedAt: '2026-11-19', respondentRole: 'IDE' },
    );
    const merged = mergeAnswers([file]);
    const work = fromMerge(merged, '2026-11-20');
    expect(work.mode).to.equal('consensus');
    expect(work.answers).to.equal(merged.proposal);
    expect(work.merge).to.deep.equal({ dimensions: merged.dimensions, respondents: ['IDE'] });
  });
});

describe('continuum work: resuming a draft', () => {
  const draft = { ...withPractice(start(), 'diagnostics', 'diag-info-announce', true), view: 'step' as const, step: 3 };

  it('resumes a draft that fits into an untouched widget', () => {
    expect(resumeFrom(start(), draft)).to.deep.equal(draft);
  });
  it('never overwrites what is being answered', () => {
    expect(resumeFrom(withPractice(start(), 'formation', 'form-info-testimony', true), draft)).to.be.undefined;
    expect(resumeFrom({ ...start(), view: 'merge' }, draft)).to.be.undefined;
  });
  it('leaves aside a draft from another version, and no draft at all', () => {
    expect(resumeFrom(start(), { ...draft, answers: { dimensions: 'old' } as never })).to.be.undefined;
    expect(resumeFrom(start(), { ...draft, actionPlan: [{ practiceId: 'x' }] as never })).to.be.undefined;
    expect(resumeFrom(start(), undefined)).to.be.undefined;
  });
});
