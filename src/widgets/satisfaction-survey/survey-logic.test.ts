import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { defaultSurveyFr } from './default-survey.js';
import { defaultSurveyEn } from './default-survey.en.js';
import { satisfactionSurveyPayloadSchema, type SurveyDefinition } from './satisfaction-survey.schema.js';
import {
  conditionHolds,
  currentCampaign,
  currentStep,
  definitionSource,
  questionFieldId,
  visibleSections,
  walkSurvey,
  withAnswer,
  type SurveyState,
} from './survey-logic.js';
import { answerProblem, buildAnswers, clampStep, fromDraft, problemIsOnOther, problemText, sectionProblems, stepErrors } from './answer-check.js';
import { checkDefinition } from './definition-check.js';
import { hasStarted } from './kiosk-controller.js';
import { surveyAnswersFr } from './translations/answers.fr.js';
import { frenchSpacing } from '../../core/french-typography.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const definition: SurveyDefinition = {
  id: 'essai',
  title: 'Essai',
  sections: [
    {
      id: 'a',
      title: 'A',
      questions: [
        { id: 'note', type: 'rating', label: 'Note ?' },
        { id: 'pourquoi', type: 'short-text', label: 'Pourquoi ?', showIf: { question: 'note', atMost: 2 } },
        {
          id: 'venue',
          type: 'single',
          label: 'Venue ?',
          options: [
            { id: 'pied', label: 'À pied' },
            { id: 'bus', label: 'En bus' },
          ],
          other: true,
        },
      ],
    },
    {
      id: 'b',
      title: 'B',
      showIf: { question: 'venue', equals: 'bus' },
      questions: [{ id: 'ligne', type: 'short-text', label: 'Quelle ligne ?' }],
    },
    {
      id: 'c',
      title: 'C',
      questions: [
        { id: 'detail', type: 'long-text', label: 'Détail ?', showIf: { question: 'pourquoi', answered: true }, maxLength: 50 },
        { id: 'ok', type: 'yesno', label: 'OK ?', required: true },
        {
          id: 'themes',
          type: 'multiple',
          label: 'Thèmes ?',
          options: [
            { id: 'x', label: 'X' },
            { id: 'y', label: 'Y' },
            { id: 'z', label: 'Z' },
          ],
          maxChoices: 2,
          other: true,
        },
      ],
    },
  ],
};

const state = (answers: SurveyState['answers'], others: SurveyState['others'] = {}): SurveyState => ({ answers, others });

describe('survey logic: show-if conditions', () => {
  it('tests one earlier answer in each way a condition can', () => {
    const answers = { note: 2, venue: 'bus', ok: false, themes: ['x', 'z'] };
    expect(conditionHolds({ question: 'note', atMost: 2 }, answers)).to.be.true;
    expect(conditionHolds({ question: 'note', atMost: 1 }, answers)).to.be.false;
    expect(conditionHolds({ question: 'note', atLeast: 2 }, answers)).to.be.true;
    expect(conditionHolds({ question: 'note', atLeast: 4 }, answers)).to.be.false;
    expect(conditionHolds({ question: 'note', equals: 2 }, answers)).to.be.true;
    expect(conditionHolds({ question: 'venue', equals: 'bus' }, answers)).to.be.true;
    expect(conditionHolds({ question: 'venue', equals: 'pied' }, answers)).to.be.false;
    expect(conditionHolds({ question: 'venue', anyOf: ['pied', 'bus'] }, answers)).to.be.true;
    expect(conditionHolds({ question: 'ok', equals: false }, answers)).to.be.true;
    expect(conditionHolds({ question: 'ok', equals: true }, answers)).to.be.false;
    expect(conditionHolds({ question: 'themes', equals: 'z' }, answers)).to.be.true;
    expect(conditionHolds({ question: 'themes', anyOf: ['y'] }, answers)).to.be.false;
    expect(conditionHolds({ question: 'themes', answered: true }, answers)).to.be.true;
    expect(conditionHolds({ question: 'absent', answered: false }, answers)).to.be.true;
    expect(conditionHolds({ question: 'absent', atMost: 5 }, answers)).to.be.false;
    expect(conditionHolds({ question: 'absent', equals: false }, answers)).to.be.false;
  });

  it('hides questions and steps, and a condition on a hidden question sees no answer', () => {
    const shown = (s: SurveyState) => walkSurvey(definition, s).sections.map((x) => `${x.section.id}:${x.questions.map((q) => q.id).join(',')}`);
    expect(shown(state({}))).to.deep.equal(['a:note,venue', 'c:ok,themes']);
    expect(shown(state({ note: 1, venue: 'bus' }))).to.deep.equal(['a:note,pourquoi,venue', 'b:ligne', 'c:ok,themes']);
    expect(shown(state({ note: 1, pourquoi: 'trop long' }))).to.deep.equal(['a:note,pourquoi,venue', 'c:detail,ok,themes']);
    // The person changed the note: "pourquoi" is hidden, its kept answer no longer shows "detail".
    expect(shown(state({ note: 5, pourquoi: 'trop long' }))).to.deep.equal(['a:note,venue', 'c:ok,themes']);
    expect(walkSurvey(definition, state({ note: 5, pourquoi: 'trop long' })).answers).to.deep.equal({ note: 5 });
    expect(visibleSections(definition, state({ venue: 'pied' }))).to.have.length(2);
  });
});

describe('survey logic: answers that cannot stay as they are', () => {
  const [a, , c] = definition.sections;
  const q = (section: typeof a, id: string) => section!.questions.find((x) => x.id === id)!;

  it('asks for required answers only', () => {
    expect(answerProblem(q(c, 'ok'), state({}))).to.equal('required');
    expect(answerProblem(q(c, 'ok'), state({ ok: false }))).to.be.undefined;
    expect(answerProblem(q(a, 'note'), state({}))).to.be.undefined;
  });
  it('asks to say what "autre" means', () => {
    expect(answerProblem(q(a, 'venue'), state({ venue: 'autre' }))).to.equal('other-missing');
    expect(answerProblem(q(a, 'venue'), state({ venue: 'autre' }, { venue: '  ' }))).to.equal('other-missing');
    expect(answerProblem(q(a, 'venue'), state({ venue: 'autre' }, { venue: 'En vélo' }))).to.be.undefined;
    expect(answerProblem(q(c, 'themes'), state({ themes: ['x', 'autre'] }))).to.equal('other-missing');
  });
  it('refuses too long a text and too many choices', () => {
    expect(answerProblem(q(c, 'detail'), state({ detail: 'x'.repeat(51) }))).to.equal('too-long');
    expect(answerProblem(q(c, 'detail'), state({ detail: `${'x'.repeat(50)}   ` }))).to.be.undefined;
    expect(answerProblem(q(c, 'themes'), state({ themes: ['x', 'y', 'z'] }))).to.equal('too-many');
  });
});

describe('survey logic: what is sent', () => {
  it('sends shown and answered questions only, in order, with labels and the "autre" text', () => {
    const answers = buildAnswers(
      definition,
      state(
        { note: 5, pourquoi: 'caché', venue: 'autre', ok: true, themes: ['autre', 'y'], ligne: 'caché aussi' },
        { venue: '  En vélo ', themes: 'Jardinage' },
      ),
      'Autre, précisez',
    );
    expect(answers).to.deep.equal([
      { questionId: 'note', type: 'rating', section: 'a', label: 'Note ?', value: 5 },
      { questionId: 'venue', type: 'single', section: 'a', label: 'Venue ?', value: 'autre', valueLabels: ['Autre, précisez'], other: 'En vélo' },
      { questionId: 'ok', type: 'yesno', section: 'c', label: 'OK ?', value: true },
      {
        questionId: 'themes',
        type: 'multiple',
        section: 'c',
        label: 'Thèmes ?',
        value: ['y', 'autre'],
        valueLabels: ['Y', 'Autre, précisez'],
        other: 'Jardinage',
      },
    ]);
    const payload = { campaign: '2026-T4', surveyId: 'essai', surveyTitle: 'Essai', kiosk: false, answers };
    expect(z.safeParse(satisfactionSurveyPayloadSchema, payload).success).to.be.true;
  });

  it('trims texts and leaves out empty ones', () => {
    const answers = buildAnswers(definition, state({ note: 1, pourquoi: '  trop d’attente  ', ok: false, ligne: '   ' }), 'Autre');
    expect(answers.map((a) => [a.questionId, a.value])).to.deep.equal([
      ['note', 1],
      ['pourquoi', 'trop d’attente'],
      ['ok', false],
    ]);
  });

  it('the payload schema refuses a value of the wrong type for its question', () => {
    const bad = {
      campaign: '2026-T4',
      surveyId: 'essai',
      surveyTitle: 'Essai',
      kiosk: false,
      answers: [{ questionId: 'note', type: 'rating', label: 'Note ?', value: 7 }],
    };
    const result = z.safeParse(satisfactionSurveyPayloadSchema, bad);
    expect(result.success).to.be.false;
    const yesnoAsText = { ...bad, answers: [{ questionId: 'ok', type: 'yesno', label: 'OK ?', value: 'oui' }] };
    expect(z.safeParse(satisfactionSurveyPayloadSchema, yesnoAsText).success).to.be.false;
  });

  it('files answers under the current quarter by default', () => {
    expect(currentCampaign(new Date(2026, 0, 15))).to.equal('2026-T1');
    expect(currentCampaign(new Date(2026, 10, 23))).to.equal('2026-T4');
  });
});

describe('survey logic: definitions explain what is wrong', () => {
  const problemsOf = (input: unknown) => {
    const result = checkDefinition(input);
    expect(result.ok, 'definition should be refused').to.be.false;
    return result.ok ? [] : result.problems;
  };

  it('accepts the default questionnaire, in French and English, with the same ids', () => {
    expect(checkDefinition(defaultSurveyFr).ok).to.be.true;
    expect(checkDefinition(defaultSurveyEn).ok).to.be.true;
    const ids = (d: SurveyDefinition) =>
      d.sections.map((s) => [s.id, s.questions.map((q) => [q.id, q.type, 'options' in q ? q.options.map((o) => o.id) : []])]);
    expect(ids(defaultSurveyEn)).to.deep.equal(ids(defaultSurveyFr));
    const needs = defaultSurveyFr.sections.flatMap((s) => s.questions).find((q) => q.id === 'needs');
    expect(needs?.type).to.equal('multiple');
  });

  it('names the question and the field of a shape problem', () => {
    const input = clone(definition) as unknown as { sections: Array<{ questions: Array<Record<string, unknown>> }> };
    input.sections[0]!.questions[2]!.type = 'dropdown';
    input.sections[2]!.questions[1]!.label = '';
    const problems = problemsOf(input);
    expect(problems.map((p) => p.path)).to.deep.equal(['definition.sections[0].questions[2].type', 'definition.sections[2].questions[1].label']);
    expect(problems[0]!.expected).to.match(/^question « venue » : un "type" parmi "rating"/);
    expect(problems[0]!.found).to.equal('"dropdown"');
    expect(problems[1]!.expected).to.equal('question « ok » : un libellé non vide');
  });

  it('refuses unknown keys, a missing title and the reserved option id', () => {
    const input = clone(definition) as unknown as Record<string, unknown> & { sections: Array<{ questions: Array<Record<string, unknown>> }> };
    delete input.title;
    input.sections[0]!.questions[0]!.requird = true;
    input.sections[0]!.questions[2]!.options = [
      { id: 'autre', label: 'Autre' },
      { id: 'bus', label: 'Bus' },
    ];
    const problems = problemsOf(input);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath['definition.title']?.expected).to.contain('ou ses traductions');
    expect(byPath['definition.sections[0].questions[0]']?.found).to.equal('"requird"');
    expect(byPath['definition.sections[0].questions[0]']?.expected).to.contain('question « note »');
    expect(byPath['definition.sections[0].questions[2].options[0].id']?.expected).to.contain('réservé');
  });

  it('checks conditions against the questions asked before', () => {
    const input = clone(definition);
    const [a, b, c] = input.sections;
    a!.questions[1]!.showIf = { question: 'detail', answered: true }; // a later question
    b!.showIf = { question: 'venue', equals: 'velo' }; // not an option
    c!.questions[0]!.showIf = { question: 'note', anyOf: ['x'] }; // a rating has no options
    c!.questions[1]!.showIf = { question: 'venue', equals: 'bus', answered: true }; // two tests
    c!.questions[2]!.showIf = { question: 'ok', atLeast: 3 }; // not a rating
    const problems = problemsOf(input);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'definition.sections[0].questions[1].showIf.question',
      'definition.sections[1].showIf.equals',
      'definition.sections[2].questions[0].showIf.anyOf',
      'definition.sections[2].questions[1].showIf',
      'definition.sections[2].questions[2].showIf.atLeast',
    ]);
    expect(problems[0]!.expected).to.equal('question « pourquoi » : l’id d’une question posée avant elle');
    expect(problems[1]!.expected).to.equal('section « b » : la question « venue » (single) attend un de ses id d’option (pied, bus, autre)');
    expect(problems[1]!.found).to.equal('"velo"');
  });

  it('refuses duplicate ids and choices beyond the options', () => {
    const input = clone(definition);
    input.sections[1]!.id = 'a';
    input.sections[2]!.questions[1]!.id = 'note';
    const themes = input.sections[2]!.questions[2]!;
    if (themes.type === 'multiple') themes.maxChoices = 9;
    const problems = problemsOf(input);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'definition.sections[1].id',
      'definition.sections[2].questions[1].id',
      'definition.sections[2].questions[2].maxChoices',
    ]);
    expect(problems[1]!.found).to.equal('"note" (en double)');
  });
});

describe('survey logic: a step that cannot go on', () => {
  const texts = surveyAnswersFr.problems;
  const stepOf = (s: SurveyState, id: string) => visibleSections(definition, s).find((x) => x.section.id === id)!;

  it('lists the problems of the shown questions only, in order', () => {
    const s = state({ note: 5, pourquoi: 'x'.repeat(500), themes: ['x', 'y', 'z'] });
    expect(sectionProblems(stepOf(s, 'a'), s), '"pourquoi" is hidden by the good note').to.deep.equal([]);
    expect(sectionProblems(stepOf(s, 'c'), s).map((p) => [p.question.id, p.problem])).to.deep.equal([
      ['ok', 'required'],
      ['themes', 'too-many'],
    ]);
  });

  it('puts a problem of the "autre" text on that text, every other on the answer', () => {
    const [a, , c] = definition.sections;
    const venue = a!.questions[2]!;
    const detail = c!.questions[0]!;
    expect(problemIsOnOther(venue, 'other-missing')).to.be.true;
    expect(problemIsOnOther(venue, 'too-long'), 'a choice has no text but the "autre" one').to.be.true;
    expect(problemIsOnOther(venue, 'required')).to.be.false;
    expect(problemIsOnOther(detail, 'too-long'), 'a long text is its own field').to.be.false;
    expect(questionFieldId(venue)).to.equal('q-venue');
    expect(questionFieldId(venue, true)).to.equal('q-venue-other');
  });

  it('says each problem in the person’s words, with the limit that applies', () => {
    const [a, , c] = definition.sections;
    expect(problemText(c!.questions[1]!, 'required', texts), 'a yes/no: nothing to write').to.equal('Choisissez une réponse.');
    expect(problemText(a!.questions[0]!, 'required', texts), 'five faces').to.equal('Choisissez un visage.');
    expect(problemText(c!.questions[0]!, 'required', texts), 'a text').to.equal('Écrivez une réponse.');
    expect(problemText(c!.questions[2]!, 'too-many', texts)).to.equal('Choisissez au plus 2 réponses.');
    expect(problemText(c!.questions[0]!, 'too-long', texts)).to.contain('50 caractères');
    expect(problemText(a!.questions[2]!, 'too-long', texts), 'the "autre" text').to.contain('300 caractères');
    expect(problemText(a!.questions[2]!, 'other-missing', texts)).to.equal(frenchSpacing('Précisez votre réponse « autre ».'));
  });

  it('gives each error the id of the field the summary links to', () => {
    const s = state({ venue: 'autre', ok: true, themes: ['autre'] }, { themes: 'x'.repeat(301) });
    expect(stepErrors(stepOf(s, 'a'), s, texts).map((e) => [e.fieldId, e.problem])).to.deep.equal([['q-venue-other', 'other-missing']]);
    const errors = stepErrors(stepOf(s, 'c'), s, texts);
    expect(errors.map((e) => [e.fieldId, e.problem, e.message])).to.deep.equal([
      ['q-themes-other', 'too-long', frenchSpacing('Votre réponse dépasse 300 caractères : raccourcissez-la.')],
    ]);
  });
});

describe('survey logic: steps, answers and the definition setting', () => {
  it('finds the current step among those shown now', () => {
    const shown = currentStep(definition, state({ venue: 'bus' }), 1);
    expect([shown.index, shown.current.section.id, shown.sections.length]).to.deep.equal([1, 'b', 3]);
    // "bus" changed to "pied": step b is hidden, the same index now points to c, and past the end stays on the last.
    expect(currentStep(definition, state({ venue: 'pied' }), 1).current.section.id).to.equal('c');
    expect(currentStep(definition, state({}), 5).current.section.id).to.equal('c');
  });

  it('keeps a restored step within the steps shown now', () => {
    expect(clampStep(2, definition, state({})), 'two steps shown').to.equal(1);
    expect(clampStep(2, definition, state({ venue: 'bus' }))).to.equal(2);
    expect(clampStep(-1, definition, state({}))).to.equal(0);
  });

  it('takes back a draft: its answers (an old draft without "others" too) and its step within those shown now', () => {
    expect(fromDraft({ step: 2, answers: {} }, definition)).to.deep.equal({ answers: state({}), step: 1 });
    const back = fromDraft({ step: 2, answers: { venue: 'bus' }, others: { venue: 'x' } }, definition);
    expect(back).to.deep.equal({ answers: state({ venue: 'bus' }, { venue: 'x' }), step: 2 });
  });

  it('knows whether the person has begun', () => {
    expect(hasStarted(0, state({}))).to.be.false;
    expect(hasStarted(1, state({}))).to.be.true;
    expect(hasStarted(0, state({ note: 3 }))).to.be.true;
    expect(hasStarted(0, state({}, { venue: 'à vélo' }))).to.be.true;
  });

  it('changes one answer without touching the others, and removes an emptied one', () => {
    const before = state({ note: 3, venue: 'bus' }, { venue: 'x' });
    const after = withAnswer(before, 'note', 5);
    expect(after).to.deep.equal(state({ note: 5, venue: 'bus' }, { venue: 'x' }));
    expect(before.answers.note, 'a new state, the old one unchanged').to.equal(3);
    expect(withAnswer(after, 'venue', undefined).answers).to.deep.equal({ note: 5 });
  });

  it('reads the definition setting: default, address or object, else says why', () => {
    expect(definitionSource(undefined)).to.deep.equal({ ok: true, source: { kind: 'default' } });
    expect(definitionSource('https://exemple.fr/questionnaire.json')).to.deep.equal({
      ok: true,
      source: { kind: 'url', url: 'https://exemple.fr/questionnaire.json' },
    });
    expect(definitionSource('/questionnaire.json')).to.deep.include({ ok: true });
    // An object is passed on as it is: checkDefinition (definition-check.ts) checks it on its way in.
    expect(definitionSource(definition)).to.deep.equal({ ok: true, source: { kind: 'object', definition } });
    const notAnAddress = definitionSource('javascript:alert(1)');
    expect(notAnAddress.ok).to.be.false;
    expect(!notAnAddress.ok && notAnAddress.problems.map((p) => p.path)).to.deep.equal(['definition']);
    const bad = checkDefinition({ ...definition, sections: [] });
    expect(!bad.ok && bad.problems[0]!.path).to.equal('definition.sections');
  });
});
