import { expect } from '@open-wc/testing';
import type { Answers, DimensionAnswer } from './continuum-check.schema.js';
import { dimensionIds } from './continuum-content.js';
import { practices } from './continuum-practices.js';
import { contentFr } from './continuum-content.fr.js';
import { buildPayload, defaultShare } from './continuum-payload.js';
import { continuumCheckPayloadSchema } from './continuum-check.schema.js';
import { aciApplies, aciLevelOf, alibiWarningsOf, practiceCounts, scoreAssessment, scoreDimension } from './continuum-scoring.js';

const dim = (practices: DimensionAnswer['practices'], notConcerned = false): DimensionAnswer => ({ notConcerned, practices });
const answers = (dimensions: Answers['dimensions'], extra: Partial<Answers> = {}): Answers => ({ dimensions, alibi: {}, obstacles: [], ...extra });

describe('continuum content', () => {
  it('every practice has French wording, and every dimension has at least one practice per level 1 to 4', () => {
    for (const p of practices) expect(contentFr.practices[p.id], p.id).to.be.a('string').and.not.empty;
    for (const id of dimensionIds) {
      for (const level of [1, 2, 3, 4])
        expect(
          practices.some((p) => p.dimension === id && p.level === level),
          `${id} level ${level}`,
        ).to.be.true;
    }
  });
});

describe('continuum content: statements that involve usagers', () => {
  it('every practice of collaboration or more names usagers in its statement, so it is marked as involving them', () => {
    for (const p of practices.filter((p) => p.level >= 3)) expect(p.involvesUsers, p.id).to.be.true;
  });
  it('every practice has a "how", fiches of the HAS guide (1 to 14), and an origin text when it is not a matrix cell', () => {
    for (const p of practices) {
      expect(contentFr.how[p.id], p.id).to.be.a('string').and.not.empty;
      expect(p.fiches.length, p.id).to.be.greaterThan(0);
      for (const fiche of p.fiches) expect(fiche, p.id).to.be.within(1, 14);
      if (p.origin) expect(contentFr.origins[p.origin]).to.be.a('string').and.not.empty;
    }
    // Leadership is beyond the HAS matrix: those statements are ours, and say so.
    for (const p of practices.filter((p) => p.level === 5)) expect(p.origin, p.id).to.equal('ours');
  });
});

describe('scoring rule 1: which ticked practices count', () => {
  type Row = [name: string, practice: { level: 1 | 2 | 3 | 4 | 5; involvesUsers?: true }, withUsers: boolean | null, counts: boolean];
  const table: Row[] = [
    ['information built without usagers', { level: 1 }, false, true],
    ['information, answer left blank', { level: 1 }, null, true],
    ['consultation built without usagers', { level: 2 }, false, true],
    ['consultation built with usagers', { level: 2 }, true, true],
    ['a users’ committee, answer left blank', { level: 3, involvesUsers: true }, null, true],
    ['a users’ committee said "without" (an old answer): its statement involves usagers', { level: 3, involvesUsers: true }, false, true],
    ['a patient co-formateur', { level: 3, involvesUsers: true }, null, true],
    ['partenariat involving usagers', { level: 4, involvesUsers: true }, null, true],
    ['leadership involving usagers', { level: 5, involvesUsers: true }, false, true],
    ['a collaboration whose statement does not name usagers, said with them', { level: 3 }, true, true],
    ['a collaboration whose statement does not name usagers, said without', { level: 3 }, false, false],
    ['a collaboration whose statement does not name usagers, left blank: not counted, and not called "without"', { level: 3 }, null, false],
  ];
  for (const [name, practice, withUsers, counts] of table) {
    it(`${name} → ${counts ? 'counts' : 'does not count'}`, () => {
      expect(practiceCounts(practice, withUsers)).to.equal(counts);
    });
  }
});

describe('scoring rules 2 and 3: a dimension’s level', () => {
  const table: Array<{ name: string; answer: DimensionAnswer | undefined; level: number; basis: string[]; coBuilt?: string[]; leadership?: boolean }> = [
    { name: 'nothing answered', answer: undefined, level: 0, basis: [] },
    { name: 'nothing ticked', answer: dim({}), level: 0, basis: [] },
    { name: 'information without usagers', answer: dim({ 'gov-info-minutes': false }), level: 1, basis: ['gov-info-minutes'] },
    {
      name: 'consultation built without usagers',
      answer: dim({ 'gov-info-minutes': false, 'gov-consult-suggestions': false }),
      level: 2,
      basis: ['gov-consult-suggestions'],
    },
    {
      name: 'two consultation practices',
      answer: dim({ 'gov-consult-organisation': true, 'gov-consult-suggestions': null }),
      level: 2,
      basis: ['gov-consult-organisation', 'gov-consult-suggestions'],
      coBuilt: ['gov-consult-organisation'],
    },
    {
      name: 'a users’ committee ticked with the question left blank counts: its statement involves usagers',
      answer: dim({ 'gov-consult-suggestions': false, 'gov-collab-committee': null }),
      level: 3,
      basis: ['gov-collab-committee'],
    },
    {
      name: 'an idea box built with usagers is reported as co-built information',
      answer: dim({ 'gov-consult-suggestions': true, 'gov-info-basics': null }),
      level: 2,
      basis: ['gov-consult-suggestions'],
      coBuilt: ['gov-consult-suggestions'],
    },
    { name: 'the projet de santé reviewed with usagers', answer: dim({ 'gov-collab-health-project': null }), level: 3, basis: ['gov-collab-health-project'] },
    {
      name: 'a users’ committee with usagers',
      answer: dim({ 'gov-consult-suggestions': true, 'gov-collab-committee': true }),
      level: 3,
      basis: ['gov-collab-committee'],
      coBuilt: ['gov-consult-suggestions'],
    },
    { name: 'a higher cell without the lower ones', answer: dim({ 'gov-partner-vote': true }), level: 4, basis: ['gov-partner-vote'] },
    { name: 'leadership counts as partenariat', answer: dim({ 'gov-lead': true }), level: 4, basis: ['gov-lead'], leadership: true },
    { name: '"not concerned" wins over ticks', answer: dim({ 'gov-partner-vote': true }, true), level: 0, basis: [] },
    { name: 'unknown ids are ignored', answer: dim({ 'made-up': true, 'diag-info-announce': true }), level: 0, basis: [] },
  ];
  for (const row of table) {
    it(`${row.name} → level ${row.level}`, () => {
      const result = scoreDimension('gouvernance', row.answer);
      expect(result.level).to.equal(row.level);
      expect(result.basis).to.deep.equal(row.basis);
      expect(result.coBuilt).to.deep.equal(row.coBuilt ?? []);
      expect(result.leadership).to.equal(row.leadership ?? false);
    });
  }
});

describe('scoring rule 4: next steps', () => {
  const table: Array<{ name: string; answer: DimensionAnswer | undefined; steps: Array<[string, boolean]> }> = [
    {
      name: 'level 0 → the information cell',
      answer: undefined,
      steps: [
        ['acc-info-outreach', false],
        ['acc-info-places', false],
        ['acc-info-directory', false],
      ],
    },
    {
      name: 'level 1 → the consultation cell',
      answer: dim({ 'acc-info-outreach': false }),
      steps: [
        ['acc-consult-complaints', false],
        ['acc-consult-experience', false],
      ],
    },
    {
      name: 'level 2 → collaboration, topped up from partenariat to offer two',
      answer: dim({ 'acc-consult-complaints': false }),
      steps: [
        ['acc-collab-etp', false],
        ['acc-partner-etp', false],
      ],
    },
    {
      name: 'an ETP collaboration ticked with the question blank counts: partenariat comes next',
      answer: dim({ 'acc-consult-complaints': true, 'acc-collab-etp': null }),
      steps: [
        ['acc-partner-etp', false],
        ['acc-partner-resource', false],
        ['acc-partner-peers', false],
      ],
    },
    {
      name: 'level 3 → partenariat, three at most',
      answer: dim({ 'acc-collab-etp': true }),
      steps: [
        ['acc-partner-etp', false],
        ['acc-partner-resource', false],
        ['acc-partner-peers', false],
      ],
    },
    { name: 'level 4 → leadership', answer: dim({ 'acc-partner-peers': true }), steps: [['acc-lead', false]] },
    { name: 'leadership reached → nothing further', answer: dim({ 'acc-lead': true }), steps: [] },
    { name: 'not concerned → nothing', answer: dim({}, true), steps: [] },
  ];
  for (const row of table) {
    it(row.name, () => {
      const steps = scoreDimension('accompagnement', row.answer).nextSteps.map((s) => [s.practiceId, false]);
      expect(steps).to.deep.equal(row.steps);
    });
  }
});

describe('scoring rule 5: the ACI level', () => {
  const table: Array<{ name: string; answers: Answers; level: 0 | 1 | 2; codes: string[] }> = [
    { name: 'nothing', answers: answers({}), level: 0, codes: ['n1-no-tools', 'n2-no-coconstruction'] },
    {
      name: 'information only: no measure of satisfaction or needs',
      answers: answers({ gouvernance: dim({ 'gov-info-minutes': false }) }),
      level: 0,
      codes: ['n1-tools', 'n1-no-measure', 'n2-no-coconstruction'],
    },
    {
      name: 'a satisfaction questionnaire, built without usagers',
      answers: answers({ evaluation: dim({ 'eval-consult-satisfaction': false }) }),
      level: 1,
      codes: ['n1-tools', 'n1-measure', 'n2-no-coconstruction'],
    },
    {
      name: 'an idea box and a users’ committee',
      answers: answers({ gouvernance: dim({ 'gov-consult-suggestions': false, 'gov-collab-committee': true }) }),
      level: 2,
      codes: ['n1-tools', 'n1-measure', 'n2-coconstruction'],
    },
    {
      name: 'a users’ committee without niveau 1 stays at 0',
      answers: answers({ gouvernance: dim({ 'gov-collab-committee': true }) }),
      level: 0,
      codes: ['n1-no-tools', 'n2-needs-n1'],
    },
    {
      name: 'the committee case: an idea box and a users’ committee ticked, "with usagers" left blank → niveau 2',
      answers: answers({ gouvernance: dim({ 'gov-consult-suggestions': null, 'gov-collab-committee': null }) }),
      level: 2,
      codes: ['n1-tools', 'n1-measure', 'n2-coconstruction'],
    },
    {
      name: 'a patient co-formateur with a satisfaction survey, questions left blank → niveau 2',
      answers: answers({ evaluation: dim({ 'eval-consult-satisfaction': null }), formation: dim({ 'form-collab-cotrainer': null }) }),
      level: 2,
      codes: ['n1-tools', 'n1-measure', 'n2-coconstruction'],
    },
    {
      name: 'a satisfaction survey in "Évaluation et recherche" marked not concerned still counts for the ACI',
      answers: answers({ evaluation: dim({ 'eval-consult-satisfaction': true }, true), formation: dim({ 'form-collab-cotrainer': true }) }),
      level: 2,
      codes: ['n1-tools', 'n1-measure', 'n2-coconstruction'],
    },
    {
      name: 'information in a "not concerned" dimension does not count, only measures do',
      answers: answers({ evaluation: dim({ 'eval-info-announce': false }, true) }),
      level: 0,
      codes: ['n1-no-tools', 'n2-no-coconstruction'],
    },
    {
      name: 'basic information (posters, website) and a satisfaction survey → niveau 1',
      answers: answers({ gouvernance: dim({ 'gov-info-basics': false }), evaluation: dim({ 'eval-consult-satisfaction': false }) }),
      level: 1,
      codes: ['n1-tools', 'n1-measure', 'n2-no-coconstruction'],
    },
    {
      name: 'a questionnaire co-built with usagers is reported, not counted alone as niveau 2',
      answers: answers({ evaluation: dim({ 'eval-consult-satisfaction': true }) }),
      level: 1,
      codes: ['n1-tools', 'n1-measure', 'n2-no-coconstruction', 'cobuilt-info'],
    },
    {
      name: 'a health mediator (partenariat) with a needs survey',
      answers: answers({ accompagnement: dim({ 'acc-consult-experience': null, 'acc-partner-peers': true }) }),
      level: 2,
      codes: ['n1-tools', 'n1-measure', 'n2-coconstruction'],
    },
  ];
  for (const row of table) {
    it(`${row.name} → niveau ${row.level}`, () => {
      const aci = scoreAssessment(row.answers).aci;
      expect(aci.level).to.equal(row.level);
      expect(aci.applies).to.be.true;
      expect(aci.reasons.map((r) => r.code)).to.deep.equal(row.codes);
    });
  }

  const kinds: Array<[type: 'msp' | 'cds' | 'esp' | 'cpts', applies: boolean]> = [
    ['msp', true],
    ['cds', true],
    ['esp', false],
    ['cpts', false],
  ];
  for (const [type, applies] of kinds) {
    it(`a ${type}: the ACI indicator ${applies ? 'applies' : 'does not apply, no verdict'}`, () => {
      expect(aciApplies(type)).to.equal(applies);
      const aci = scoreAssessment(answers({ gouvernance: dim({ 'gov-consult-suggestions': null, 'gov-collab-committee': null }) }), type).aci;
      expect(aci.applies).to.equal(applies);
    });
  }

  it('names the practices behind each reason', () => {
    const result = scoreAssessment(
      answers({ gouvernance: dim({ 'gov-info-minutes': false, 'gov-consult-suggestions': false, 'gov-collab-committee': true }) }),
    );
    expect(aciLevelOf(result.dimensions).reasons).to.deep.equal([
      { code: 'n1-tools', practices: ['gov-info-minutes', 'gov-consult-suggestions'] },
      { code: 'n1-measure', practices: ['gov-consult-suggestions'] },
      { code: 'n2-coconstruction', practices: ['gov-collab-committee'] },
    ]);
  });
});

describe('scoring rule 6: alibi warnings and obstacles', () => {
  const table: Array<[Answers['alibi'], string[]]> = [
    [{}, []],
    [{ 'lone-user': 'no', 'mixed-listening-group': 'no', 'no-feedback': 'yes', 'decisions-without-users': 'yes' }, []],
    [{ 'lone-user': 'yes' }, ['lone-user']],
    [{ 'no-feedback': 'no', 'decisions-without-users': 'no' }, ['no-feedback', 'decisions-without-users']],
    [{ 'lone-user': 'na', 'mixed-listening-group': 'na', 'no-feedback': 'na', 'decisions-without-users': 'na' }, []],
    [
      { 'decisions-without-users': 'no', 'mixed-listening-group': 'yes', 'lone-user': 'yes' },
      ['lone-user', 'mixed-listening-group', 'decisions-without-users'],
    ],
  ];
  for (const [alibi, warnings] of table) {
    it(`${JSON.stringify(alibi)} → ${JSON.stringify(warnings)}`, () => expect(alibiWarningsOf(alibi)).to.deep.equal(warnings));
  }
  it('keeps obstacles in the content’s order', () => {
    expect(scoreAssessment(answers({}, { obstacles: ['doctors-uninterested', 'time'] })).obstacles).to.deep.equal(['time', 'doctors-uninterested']);
  });
});

describe('payload: only what the team agreed to share', () => {
  const full = answers(
    { gouvernance: dim({ 'gov-consult-suggestions': false, 'gov-collab-committee': true }), formation: dim({}, true) },
    { alibi: { 'lone-user': 'yes' }, obstacles: ['time'] },
  );
  const input = {
    answers: full,
    result: scoreAssessment(full),
    assessedAt: '2026-11-23',
    mode: 'consensus' as const,
    respondentRole: 'coordinatrice',
    actionPlan: [{ dimensionId: 'gouvernance' as const, practiceId: 'gov-partner-vote', who: 'Léa', due: '2027-03-01', means: '' }],
    dimensionLabel: (id: string) => contentFr.dimensions[id as 'gouvernance'].label,
    practiceLabel: (id: string) => contentFr.practices[id]!,
  };

  it('by default: levels and ACI level, nothing else', () => {
    const payload = buildPayload({ ...input, share: defaultShare });
    expect(continuumCheckPayloadSchema.parse(payload)).to.deep.equal(payload);
    expect(payload.aciLevel).to.equal(2);
    expect(payload.dimensions.find((d) => d.id === 'gouvernance')).to.deep.equal({
      id: 'gouvernance',
      label: 'Gouvernance',
      notConcerned: false,
      level: 3,
      practices: [],
    });
    expect(payload.dimensions.find((d) => d.id === 'formation')?.notConcerned).to.be.true;
    expect([payload.alibiWarnings, payload.obstacles, payload.actionPlan]).to.deep.equal([[], [], []]);
    expect(payload).not.to.have.property('respondentRole');
  });

  it('with everything ticked', () => {
    const payload = buildPayload({ ...input, share: { practices: true, alibiWarnings: true, obstacles: true, actionPlan: true, respondentRole: true } });
    expect(continuumCheckPayloadSchema.parse(payload)).to.deep.equal(payload);
    expect(payload.dimensions.find((d) => d.id === 'gouvernance')?.practices).to.deep.equal([
      { id: 'gov-consult-suggestions', level: 2, withUsers: false },
      { id: 'gov-collab-committee', level: 3, withUsers: true },
    ]);
    expect(payload.alibiWarnings).to.deep.equal(['lone-user']);
    expect(payload.obstacles).to.deep.equal(['time']);
    expect(payload.actionPlan).to.deep.equal([
      { dimensionId: 'gouvernance', practiceId: 'gov-partner-vote', label: contentFr.practices['gov-partner-vote'], who: 'Léa', due: '2027-03-01' },
    ]);
    expect(payload.respondentRole).to.equal('coordinatrice');
  });
});

describe('payload: "with usagers" as said, a blank never sent as "without"', () => {
  it('a blank answer is marked unsaid, a statement involving usagers is sent "with", the structure type is sent', () => {
    const given = answers({ gouvernance: dim({ 'gov-consult-suggestions': null, 'gov-info-basics': false, 'gov-collab-committee': false }) });
    const payload = buildPayload({
      answers: given,
      result: scoreAssessment(given, 'cpts'),
      assessedAt: '2026-11-23',
      mode: 'individual',
      structureType: 'cpts',
      actionPlan: [],
      share: { ...defaultShare, practices: true },
      dimensionLabel: (id: string) => contentFr.dimensions[id as 'gouvernance'].label,
      practiceLabel: (id: string) => contentFr.practices[id]!,
    });
    expect(continuumCheckPayloadSchema.parse(payload)).to.deep.equal(payload);
    expect(payload.structureType).to.equal('cpts');
    expect(payload.dimensions.find((d) => d.id === 'gouvernance')!.practices).to.deep.equal([
      { id: 'gov-consult-suggestions', level: 2, withUsers: false, withUsersUnsaid: true },
      { id: 'gov-info-basics', level: 1, withUsers: false },
      { id: 'gov-collab-committee', level: 3, withUsers: true },
    ]);
  });
});
