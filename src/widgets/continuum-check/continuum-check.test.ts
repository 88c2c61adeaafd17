import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport, writeFile } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TestCollector, freshDbName, waitFor } from '../../../test/helpers/collector.js';
import type { MspSubmittedEvent } from '../../core/events.js';
import { LocalStore } from '../../core/storage.js';
import { coreFr } from '../../core/translations/fr.js';
import { continuumCheckPayloadSchema, type AnswerFile } from './continuum-check.schema.js';
import { HISTORY_NAMESPACE } from '../../contracts/continuum-history.js';
import type { MspContinuumCheck } from './continuum-check.component.js';
import type { SavedAssessment } from './continuum-check.state.js';
import './continuum-check.js';
import { obstacleIds } from './continuum-content.js';
import { createAnswerFile } from './continuum-merge.js';
import { contentFr } from './continuum-content.fr.js';
import { continuumCheckFr } from './translations/fr.js';
import { continuumCheckEn } from './translations/en.js';
import { continuumLaterEn } from './translations/later.en.js';
import { continuumLaterFr } from './translations/later.fr.js';

/** The self-check's French: the start screen's strings and the later screens' (two catalogues). */
const fr = { ...continuumCheckFr, ...continuumLaterFr };

interface Options {
  endpoint?: string;
  dbName?: string;
  lang?: string;
  structure?: string;
}

async function render(options: Options = {}): Promise<MspContinuumCheck> {
  const el = await fixture<MspContinuumCheck>(
    html`<msp-continuum-check
      db-name=${options.dbName ?? freshDbName('continuum')}
      endpoint=${ifDefined(options.endpoint)}
      lang=${ifDefined(options.lang)}
      structure-name=${options.structure ?? 'MSP des Tilleuls'}
      .config=${{ minSecondsToSubmit: 0, recipientName: 'la Fédération régionale' }}
    ></msp-continuum-check>`,
  );
  await el.restored;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: MspContinuumCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: MspContinuumCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const activeId = (el: MspContinuumCheck) => el.shadowRoot!.activeElement?.id ?? '';

async function click(el: MspContinuumCheck, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
  await el.updateComplete;
}

/**
 * Ticks a practice in the current step, and says whether it was built with usagers — when the question
 * is asked: a practice whose statement involves usagers (a users' committee) does not ask it.
 */
/** The text with French no-break spaces (before : ; ! ?) read as plain spaces. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function tick(el: MspContinuumCheck, practiceId: string, withUsers?: boolean): Promise<void> {
  await click(el, `#p-${practiceId}`);
  if (withUsers !== undefined && $(el, `#w-${practiceId}-yes`)) await click(el, `#w-${practiceId}-${withUsers ? 'yes' : 'no'}`);
}

/** Goes through the steps from the start screen, ticking as told, up to the results. */
async function answer(
  el: MspContinuumCheck,
  plan: { practices?: Record<string, Array<[string, boolean?]>>; notConcerned?: string[]; alibi?: Record<string, 'yes' | 'no' | 'na'>; obstacles?: string[] },
): Promise<void> {
  await click(el, '#start');
  for (const id of ['diagnostics', 'sante-publique', 'accompagnement', 'gouvernance', 'evaluation', 'formation']) {
    if (plan.notConcerned?.includes(id)) await click(el, `#nc-${id}`);
    for (const [practiceId, withUsers] of plan.practices?.[id] ?? []) await tick(el, practiceId, withUsers);
    await click(el, '#next');
  }
  for (const [check, value] of Object.entries(plan.alibi ?? {})) {
    const index = ['yes', 'no', 'na'].indexOf(value);
    await click(el, `#alibi-${check}-${index}`);
  }
  await click(el, '#next');
  for (const obstacle of plan.obstacles ?? []) await click(el, `#obstacles input[value="${obstacle}"]`);
  await click(el, '#next');
  expect($(el, '#results-title'), 'results shown').to.exist;
}

const typical = {
  practices: {
    diagnostics: [['diag-info-announce'] as [string]],
    gouvernance: [
      ['gov-consult-suggestions', false],
      ['gov-collab-committee', true],
    ] as Array<[string, boolean]>,
    evaluation: [['eval-consult-satisfaction', false]] as Array<[string, boolean]>,
    accompagnement: [['acc-collab-etp', false]] as Array<[string, boolean]>,
  },
  notConcerned: ['formation'],
  alibi: { 'lone-user': 'yes', 'no-feedback': 'no', 'decisions-without-users': 'yes', 'mixed-listening-group': 'na' } as Record<string, 'yes' | 'no' | 'na'>,
  obstacles: ['time', 'vulnerable-absent'],
};

/** Levels read from the chart: each bar's width divided by the chart's level unit ("" when not concerned). */
function chartLevels(el: MspContinuumCheck): Record<string, string> {
  const svg = $(el, 'svg.chart')!;
  const unit = Number(svg.getAttribute('data-unit'));
  return Object.fromEntries(
    $$(el, 'svg.chart g.row').map((row) => {
      const bar = row.querySelector('rect')!;
      const notConcerned = bar.classList.contains('not-concerned');
      return [row.getAttribute('data-dimension')!, notConcerned ? '—' : String(Number(bar.getAttribute('width')) / unit)];
    }),
  );
}

/** Levels read from the data table. */
function tableLevels(el: MspContinuumCheck): Record<string, string> {
  return Object.fromEntries(
    $$(el, 'table.chart-table tbody tr').map((row) => [row.dataset['dimension']!, row.querySelector('.level-number')!.textContent!.trim()]),
  );
}

describe('msp-continuum-check: accessibility in every state', () => {
  it('start screen', async () => {
    const el = await render();
    expect($(el, '#start')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a dimension with practices ticked, with and without usagers', async () => {
    const el = await render();
    await click(el, '#start');
    await tick(el, 'diag-info-announce', false);
    await tick(el, 'diag-collab-enlist');
    // Its statement involves usagers: no "with or without" question, it says so instead.
    expect($(el, '#w-diag-collab-enlist-yes')).to.be.null;
    expect($(el, '#w-diag-info-announce-yes')).to.exist;
    expect($(el, '.with-users-included')!.textContent).to.equal(fr.withUsersIncluded);
    await expect(el).to.be.accessible();
  });

  it('a dimension marked "not concerned"', async () => {
    const el = await render();
    await click(el, '#start');
    await click(el, '#nc-diagnostics');
    // Only the needs survey stays, for the ACI; the other cells are hidden.
    expect($(el, '.level-group:not(.aci-only)')).to.be.null;
    expect($(el, '#p-diag-consult-survey')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('alibi checks and obstacles steps', async () => {
    const el = await render();
    await click(el, '#start');
    for (let i = 0; i < 6; i++) await click(el, '#next');
    expect($(el, '#alibi-lone-user')).to.exist;
    await click(el, '#alibi-lone-user-0');
    await expect(el).to.be.accessible();
    await click(el, '#next');
    expect($(el, '#obstacles')).to.exist;
    await click(el, '#obstacles input[value="time"]');
    await expect(el).to.be.accessible();
  });

  it('results with warnings, levers, next steps and an action plan', async () => {
    const el = await render();
    await answer(el, typical);
    await click(el, '#plan-add-gov-partner-vote');
    expect($(el, '#plan-gov-partner-vote-who')).to.exist;
    expect($$(el, '[data-warning]').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('a wrong configuration: a notice instead of the questionnaire', async () => {
    const el = await fixture<MspContinuumCheck>(
      html`<msp-continuum-check db-name=${freshDbName('bad')} .config=${{ recipientName: 42 }}></msp-continuum-check>`,
    );
    expect($(el, '[part="config-notice"]')!.textContent).to.contain('recipientName');
    expect($(el, '#start')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('results in English', async () => {
    const el = await render({ lang: 'en' });
    await waitFor(() => $(el, '#start')?.textContent?.includes('Answer on my own') ?? false, 5000, 'English strings');
    await answer(el, typical);
    expect($(el, '#results-title')!.textContent).to.equal('Results');
    expect($(el, '.aci-level')!.textContent).to.equal('Level 2 reached');
    await expect(el).to.be.accessible();
  });

  it('the merge screen, before any file is imported', async () => {
    const el = await render();
    await click(el, '#start-merge');
    expect(activeId(el)).to.equal('merge-title');
    expect($(el, '#merge-files')).to.exist;
    expect($(el, '.merge-table')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('results saved once: the status says so, the history says it is the first', async () => {
    const el = await render();
    await answer(el, typical);
    await click(el, '#save-assessment');
    await waitFor(() => $(el, '.status')!.textContent === fr.assessmentSaved, 5000, 'saved to the history');
    expect($(el, '.history')!.textContent).to.contain(fr.historyFirst);
    await expect(el).to.be.accessible();
  });
});

describe('msp-continuum-check: parts', () => {
  it('every button carries the button part, with its kind', async () => {
    const el = await render();
    const seen: string[] = [];
    const collect = () => seen.push(...$$(el, 'button').map((b) => `${b.id}:${b.getAttribute('part') ?? ''}`));
    collect();
    await click(el, '#start-merge');
    collect();
    await click(el, '#merge-back');
    await answer(el, { practices: { gouvernance: [['gov-consult-suggestions', false]] } });
    await click(el, '#plan-add-gov-collab-committee');
    collect();
    await click(el, '#edit');
    collect();
    expect(seen).to.have.length(12);
    for (const entry of seen) expect(entry.split(':')[1]!.split(' '), entry).to.include('button');
    expect(seen).to.include.members([
      'start:button',
      'start-merge:button secondary',
      'save-later:button link',
      'next:button',
      'print:button secondary',
      'new:button link',
    ]);
  });
});

describe('msp-continuum-check: results', () => {
  it('levels, ACI level with its reasons, alibi warnings and levers follow the answers', async () => {
    const el = await render();
    await answer(el, typical);
    // The ETP collaboration counts: its statement involves usagers, whatever was said about them.
    expect(tableLevels(el)).to.deep.equal({ diagnostics: '1', 'sante-publique': '0', accompagnement: '3', gouvernance: '3', evaluation: '2', formation: '—' });
    expect($(el, '.aci-level')!.textContent).to.equal(fr.aciLevel[2]);
    expect($$(el, '.aci [data-reason]').map((li) => li.dataset['reason'])).to.deep.equal(['n1-tools', 'n1-measure', 'n2-coconstruction']);
    expect($$(el, '[data-warning]').map((li) => li.dataset['warning'])).to.deep.equal(['lone-user', 'no-feedback']);
    expect($$(el, '[data-obstacle]').map((d) => d.dataset['obstacle'])).to.deep.equal(['time', 'vulnerable-absent']);
    expect($(el, '[data-obstacle="time"] dd')!.textContent).to.contain(contentFr.obstacles.time.lever);
    expect($$(el, '.next-steps [data-dimension="accompagnement"] [data-practice]').map((li) => li.dataset['practice'])).to.deep.equal([
      'acc-partner-etp',
      'acc-partner-resource',
      'acc-partner-peers',
    ]);
    // Each next step says how, with its fiches, and names the widget that helps.
    const committeeStep = $(el, '.next-steps [data-practice="gov-partner-vote"] .step-help')!.textContent!;
    expect(committeeStep).to.contain(contentFr.how['gov-partner-vote']);
    expect(plainSpaces(committeeStep)).to.contain('fiches n° 1, 5 et 14');
    expect($$(el, '.next-steps [data-dimension="gouvernance"] [data-practice]').map((li) => li.dataset['practice'])).to.deep.equal([
      'gov-partner-vote',
      'gov-lead',
    ]);
    expect($(el, '.next-steps [data-dimension="formation"]')!.textContent).to.contain(fr.nextStepsNone);
  });

  it('the chart and its table hold the same numbers, read from the DOM', async () => {
    const el = await render();
    await answer(el, {
      practices: {
        diagnostics: [['diag-partner-team', true]],
        'sante-publique': [['sp-consult-habits', false]],
        accompagnement: [['acc-info-outreach']],
        gouvernance: [['gov-lead', true]],
        evaluation: [['eval-collab-enlist', true]],
      },
      notConcerned: ['formation'],
    });
    const expected = { diagnostics: '4', 'sante-publique': '2', accompagnement: '1', gouvernance: '4', evaluation: '3', formation: '—' };
    expect(chartLevels(el)).to.deep.equal(expected);
    expect(tableLevels(el)).to.deep.equal(expected);
    // The words and the chart's description say the same.
    const desc = plainSpaces($(el, 'svg.chart desc')!.textContent!);
    expect(desc).to.contain(`${contentFr.dimensions.evaluation.label} : 3 (Collaboration)`);
    expect(desc).to.contain(`${contentFr.dimensions.formation.label} : non concernée`);
    expect($(el, '.level-words [data-dimension="gouvernance"]')!.textContent).to.contain(fr.leadership);
    const svg = $(el, 'svg.chart')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal(fr.chartTitle);
  });
});

describe('msp-continuum-check: keyboard only', () => {
  async function tabTo(el: MspContinuumCheck, id: string, max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (activeId(el) === id) return;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(`Tab never reached #${id} (at #${activeId(el)})`);
  }

  it('completes the questionnaire and sees the results with the keyboard alone', async () => {
    const el = await render();
    el.focus();
    await tabTo(el, 'start');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(activeId(el), 'focus moves to the step title').to.equal('step-title');
    // Diagnostics: a survey built with usagers.
    await tabTo(el, 'p-diag-consult-survey');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await tabTo(el, 'w-diag-consult-survey-yes');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await tabTo(el, 'next');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Public health: "not concerned".
    await tabTo(el, 'nc-sante-publique');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    for (let step = 1; step < 6; step++) {
      await tabTo(el, 'next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    // Alibi: first answer of the first question, then arrow to "Non".
    await tabTo(el, 'alibi-lone-user-0');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await tabTo(el, 'next');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo(el, 'obstacles-0');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await tabTo(el, 'next');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(activeId(el)).to.equal('results-title');
    expect(tableLevels(el)).to.deep.include({ diagnostics: '2', 'sante-publique': '—' });
    expect($$(el, '[data-warning]')).to.have.length(0);
    expect($$(el, '[data-obstacle]').map((d) => d.dataset['obstacle'])).to.deep.equal([obstacleIds[0]]);
    // Choose a next step and fill who carries it.
    await tabTo(el, 'plan-add-diag-collab-enlist', 120);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await tabTo(el, 'plan-diag-collab-enlist-who', 120);
    await sendKeys({ type: 'Léa' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#plan-diag-collab-enlist-who')!.value).to.equal('Léa');
  });
});

describe('msp-continuum-check: save and resume', () => {
  it('keeps the answers and the step on this device, and resumes there', async () => {
    const dbName = freshDbName('resume');
    const el = await render({ dbName });
    await click(el, '#start');
    await tick(el, 'diag-info-announce', true);
    await click(el, '#next');
    await tick(el, 'sp-consult-project', true);
    await click(el, '#save-later');
    await waitFor(() => $(el, '.status')!.textContent === fr.savedForLater, 5000, 'the saved message');
    el.remove();

    const again = await render({ dbName });
    expect($(again, '.status')!.textContent).to.equal(fr.resumed);
    expect($(again, '#step-title')!.textContent).to.equal(contentFr.dimensions['sante-publique'].label);
    expect($<HTMLInputElement>(again, '#p-sp-consult-project')!.checked).to.be.true;
    expect($<HTMLInputElement>(again, '#w-sp-consult-project-yes')!.checked).to.be.true;
    await click(again, '#previous');
    expect($<HTMLInputElement>(again, '#p-diag-info-announce')!.checked).to.be.true;
  });

  it('resumes an English draft with English words: the later screens’ catalogue in the widget’s language', async () => {
    const dbName = freshDbName('resume-en');
    const el = await render({ dbName, lang: 'en' });
    expect($(el, '#start')!.textContent!.trim()).to.equal(continuumCheckEn.startIndividual);
    await click(el, '#start');
    await tick(el, 'diag-info-announce', true);
    expect($(el, '.progress')!.textContent).to.equal(continuumLaterEn.stepOf(1, 8));
    await click(el, '#save-later');
    await waitFor(() => $(el, '.status')!.textContent === continuumLaterEn.savedForLater, 5000, 'the saved message');
    el.remove();

    const again = await render({ dbName, lang: 'en' });
    expect($(again, '.status')!.textContent).to.equal(continuumLaterEn.resumed);
    expect($(again, '#previous, #next')!.textContent!.trim()).to.be.oneOf([continuumLaterEn.previous, continuumLaterEn.next]);
  });

  it('leaves aside a draft that does not fit (another version), and starts afresh', async () => {
    const dbName = freshDbName('old-draft');
    await (
      await LocalStore.open(dbName)
    ).putDocument('draft', `continuum-check:${location.pathname}`, { view: 'step', step: 2, answers: { dimensions: 'old' } });
    const el = await render({ dbName });
    expect($(el, '#start')).to.exist;
    expect($(el, '.status')!.textContent).to.equal('');
  });

  it('keeps past assessments with their action plan, shows the plan again and the progress side by side', async () => {
    const dbName = freshDbName('history');
    const first = await render({ dbName });
    await answer(first, { practices: { gouvernance: [['gov-consult-suggestions', false]] } });
    await click(first, '#plan-add-gov-collab-committee');
    const who = $<HTMLInputElement>(first, '#plan-gov-collab-committee-who')!;
    who.value = 'Coordinatrice';
    who.dispatchEvent(new Event('input'));
    const due = $<HTMLInputElement>(first, '#plan-gov-collab-committee-due')!;
    due.value = '2027-03-31';
    due.dispatchEvent(new Event('input'));
    await click(first, '#save-assessment');
    await waitFor(() => $(first, '.status')!.textContent === fr.assessmentSaved, 5000, 'saved to the history');
    const stored = await (await LocalStore.open(dbName)).listDocuments<SavedAssessment>(HISTORY_NAMESPACE);
    expect(stored).to.have.length(1);
    expect(stored[0]!.value.actionPlan).to.deep.equal([
      { dimensionId: 'gouvernance', practiceId: 'gov-collab-committee', who: 'Coordinatrice', due: '2027-03-31', means: '' },
    ]);
    // The whole assessment as a self-check payload, for the results view: valid by the collector's own schema.
    const payload = stored[0]!.value.payload;
    expect(continuumCheckPayloadSchema.safeParse(payload).success).to.be.true;
    expect(payload!.dimensions.find((d) => d.id === 'gouvernance')!.level).to.equal(2);
    expect(payload!.actionPlan[0]).to.include({ practiceId: 'gov-collab-committee', who: 'Coordinatrice', due: '2027-03-31' });
    await click(first, '#new');
    first.remove();

    const next = await render({ dbName });
    const summary = $(next, '.plan-summary')!;
    expect(summary.textContent).to.contain(contentFr.practices['gov-collab-committee']);
    expect(summary.textContent).to.contain('Coordinatrice');
    expect($(next, '.history-table')).to.exist;
    await expect(next).to.be.accessible();
    // The team updates its last assessment: the earlier answers are there, it adds the committee.
    await click(next, '#start-from-last');
    for (let i = 0; i < 3; i++) await click(next, '#next');
    expect($<HTMLInputElement>(next, '#p-gov-consult-suggestions')!.checked).to.be.true;
    await tick(next, 'gov-collab-committee', true);
    for (let i = 0; i < 5; i++) await click(next, '#next');
    const govRow = $$(next, '.history-table tbody tr').find((tr) => tr.querySelector('th')!.textContent === contentFr.dimensions.gouvernance.label)!;
    expect([...govRow.querySelectorAll('td')].map((td) => td.textContent!.trim())).to.deep.equal(['2 – Consultation', '3 – Collaboration']);
    await expect(next).to.be.accessible();
  });
});

describe('msp-continuum-check: individual answers, then consensus', () => {
  const memberFile = (role: string, practices: Record<string, boolean | null>, notConcerned = false): AnswerFile =>
    createAnswerFile(
      { dimensions: { gouvernance: { notConcerned, practices } }, alibi: { 'no-feedback': 'no' }, obstacles: ['time'] },
      { assessedAt: '2026-11-20', respondentRole: role },
    );

  async function importFiles(el: MspContinuumCheck, files: Array<{ name: string; content: string }>): Promise<void> {
    const input = $<HTMLInputElement>(el, '#merge-files')!;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(new File([file.content], file.name, { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitFor(() => $(el, '.status')!.textContent!.length > 0, 5000, 'the import');
    await el.updateComplete;
  }

  it('exports a member’s answers as a file the merge reads back', async () => {
    const el = await render();
    const role = $<HTMLInputElement>(el, '#role')!;
    role.value = 'infirmière';
    role.dispatchEvent(new Event('input'));
    await answer(el, { practices: { gouvernance: [['gov-collab-committee', true]] } });
    const file = el.answerFile()!;
    expect(file).to.deep.include({ format: 'msp-continuum-answers', version: 1, respondentRole: 'infirmière', structure: 'MSP des Tilleuls' });
    expect(file.answers.dimensions.gouvernance).to.deep.equal({ notConcerned: false, practices: { 'gov-collab-committee': true } });

    const team = await render();
    await click(team, '#start-merge');
    await importFiles(team, [
      { name: 'infirmiere.json', content: JSON.stringify(file) },
      { name: 'medecin.json', content: JSON.stringify(memberFile('médecin', { 'gov-consult-suggestions': false })) },
      { name: 'notes.json', content: '{"pas": "un fichier de réponses"}' },
    ]);
    expect($(team, '#merge-files-message')!.textContent).to.contain('notes.json');
    const gov = $(team, '.merge-table tr[data-dimension="gouvernance"]')!;
    expect(gov.dataset['agreement']).to.equal('close');
    expect([...gov.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal(['3 – Collaboration', '2 – Consultation', 'Proche']);
    await expect(team).to.be.accessible();
  });

  it('shows where members differ and lets the team settle one shared assessment', async () => {
    const el = await render();
    await click(el, '#start-merge');
    await importFiles(el, [
      { name: 'a.json', content: JSON.stringify(memberFile('coordinatrice', { 'gov-info-minutes': false })) },
      { name: 'b.json', content: JSON.stringify(memberFile('représentant des usagers', { 'gov-info-minutes': null, 'gov-partner-vote': true })) },
      { name: 'c.json', content: JSON.stringify(memberFile('médecin', {}, true)) },
    ]);
    expect($(el, '.merge-table tr[data-dimension="gouvernance"]')!.dataset['agreement']).to.equal('differ');
    await click(el, '#merge-build');
    // Step 4 is governance: the note says who said what, and what is disputed.
    for (let i = 0; i < 3; i++) await click(el, '#next');
    expect($(el, '#step-title')!.textContent).to.equal(contentFr.dimensions.gouvernance.label);
    const note = $(el, '.consensus-note')!;
    expect(plainSpaces(note.textContent!)).to.contain('Membre 2 (représentant des usagers) : Partenariat');
    expect(plainSpaces(note.textContent!)).to.contain('Membre 3 (médecin) : non concernée');
    expect(note.textContent).to.contain(fr.agreement.differ);
    expect(note.textContent).to.contain(contentFr.practices['gov-partner-vote']);
    await expect(el).to.be.accessible();
    // The proposal: minutes (2 of 3 ticked), not the vote (1 of 3). The team decides to add the vote.
    expect($<HTMLInputElement>(el, '#p-gov-info-minutes')!.checked).to.be.true;
    expect($<HTMLInputElement>(el, '#p-gov-partner-vote')!.checked).to.be.false;
    await tick(el, 'gov-partner-vote', true);
    for (let i = 0; i < 5; i++) await click(el, '#next');
    expect($(el, '.report-meta')!.textContent).to.contain(fr.modeLabel.consensus);
    expect(tableLevels(el)['gouvernance']).to.equal('4');
    expect($$(el, '[data-warning]').map((li) => li.dataset['warning'])).to.deep.equal(['no-feedback']);
  });
});

describe('msp-continuum-check: print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('renders a full report for A4: date and structure, no buttons, at most two pages', async function () {
    // The longest scenario (four past assessments, every obstacle, six steps in the plan, a picture drawn):
    // more than the default 30 s on a shared, loaded machine.
    this.timeout(120_000);
    // The longest report: four past assessments, every obstacle, every alibi warning, six steps in the plan.
    const dbName = freshDbName('print');
    const store = await LocalStore.open(dbName);
    for (const [index, assessedAt] of ['2025-01-10', '2025-06-12', '2025-11-20', '2026-05-04'].entries()) {
      const past: SavedAssessment = {
        id: `past-${index}`,
        savedAt: `${assessedAt}T10:00:00.000Z`,
        assessedAt,
        mode: 'consensus',
        answers: { dimensions: {}, alibi: {}, obstacles: [] },
        levels: {
          diagnostics: (index % 3) as 0 | 1 | 2,
          'sante-publique': 1,
          accompagnement: 2,
          gouvernance: Math.min(index + 1, 4) as 1,
          evaluation: 2,
          formation: null,
        },
        aciLevel: 1,
        actionPlan: [],
      };
      await store.putDocument(HISTORY_NAMESPACE, past.id, past);
    }
    const el = await render({ structure: 'Maison de santé des Tilleuls', dbName });
    await answer(el, {
      ...typical,
      alibi: { 'lone-user': 'yes', 'mixed-listening-group': 'yes', 'no-feedback': 'no', 'decisions-without-users': 'no' },
      obstacles: [
        'recruitment',
        'fear-of-criticism',
        'how-to-start',
        'time',
        'representativeness',
        'funding',
        'loss-of-control',
        'unclear-roles',
        'confidentiality',
        'no-guidance',
        'vulnerable-absent',
        'doctors-uninterested',
      ],
    });
    for (const step of $$(el, 'input[id^="plan-add-"]').slice(0, 6)) await click(el, `#${step.id}`);
    expect($$(el, '.plan-item')).to.have.length(6);
    expect($$(el, '.history-table thead th')).to.have.length(6);
    // A4 at 96 px per inch with 15 mm margins: 180 mm × 267 mm of content.
    await setViewport({ width: 680, height: 1009 });
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    const style = (selector: string) => getComputedStyle($(el, selector)!);
    expect($(el, '.report-meta')!.textContent).to.contain('Maison de santé des Tilleuls');
    expect($(el, '.report-meta')!.textContent).to.contain(new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date()));
    expect(style('.results > .actions').display, 'buttons hidden').to.equal('none');
    expect(style('.plan-fields').display, 'plan fields hidden').to.equal('none');
    expect(style('.plan-item .print-only').display, 'plan printed as text').not.to.equal('none');
    expect(style('svg.chart').display).to.equal('block');
    // Legible on paper: the chart's text is drawn at 10 px or more.
    expect($(el, 'svg.chart .value')!.getBoundingClientRect().height).to.be.at.least(10);
    const height = el.getBoundingClientRect().height;
    expect(height, `report height ${height}px`).to.be.below(2 * 1009);

    // A picture of the print layout, for a person to look at: the shadow tree with its print styles,
    // drawn through an SVG foreignObject (no screenshot command is configured in this runner).
    const png = await printSnapshot(el);
    expect(png.startsWith('data:image/png;base64,')).to.be.true;
    await writeFile({ path: '../../../coverage/print/continuum-check.png', content: png.slice('data:image/png;base64,'.length), encoding: 'base64' });
  });
});

/** Draws the element as it looks now (styles inlined), on a white A4-wide canvas. */
async function printSnapshot(el: MspContinuumCheck): Promise<string> {
  const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
  const width = Math.ceil(el.getBoundingClientRect().width);
  const height = Math.ceil(el.getBoundingClientRect().height);
  const clone = root.cloneNode(true) as HTMLElement;
  const inline = (source: Element, target: Element) => {
    const computed = getComputedStyle(source);
    (target as HTMLElement).setAttribute('style', [...computed].map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';'));
    [...source.children].forEach((child, i) => target.children[i] && inline(child, target.children[i]!));
  };
  inline(root, clone);
  const xhtml = new XMLSerializer().serializeToString(clone);
  const svgText = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><foreignObject width="100%" height="100%">${xhtml}</foreignObject></svg>`;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0);
  return canvas.toDataURL('image/png');
}

describe('msp-continuum-check: sending to the endpoint (real collector)', () => {
  let collector: TestCollector;
  beforeEach(async () => (collector = await TestCollector.start()));
  afterEach(async () => collector.stop());

  it('asks for the team’s agreement first, with an error summary', async () => {
    const el = await render({ endpoint: collector.endpoint });
    await answer(el, typical);
    expect($(el, '#share-title')!.textContent).to.equal(fr.shareTitle('la Fédération régionale'));
    await click(el, '.share button[type=submit]');
    expect(activeId(el)).to.equal('error-summary');
    expect($(el, '#error-summary')!.textContent).to.contain(fr.shareConsentRequired);
    await expect(el).to.be.accessible();
    expect(await collector.postsSeen()).to.equal(0);
  });

  it('by default sends the levels and the ACI level only', async () => {
    const dbName = freshDbName('share');
    const el = await render({ endpoint: collector.endpoint, dbName });
    await answer(el, typical);
    await click(el, '#plan-add-gov-partner-vote');
    const submitted = new Promise<MspSubmittedEvent>((resolve) => el.addEventListener('msp-submitted', resolve, { once: true }));
    await click(el, '#share-consent-0');
    await click(el, '.share button[type=submit]');
    expect((await submitted).detail.status).to.equal('sent');
    await waitFor(() => activeId(el) === 'sent-title', 5000, 'the confirmation to take focus');
    expect($(el, '.status')!.textContent).to.equal(fr.sentStatus('la Fédération régionale'));
    const [record, ...others] = await collector.records();
    expect(others).to.have.length(0);
    expect(record!.kind).to.equal('self-check');
    expect(record!.structure).to.equal('MSP des Tilleuls');
    const payload = continuumCheckPayloadSchema.parse(record!.payload);
    expect(payload.mode).to.equal('individual');
    expect(payload.aciLevel).to.equal(2);
    expect(payload.dimensions.map((d) => [d.id, d.level, d.notConcerned, d.practices.length])).to.deep.equal([
      ['diagnostics', 1, false, 0],
      ['sante-publique', 0, false, 0],
      ['accompagnement', 3, false, 0],
      ['gouvernance', 3, false, 0],
      ['evaluation', 2, false, 0],
      ['formation', 0, true, 0],
    ]);
    expect([payload.alibiWarnings, payload.obstacles, payload.actionPlan]).to.deep.equal([[], [], []]);
    expect(payload).not.to.have.property('respondentRole');
    await expect(el).to.be.accessible();
    // Sending also keeps it in the history, and closes the draft: reopened, the page shows the history.
    expect(await (await LocalStore.open(dbName)).listDocuments(HISTORY_NAMESPACE)).to.have.length(1);
    el.remove();
    const reopened = await render({ endpoint: collector.endpoint, dbName });
    expect($(reopened, '#start')).to.exist;
    expect($(reopened, '.history-table')).to.exist;
  });

  it('collector down: kept in the outbox, said so, and delivered when it is back', async () => {
    const el = await render({ endpoint: collector.endpoint });
    await answer(el, typical);
    await collector.down();
    const submitted = new Promise<MspSubmittedEvent>((resolve) => el.addEventListener('msp-submitted', resolve, { once: true }));
    await click(el, '#share-consent-0');
    await click(el, '.share button[type=submit]');
    expect((await submitted).detail.status).to.equal('queued');
    await waitFor(() => $(el, '.status')!.textContent === coreFr.status.queued, 5000, 'the queued message');
    const delivered = new Promise((resolve) => el.addEventListener('msp-delivered', resolve, { once: true }));
    await collector.up();
    window.dispatchEvent(new Event('online'));
    await delivered;
    expect((await collector.records()).map((r) => r.kind)).to.deep.equal(['self-check']);
    await el.updateComplete;
    expect($(el, '.status')!.textContent).to.equal(fr.sentStatus('la Fédération régionale'));
  });

  it('sends the action plan, obstacles and practices only when ticked', async () => {
    const el = await render({ endpoint: collector.endpoint });
    await answer(el, typical);
    await click(el, '#plan-add-gov-partner-vote');
    const who = $<HTMLInputElement>(el, '#plan-gov-partner-vote-who')!;
    who.value = 'Dr Martin';
    who.dispatchEvent(new Event('input'));
    await click(el, '#share-options-0');
    await click(el, '#share-options-2');
    await click(el, '#share-options-3');
    await click(el, '#share-consent-0');
    await click(el, '.share button[type=submit]');
    await waitFor(async () => (await collector.records()).length === 1, 5000, 'the record');
    const payload = continuumCheckPayloadSchema.parse((await collector.records())[0]!.payload);
    expect(payload.obstacles).to.deep.equal(['time', 'vulnerable-absent']);
    expect(payload.alibiWarnings).to.deep.equal([]);
    expect(payload.actionPlan).to.deep.equal([
      { dimensionId: 'gouvernance', practiceId: 'gov-partner-vote', label: contentFr.practices['gov-partner-vote'], who: 'Dr Martin' },
    ]);
    expect(payload.dimensions.find((d) => d.id === 'gouvernance')!.practices).to.deep.equal([
      { id: 'gov-consult-suggestions', level: 2, withUsers: false },
      { id: 'gov-collab-committee', level: 3, withUsers: true },
    ]);
  });
});
