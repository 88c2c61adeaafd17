import { html, nothing, type TemplateResult } from 'lit';
import { localDay } from '../../core/envelope.js';
import * as z from 'zod/mini';
import { live } from 'lit/directives/live.js';
import type { ConfigProblem } from '../../core/config.js';
import { DraftController } from '../../core/draft-controller.js';
import { LocaleController, type Catalog } from '../../core/i18n.js';
import { newId, shortReference } from '../../core/ids.js';
import { LocalStore } from '../../core/storage.js';
import { SubmissionController } from '../../core/submission-controller.js';
import { baseStyles } from '../../core/theme.js';
import { MspWidget } from '../../core/widget-base.js';
import { resolveWidgetConfig, type AttributeValue } from '../../core/widget-config.js';
import { choiceGroup, errorSummary, honeypotField, textField, type SummaryError } from '../../ui/form.js';
import { formStyles } from '../../ui/form.styles.js';
import { levelChart } from './continuum-chart.js';
import {
  actionItemSchema,
  answersSchema,
  continuumCheckConfigSchema,
  HISTORY_NAMESPACE,
  type ActionItem,
  type ContinuumCheckPayload,
  type AnswerFile,
  type Answers,
  type ContinuumCheckConfig,
  type DimensionAnswer,
} from './continuum-check.schema.js';

export { HISTORY_NAMESPACE };
import { continuumCheckStyles } from './continuum-check.styles.js';
import { alibiChecks, dimensionIds, obstacleIds, practiceLevels, type AlibiAnswer, type ContinuumLevel, type DimensionId } from './continuum-content.js';
import { createAnswerFile, mergeAnswers, parseAnswerFile, type MergedDimension } from './continuum-merge.js';
import { buildPayload, defaultShare, type ShareChoices } from './continuum-payload.js';
import { emptyAnswers, practicesOf, scoreAssessment, type AciReason, type AssessmentResult } from './continuum-scoring.js';
import { continuumCheckFr, type ContinuumCheckStrings } from './translations/fr.js';

const continuumCheckCatalog: Catalog<ContinuumCheckStrings> = {
  fr: continuumCheckFr,
  en: () => import('./translations/en.js').then((module) => module.continuumCheckEn),
};


type View = 'intro' | 'step' | 'results' | 'merge';
type Mode = 'individual' | 'consensus';

/** Everything in progress, kept as a draft so the team can stop and resume. */
export interface ContinuumWork {
  view: View;
  /** 0–5 the dimensions, 6 the alibi checks, 7 the obstacles. */
  step: number;
  mode: Mode;
  role: string;
  assessedAt: string;
  answers: Answers;
  actionPlan: ActionItem[];
  /** What the members said, when the answers come from a merge. */
  merge?: { dimensions: MergedDimension[]; respondents: string[] } | undefined;
  /** The history document this assessment was saved as, if it was. */
  savedId?: string | undefined;
}

/** A past assessment, kept in the documents store. */
export interface SavedAssessment {
  id: string;
  savedAt: string;
  assessedAt: string;
  mode: Mode;
  respondentRole?: string | undefined;
  answers: Answers;
  levels: Partial<Record<DimensionId, ContinuumLevel | null>>;
  aciLevel: 0 | 1 | 2;
  actionPlan: ActionItem[];
  /** The whole assessment as a `self-check` payload (everything: it stays on this device), read by the results view. */
  payload?: ContinuumCheckPayload;
  /** The envelope id it was shared as: the results view shows it once, not as history and outbox item. */
  sharedAs?: string;
}

const STEP_COUNT = dimensionIds.length + 2;
const today = () => localDay(new Date());
const freshWork = (): ContinuumWork => ({ view: 'intro', step: 0, mode: 'individual', role: '', assessedAt: today(), answers: emptyAnswers(), actionPlan: [] });

/**
 * @summary The team's self-assessment on the continuum of users' engagement (HAS matrix, 2023):
 * levels per dimension, ACI level, next steps, alibi warnings, levers, action plan, history.
 *
 * @event msp-submitted - The assessment was sent (with an endpoint) or kept: `detail` { id, kind: 'self-check', status }.
 * @event msp-delivered - A queued assessment reached the endpoint later.
 * @event msp-error - Rejected or failed sending, or a bad configuration (`detail.reason`).
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart intro - The start screen; `history` inside it and in the results.
 * @csspart step - One step of the questionnaire; `progress`, `consensus-note`, `level-group`, `practice`, `with-users` inside it.
 * @csspart nav - The step buttons.
 * @csspart results - The results; `report-header`, `levels`, `chart`, `chart-table`, `aci`, `next-steps`, `plan`, `warnings`, `levers` inside it.
 * @csspart merge - The screen that merges individual answers; `merge-table` inside it.
 * @csspart share - The form that sends the assessment to the endpoint.
 * @csspart status - The live region announcing outcomes.
 * @csspart field, label, hint, input, fieldset, legend, option, field-message, error-summary - The form parts.
 *
 * @cssproperty --msp-continuum-check-accent - Accent colour, falls back to `--msp-accent`.
 * @cssproperty --msp-continuum-check-bar - Colour of the chart's bars, falls back to the accent.
 * @cssproperty --msp-accent - Accent colour shared by every widget.
 * @cssproperty --msp-font-family - Font; the host page's by default.
 * @cssproperty --msp-target-size - Minimum size of clickable targets (2.75rem).
 */
export class MspContinuumCheck extends MspWidget {
  static override styles = [baseStyles, formStyles, continuumCheckStyles];

  static override properties = {
    ...MspWidget.properties,
    recipientName: { type: String, attribute: 'recipient-name' },
    work: { state: true },
    history: { state: true },
    statusMessage: { state: true },
    mergeFiles: { state: true },
    mergeProblems: { state: true },
    share: { state: true },
    shareConsent: { state: true },
    shareAttempted: { state: true },
  };

  readonly kind = 'self-check' as const;

  private readonly text = new LocaleController(this, continuumCheckCatalog);
  private readonly submission = new SubmissionController(this);
  private readonly drafts = new DraftController<ContinuumWork>(this, {
    key: () => `continuum-check:${location.pathname}`,
    dbName: () => this.submissionTarget.dbName,
  });
  private settings: ContinuumCheckConfig = {};
  private restoring: Promise<void> = Promise.resolve();

  /** Who receives the assessment when an endpoint is set ("la Fédération des MSP d'Occitanie"). */
  declare recipientName: string | undefined;
  declare private work: ContinuumWork;
  declare private history: SavedAssessment[];
  declare private statusMessage: string;
  declare private mergeFiles: AnswerFile[];
  declare private mergeProblems: string[];
  declare private share: ShareChoices;
  declare private shareConsent: boolean;
  declare private shareAttempted: boolean;

  constructor() {
    super();
    this.work = freshWork();
    this.history = [];
    this.statusMessage = '';
    this.mergeFiles = [];
    this.mergeProblems = [];
    this.share = { ...defaultShare };
    this.shareConsent = false;
    this.shareAttempted = false;
    // A queued assessment that got through later: say so in the status region too.
    this.addEventListener('msp-delivered', () => {
      if (this.submission.deliveredLater) this.statusMessage = this.outcomeMessage();
    });
  }

  /** The results of the current answers. */
  get result(): AssessmentResult {
    return scoreAssessment(this.work.answers);
  }

  private get t(): ContinuumCheckStrings {
    return this.text.t;
  }

  private get structureLabel(): string | undefined {
    return this.submissionTarget.structure;
  }

  private get shareErrors(): SummaryError[] {
    return this.shareConsent ? [] : [{ fieldId: 'share-consent', message: this.t.shareConsentRequired }];
  }

  protected override resolveConfig(json: unknown, commonAttributes: AttributeValue[], inlineProblems: ConfigProblem[]) {
    const result = resolveWidgetConfig(
      continuumCheckConfigSchema,
      json,
      [...commonAttributes, { attribute: 'recipient-name', key: 'recipientName', value: this.recipientName }],
      inlineProblems,
    );
    this.settings = result.value ?? {};
    return result;
  }

  // Handlers

  private patchWork(patch: Partial<ContinuumWork>): void {
    this.work = { ...this.work, ...patch };
    this.drafts.save(this.work);
  }

  private setDimension(id: DimensionId, patch: Partial<DimensionAnswer>): void {
    const current = this.work.answers.dimensions[id] ?? { notConcerned: false, practices: {} };
    this.patchWork({ answers: { ...this.work.answers, dimensions: { ...this.work.answers.dimensions, [id]: { ...current, ...patch } } } });
  }

  private togglePractice(dimension: DimensionId, practiceId: string, ticked: boolean): void {
    const practices = { ...(this.work.answers.dimensions[dimension]?.practices ?? {}) };
    if (ticked) practices[practiceId] = practices[practiceId] ?? null;
    else delete practices[practiceId];
    this.setDimension(dimension, { practices });
  }

  private setWithUsers(dimension: DimensionId, practiceId: string, withUsers: boolean): void {
    const practices = { ...(this.work.answers.dimensions[dimension]?.practices ?? {}), [practiceId]: withUsers };
    this.setDimension(dimension, { practices });
  }

  private async goTo(view: View, step = this.work.step): Promise<void> {
    this.patchWork({ view, step });
    this.statusMessage = '';
    await this.updateComplete;
    const target = view === 'step' ? '#step-title' : view === 'results' ? '#results-title' : view === 'merge' ? '#merge-title' : '#title';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private startIndividual(): void {
    void this.goTo('step', 0);
  }

  /** A new assessment that starts from the last one saved: the team updates rather than starts over. */
  private startFromLast(): void {
    const last = this.history.at(-1);
    if (!last) return;
    this.work = { ...freshWork(), role: this.work.role, answers: structuredClone(last.answers) };
    void this.goTo('step', 0);
  }

  private async saveForLater(): Promise<void> {
    this.drafts.save(this.work);
    await this.drafts.flush();
    this.statusMessage = (await this.drafts.restore()) ? this.t.savedForLater : this.t.notSaved;
  }

  private togglePlan(dimensionId: DimensionId, practiceId: string, chosen: boolean): void {
    const rest = this.work.actionPlan.filter((item) => item.practiceId !== practiceId);
    this.patchWork({ actionPlan: chosen ? [...rest, { dimensionId, practiceId, who: '', due: '', means: '' }] : rest });
  }

  private patchPlan(practiceId: string, patch: Partial<ActionItem>): void {
    this.patchWork({ actionPlan: this.work.actionPlan.map((item) => (item.practiceId === practiceId ? { ...item, ...patch } : item)) });
  }

  /** The file a member downloads after answering alone. */
  answerFile(): AnswerFile {
    return createAnswerFile(this.work.answers, { assessedAt: this.work.assessedAt, respondentRole: this.work.role.trim() || undefined, structure: this.structureLabel });
  }

  private downloadAnswers(): void {
    const blob = new Blob([JSON.stringify(this.answerFile(), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    const role = this.work.role.trim().toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    link.href = url;
    link.download = `continuum-reponses-${this.work.assessedAt}${role ? `-${role}` : ''}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async importFiles(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    const problems: string[] = [];
    const read: AnswerFile[] = [];
    for (const file of files) {
      const parsed = parseAnswerFile(await file.text());
      if (parsed.ok) read.push(parsed.file);
      else problems.push(this.t.mergeFileProblem(file.name));
    }
    this.mergeFiles = [...this.mergeFiles, ...read];
    this.mergeProblems = problems;
    input.value = '';
    this.statusMessage = this.t.mergeImported(this.mergeFiles.length);
  }

  private buildConsensus(): void {
    const merged = mergeAnswers(this.mergeFiles);
    this.work = { ...freshWork(), mode: 'consensus', answers: merged.proposal, merge: { dimensions: merged.dimensions, respondents: merged.respondents } };
    void this.goTo('step', 0);
  }

  private snapshot(id: string): SavedAssessment {
    const result = this.result;
    return {
      id,
      savedAt: new Date().toISOString(),
      assessedAt: this.work.assessedAt,
      mode: this.work.mode,
      respondentRole: this.work.role.trim() || undefined,
      answers: this.work.answers,
      levels: Object.fromEntries(result.dimensions.map((d) => [d.id, d.notConcerned ? null : d.level])),
      aciLevel: result.aci.level,
      actionPlan: this.work.actionPlan,
      payload: buildPayload({
        answers: this.work.answers,
        result,
        assessedAt: this.work.assessedAt,
        mode: this.work.mode,
        respondentRole: this.work.role,
        actionPlan: this.work.actionPlan,
        share: { practices: true, alibiWarnings: true, obstacles: true, actionPlan: true, respondentRole: true },
        dimensionLabel: (dimension) => this.t.content.dimensions[dimension as DimensionId].label,
        practiceLabel: (practice) => this.t.content.practices[practice] ?? practice,
      }),
    };
  }

  private async saveAssessment(sharedAs?: string): Promise<void> {
    const id = this.work.savedId ?? newId();
    const record = { ...this.snapshot(id), ...(sharedAs ? { sharedAs } : {}) };
    try {
      await (await LocalStore.open(this.submissionTarget.dbName)).putDocument(HISTORY_NAMESPACE, id, record);
      this.patchWork({ savedId: id });
      await this.loadHistory();
      this.statusMessage = this.t.assessmentSaved;
    } catch {
      this.statusMessage = this.t.notSaved;
    }
  }

  private async loadHistory(): Promise<void> {
    try {
      const documents = await (await LocalStore.open(this.submissionTarget.dbName)).listDocuments<SavedAssessment>(HISTORY_NAMESPACE);
      this.history = documents.map((d) => d.value).sort((a, b) => a.assessedAt.localeCompare(b.assessedAt) || a.savedAt.localeCompare(b.savedAt));
    } catch {
      this.history = [];
    }
  }

  private async newAssessment(): Promise<void> {
    await this.drafts.clear();
    this.submission.reset();
    this.work = freshWork();
    this.share = { ...defaultShare };
    this.shareConsent = false;
    this.shareAttempted = false;
    await this.goTo('intro', 0);
  }

  private async onShare(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submission.state === 'sending') return;
    this.shareAttempted = true;
    const core = this.coreText.t;
    if (this.shareErrors.length) {
      this.statusMessage = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    const payload = buildPayload({
      answers: this.work.answers,
      result: this.result,
      assessedAt: this.work.assessedAt,
      mode: this.work.mode,
      respondentRole: this.work.role,
      actionPlan: this.work.actionPlan,
      share: this.share,
      dimensionLabel: (id) => this.t.content.dimensions[id as DimensionId].label,
      practiceLabel: (id) => this.t.content.practices[id] ?? id,
    });
    this.statusMessage = core.sending;
    const outcome = await this.submission.submit(payload);
    if (outcome === 'too-fast') {
      this.statusMessage = core.tooFast;
      return;
    }
    if (outcome.status === 'failed') {
      this.statusMessage = this.submissionTarget.endpoint ? core.status.failedSend : core.status.failedSave;
      return;
    }
    // Sent or kept to be sent: it is also this team's assessment of the day, kept in the history. The
    // draft is done with: reopening the page shows the history and the plan, not a form to send twice.
    await this.saveAssessment(outcome.id);
    await this.drafts.clear();
    this.statusMessage = this.outcomeMessage();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sent-title')?.focus();
  }

  private outcomeMessage(): string {
    const core = this.coreText.t;
    const outcome = this.submission.outcome;
    if (!outcome) return '';
    if (outcome.status === 'sent') return this.t.sentStatus(this.settings.recipientName);
    if (outcome.status === 'rejected') return core.status.rejected(outcome.httpStatus ?? 400);
    return outcome.status === 'failed' ? '' : core.status[outcome.status];
  }

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first update: the database's name comes from the config, resolved then.
    this.restoring = this.updateComplete.then(() => Promise.all([
      this.drafts.restore().then((saved) => {
        // Only into an untouched widget: never overwrite what is being answered.
        // A draft from another version of the widget that no longer fits is left aside, not half-read.
        const usable = saved && z.safeParse(answersSchema, saved.answers).success && z.safeParse(z.array(actionItemSchema), saved.actionPlan).success;
        if (usable && this.work.view === 'intro' && !Object.keys(this.work.answers.dimensions).length) {
          this.work = { ...freshWork(), ...saved };
          this.statusMessage = this.t.resumed;
        }
      }),
      this.loadHistory(),
    ])).then(() => undefined);
  }

  /** Resolves once the saved draft and the history were read from this device. */
  get restored(): Promise<void> {
    return this.restoring.then(() => this.updateComplete).then(() => undefined);
  }

  // Rendering

  private levelName(level: ContinuumLevel | null): string {
    if (level === null) return this.t.notConcernedShort;
    return level === 0 ? this.t.content.noLevel : this.t.content.levels[level].name;
  }

  private renderIntro() {
    const t = this.t;
    const last = [...this.history].reverse().find((a) => a.actionPlan.length);
    const inProgress = Object.keys(this.work.answers.dimensions).length > 0;
    return html`<section part="intro" class="intro">
      <p>${t.intro(this.structureLabel)}</p>
      <p>${t.introAudience} ${t.introNotRanking}</p>
      <p class="notice">${t.process}</p>
      ${last ? this.renderPlanSummary(last.actionPlan, t.lastPlanTitle(this.text.formatDate(last.assessedAt))) : nothing}
      ${textField({
        id: 'role',
        label: t.roleLabel,
        hint: t.roleHint,
        value: this.work.role,
        autocomplete: 'organization-title',
        maxlength: 80,
        onInput: (value) => this.patchWork({ role: value }),
        t: this.coreText.t,
      })}
      <div class="actions" part="nav">
        ${inProgress
          ? html`<button id="resume" class="button" type="button" @click=${() => void this.goTo('step', this.work.step)}>${t.resume(this.work.step + 1, STEP_COUNT)}</button>`
          : html`<button id="start" class="button" type="button" @click=${this.startIndividual}>${t.startIndividual}</button>
              ${this.history.length
                ? html`<button id="start-from-last" class="button secondary" type="button" @click=${this.startFromLast}>
                    ${t.startFromLast(this.text.formatDate(this.history.at(-1)!.assessedAt))}
                  </button>`
                : nothing}`}
        <button id="start-merge" class="button secondary" type="button" @click=${() => void this.goTo('merge')}>${t.startMerge}</button>
      </div>
      ${this.history.length ? this.renderHistory(false) : nothing}
    </section>`;
  }

  private renderPlanSummary(plan: ActionItem[], title: string) {
    const t = this.t;
    return html`<section class="plan-summary" part="plan-summary" aria-labelledby="plan-summary-title">
      <h3 id="plan-summary-title">${title}</h3>
      <ul>
        ${plan.map(
          (item) => html`<li>
            <strong>${t.content.dimensions[item.dimensionId].label}</strong> — ${t.content.practices[item.practiceId] ?? item.practiceId}
            ${item.who ? html`<br />${t.planPrintWho} ${item.who}` : nothing}
            ${item.due ? html`<br />${t.planPrintDue} ${this.text.formatDate(item.due)}` : nothing}
            ${item.means ? html`<br />${t.planPrintMeans} ${item.means}` : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderStep() {
    const step = this.work.step;
    const t = this.t;
    const last = step === STEP_COUNT - 1;
    const title = step < dimensionIds.length ? t.content.dimensions[dimensionIds[step]!].label : step === dimensionIds.length ? t.alibiTitle : t.obstaclesTitle;
    return html`<section class="step" part="step" aria-labelledby="step-title">
      <p class="progress" part="progress">${t.stepOf(step + 1, STEP_COUNT)}</p>
      <h3 id="step-title" tabindex="-1">${title}</h3>
      ${step < dimensionIds.length ? this.renderDimension(dimensionIds[step]!) : step === dimensionIds.length ? this.renderAlibi() : this.renderObstacles()}
      <div class="actions" part="nav">
        ${step > 0
          ? html`<button id="previous" class="button secondary" type="button" @click=${() => void this.goTo('step', step - 1)}>${t.previous}</button>`
          : html`<button id="back" class="button secondary" type="button" @click=${() => void this.goTo('intro', 0)}>${t.back}</button>`}
        <button id="next" class="button" type="button" @click=${() => void (last ? this.goTo('results', step) : this.goTo('step', step + 1))}>${last ? t.seeResults : t.next}</button>
        <button id="save-later" class="button link" type="button" @click=${() => void this.saveForLater()}>${t.saveForLater}</button>
      </div>
    </section>`;
  }

  private renderDimension(id: DimensionId) {
    const t = this.t;
    const answer = this.work.answers.dimensions[id] ?? { notConcerned: false, practices: {} };
    const own = practicesOf(id);
    return html`<p class="hint">${t.content.dimensions[id].hint}</p>
      <p class="source">${t.dimensionSource}</p>
      ${this.renderConsensusNote(id)}
      <div class="option not-concerned">
        <input id="nc-${id}" type="checkbox" .checked=${live(answer.notConcerned)} @change=${(e: Event) => this.setDimension(id, { notConcerned: (e.target as HTMLInputElement).checked })} />
        <label for="nc-${id}">${t.notConcerned}</label>
      </div>
      ${answer.notConcerned
        ? nothing
        : practiceLevels.map((level) => {
            const cell = own.filter((p) => p.level === level);
            if (!cell.length) return nothing;
            const groupId = `lvl-${id}-${level}`;
            return html`<fieldset class="level-group level-${level}" part="level-group" aria-describedby="${groupId}-hint">
              <legend>${t.levelLegend(t.content.levels[level].name)}</legend>
              <p class="hint" id="${groupId}-hint">${t.content.levels[level].description}</p>
              <ul class="practices">
                ${cell.map((practice) => this.renderPractice(id, practice.id, answer))}
              </ul>
            </fieldset>`;
          })}`;
  }

  private renderPractice(dimension: DimensionId, practiceId: string, answer: DimensionAnswer) {
    const t = this.t;
    const ticked = practiceId in answer.practices;
    const withUsers = answer.practices[practiceId];
    return html`<li class="practice" part="practice">
      <div class="option">
        <input id="p-${practiceId}" type="checkbox" .checked=${live(ticked)} @change=${(e: Event) => this.togglePractice(dimension, practiceId, (e.target as HTMLInputElement).checked)} />
        <label for="p-${practiceId}">${t.content.practices[practiceId]}</label>
      </div>
      ${ticked
        ? html`<fieldset class="with-users" part="with-users" aria-describedby="w-${practiceId}-hint">
            <legend>${t.withUsersLegend}</legend>
            <p class="visually-hidden" id="w-${practiceId}-hint">${t.content.practices[practiceId]} ${t.withUsersHint}</p>
            <div class="options inline-options">
              ${([true, false] as const).map(
                (value) => html`<div class="option">
                  <input
                    id="w-${practiceId}-${value ? 'yes' : 'no'}"
                    type="radio"
                    name="w-${practiceId}"
                    .checked=${live(withUsers === value)}
                    @change=${() => this.setWithUsers(dimension, practiceId, value)}
                  />
                  <label for="w-${practiceId}-${value ? 'yes' : 'no'}">${value ? t.withUsers : t.withoutUsers}</label>
                </div>`,
              )}
            </div>
          </fieldset>`
        : nothing}
    </li>`;
  }

  private renderConsensusNote(id: DimensionId) {
    const merged = this.work.merge?.dimensions.find((d) => d.id === id);
    if (!merged || this.work.mode !== 'consensus') return nothing;
    const t = this.t;
    const levels = merged.levels.map((level, index) => `${t.respondent(index + 1, this.work.merge!.respondents[index] ?? '')} : ${this.levelName(level)}`).join(' ; ');
    return html`<div class="notice consensus-note ${merged.agreement}" part="consensus-note">
      <p>${t.consensusNote(levels, t.agreement[merged.agreement])}</p>
      ${merged.disputed.length
        ? html`<p>${t.disputed}</p>
            <ul>
              ${merged.disputed.map((p) => html`<li>${t.content.practices[p]}</li>`)}
            </ul>`
        : nothing}
    </div>`;
  }

  private renderAlibi() {
    const t = this.t;
    return html`<p>${t.alibiIntro}</p>
      ${alibiChecks.map((check) =>
        choiceGroup({
          id: `alibi-${check.id}`,
          legend: t.content.alibi[check.id].question,
          hint: t.content.alibi[check.id].hint,
          type: 'radio',
          inline: true,
          options: (['yes', 'no', 'na'] as AlibiAnswer[]).map((value) => ({ value, label: t.alibiAnswers[value] })),
          selected: this.work.answers.alibi[check.id] ? [this.work.answers.alibi[check.id]!] : [],
          onChange: ([value]) => this.patchWork({ answers: { ...this.work.answers, alibi: { ...this.work.answers.alibi, [check.id]: value as AlibiAnswer } } }),
          t: this.coreText.t,
        }),
      )}`;
  }

  private renderObstacles() {
    const t = this.t;
    return choiceGroup({
      id: 'obstacles',
      legend: t.obstaclesLegend,
      hint: t.obstaclesHint,
      type: 'checkbox',
      options: obstacleIds.map((id) => ({ value: id, label: t.content.obstacles[id].label })),
      selected: this.work.answers.obstacles,
      onChange: (selected) => this.patchWork({ answers: { ...this.work.answers, obstacles: selected as Answers['obstacles'] } }),
      t: this.coreText.t,
    });
  }

  private renderResults() {
    const t = this.t;
    const result = this.result;
    const date = this.text.formatDate(this.work.assessedAt);
    return html`<section class="results" part="results" aria-labelledby="results-title">
      <div class="report-header" part="report-header">
        <h3 id="results-title" tabindex="-1">${t.resultsTitle}</h3>
        <p class="report-meta"><strong>${t.reportFor(this.structureLabel, date)}</strong> — ${t.modeLabel[this.work.mode]}${this.work.role.trim() ? ` (${this.work.role.trim()})` : ''}</p>
      </div>
      ${this.renderLevels(result)} ${this.renderAci(result)} ${this.renderWarnings(result)} ${this.renderNextSteps(result)} ${this.renderPlan()}
      ${this.renderLevers(result)} ${this.renderHistory(true)}
      <p class="source">${t.source}</p>
      <div class="actions screen-only" part="nav">
        <button id="save-assessment" class="button" type="button" @click=${() => void this.saveAssessment()}>${t.saveAssessment}</button>
        <button id="print" class="button secondary" type="button" @click=${() => window.print()}>${t.print}</button>
        <button id="export" class="button secondary" type="button" aria-describedby="export-hint" @click=${this.downloadAnswers}>${t.exportAnswers}</button>
        <button id="edit" class="button secondary" type="button" @click=${() => void this.goTo('step', 0)}>${t.editAnswers}</button>
        <button id="new" class="button link" type="button" @click=${() => void this.newAssessment()}>${t.newAssessment}</button>
      </div>
      <p id="export-hint" class="hint screen-only">${t.exportHint}</p>
      ${this.submissionTarget.endpoint ? this.renderShare() : nothing}
    </section>`;
  }

  private renderLevels(result: AssessmentResult) {
    const t = this.t;
    const rows = result.dimensions.map((d) => ({
      id: d.id,
      label: t.content.dimensions[d.id].label,
      level: d.notConcerned ? null : d.level,
      valueText: this.levelName(d.notConcerned ? null : d.level),
    }));
    return html`<section class="levels" part="levels" aria-labelledby="levels-title">
      <h4 id="levels-title">${t.levelsTitle}</h4>
      <div class="chart-box">
        ${levelChart(rows, {
          title: t.chartTitle,
          desc: t.chartDesc(rows.map((row) => t.levelLine(row.label, row.level === null ? row.valueText : `${row.level} (${row.valueText})`))),
          axis: [0, 1, 2, 3, 4].map((level) => (level === 0 ? '0' : `${level}. ${t.content.levels[level as 1].name.split(' ')[0]}`)),
        })}
      </div>
      <table class="chart-table" part="chart-table">
        <caption>${t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.columnDimension}</th>
            <th scope="col">${t.columnLevel}</th>
            <th scope="col">${t.columnLevelName}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-dimension=${row.id}>
              <th scope="row">${row.label}</th>
              <td class="level-number">${row.level === null ? '—' : row.level}</td>
              <td>${row.valueText}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <ul class="level-words">
        ${result.dimensions.map(
          (d) => html`<li data-dimension=${d.id}>
            <strong>${t.levelLine(t.content.dimensions[d.id].label, this.levelName(d.notConcerned ? null : d.level))}.</strong>
            ${d.notConcerned
              ? nothing
              : d.basis.length
                ? html`${t.because}
                    <ul>
                      ${d.basis.map((p) => html`<li>${t.content.practices[p]}</li>`)}
                    </ul>`
                : html`${t.nothingYet}`}
            ${d.leadership ? html`<p>${t.leadership}</p>` : nothing}
            ${d.notCounted.length
              ? html`<p>${t.notCountedIntro}</p>
                  <ul>
                    ${d.notCounted.map((p) => html`<li>${t.content.practices[p]}</li>`)}
                  </ul>`
              : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderAci(result: AssessmentResult) {
    const t = this.t;
    const reasonText = (reason: AciReason) => t.aciReasons[reason.code];
    return html`<section class="aci" part="aci" aria-labelledby="aci-title">
      <h4 id="aci-title">${t.aciTitle}</h4>
      <p class="aci-level"><strong>${t.aciLevel[result.aci.level]}</strong></p>
      <ul>
        ${result.aci.reasons.map(
          (reason) => html`<li data-reason=${reason.code}>
            ${reasonText(reason)}
            ${'practices' in reason ? html`<span class="print-inline">${t.practiceCount(reason.practices.length)}</span>` : nothing}
            ${'practices' in reason
              ? html`<ul>
                  ${reason.practices.map((p) => html`<li>${t.content.practices[p]}</li>`)}
                </ul>`
              : nothing}
          </li>`,
        )}
      </ul>
      <p class="source">${t.aciSource}</p>
    </section>`;
  }

  private renderWarnings(result: AssessmentResult) {
    const t = this.t;
    return html`<section class="warnings" part="warnings" aria-labelledby="warnings-title">
      <h4 id="warnings-title">${t.alibiWarningsTitle}</h4>
      ${result.alibiWarnings.length
        ? html`<ul class="notice warning">
            ${result.alibiWarnings.map((id) => html`<li data-warning=${id}>${t.content.alibi[id].warning}</li>`)}
          </ul>`
        : html`<p>${t.alibiNone}</p>`}
    </section>`;
  }

  private renderNextSteps(result: AssessmentResult) {
    const t = this.t;
    const chosen = new Set(this.work.actionPlan.map((item) => item.practiceId));
    return html`<section class="next-steps" part="next-steps" aria-labelledby="next-title">
      <h4 id="next-title">${t.nextStepsTitle}</h4>
      <p class="screen-only">${t.nextStepsIntro}</p>
      <ul class="dimension-steps">
        ${result.dimensions.map(
          (d) => html`<li data-dimension=${d.id}>
            <strong>${t.content.dimensions[d.id].label}</strong>
            ${d.nextSteps.length
              ? html`<ul class="steps">
                  ${d.nextSteps.map(
                    (s) => html`<li class="option" data-practice=${s.practiceId}>
                      <input
                        id="plan-add-${s.practiceId}"
                        type="checkbox"
                        class="screen-only"
                        .checked=${live(chosen.has(s.practiceId))}
                        aria-describedby="plan-add-${s.practiceId}-hint"
                        @change=${(e: Event) => this.togglePlan(d.id, s.practiceId, (e.target as HTMLInputElement).checked)}
                      />
                      <label for="plan-add-${s.practiceId}"
                        >${t.content.practices[s.practiceId]} <span class="level-tag">(${t.content.levels[s.level].name})</span>
                        ${s.withUsersNeeded ? html`<em>${t.withUsersNeeded}</em>` : nothing}</label
                      >
                      <span id="plan-add-${s.practiceId}-hint" class="visually-hidden">${t.addToPlan}</span>
                    </li>`,
                  )}
                </ul>`
              : html`<p>${t.nextStepsNone}</p>`}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderPlan() {
    const t = this.t;
    const core = this.coreText.t;
    const plan = this.work.actionPlan;
    return html`<section class="plan" part="plan" aria-labelledby="plan-title">
      <h4 id="plan-title">${t.planTitle}</h4>
      ${plan.length === 0 ? html`<p>${t.planEmpty}</p>` : nothing}
      <ol class="plan-items">
        ${plan.map(
          (item) => html`<li class="plan-item" data-practice=${item.practiceId}>
            <p><strong>${t.content.dimensions[item.dimensionId].label}</strong> — ${t.content.practices[item.practiceId]}</p>
            <div class="plan-fields screen-only">
              ${textField({ id: `plan-${item.practiceId}-who`, label: t.planWho, value: item.who, maxlength: 120, onInput: (who) => this.patchPlan(item.practiceId, { who }), t: core })}
              ${textField({ id: `plan-${item.practiceId}-due`, label: t.planDue, type: 'date', value: item.due, onInput: (due) => this.patchPlan(item.practiceId, { due }), t: core })}
              ${textField({
                id: `plan-${item.practiceId}-means`,
                label: t.planMeans,
                hint: t.planMeansHint,
                value: item.means,
                maxlength: 400,
                onInput: (means) => this.patchPlan(item.practiceId, { means }),
                t: core,
              })}
              <button class="button link" type="button" @click=${() => this.togglePlan(item.dimensionId, item.practiceId, false)}>
                ${t.planRemove}<span class="visually-hidden"> : ${t.content.practices[item.practiceId]}</span>
              </button>
            </div>
            <p class="print-only">
              ${t.planPrintWho} ${item.who || '…'} · ${t.planPrintDue} ${item.due ? this.text.formatDate(item.due) : '…'} · ${t.planPrintMeans} ${item.means || '…'}
            </p>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderLevers(result: AssessmentResult) {
    const t = this.t;
    return html`<section class="levers" part="levers" aria-labelledby="levers-title">
      <h4 id="levers-title">${t.leversTitle}</h4>
      ${result.obstacles.length
        ? html`<dl>
            ${result.obstacles.map(
              (id) => html`<div data-obstacle=${id}>
                <dt>${t.content.obstacles[id].label}</dt>
                <dd>${t.content.obstacles[id].lever} <span class="source">(HAS, 2023, ${t.content.obstacles[id].source})</span></dd>
              </div>`,
            )}
          </dl>`
        : html`<p>${t.leversNone}</p>`}
    </section>`;
  }

  private renderHistory(withCurrent: boolean) {
    const t = this.t;
    const past = this.history.filter((a) => a.id !== this.work.savedId || !withCurrent).slice(-4);
    const current = withCurrent ? this.snapshot(this.work.savedId ?? 'current') : undefined;
    const columns = current ? [...past, current] : past;
    if (!columns.length || (withCurrent && !past.length)) {
      return withCurrent
        ? html`<section class="history" part="history" aria-labelledby="history-title">
            <h4 id="history-title">${t.historyTitle}</h4>
            <p>${this.work.savedId ? t.historyFirst : t.historyNone}</p>
          </section>`
        : nothing;
    }
    const heading = (a: SavedAssessment) => (a === current ? `${t.historyCurrent} (${this.text.formatDate(a.assessedAt, { dateStyle: 'short' })})` : this.text.formatDate(a.assessedAt, { dateStyle: 'medium' }));
    return html`<section class="history" part="history" aria-labelledby="history-title">
      ${withCurrent ? html`<h4 id="history-title">${t.historyTitle}</h4>` : html`<h3 id="history-title">${t.historyTitle}</h3>`}
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="history-caption">
        <table class="history-table">
          <caption id="history-caption">${t.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.columnDimension}</th>
              ${columns.map((a) => html`<th scope="col">${heading(a)}<br /><span class="mode">${t.modeLabel[a.mode]}</span></th>`)}
            </tr>
          </thead>
          <tbody>
            ${dimensionIds.map(
              (id) => html`<tr>
                <th scope="row">${t.content.dimensions[id].label}</th>
                ${columns.map((a) => {
                  const level = a.levels[id];
                  return html`<td>
                    ${level === undefined ? '—' : level === null ? t.notConcernedShort : html`${level}<span class="level-name"> – ${this.levelName(level)}</span>`}
                  </td>`;
                })}
              </tr>`,
            )}
            <tr>
              <th scope="row">${t.historyAci}</th>
              ${columns.map((a) => html`<td>${t.aciLevel[a.aciLevel]}</td>`)}
            </tr>
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderShare() {
    const t = this.t;
    const core = this.coreText.t;
    const recipient = this.settings.recipientName;
    if (this.submission.state === 'done') {
      const outcome = this.submission.outcome!;
      return html`<section class="share" part="share" aria-labelledby="sent-title">
        <h4 id="sent-title" tabindex="-1">${t.sentTitle}</h4>
        <p class="notice ${outcome.status === 'rejected' ? 'error' : 'success'}">${this.outcomeMessage()}</p>
        <p>${core.reference(shortReference(outcome.id))}</p>
      </section>`;
    }
    const sending = this.submission.state === 'sending';
    const options = Object.keys(t.shareOptions) as (keyof ShareChoices)[];
    return html`<section class="share screen-only" part="share" aria-labelledby="share-title">
      <h4 id="share-title">${t.shareTitle(recipient)}</h4>
      <form novalidate @submit=${this.onShare}>
        ${this.shareAttempted ? errorSummary(this.shareErrors, core, this.shadowRoot) : nothing}
        <p>${t.shareIntro}</p>
        ${choiceGroup({
          id: 'share-options',
          legend: t.shareLegend,
          type: 'checkbox',
          options: options.map((key) => ({ value: key, label: t.shareOptions[key] })),
          selected: options.filter((key) => this.share[key]),
          onChange: (selected) => (this.share = Object.fromEntries(options.map((key) => [key, selected.includes(key)])) as unknown as ShareChoices),
          t: core,
        })}
        ${choiceGroup({
          id: 'share-consent',
          legend: t.shareConsentLegend,
          type: 'checkbox',
          required: true,
          options: [{ value: 'yes', label: t.shareConsent }],
          selected: this.shareConsent ? ['yes'] : [],
          onChange: (selected) => (this.shareConsent = selected.includes('yes')),
          error: this.shareAttempted ? this.shareErrors[0]?.message : undefined,
          t: core,
        })}
        ${honeypotField(core, (value) => (this.submission.honeypot = value))}
        <div class="actions">
          <button class="button" part="submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${sending ? core.sending : t.send}</button>
        </div>
      </form>
    </section>`;
  }

  private renderMerge() {
    const t = this.t;
    const merged = this.mergeFiles.length ? mergeAnswers(this.mergeFiles) : undefined;
    return html`<section class="merge" part="merge" aria-labelledby="merge-title">
      <h3 id="merge-title" tabindex="-1">${t.mergeTitle}</h3>
      <p>${t.mergeIntro}</p>
      <div class="field ${this.mergeProblems.length ? 'has-error' : ''}" part="field">
        <label for="merge-files" part="label">${t.mergeFiles}</label>
        <p id="merge-files-hint" class="hint" part="hint">${t.mergeFilesHint}</p>
        <input
          id="merge-files"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby="merge-files-hint merge-files-message"
          aria-invalid=${this.mergeProblems.length ? 'true' : 'false'}
          @change=${(e: Event) => void this.importFiles(e)}
        />
        <div id="merge-files-message" class="message" part="field-message">
          ${this.mergeProblems.map((problem) => html`<p><span class="visually-hidden">${this.coreText.t.errorPrefix}</span> ${problem}</p>`)}
        </div>
      </div>
      ${merged
        ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="merge-caption">
            <table class="merge-table" part="merge-table">
              <caption id="merge-caption">${t.mergeTableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.columnDimension}</th>
                  ${merged.respondents.map((role, index) => html`<th scope="col">${t.respondent(index + 1, role)}</th>`)}
                  <th scope="col">${t.columnAgreement}</th>
                </tr>
              </thead>
              <tbody>
                ${merged.dimensions.map(
                  (d) => html`<tr data-dimension=${d.id} data-agreement=${d.agreement}>
                    <th scope="row">${t.content.dimensions[d.id].label}</th>
                    ${d.levels.map((level) => html`<td>${level === null ? t.notConcernedShort : `${level} – ${this.levelName(level)}`}</td>`)}
                    <td class="agreement ${d.agreement}">${t.agreementShort[d.agreement]}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
      <div class="actions" part="nav">
        <button id="merge-back" class="button secondary" type="button" @click=${() => void this.goTo('intro', 0)}>${t.back}</button>
        ${merged ? html`<button id="merge-build" class="button" type="button" @click=${this.buildConsensus}>${t.mergeBuild}</button>` : nothing}
        ${merged
          ? html`<button class="button link" type="button" @click=${() => ((this.mergeFiles = []), (this.mergeProblems = []), (this.statusMessage = ''))}>${t.mergeClear}</button>`
          : nothing}
      </div>
    </section>`;
  }

  protected override renderContent(): TemplateResult {
    const t = this.t;
    const view = this.work.view;
    return html`<div class="continuum" part="continuum">
      <h2 id="title" tabindex="-1">${t.title}</h2>
      ${this.structureLabel ? html`<p class="structure print-only">${this.structureLabel}</p>` : nothing}
      <p class="source screen-only">${t.source}</p>
      ${view === 'intro' ? this.renderIntro() : view === 'step' ? this.renderStep() : view === 'results' ? this.renderResults() : this.renderMerge()}
      <p class="status" part="status" role="status">${this.statusMessage}</p>
    </div>`;
  }
}

