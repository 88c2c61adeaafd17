import { nothing } from 'lit';
import type { AttributeValue, ConfigProblem } from '../../core/config.js';
import { DraftController } from '../../core/draft-controller.js';
import { focusAfterUpdate } from '../../core/focus.js';
import { FormController } from '../../core/form-controller.js';
import { LocaleController } from '../../core/i18n.js';
import { OnDemand } from '../../core/on-demand.js';
import { openLocalStore } from '../../core/storage-probe.js';
import { SubmissionController } from '../../core/submission-controller.js';
import { baseStyles } from '../../core/theme.js';
import { MspWidget } from '../../core/widget-base.js';
import { formStyles } from '../../ui/form.styles.js';
import { ratingScaleStyles } from '../../ui/rating-scale.styles.js';
import type { StepError } from './answer-check.js';
import { DefinitionController } from './definition-controller.js';
import { KioskModeController } from './kiosk-mode-controller.js';
import { LaterScreensController } from './later-screens-controller.js';
import type { RestoreController } from './restore-controller.js';
import { stepState } from './step-state.js';
import { satisfactionSurveyAttributes } from './satisfaction-survey.attributes.js';
import type { SatisfactionSurveyConfig, SatisfactionSurveyPayload, SurveyDefinition } from './satisfaction-survey.schema.js';
import type { StepState, SurveyDraft } from './satisfaction-survey.state.js';
import type { SurveyAnswersStrings } from './translations/answers.fr.js';
import { surveyStyles } from './satisfaction-survey.styles.js';
import { currentCampaign, currentStep, emptyState, withAnswer, type AnswerValue, type SurveyState } from './survey-logic.js';
import { surveyFr } from './translations/fr.js';
import { surveyCatalog } from './translations/index.js';
import { renderSurvey, type SurveyScreen } from './views/survey.view.js';

/**
 * The satisfaction and needs questionnaire (ACI indicator "implication des usagers", niveau 1):
 * the default French questionnaire or the team's own JSON definition, one section per step, kept as a
 * draft while the person answers, sent anonymously. With `kiosk`, a waiting-room tablet that resets
 * itself for the next person.
 *
 * @summary Questionnaire de satisfaction et de besoins, en ligne ou sur tablette en salle d’attente.
 *
 * @event msp-submitted - The answers were sent, queued or kept on the device (`detail.status`); also, with `kind: 'idea'`,
 * the invitation's contact (a separate envelope).
 * @event msp-delivered - Queued answers reached the endpoint later.
 * @event msp-error - Answers refused or not kept (`rejected`, `failed`), or a bad configuration or definition (`config`).
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart survey - The survey's box.
 * @csspart title - The questionnaire's title.
 * @csspart loading - "Chargement du questionnaire…".
 * @csspart intro - The invitation, duration and anonymity note of the first step.
 * @csspart progress - The "Étape 2 sur 5" heading and its bar.
 * @csspart progress-bar - The bar (a native `<progress>`).
 * @csspart step-title - The step's heading (it takes focus on each step).
 * @csspart section-intro - The sentence under a step's heading.
 * @csspart form - The form of the current step.
 * @csspart question - Each question's box.
 * @csspart fieldset - Each choice group and rating scale.
 * @csspart rating - Each five-face rating scale.
 * @csspart faces - The row of faces.
 * @csspart face-label - One face with its word.
 * @csspart legend - A question's legend.
 * @csspart label - A text question's label.
 * @csspart hint - A question's hint.
 * @csspart input - A short text field.
 * @csspart textarea - A long text field.
 * @csspart counter - A long text's characters left.
 * @csspart option - One choice of a choice group.
 * @csspart field - A text question's box.
 * @csspart field-message - A question's error message.
 * @csspart error-summary - The list of problems shown when a step cannot go on.
 * @csspart actions - A row of buttons.
 * @csspart button - Every button; each also carries its own name below (`::part(next-button)`).
 * @csspart secondary - The less prominent button ("Précédent").
 * @csspart previous-button - "Précédent".
 * @csspart next-button - "Suivant" or "Envoyer mes réponses".
 * @csspart notice - The information notice (details).
 * @csspart notice-summary - The notice's "Comment vos réponses sont utilisées".
 * @csspart source - Where the questions come from.
 * @csspart thanks - The thank-you screen.
 * @csspart thanks-title - Its heading (it takes focus).
 * @csspart countdown - Kiosk: the seconds before the survey starts again.
 * @csspart restart-button - Kiosk: "Recommencer pour la personne suivante".
 * @csspart not-concerned - The "Cette question ne me concerne pas" box under faces that offer it.
 * @csspart invitation - The invitation to take part, under the thanks (when the team set `participation`).
 * @csspart invitation-title - Its heading ("Merci, l’équipe vous recontactera." once sent: it takes focus).
 * @csspart invitation-form - Its form.
 * @csspart invitation-notice - What happens to the contact details (recipient, retention, rights).
 * @csspart invitation-button - "Envoyer mes coordonnées".
 * @csspart already - The message shown to someone who already answered.
 * @csspart idle-warning - Kiosk: "Êtes-vous toujours là ?".
 * @csspart continue-button - Kiosk: "Continuer".
 * @csspart status - The status region (outcome of the sending).
 * @csspart config-notice - Shown instead of the survey when its configuration is wrong.
 *
 * @cssproperty --msp-satisfaction-survey-accent - Accent colour (buttons, chosen face, progress); falls back to `--msp-accent`.
 * @cssproperty --msp-satisfaction-survey-face-size - Size of a face (default 2.5rem, 3.5rem in kiosk mode).
 * @cssproperty --msp-satisfaction-survey-chosen-background - Background of the chosen face; falls back to `--msp-surface`.
 */
export class MspSatisfactionSurvey extends MspWidget<SatisfactionSurveyConfig> {
  static override styles = [baseStyles, formStyles, ratingScaleStyles, surveyStyles];
  static override loadConfigSchema = () => import('./satisfaction-survey.schema.js').then((module) => module.satisfactionSurveyConfigSchema);
  static override configAttributes = satisfactionSurveyAttributes;
  static override languageChoice = true;

  static override properties = {
    kiosk: { type: Boolean, reflect: true },
    answers: { state: true },
    step: { state: true },
    statusText: { state: true },
  };

  readonly kind = 'survey' as const;

  private readonly text = new LocaleController(this, surveyCatalog);
  private readonly submission = new SubmissionController(this);
  private readonly drafts = new DraftController<SurveyDraft>(this, {
    key: () => (this.isKiosk || !this.survey ? undefined : `survey:${this.survey.id}:${this.campaignId}`),
    dbName: () => this.submissionTarget.dbName,
  });
  /** Kiosk mode's timers and warning (kiosk.ts): loaded only once kiosk mode is on. */
  private readonly kioskMode = new KioskModeController(this, {
    kiosk: () => this.isKiosk,
    done: () => this.submission.state === 'done',
    progress: () => ({ step: this.step, answers: this.answers }),
    timing: () => this.settings,
    later: (kiosk) => this.later.use(kiosk),
    activity: (cleared) => {
      if (this.statusText === cleared) this.statusText = '';
    },
    abandoned: (cleared) => {
      this.restart();
      this.statusText = cleared;
    },
    reset: () => this.restart(),
  });
  /**
   * What the survey does with the answers once the form shows (answers.ts): the draft and the "already
   * answered" marker read back (asked for in the first update: render first, restore after), what
   * "Suivant" checks and what is sent. A press that comes before it waits for it.
   */
  private readonly work = new OnDemand(this, () =>
    MspSatisfactionSurvey.loadAnswers().then((module) => {
      this.answerText ??= module.answerWords(this);
      this.restoring ??= module.restoreAnswers<SurveyDraft>(this, {
        key: () => (this.configured && this.survey ? `${this.submissionTarget.dbName}|${this.survey.id}|${this.campaignId}|${this.isKiosk}` : undefined),
        answered: () => (this.oncePerDevice && this.survey ? module.hasAnswered(this.submissionTarget.dbName, this.survey.id, this.campaignId) : undefined),
        draft: () => this.drafts.restore(),
        restore: (draft) => {
          if (this.dirty || !this.survey) return; // The person already answered something: that wins.
          ({ answers: this.answers, step: this.step } = module.fromDraft(draft, this.survey));
        },
      });
      return module;
    }),
  );
  /** The marker and the draft being read back, once answers.ts is here. */
  private restoring: RestoreController<SurveyDraft> | undefined;
  /** The words of a step's problems and of an empty questionnaire, which come with answers.ts. */
  private answerText: LocaleController<SurveyAnswersStrings> | undefined;
  /** One step's form: errors show after a "Suivant" that cannot go on, and the summary takes focus. */
  private readonly form = new FormController(this, {
    errors: () => this.currentErrors().map((e) => ({ fieldId: e.fieldId, message: this.answerText!.t.summaryItem(e.question.label, e.message) })),
  });
  /** The screens after the steps, their words and the invitation (later.ts): loaded when the browser is idle after the first screen. */
  private readonly later = new LaterScreensController(this, {
    load: () => MspSatisfactionSurvey.loadLater(),
    submission: this.submission,
    shared: () => ({ core: this.coreText.t, ui: this.ui }),
    participation: () => this.settings.participation,
    kiosk: () => this.isKiosk,
    countdown: () => this.kioskMode.timers?.countdown ?? 0,
    restart: () => this.restart(),
    formatDate: (date) => this.text.formatDate(date, { day: 'numeric', month: 'long' }),
  });
  private readonly definition$ = new DefinitionController(this, {
    configured: () => this.configured,
    timeoutMs: () => this.submissionTarget.requestTimeoutMs,
    defaultSurvey: (language) => (language === 'fr' ? surveyFr.defaultSurvey : this.text.t.defaultSurvey),
    loading: () => (this.loadProblems = []),
    failed: (problems) => this.reportLoadProblems(problems),
  });

  declare private answers: SurveyState;
  declare private step: number;
  declare private statusText: string;

  /** Campaign id, so that one period's answers stay together ("2026-T4"); the current quarter by default. */
  declare campaign: string | undefined;
  /** Waiting-room tablet mode: large targets, no drafts, resets itself for the next person. Unset, the JSON config decides. */
  declare kiosk: boolean | undefined;
  /** The questionnaire: the address of its JSON (attribute or property) or the object itself (property). */
  declare definition: unknown;

  /** The person changed an answer since the page opened (a draft read late must not overwrite it). */
  private dirty = false;

  constructor() {
    super();
    this.answers = emptyState();
    this.step = 0;
    this.statusText = '';
  }

  /** The questionnaire in use, once known, in the language the person reads. */
  get survey(): SurveyDefinition | undefined {
    return this.definition$.survey(this.text.tag);
  }

  /** The campaign the answers are filed under. */
  get campaignId(): string {
    return this.settings.campaign ?? currentCampaign();
  }

  private get isKiosk(): boolean {
    return this.settings.kiosk === true;
  }

  /** The later screens' module; a test may make it fail or come late. */
  static loadLater = (): Promise<typeof import('./later.js')> => import('./later.js');

  /** What the survey does with the answers once the form shows (answers.ts); a test may make it fail or come late. */
  static loadAnswers = (): Promise<typeof import('./answers.js')> => import('./answers.js');

  private get oncePerDevice(): boolean {
    return !this.isKiosk && this.settings.oncePerDevice !== false;
  }

  // Config and settings

  /** The schema's checks, then the definition's: an address, or an object checked at once (shape and conditions). */
  protected override resolveConfig(json: unknown, common: AttributeValue[], inlineProblems: ConfigProblem[]) {
    const result = super.resolveConfig(json, common, inlineProblems);
    if (!result?.value) return result;
    const problems = this.definition$.use((result.value as SatisfactionSurveyConfig).definition);
    if (problems) return { value: undefined, problems };
    return result;
  }

  /** A valid config: a questionnaire not fetched from an address has no loading problem. */
  protected override settingsChanged(): void {
    if (!this.definition$.fetched && this.loadProblems.length) this.loadProblems = [];
    if (this.isKiosk) void this.kioskMode.load();
    // The draft and the marker are read back as soon as answers.ts is here; the store opens meanwhile.
    void this.work.load().catch(() => undefined);
    if (!this.isKiosk) void openLocalStore(this.submissionTarget.dbName).catch(() => undefined);
  }

  // Answers and steps

  private change(answers: SurveyState): void {
    this.answers = answers;
    this.dirty = true;
    this.drafts.save({ ...this.answers, step: this.step });
  }

  private goTo(step: number): void {
    this.step = Math.max(0, step);
    this.dirty = true;
    this.form.reset();
    this.statusText = '';
    this.drafts.save({ ...this.answers, step: this.step });
    void focusAfterUpdate(this, '#step-title');
  }

  /** The current step's problems, each on its field (shown or not); none shows before a "Suivant", which waits for the checks. */
  private currentErrors(): StepError[] {
    const check = this.work.loaded;
    const words = this.answerText?.t;
    return this.survey && check && words ? check.stepErrors(currentStep(this.survey, this.answers, this.step).current, this.answers, words.problems) : [];
  }

  private readonly onAnswer = (questionId: string, value: AnswerValue | undefined) => this.change(withAnswer(this.answers, questionId, value));
  private readonly onOther = (questionId: string, text: string) => this.change({ ...this.answers, others: { ...this.answers.others, [questionId]: text } });
  private readonly onHoneypot = (value: string) => (this.submission.honeypot = value);
  private readonly onPrevious = () => this.goTo(this.step - 1);

  private readonly onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!this.survey || this.submission.state === 'sending') return;
    // Before answers.ts is here, the press waits for it ("Chargement…"); another press meanwhile does nothing (undefined).
    const check = await this.work.forAction((text) => (text === undefined ? this.statusText : (this.statusText = text)), this.coreText.t);
    const survey = this.survey;
    if (!check || !survey) return;
    // With problems, the summary shows and takes focus, on a second press too.
    if (!(await this.form.attempt())) return;
    if (this.step < currentStep(survey, this.answers, this.step).sections.length - 1) this.goTo(this.step + 1);
    else await this.send(survey, check);
  };

  /** The answers are filed with the French words (ids are the same in every language): the team reads its results in French. */
  private async send(survey: SurveyDefinition, { buildAnswers, markAnswered }: typeof import('./answers.js')): Promise<void> {
    survey = this.definition$.survey('fr') ?? survey;
    const answers = buildAnswers(survey, this.answers, surveyFr.otherLabel, surveyFr.notConcerned);
    // An empty questionnaire tells the team nothing and would count as this device's one answer.
    this.statusText = answers.length ? '' : this.answerText!.t.nothingAnswered;
    if (!answers.length) return;
    const payload: SatisfactionSurveyPayload = { campaign: this.campaignId, surveyId: survey.id, surveyTitle: survey.title, kiosk: this.isKiosk, answers };
    const outcome = await this.submission.submit(payload);
    if (outcome === 'too-fast') this.statusText = this.coreText.t.tooFast;
    if (this.submission.state !== 'done') return;
    this.kioskMode.timers?.stopWatch();
    void focusAfterUpdate(this, '#thanks-title');
    if (this.isKiosk) return (await this.kioskMode.load())?.startCountdown();
    await this.drafts.clear();
    if (this.oncePerDevice) await markAnswered(this.submissionTarget.dbName, survey.id, this.campaignId);
  }

  // Public methods

  /** Empties everything for the next person (kiosk), focusing the first step. */
  restart(): void {
    this.kioskMode.timers?.stop();
    this.answers = emptyState();
    this.step = 0;
    this.form.reset();
    this.dirty = false;
    this.statusText = '';
    this.submission.reset();
    this.later.reset();
    void this.drafts.clear();
    void focusAfterUpdate(this, '#step-title');
  }

  // Rendering

  private stepState(survey: SurveyDefinition): StepState {
    const { form, settings, answers, step } = this;
    const notice = settings.notice ? [settings.notice] : this.text.t.notice(settings.structureName, this.oncePerDevice);
    const sending = this.submission.state === 'sending';
    // After a "Suivant" that could not go on, which waited for answers.ts: it draws the summary.
    const root = this.renderRoot as ShadowRoot;
    const summary = this.work.loaded?.renderSummary({ core: this.coreText.t, ui: this.ui, summary: form.summaryErrors, root }) ?? nothing;
    return stepState({ survey, answers, step, errors: this.currentErrors(), shown: form.shownErrors, summary, sending, notice });
  }

  private screen(survey: SurveyDefinition | undefined): SurveyScreen {
    // Render first, restore after: the form shows while the marker and the draft are read (issue 16).
    if (!survey || this.definition$.pending) return { name: 'loading' };
    if (this.submission.state === 'done') return { name: 'later', content: this.later.renderEnd() };
    // Someone who began answering meanwhile keeps their answers: the marker only keeps a form from starting.
    if (this.restoring?.alreadyAnswered && !this.dirty) return { name: 'later', content: this.later.renderAlreadyAnswered() };
    return { name: 'step', state: () => this.stepState(survey) };
  }

  protected renderContent() {
    const survey = this.survey;
    const step = { submit: this.onSubmit, previous: this.onPrevious, answer: this.onAnswer, other: this.onOther, honeypot: this.onHoneypot };
    const screen = this.screen(survey);
    const state = { survey, kiosk: this.isKiosk, screen, warning: this.kioskMode.warning(this.ui), status: this.later.status(this.statusText) };
    return renderSurvey({ t: this.text.t, core: this.coreText.t, ui: this.ui, state, on: { step } });
  }
}
