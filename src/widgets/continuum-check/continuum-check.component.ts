import type { TemplateResult } from 'lit';
import { downloadFile } from '../../core/download.js';
import { DraftController } from '../../core/draft-controller.js';
import { focusAfterUpdate } from '../../core/focus.js';
import { LocaleController } from '../../core/i18n.js';
import { newId } from '../../core/ids.js';
import { SubmissionController } from '../../core/submission-controller.js';
import { baseStyles } from '../../core/theme.js';
import { MspWidget } from '../../core/widget-base.js';
import { formStyles } from '../../ui/form.styles.js';
import { answerFileName, answerFileOf, contentLabels, sharePayload, snapshotAssessment } from './continuum-assessment.js';
import { ChartLayoutController } from './chart-layout-controller.js';
import { ContentController } from './content-controller.js';
import { continuumCheckConfigSchema, type AnswerFile, type ContinuumCheckConfig } from './continuum-check.schema.js';
import type { ContinuumWork, View } from './continuum-check.state.js';
import { continuumCheckStyles } from './continuum-check.styles.js';
import { scoreAssessment, type AssessmentResult, type StructureType } from './continuum-scoring.js';
import * as work from './continuum-work.js';
import { HistoryController } from './history-controller.js';
import { MergeController } from './merge-controller.js';
import { ShareFormController, shareOutcome } from './share-form-controller.js';
import type { ContinuumCheckStrings } from './translations/fr.js';
import { continuumCheckCatalog } from './translations/index.js';
import { renderScreen, screenFocus, type ScreenOn } from './views/screen.view.js';

/**
 * @summary The team's self-assessment on the continuum of users' engagement (HAS matrix, 2023):
 * levels per dimension, ACI level, next steps, alibi warnings, levers, action plan, history.
 *
 * @event msp-submitted - The assessment was sent (with an endpoint) or kept: `detail` { id, kind: 'self-check', status }.
 * @event msp-delivered - A queued assessment reached the endpoint later.
 * @event msp-error - Rejected or failed sending, or a bad configuration (`detail.reason`).
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart config-notice - The notice shown instead of the questionnaire when the configuration is wrong.
 * @csspart continuum - The widget's content, inside `base`.
 * @csspart intro - The start screen.
 * @csspart plan-summary - On the start screen, the last action plan saved.
 * @csspart history - The progress over past assessments, on the start screen and in the results.
 * @csspart history-table - The table of past levels inside `history`.
 * @csspart step - One step of the questionnaire.
 * @csspart progress - "Étape 2 sur 8", at the top of a step.
 * @csspart consensus-note - After a merge, what each member said for the dimension.
 * @csspart level-group - The practices of one level, in a dimension.
 * @csspart practice - One practice and its "with usagers" question.
 * @csspart with-users - The "with or without usagers" question of a ticked practice.
 * @csspart nav - The row of buttons of a screen.
 * @csspart button - Every button; the secondary and link ones also carry `secondary` or `link`, the send button `submit`.
 * @csspart secondary - The secondary buttons (previous, back, print, export…).
 * @csspart link - The buttons drawn as links (save for later, remove from the plan, start afresh).
 * @csspart submit - The button that sends the assessment.
 * @csspart results - The results.
 * @csspart participants - After a merge, who answered and the agreement table (printed too).
 * @csspart report-header - The results' title, structure, date and mode.
 * @csspart levels - The levels: chart, table and words.
 * @csspart chart - The bar chart of levels (SVG).
 * @csspart chart-table - The same levels as a table.
 * @csspart aci - The ACI level and its reasons.
 * @csspart warnings - The alibi warnings.
 * @csspart next-steps - The next steps per dimension.
 * @csspart plan - The action plan.
 * @csspart levers - The levers for the obstacles named.
 * @csspart merge - The screen that merges individual answers.
 * @csspart merge-table - The members' levels side by side.
 * @csspart share - The form that sends the assessment to the endpoint, then its outcome.
 * @csspart status - The live region announcing outcomes.
 * @csspart loading - The line shown while the self-check's content loads (or the retry when it could not).
 * @csspart field - A form field (label, hint, control, message).
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A text, date or file input.
 * @csspart checkbox - A lone checkbox ("not concerned", a practice).
 * @csspart fieldset - A group of choices.
 * @csspart legend - A group's legend.
 * @csspart option - One choice in a group.
 * @csspart field-message - The message under a field (errors).
 * @csspart error-summary - The list of errors shown after a send attempt.
 *
 * @cssproperty --msp-continuum-check-accent - Accent colour, falls back to `--msp-accent`.
 * @cssproperty --msp-continuum-check-bar - Colour of the chart's bars, falls back to the accent.
 * @cssproperty --msp-accent - Accent colour shared by every widget.
 * @cssproperty --msp-font-family - Font; the host page's by default.
 * @cssproperty --msp-target-size - Minimum size of clickable targets (2.75em).
 */
export class MspContinuumCheck extends MspWidget<ContinuumCheckConfig> {
  static override styles = [baseStyles, formStyles, continuumCheckStyles];
  static override configSchema = continuumCheckConfigSchema;
  static override configAttributes = { recipientName: 'recipient-name', structureType: 'structure-type' };

  static override properties = {
    ...MspWidget.properties,
    recipientName: { type: String, attribute: 'recipient-name' },
    structureType: { type: String, attribute: 'structure-type' },
    work: { state: true },
    statusMessage: { state: true },
  };

  readonly kind = 'self-check' as const;

  private readonly text = new LocaleController(this, continuumCheckCatalog);
  /** The matrix, checks and obstacles: a chunk of their own, fetched when a screen first needs them. */
  private readonly content = new ContentController(
    this,
    () => this.text.locale,
    // Every screen but the start screen reads it; the start screen too when it shows the past.
    () => this.work.view !== 'intro' || this.history.assessments.length > 0,
  );
  /** The chart's layout, from the width the content has: beside (42em and more) or stacked. */
  private readonly chartLayout = new ChartLayoutController(this, '.continuum', 42, () => this.work.view === 'results');
  private readonly submission = new SubmissionController(this);
  private readonly drafts = new DraftController<ContinuumWork>(this, {
    key: () => `continuum-check:${location.pathname}`,
    dbName: () => this.submissionTarget.dbName,
  });
  private readonly history = new HistoryController(this, () => this.submissionTarget.dbName);
  private readonly merge = new MergeController(this);
  private readonly shareForm = new ShareFormController(this, () => this.t.shareConsentRequired);
  private restoring: Promise<void> = Promise.resolve();

  /** Who receives the assessment when an endpoint is set ("la Fédération des MSP d'Occitanie"). */
  declare recipientName: string | undefined;
  /** The kind of structure: `msp` (default), `cds`, `esp` or `cpts`; the ACI indicator concerns MSP and centres de santé only. */
  declare structureType: StructureType | undefined;
  declare private work: ContinuumWork;
  declare private statusMessage: string;

  constructor() {
    super();
    this.work = work.freshWork();
    this.statusMessage = '';
    // A queued assessment that got through later: say so in the status region too.
    this.addEventListener('msp-delivered', () => {
      if (this.submission.deliveredLater) this.statusMessage = this.outcomeMessage();
    });
  }

  /** The results of the current answers. */
  get result(): AssessmentResult {
    return scoreAssessment(this.work.answers, this.kindOfStructure);
  }

  /** The configured kind of structure, MSP when none is given. */
  private get kindOfStructure(): StructureType {
    return this.settings.structureType ?? 'msp';
  }

  /** Resolves once the saved draft and the history were read from this device. */
  get restored(): Promise<void> {
    return this.restoring.then(() => this.updateComplete).then(() => undefined);
  }

  private get t(): ContinuumCheckStrings {
    return this.text.t;
  }

  private readonly formatDate = (date: string, options?: Intl.DateTimeFormatOptions) => this.text.formatDate(date, options);

  // Handlers

  /** Every change to the work is kept as a draft on this device. */
  private setWork(next: ContinuumWork): void {
    this.work = next;
    this.drafts.save(this.work);
  }

  private async goTo(view: View, step = this.work.step): Promise<void> {
    this.setWork({ ...this.work, view, step });
    this.statusMessage = '';
    await focusAfterUpdate(this, screenFocus[view]);
  }

  private async saveForLater(): Promise<void> {
    this.drafts.save(this.work);
    await this.drafts.flush();
    this.statusMessage = (await this.drafts.restore()) ? this.t.savedForLater : this.t.notSaved;
  }

  private async saveAssessment(sharedAs?: string): Promise<void> {
    const id = this.work.savedId ?? newId();
    try {
      await this.history.save(
        snapshotAssessment(this.work, {
          id,
          savedAt: new Date().toISOString(),
          labels: contentLabels(this.content.text!),
          sharedAs,
          structureType: this.kindOfStructure,
        }),
      );
      this.setWork({ ...this.work, savedId: id });
      this.statusMessage = this.t.assessmentSaved;
    } catch {
      this.statusMessage = this.t.notSaved;
    }
  }

  private async newAssessment(): Promise<void> {
    await this.drafts.clear();
    this.submission.reset();
    this.work = work.freshWork();
    this.shareForm.reset();
    await this.goTo('intro', 0);
  }

  private async onShare(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submission.state === 'sending') return;
    const core = this.coreText.t;
    if (this.shareForm.errors.length) this.statusMessage = '';
    if (!(await this.shareForm.form.attempt())) return;
    this.statusMessage = core.sending;
    const outcome = await this.submission.submit(sharePayload(this.work, this.shareForm.choices, contentLabels(this.content.text!), this.kindOfStructure));
    if (outcome === 'too-fast') {
      this.statusMessage = core.tooFast;
      return;
    }
    if (outcome.status === 'failed') {
      this.statusMessage = this.outcomeMessage();
      return;
    }
    // Sent or kept to be sent: it is also this team's assessment of the day, kept in the history. The
    // draft is done with: reopening the page shows the history and the plan, not a form to send twice.
    await this.saveAssessment(outcome.id);
    await this.drafts.clear();
    this.statusMessage = this.outcomeMessage();
    await focusAfterUpdate(this, '#sent-title');
  }

  /** The outcome in words; "sent" (now or later) names who received it. */
  private outcomeMessage(): string {
    const sent = this.t.sentStatus(this.settings.recipientName);
    return shareOutcome(this.submission, sent, this.coreText.t, Boolean(this.submissionTarget.endpoint));
  }

  // Lifecycle

  /** Also waits for the content a screen asked for, so the screen is whole once this resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // An update that asked for another (the chart's layout measured) or content on its way: wait for them too.
    for (let round = 0; round < 5 && (!result || this.content.pending); round++) {
      await this.content.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first update: the database's name comes from the config, resolved then.
    this.restoring = this.updateComplete
      .then(() =>
        Promise.all([
          this.drafts.restore().then((saved) => {
            const resumed = work.resumeFrom(this.work, saved);
            if (!resumed) return;
            this.work = resumed;
            this.statusMessage = this.t.resumed;
          }),
          this.history.load(),
        ]),
      )
      .then(() => undefined);
  }

  // Public methods

  /** The file a member downloads after answering alone. */
  answerFile(): AnswerFile {
    return answerFileOf(this.work, this.submissionTarget.structure);
  }

  // Rendering: the views get their strings, state and callbacks; they never reach back into this class.

  private readonly on: ScreenOn = {
    prefetch: () => this.content.request(),
    retry: () => this.content.retry(),
    role: (role) => this.setWork({ ...this.work, role }),
    resume: () => void this.goTo('step', this.work.step),
    start: () => void this.goTo('step', 0),
    startFromLast: () => {
      const last = this.history.last;
      if (!last) return;
      this.work = work.fromLastAssessment(last, this.work.role);
      void this.goTo('step', 0);
    },
    startMerge: () => void this.goTo('merge'),
    goTo: (view, step) => void this.goTo(view, step),
    saveForLater: () => void this.saveForLater(),
    notConcerned: (id, notConcerned) => this.setWork(work.withDimension(this.work, id, { notConcerned })),
    practice: (id, practiceId, ticked) => this.setWork(work.withPractice(this.work, id, practiceId, ticked)),
    withUsers: (id, practiceId, withUsers) => this.setWork(work.withUsersSaid(this.work, id, practiceId, withUsers)),
    alibi: (check, answer) => this.setWork(work.withAlibi(this.work, check, answer)),
    obstacles: (obstacles) => this.setWork(work.withObstacles(this.work, obstacles)),
    planStep: (id, practiceId, chosen) => this.setWork(work.withPlanStep(this.work, id, practiceId, chosen)),
    planDetails: (practiceId, patch) => this.setWork(work.withPlanDetails(this.work, practiceId, patch)),
    save: () => void this.saveAssessment(),
    print: () => window.print(),
    exportAnswers: () => downloadFile(answerFileName(this.work), JSON.stringify(this.answerFile(), null, 2), 'application/json'),
    edit: () => void this.goTo('step', 0),
    newAssessment: () => void this.newAssessment(),
    submit: (event) => void this.onShare(event),
    share: (choices) => this.shareForm.setChoices(choices),
    consent: (agreed) => this.shareForm.setConsent(agreed),
    honeypot: (value) => (this.submission.honeypot = value),
    import: async (files) => void (this.statusMessage = this.t.mergeImported(await this.merge.import(files))),
    back: () => void this.goTo('intro', 0),
    build: () => {
      const merged = this.merge.merged;
      if (!merged) return;
      this.work = work.fromMerge(merged);
      void this.goTo('step', 0);
    },
    clear: () => {
      this.merge.clear();
      this.statusMessage = '';
    },
  };

  protected override renderContent(): TemplateResult {
    const { work: current, history, merge } = this;
    return renderScreen({
      t: this.t,
      core: this.coreText.t,
      formatDate: this.formatDate,
      dir: this.text.dir,
      ui: this.ui,
      on: this.on,
      state: {
        work: current,
        history: history.assessments,
        structure: this.submissionTarget.structure,
        content: this.content.text,
        contentFailed: this.content.failed,
        statusMessage: this.statusMessage,
        titleHidden: Boolean(this.settings.hideHeading),
        results: () => ({
          result: this.result,
          share: this.submissionTarget.endpoint
            ? this.shareForm.viewState(this.submission, this.settings.recipientName, this.outcomeMessage(), this.shadowRoot)
            : undefined,
          structureType: this.kindOfStructure,
          toolPages: this.settings.toolPages,
          chartLayout: this.chartLayout.layout,
        }),
        merge: { merged: merge.merged, unreadable: merge.unreadable },
      },
    });
  }
}
