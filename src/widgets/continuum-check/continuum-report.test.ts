// The self-check's report read as a team reads it: an updated consensus keeps its label, the structure's
// name reads well whatever the team writes, French spacing, the structure type, and the printed report
// (print media, its text as laid out: only what a page shows).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { freshDbName, waitFor } from '../../../test/helpers/collector.js';
import { HISTORY_NAMESPACE } from '../../contracts/continuum-history.js';
import { LocalStore } from '../../core/storage.js';
import type { AnswerFile } from './continuum-check.schema.js';
import type { MspContinuumCheck } from './continuum-check.component.js';
import type { SavedAssessment } from './continuum-check.state.js';
import './continuum-check.js';
import { createAnswerFile } from './continuum-merge.js';
import { contentEn } from './continuum-content.en.js';
import { continuumCheckEn } from './translations/en.js';
import { continuumLaterEn } from './translations/later.en.js';
import { contentFr } from './continuum-content.fr.js';
import { continuumCheckFr } from './translations/fr.js';
import { continuumLaterFr } from './translations/later.fr.js';

/** The self-check's strings in each language: the start screen's and the later screens' (two catalogues). */
const fr = { ...continuumCheckFr, ...continuumLaterFr };
const en = { ...continuumCheckEn, ...continuumLaterEn };

async function render(options: { dbName?: string; structure?: string; structureType?: string } = {}): Promise<MspContinuumCheck> {
  const el = await fixture<MspContinuumCheck>(
    html`<msp-continuum-check
      db-name=${options.dbName ?? freshDbName('report')}
      structure-name=${options.structure ?? 'MSP du Bocage'}
      structure-type=${options.structureType ?? 'msp'}
    ></msp-continuum-check>`,
  );
  await el.restored;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: MspContinuumCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: MspContinuumCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function click(el: MspContinuumCheck, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** From the first step to the results, ticking as told on the way. */
async function toResults(el: MspContinuumCheck, ticks: Record<number, string[]> = {}): Promise<void> {
  for (let step = 0; step < 8; step++) {
    for (const id of ticks[step] ?? []) await click(el, `#p-${id}`);
    await click(el, '#next');
  }
  expect($(el, '#results-title'), 'results shown').to.exist;
}

/** The text as laid out (what is hidden by the current media is left out). */
const laidOut = (el: MspContinuumCheck) => $(el, '.root')!.innerText;

describe('msp-continuum-check: updating the team’s shared assessment (issue 17)', () => {
  it('"Mettre à jour l’évaluation commune" keeps it a shared assessment, saved and printed as such', async () => {
    const dbName = freshDbName('consensus-update');
    const past: SavedAssessment = {
      id: 'past',
      savedAt: '2026-05-04T10:00:00.000Z',
      assessedAt: '2026-05-04',
      mode: 'consensus',
      answers: { dimensions: { gouvernance: { notConcerned: false, practices: { 'gov-consult-suggestions': false } } }, alibi: {}, obstacles: [] },
      levels: { gouvernance: 2 },
      aciLevel: 1,
      actionPlan: [],
    };
    await (await LocalStore.open(dbName)).putDocument(HISTORY_NAMESPACE, past.id, past);
    const el = await render({ dbName });
    expect($(el, '#start-from-last')!.textContent!.trim()).to.equal(fr.startFromLast('4 mai 2026', true));
    await click(el, '#start-from-last');
    await toResults(el, { 3: ['gov-collab-committee'] });
    const meta = $(el, '.report-meta')!.textContent!;
    expect(meta).to.contain(fr.modeLabel.consensus);
    expect(meta).to.contain(fr.updatedFrom('4 mai 2026'));
    expect(meta).not.to.contain(fr.modeLabel.individual);
    await click(el, '#save-assessment');
    await waitFor(() => $(el, '.status')!.textContent === fr.assessmentSaved, 5000, 'saved');
    const saved = (await (await LocalStore.open(dbName)).listDocuments<SavedAssessment>(HISTORY_NAMESPACE)).map((d) => d.value);
    expect(saved.map((a) => [a.assessedAt === '2026-05-04' ? 'past' : 'new', a.mode])).to.deep.include.members([
      ['past', 'consensus'],
      ['new', 'consensus'],
    ]);
    expect(saved.find((a) => a.id !== 'past')!.payload!.mode).to.equal('consensus');
    try {
      await emulateMedia({ media: 'print' });
      expect(laidOut(el)).not.to.contain(fr.modeLabel.individual);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('msp-continuum-check: the structure’s name reads well whatever the team writes', () => {
  const names = ['Maison de santé des Tilleuls', 'MSP du Bocage', 'Centre de santé Simone-Veil', 'Pôle santé Sud'];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const name of names) {
    it(`« ${name} » never follows « de », « à », « par », « en » without its article`, async () => {
      const el = await render({ structure: name });
      const texts = [$(el, '.root')!.textContent!];
      await click(el, '#start');
      await toResults(el, { 3: ['gov-consult-suggestions'] });
      texts.push($(el, '.root')!.textContent!, fr.reportFor(name, '4 mai 2026'), fr.introStructure(name));
      const badJoin = new RegExp(`(?:^|[\\s'’])(de|d’|à|par|en|du|au)[\\s\\u00A0]*${escape(name)}`, 'i');
      for (const text of texts) {
        expect(text).to.contain(name);
        expect(badJoin.test(text), text.match(badJoin)?.[0]).to.be.false;
      }
    });
  }
});

describe('msp-continuum-check: French typography, English punctuation', () => {
  /** Every string of a catalogue, functions called with sample arguments. */
  function strings(value: unknown, out: string[] = []): string[] {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      const samples = [
        ['Maison de santé des Tilleuls', 'le 4 mai 2026'],
        [2, 8],
        [1, 'cpts'],
        ['esp'],
        [[1, 5, 14], true],
        [[13], false],
        [['une ligne', 'une autre']],
      ];
      for (const args of samples) {
        try {
          strings(fn(...args), out);
        } catch {
          // Not the arguments this function takes: another sample fits.
        }
      }
    } else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
    else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
    return out;
  }

  it('French: a narrow no-break space before ; ! ?, a no-break space before : and inside « », no point médian nor "(e)"', () => {
    const all = strings({ ...fr, content: contentFr });
    expect(all.length).to.be.greaterThan(300);
    for (const text of all) {
      expect(/[ \u00A0][;!?]/.test(text), `before ; ! ? in: ${text}`).to.be.false;
      expect(/[ \u202F]:/.test(text), `before : in: ${text}`).to.be.false;
      expect(/«(?!\u00A0)|(?<!\u00A0)»/.test(text), `inside « » in: ${text}`).to.be.false;
      expect(/·|\(e\)|\(s\)/.test(text), `point médian or (e) in: ${text}`).to.be.false;
    }
  });

  it('English: no space before : ; ! ?, no « »', () => {
    for (const text of strings({ ...en, content: contentEn })) {
      expect(/[ \u00A0\u202F][:;!?]/.test(text), text).to.be.false;
      expect(/[«»]/.test(text), text).to.be.false;
    }
  });
});

describe('msp-continuum-check: the kind of structure', () => {
  it('a CPTS sees its continuum levels, and no ACI level: the indicator does not concern it', async () => {
    const el = await render({ structureType: 'cpts' });
    await click(el, '#start');
    await toResults(el, { 3: ['gov-consult-suggestions', 'gov-collab-committee'] });
    expect($(el, '.aci-level')).to.be.null;
    expect($(el, '.aci-not-applicable')!.textContent).to.equal(fr.aciNotApplicable('cpts'));
    await expect(el).to.be.accessible();
  });

  it('an MSP (the default) with a committee ticked, "with usagers" never asked: ACI niveau 2', async () => {
    const el = await render();
    await click(el, '#start');
    await toResults(el, { 3: ['gov-consult-suggestions', 'gov-collab-committee'] });
    expect($(el, '.aci-level')!.textContent).to.equal(fr.aciLevel[2]);
  });

  it('a next step links to the team’s page of the widget that helps, and names it when no page is given', async () => {
    const el = await fixture<MspContinuumCheck>(
      html`<msp-continuum-check db-name=${freshDbName('tools')} .config=${{ toolPages: { ideaBox: '/idees' } }}></msp-continuum-check>`,
    );
    await el.restored;
    await click(el, '#start');
    await toResults(el, { 3: ['gov-info-minutes'] });
    const ideaBox = $(el, '.next-steps [data-practice="gov-consult-suggestions"] .tool a')!;
    expect(ideaBox.getAttribute('href')).to.equal('/idees');
    expect(ideaBox.textContent).to.equal(contentFr.tools.ideaBox);
    expect($(el, '.next-steps [data-practice="gov-consult-organisation"] .tool')!.textContent).to.contain(contentFr.tools.survey);
    expect($(el, '.next-steps [data-practice="gov-consult-organisation"] .tool a')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('an unknown structure-type: a notice instead of the questionnaire', async () => {
    const el = await render({ structureType: 'hopital' });
    expect($(el, '[part="config-notice"]')!.textContent).to.contain('structure-type');
    expect($(el, '#start')).to.be.null;
  });

  it('"Évaluation et recherche" not concerned: its satisfaction survey stays on screen and counts for the ACI', async () => {
    const el = await render();
    await click(el, '#start');
    for (let step = 0; step < 4; step++) await click(el, '#next');
    await click(el, '#nc-evaluation');
    expect($(el, '.aci-only')).to.exist;
    expect($(el, '#p-eval-info-announce')).to.be.null;
    await click(el, '#p-eval-consult-satisfaction');
    await expect(el).to.be.accessible();
    for (let step = 4; step < 8; step++) await click(el, '#next');
    expect($(el, '.aci-level')!.textContent).to.equal(fr.aciLevel[1]);
  });
});

describe('msp-continuum-check: the printed report', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  const member = (role: string, practices: Record<string, boolean | null>): AnswerFile =>
    createAnswerFile(
      { dimensions: { gouvernance: { notConcerned: false, practices } }, alibi: {}, obstacles: ['recruitment'] },
      { assessedAt: '2026-11-20', respondentRole: role },
    );

  it('a shared assessment: participants and agreement, only the steps chosen with how and fiches, an end line, no "on this device"', async () => {
    const name = 'Centre de santé Simone-Veil';
    const el = await render({ structure: name });
    await click(el, '#start-merge');
    const input = $<HTMLInputElement>(el, '#merge-files')!;
    const transfer = new DataTransfer();
    const files: Array<[string, AnswerFile]> = [
      ['a.json', member('coordinatrice', { 'gov-consult-suggestions': false })],
      ['b.json', member('représentante des usagers', { 'gov-consult-suggestions': true, 'gov-collab-committee': null })],
      ['c.json', member('médecin', { 'gov-info-minutes': false })],
    ];
    for (const [fileName, file] of files) transfer.items.add(new File([JSON.stringify(file)], fileName, { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitFor(() => Boolean($(el, '#merge-build')), 5000, 'the import');
    await click(el, '#merge-build');
    await toResults(el);
    const proposed = $$(el, 'input[id^="plan-add-"]');
    expect(proposed.length).to.be.greaterThan(10);
    await click(el, '#plan-add-gov-collab-committee');
    await click(el, '#plan-add-diag-info-announce');

    await setViewport({ width: 680, height: 1009 });
    await emulateMedia({ media: 'print' });
    await el.updateComplete;
    const text = laidOut(el);
    // The name once, in the header; no nested « ».
    expect(text.split(name).length - 1, 'structure name printed once').to.equal(1);
    expect(text).not.to.match(/«[^»]*«/);
    expect(text).to.contain(fr.modeLabel.consensus);
    // Participants and the agreement table.
    expect(text).to.contain(fr.participantsTitle);
    expect(text).to.contain(fr.participantsIntro(3));
    expect(text).to.contain(fr.respondent(2, 'représentante des usagers'));
    expect($$(el, '.agreement-table tbody tr')).to.have.length(6);
    expect(getComputedStyle($(el, '.participants')!).display).not.to.equal('none');
    // Only the two steps chosen, each with its how and fiches; none of the other proposals.
    expect(text).to.contain(contentFr.practices['gov-collab-committee']);
    expect(text).to.contain(contentFr.how['gov-collab-committee']);
    expect(text).to.contain(fr.fichesLabel([1, 5]));
    expect(text).to.contain(contentFr.how['diag-info-announce']);
    expect(text).not.to.contain(contentFr.practices['gov-partner-vote']);
    expect(text).not.to.contain(fr.nextStepsTitle);
    // The levers of the obstacles the members named, with the seeds' sources.
    expect(text).to.contain(contentFr.obstacles.recruitment.lever);
    // No screen talk on paper; the end line says the report is complete.
    expect(text).not.to.contain('cet appareil');
    expect(text).not.to.contain(fr.print);
    expect(text).to.contain(fr.printEnd(new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date())));
    expect(el.getBoundingClientRect().height, 'fits two A4 pages').to.be.below(2 * 1009);
  });
});
