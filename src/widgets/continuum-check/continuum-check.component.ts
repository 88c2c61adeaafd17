import type { TemplateResult } from 'lit';
import { DraftController } from '../../core/draft-controller.js';
import { focusAfterUpdate } from '../../core/focus.js';
import { LocaleController } from '../../core/i18n.js';
import { SubmissionController } from '../../core/submission-controller.js';
import { baseStyles } from '../../core/theme.js';
import { OnDemand } from '../../core/on-demand.js';
import { MspWidget } from '../../core/widget-base.js';
import { formStyles } from '../../ui/form.styles.js';
import { ContentController } from './content-controller.js';
import { continuumCheckAttributes } from './continuum-check.attributes.js';
import type { AnswerFile, ContinuumCheckConfig } from './continuum-check.schema.js';
import type { ContinuumWork, StatusMessage, View } from './continuum-check.state.js';
import { continuumCheckStyles } from './continuum-check.styles.js';
import type { AssessmentResult, StructureType } from './continuum-scoring.js';
import { freshWork } from './continuum-shell.js';
import { HistoryController } from './history-controller.js';
import type { LaterScreens, LaterShell } from './later-screens.js';
import type { ContinuumCheckStrings } from './translations/fr.js';
import { continuumCheckCatalog } from './translations/index.js';
import type { ContinuumLaterStrings } from './translations/later.fr.js';
import { renderScreen, screenFocus, type LaterViews, type ShellOn } from './views/screen.view.js';

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
 * @csspart loading - The line shown while the self-check's content or its later screens load (or the retry when the content could not).
 * @csspart load-notice - The alert and its retry button when the later screens could not be loaded (offline).
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
  static override loadConfigSchema = () => import('./continuum-check.schema.js').then((module) => module.continuumCheckConfigSchema);
  static override configAttributes = continuumCheckAttributes;

  static override properties = {
    work: { state: true },
    statusMessage: { state: true },
  };

  /** @internal The later screens' module, one chunk (views/later.views.ts); a test makes it fail to see the retry. */
  static loadLater = (): Promise<LaterViews> => import('./views/later.views.js');

  readonly kind = 'self-check' as const;

  private readonly text = new LocaleController(this, continuumCheckCatalog);
  /** Every screen after the start screen, and the scoring, merging and sharing they run on: one chunk, on demand. */
  private readonly later = new OnDemand<LaterViews>(this, () =>
    (this.constructor as typeof MspContinuumCheck).loadLater().then((views) => this.arrived(views)),
  );
  /** The matrix, checks and obstacles: a chunk of their own, fetched when a screen first needs them. */
  private readonly content = new ContentController(
    this,
    () => this.text.locale,
    // Every screen but the start screen reads it; the start screen too when it shows the past.
    () => this.work.view !== 'intro' || this.history.assessments.length > 0,
  );
  private readonly submission = new SubmissionController(this);
  private readonly drafts = new DraftController<ContinuumWork>(this, {
    key: () => `continuum-check:${location.pathname}`,
    dbName: () => this.submissionTarget.dbName,
  });
  private readonly history = new HistoryController(this, () => this.submissionTarget.dbName);
  /** The later screens' words, controllers and handlers, made when their module arrives (their code comes with it). */
  private screens: LaterScreens | undefined;
  private restoring: Promise<void> = Promise.resolve();
  /**
   * A draft read from this device while the later module (which checks drafts) could not come: kept
   * unsaved-over until the module arrives (the retry of a later screen), then resumed.
   */
  private unreadDraft: Partial<ContinuumWork> | undefined;

  /** Who receives the assessment when an endpoint is set ("la Fédération des MSP d'Occitanie"). */
  declare recipientName: string | undefined;
  /** The kind of structure: `msp` (default), `cds`, `esp` or `cpts`; the ACI indicator concerns MSP and centres de santé only. */
  declare structureType: StructureType | undefined;
  declare private work: ContinuumWork;
  /** What the status region says (a message in the later screens' words is put into words when drawn). */
  declare private statusMessage: StatusMessage;

  constructor() {
    super();
    this.work = freshWork();
    this.statusMessage = '';
    // A queued assessment that got through later: say so in the status region too.
    this.addEventListener('msp-delivered', () => {
      if (this.submission.deliveredLater) this.statusMessage = this.screens?.outcomeMessage() ?? '';
    });
  }

  /** The results of the current answers; undefined until the later screens' module is here (it is once `restored` resolves). */
  get result(): AssessmentResult | undefined {
    return this.later.value?.scoreAssessment(this.work.answers, this.kindOfStructure);
  }

  /** The configured kind of structure, MSP when none is given. */
  private get kindOfStructure(): StructureType {
    return this.settings.structureType ?? 'msp';
  }

  /** Resolves once the saved draft and the history were read from this device, and the later screens' module has come (or failed). */
  get restored(): Promise<void> {
    return this.restoring.then(() => this.updateComplete).then(() => undefined);
  }

  private get t(): ContinuumCheckStrings {
    return this.text.t;
  }

  /**
   * A message in the status region, in the later screens' words: they came with the screen (or the
   * draft) it is about; if their module could not come, the status says that instead.
   */
  private say(message: (t: ContinuumLaterStrings) => string): void {
    this.statusMessage = this.screens ? message : this.coreText.t.loadFailed;
  }

  /** The status region's text, in the widget's language. */
  private get statusText(): string {
    const message = this.statusMessage;
    if (typeof message === 'string') return message;
    return this.screens ? message(this.screens.text.t) : '';
  }

  private readonly formatDate = (date: string, options?: Intl.DateTimeFormatOptions) => this.text.formatDate(date, options);

  // Handlers

  /** Every change to the work is kept as a draft on this device. */
  private setWork(next: ContinuumWork): void {
    this.work = next;
    if (!this.unreadDraft) this.drafts.save(this.work);
  }

  /**
   * Runs `then` with the later module: at once when it is here (the start screen's buttons, before it
   * came), else once it arrives; when it cannot come, the status region says so.
   */
  private withLater(then: (views: LaterViews) => void | Promise<void>): Promise<void> {
    const views = this.later.value;
    if (views) return Promise.resolve(then(views));
    return this.later.load().then(then, () => void (this.statusMessage = this.coreText.t.loadFailed));
  }

  private async goTo(view: View, step = this.work.step): Promise<void> {
    this.setWork({ ...this.work, view, step });
    this.statusMessage = '';
    // A screen whose module could not come shows the retry alert instead: its button takes the focus.
    if (!(await focusAfterUpdate(this, screenFocus[view]))) await focusAfterUpdate(this, '[part~="load-notice"] button, #retry-content');
  }

  private async saveForLater(): Promise<void> {
    this.drafts.save(this.work);
    await this.drafts.flush();
    const saved = await this.drafts.restore();
    this.say((t) => (saved ? t.savedForLater : t.notSaved));
  }

  private async newAssessment(): Promise<void> {
    await this.drafts.clear();
    this.submission.reset();
    this.work = freshWork();
    this.screens?.shareForm.reset();
    await this.goTo('intro', 0);
  }

  /** Starts over from `work` (the last assessment, a merge built), at its first step. */
  private begin(work: ContinuumWork): void {
    this.work = work;
    void this.goTo('step', 0);
  }

  // Lifecycle

  /** Also waits for the content a screen asked for, so the screen is whole once this resolves. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.content.settled(() => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first update: the database's name comes from the config, resolved then.
    this.restoring = this.updateComplete
      .then(() =>
        Promise.all([
          this.drafts.restore().then(async (saved) => {
            if (!saved) return;
            try {
              this.resume(saved, await this.later.load());
            } catch {
              this.unreadDraft = saved;
            }
          }),
          this.history.load(),
          this.later.load().catch(() => undefined),
        ]),
      )
      .then(() => undefined);
  }

  /** Resumes a draft that still fits, into a widget where nothing was answered yet. */
  private resume(saved: Partial<ContinuumWork>, views: LaterViews): void {
    this.unreadDraft = undefined;
    // A draft read before the module came: the steps could not show meanwhile, whatever screen was asked for.
    const resumed = views.work.resumeFrom({ ...this.work, view: 'intro' }, saved);
    if (!resumed) return;
    this.work = resumed;
    this.say((t) => t.resumed);
  }

  /**
   * The later module has come: its screens' words, controllers and handlers are made (their rules join
   * the widget's own), and a draft it could not check before is resumed.
   */
  private arrived(views: LaterViews): LaterViews {
    this.screens ??= new views.LaterScreens(this, views.laterText(this), this.shell, this.on);
    if (this.unreadDraft) this.resume(this.unreadDraft, views);
    return views;
  }

  // Public methods

  /** The file a member downloads after answering alone; undefined until the later screens' module is here. */
  answerFile(): AnswerFile | undefined {
    return this.later.value?.answerFileOf(this.work, this.submissionTarget.structure);
  }

  // Rendering: the views get their strings, state and callbacks; they never reach back into this class.

  private readonly on: ShellOn = {
    prefetch: () => this.content.request(),
    retry: () => this.content.retry(),
    role: (role) => this.setWork({ ...this.work, role }),
    resume: () => void this.goTo('step', this.work.step),
    start: () => void this.goTo('step', 0),
    startFromLast: () =>
      void this.withLater((views) => {
        const last = this.history.last;
        if (last) this.begin(views.work.fromLastAssessment(last, this.work.role));
      }),
    startMerge: () => void this.goTo('merge'),
    goTo: (view, step) => void this.goTo(view, step),
    saveForLater: () => void this.saveForLater(),
    print: () => window.print(),
    edit: () => void this.goTo('step', 0),
    newAssessment: () => void this.newAssessment(),
    back: () => void this.goTo('intro', 0),
  };

  /** What the later screens read and change here. */
  private readonly shell: LaterShell = {
    work: () => this.work,
    setWork: (next) => this.setWork(next),
    begin: (work) => this.begin(work),
    status: (message) => void (this.statusMessage = message),
    submission: this.submission,
    drafts: this.drafts,
    history: this.history,
    content: () => this.content.text,
    core: () => this.coreText.t,
    config: () => ({ ...this.settings, ...this.submissionTarget, structureType: this.kindOfStructure }),
  };

  protected override renderContent(): TemplateResult {
    const { work: current, history, screens } = this;
    return renderScreen({
      t: this.t,
      laterT: screens?.text.t,
      core: this.coreText.t,
      formatDate: this.formatDate,
      dir: this.text.dir,
      ui: this.ui,
      on: this.on,
      laterOn: screens?.on,
      later: this.later,
      state: {
        work: current,
        history: history.assessments,
        structure: this.submissionTarget.structure,
        content: this.content.text,
        contentFailed: this.content.failed,
        statusMessage: this.statusText,
        titleHidden: Boolean(this.settings.hideHeading),
        // Drawn by the later module: its screens' controller is here.
        results: () => screens!.resultsExtras(),
        merge: { merged: screens?.merge.merged, unreadable: screens?.merge.unreadable ?? [] },
      },
    });
  }
}
