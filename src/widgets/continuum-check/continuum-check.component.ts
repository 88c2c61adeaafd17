import { supportsAdoptingStyleSheets, type TemplateResult } from 'lit';
import { DraftController } from '../../core/draft-controller.js';
import { focusAfterUpdate } from '../../core/focus.js';
import { LocaleController } from '../../core/i18n.js';
import { newId } from '../../core/ids.js';
import { outcomeMessage } from '../../core/outcome.js';
import { SubmissionController } from '../../core/submission-controller.js';
import { baseStyles } from '../../core/theme.js';
import { OnDemand } from '../../core/on-demand.js';
import { MspWidget } from '../../core/widget-base.js';
import { formStyles } from '../../ui/form.styles.js';
import type { ChartLayoutController } from './chart-layout-controller.js';
import { ContentController } from './content-controller.js';
import { continuumCheckAttributes } from './continuum-check.attributes.js';
import type { AnswerFile, ContinuumCheckConfig } from './continuum-check.schema.js';
import type { ContinuumWork, View } from './continuum-check.state.js';
import { continuumCheckStyles } from './continuum-check.styles.js';
import type { AssessmentResult, StructureType } from './continuum-scoring.js';
import { freshWork } from './continuum-shell.js';
import { HistoryController } from './history-controller.js';
import type { MergeController } from './merge-controller.js';
import type { ShareFormController } from './share-form-controller.js';
import type { ContinuumCheckStrings } from './translations/fr.js';
import { continuumCheckCatalog } from './translations/index.js';
import type { ContinuumLaterStrings } from './translations/later.fr.js';
import { renderScreen, screenFocus, type LaterViews, type ScreenOn } from './views/screen.view.js';

/** The later screens' controllers, made when their module arrives (their code comes with it). */
interface LaterParts {
  /** The later screens' words (translations/later.ts), in the widget's language. */
  text: LocaleController<ContinuumLaterStrings>;
  chartLayout: ChartLayoutController;
  shareForm: ShareFormController;
  merge: MergeController;
}

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
    ...MspWidget.properties,
    recipientName: { type: String, attribute: 'recipient-name' },
    structureType: { type: String, attribute: 'structure-type' },
    work: { state: true },
    statusMessage: { state: true },
  };

  /** @internal The later screens' module, one chunk (views/later.views.ts); a test makes it fail to see the retry. */
  static loadLaterViews = (): Promise<LaterViews> => import('./views/later.views.js');

  readonly kind = 'self-check' as const;

  private readonly text = new LocaleController(this, continuumCheckCatalog);
  /** Every screen after the start screen, and the scoring, merging and sharing they run on: one chunk, on demand. */
  private readonly later = new OnDemand<LaterViews>(this, () =>
    (this.constructor as typeof MspContinuumCheck).loadLaterViews().then((views) => this.arrived(views)),
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
  /** The later screens' controllers, made when their module arrives. */
  private parts: LaterParts | undefined;
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
  /**
   * What the status region says: words of the moment, or a message in the later screens' words, put
   * into words when drawn (a draft resumed in an English widget reads in English once those words are here).
   */
  declare private statusMessage: string | ((t: ContinuumLaterStrings) => string);

  constructor() {
    super();
    this.work = freshWork();
    this.statusMessage = '';
    // A queued assessment that got through later: say so in the status region too.
    this.addEventListener('msp-delivered', () => {
      if (this.submission.deliveredLater) this.statusMessage = this.outcomeMessage();
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
    this.statusMessage = this.parts ? message : this.coreText.t.loadFailed;
  }

  /** The status region's text, in the widget's language. */
  private get statusText(): string {
    const message = this.statusMessage;
    if (typeof message === 'string') return message;
    return this.parts ? message(this.parts.text.t) : '';
  }

  private readonly formatDate = (date: string, options?: Intl.DateTimeFormatOptions) => this.text.formatDate(date, options);

  // Handlers

  /** Every change to the work is kept as a draft on this device. */
  private setWork(next: ContinuumWork): void {
    this.work = next;
    if (!this.unreadDraft) this.drafts.save(this.work);
  }

  /** A change made by a later screen, with the transitions of the later module (here: that screen is drawn by it). */
  private change(next: (transitions: LaterViews['work']) => ContinuumWork): void {
    const views = this.later.value;
    if (views) this.setWork(next(views.work));
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

  private async saveAssessment(sharedAs?: string): Promise<void> {
    const id = this.work.savedId ?? newId();
    try {
      const { contentLabels, snapshotAssessment } = await this.later.load();
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
      this.say((t) => t.assessmentSaved);
    } catch {
      this.say((t) => t.notSaved);
    }
  }

  private async newAssessment(): Promise<void> {
    await this.drafts.clear();
    this.submission.reset();
    this.work = freshWork();
    this.parts?.shareForm.reset();
    await this.goTo('intro', 0);
  }

  private async onShare(event: Event): Promise<void> {
    event.preventDefault();
    // The share form is drawn by the later module: it and its controller are here.
    const [views, shareForm] = [this.later.value, this.parts?.shareForm];
    if (this.submission.state === 'sending' || !views || !shareForm) return;
    const core = this.coreText.t;
    if (shareForm.errors.length) this.statusMessage = '';
    if (!(await shareForm.form.attempt())) return;
    this.statusMessage = core.sending;
    const payload = views.sharePayload(this.work, shareForm.choices, views.contentLabels(this.content.text!), this.kindOfStructure);
    const outcome = await this.submission.submit(payload);
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

  /** The sending's outcome in words; "sent" (now or later) names who received it. */
  private outcomeMessage(): string {
    const { outcome, deliveredLater } = this.submission;
    // An outcome comes from the share form, a later screen: its words are here.
    if (!outcome || !this.parts) return '';
    const sent = this.parts.text.t.sentStatus(this.settings.recipientName);
    return outcomeMessage(outcome, this.coreText.t, {
      endpoint: Boolean(this.submissionTarget.endpoint),
      deliveredLater,
      overrides: { sent, delivered: sent },
    });
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
   * The later module has come: its screens' controllers are made, their rules join the widget's own, and
   * a draft it could not check before is resumed.
   */
  private arrived(views: LaterViews): LaterViews {
    if (!this.parts) {
      // Their words first: the share form's controller reads them.
      const text = views.laterText(this);
      this.parts = {
        text,
        // The chart's layout, from the width the content has: beside (42em and more) or stacked.
        chartLayout: new views.ChartLayoutController(this, '.continuum', 42, () => this.work.view === 'results'),
        shareForm: new views.ShareFormController(this, () => text.t.shareConsentRequired),
        merge: new views.MergeController(this),
      };
    }
    this.addLaterStyles(views);
    if (this.unreadDraft) this.resume(this.unreadDraft, views);
    return views;
  }

  /** The later screens' rules, after the widget's own; once its shadow root exists (`result` may be read before). */
  private addLaterStyles(views: LaterViews): void {
    // Lit types renderRoot as always there; it is made when the element is first connected.
    const root = this.renderRoot as HTMLElement | DocumentFragment | undefined;
    if (!root) return void this.updateComplete.then(() => this.addLaterStyles(views));
    if (!(root instanceof ShadowRoot)) return;
    const sheet = views.laterStyles.styleSheet;
    if (supportsAdoptingStyleSheets && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else root.append(styleElement(views.laterStyles.cssText));
  }

  // Public methods

  /** The file a member downloads after answering alone; undefined until the later screens' module is here. */
  answerFile(): AnswerFile | undefined {
    return this.later.value?.answerFileOf(this.work, this.submissionTarget.structure);
  }

  // Rendering: the views get their strings, state and callbacks; they never reach back into this class.

  private readonly on: ScreenOn = {
    prefetch: () => this.content.request(),
    retry: () => this.content.retry(),
    role: (role) => this.setWork({ ...this.work, role }),
    resume: () => void this.goTo('step', this.work.step),
    start: () => void this.goTo('step', 0),
    startFromLast: () =>
      void this.withLater((views) => {
        const last = this.history.last;
        if (!last) return;
        this.work = views.work.fromLastAssessment(last, this.work.role);
        void this.goTo('step', 0);
      }),
    startMerge: () => void this.goTo('merge'),
    goTo: (view, step) => void this.goTo(view, step),
    saveForLater: () => void this.saveForLater(),
    notConcerned: (id, notConcerned) => this.change((work) => work.withDimension(this.work, id, { notConcerned })),
    practice: (id, practiceId, ticked) => this.change((work) => work.withPractice(this.work, id, practiceId, ticked)),
    withUsers: (id, practiceId, withUsers) => this.change((work) => work.withUsersSaid(this.work, id, practiceId, withUsers)),
    alibi: (check, answer) => this.change((work) => work.withAlibi(this.work, check, answer)),
    obstacles: (obstacles) => this.change((work) => work.withObstacles(this.work, obstacles)),
    planStep: (id, practiceId, chosen) => this.change((work) => work.withPlanStep(this.work, id, practiceId, chosen)),
    planDetails: (practiceId, patch) => this.change((work) => work.withPlanDetails(this.work, practiceId, patch)),
    save: () => void this.saveAssessment(),
    print: () => window.print(),
    exportAnswers: () =>
      void this.withLater(({ answerFileName, answerFileOf, downloadFile }) =>
        downloadFile(answerFileName(this.work), JSON.stringify(answerFileOf(this.work, this.submissionTarget.structure), null, 2), 'application/json'),
      ),
    edit: () => void this.goTo('step', 0),
    newAssessment: () => void this.newAssessment(),
    submit: (event) => void this.onShare(event),
    share: (choices) => this.parts?.shareForm.setChoices(choices),
    consent: (agreed) => this.parts?.shareForm.setConsent(agreed),
    honeypot: (value) => (this.submission.honeypot = value),
    import: async (files) => {
      const merge = this.parts?.merge;
      if (merge) {
        const count = await merge.import(files);
        this.say((t) => t.mergeImported(count));
      }
    },
    back: () => void this.goTo('intro', 0),
    build: () => {
      const merged = this.parts?.merge.merged;
      const views = this.later.value;
      if (!merged || !views) return;
      this.work = views.work.fromMerge(merged);
      void this.goTo('step', 0);
    },
    clear: () => {
      this.parts?.merge.clear();
      this.statusMessage = '';
    },
  };

  protected override renderContent(): TemplateResult {
    const { work: current, history, parts } = this;
    return renderScreen({
      t: this.t,
      laterT: parts?.text.t,
      core: this.coreText.t,
      formatDate: this.formatDate,
      dir: this.text.dir,
      ui: this.ui,
      on: this.on,
      later: this.later,
      state: {
        work: current,
        history: history.assessments,
        structure: this.submissionTarget.structure,
        content: this.content.text,
        contentFailed: this.content.failed,
        statusMessage: this.statusText,
        titleHidden: Boolean(this.settings.hideHeading),
        results: () => ({
          share:
            this.submissionTarget.endpoint && parts
              ? parts.shareForm.viewState(this.submission, this.settings.recipientName, this.outcomeMessage(), this.shadowRoot)
              : undefined,
          structureType: this.kindOfStructure,
          toolPages: this.settings.toolPages,
          chartLayout: parts?.chartLayout.layout ?? 'wide',
        }),
        merge: { merged: parts?.merge.merged, unreadable: parts?.merge.unreadable ?? [] },
      },
    });
  }
}

/** Where a browser cannot adopt style sheets (as Lit does then): a style element, with the nonce the page gave Lit, if any. */
function styleElement(cssText: string): HTMLStyleElement {
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = cssText;
  return style;
}
