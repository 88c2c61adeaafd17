import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ConfigProblem } from '../../core/config.js';
import { DraftController } from '../../core/draft-controller.js';
import { LocaleController, type Catalog } from '../../core/i18n.js';
import { LocalStore } from '../../core/storage.js';
import { SubmissionController } from '../../core/submission-controller.js';
import { baseStyles } from '../../core/theme.js';
import { MspWidget } from '../../core/widget-base.js';
import type { AttributeValue } from '../../core/widget-config.js';
import { formStyles } from '../../ui/form.styles.js';
import { ratingScaleStyles } from '../../ui/rating-scale.styles.js';
import { hasAnswered, markAnswered, settleWithin } from './answered-marker.js';
import { KioskController } from './kiosk-controller.js';
import { loadDefinition } from './load-definition.js';
import { satisfactionSurveyConfigSchema, type SatisfactionSurveyConfig, type SatisfactionSurveyPayload, type SurveyDefinition } from './satisfaction-survey.schema.js';
import type { StepState, SurveyDraft } from './satisfaction-survey.state.js';
import { surveyStyles } from './satisfaction-survey.styles.js';
import {
  buildAnswers,
  clampStep,
  currentCampaign,
  definitionSource,
  emptyState,
  hasStarted,
  sectionProblems,
  stepErrors,
  visibleSections,
  withAnswer,
  type AnswerValue,
  type DefinitionSource,
  type SurveyState,
} from './survey-logic.js';
import { surveyFr, type SurveyStrings } from './translations/fr.js';
import { renderAlreadyAnswered, renderIdleWarning, renderLoading, renderThanks } from './views/screens.view.js';
import { renderStep } from './views/step.view.js';

const surveyCatalog: Catalog<SurveyStrings> = {
  fr: surveyFr,
  en: () => import('./translations/en.js').then((module) => module.surveyEn),
};

/**
 * The satisfaction and needs questionnaire (ACI indicator "implication des usagers", niveau 1):
 * the default French questionnaire or the team's own JSON definition, one section per step, kept as a
 * draft while the person answers, sent anonymously. With `kiosk`, a waiting-room tablet that resets
 * itself for the next person.
 *
 * @summary Questionnaire de satisfaction et de besoins, en ligne ou sur tablette en salle d’attente.
 *
 * @event msp-submitted - The answers were sent, queued or kept on the device (`detail.status`).
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
 * @csspart previous-button - "Précédent".
 * @csspart next-button - "Suivant" or "Envoyer mes réponses".
 * @csspart notice - The information notice (details).
 * @csspart notice-summary - The notice's "Comment vos réponses sont utilisées".
 * @csspart source - Where the questions come from.
 * @csspart thanks - The thank-you screen.
 * @csspart thanks-title - Its heading (it takes focus).
 * @csspart countdown - Kiosk: the seconds before the survey starts again.
 * @csspart restart-button - Kiosk: "Recommencer pour la personne suivante".
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
  static override configSchema = satisfactionSurveyConfigSchema;
  static override configAttributes = { campaign: 'campaign', kiosk: 'kiosk', definition: 'definition' };

  static override properties = {
    ...MspWidget.properties,
    campaign: { type: String },
    kiosk: { type: Boolean, reflect: true },
    definition: {},
    loaded: { state: true },
    loading: { state: true },
    answers: { state: true },
    step: { state: true },
    attempted: { state: true },
    alreadyAnswered: { state: true },
    preparing: { state: true },
    statusText: { state: true },
  };

  readonly kind = 'survey' as const;

  private readonly text = new LocaleController(this, surveyCatalog);
  private readonly submission = new SubmissionController(this);
  private readonly drafts = new DraftController<SurveyDraft>(this, {
    key: () => (this.isKiosk || !this.survey ? undefined : `survey:${this.survey.id}:${this.campaignId}`),
    dbName: () => this.submissionTarget.dbName,
  });
  private readonly kioskTimers = new KioskController(this, {
    watching: () => this.isKiosk && this.submission.state !== 'done',
    started: () => hasStarted(this.step, this.answers),
    inactivitySeconds: () => this.settings.inactivitySeconds ?? 90,
    warningSeconds: () => this.settings.warningSeconds ?? 30,
    resetAfterSeconds: () => this.settings.resetAfterSeconds ?? 15,
    warned: () => (this.focusAfterUpdate = 'continue-button'),
    activity: () => {
      if (this.statusText === this.text.t.cleared) this.statusText = '';
    },
    abandoned: () => {
      this.restart();
      this.statusText = this.text.t.cleared;
    },
    reset: () => this.restart(),
  });

  declare private loaded: SurveyDefinition | undefined;
  declare private loading: boolean;
  declare private answers: SurveyState;
  declare private step: number;
  declare private attempted: boolean;
  declare private alreadyAnswered: boolean;
  /** Reading the marker and the draft: shows "loading" rather than a form that would jump. */
  declare private preparing: boolean;
  declare private statusText: string;

  /** Campaign id, so that one period's answers stay together ("2026-T4"); the current quarter by default. */
  declare campaign: string | undefined;
  /** Waiting-room tablet mode: large targets, no drafts, resets itself for the next person. Unset, the JSON config decides. */
  declare kiosk: boolean | undefined;
  /** The questionnaire: the address of its JSON (attribute or property) or the object itself (property). */
  declare definition: unknown;

  private source: DefinitionSource = { kind: 'default' };
  private loadedFrom: string | undefined;
  private loadAbort: AbortController | undefined;
  private preparedFor: string | undefined;
  private dirty = false;
  private focusAfterUpdate: string | undefined;
  private persistenceAsked = false;

  constructor() {
    super();
    this.campaign = undefined;
    this.definition = undefined;
    this.loaded = undefined;
    this.loading = false;
    this.answers = emptyState();
    this.step = 0;
    this.attempted = false;
    this.alreadyAnswered = false;
    this.preparing = false;
    this.statusText = '';
  }

  /** The questionnaire in use, once known. */
  get survey(): SurveyDefinition | undefined {
    if (this.source.kind === 'default') return this.text.t.defaultSurvey;
    if (this.source.kind === 'object') return this.source.definition;
    return this.loaded;
  }

  /** The campaign the answers are filed under. */
  get campaignId(): string {
    return this.settings.campaign ?? currentCampaign();
  }

  private get isKiosk(): boolean {
    return this.settings.kiosk === true;
  }

  private get oncePerDevice(): boolean {
    return !this.isKiosk && this.settings.oncePerDevice !== false;
  }

  // Config, loading, draft and marker

  /** The schema's checks, then the definition's: an address, or an object checked at once (shape and conditions). */
  protected override resolveConfig(json: unknown, commonAttributes: AttributeValue[], inlineProblems: ConfigProblem[]) {
    const result = super.resolveConfig(json, commonAttributes, inlineProblems);
    if (!result.value) return result;
    const source = definitionSource((result.value as SatisfactionSurveyConfig).definition);
    if (!source.ok) return { value: undefined, problems: source.problems };
    this.source = source.source;
    return result;
  }

  private startLoading(url: string): void {
    if (this.loadedFrom === url) return;
    this.loadedFrom = url;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.loading = true;
    this.loaded = undefined;
    this.loadProblems = [];
    void loadDefinition(url, abort.signal, this.submissionTarget.requestTimeoutMs).then((checked) => {
      if (abort.signal.aborted) return;
      this.loaded = checked.ok ? checked.value : undefined;
      this.loading = false;
      this.reportLoadProblems(checked.ok ? [] : checked.problems);
    });
  }

  /** Once per questionnaire, campaign and database: the "already answered" marker and the draft. */
  private async prepare(key: string, survey: SurveyDefinition): Promise<void> {
    this.alreadyAnswered = false;
    this.preparing = true;
    try {
      if (this.oncePerDevice) {
        const answered = await settleWithin(hasAnswered(this.submissionTarget.dbName, survey.id, this.campaignId), false);
        if (this.preparedFor !== key) return;
        this.alreadyAnswered = answered;
      }
      const draft = await settleWithin(this.drafts.restore(), undefined);
      if (this.preparedFor !== key || !draft || this.dirty) return;
      this.answers = { answers: draft.answers ?? {}, others: draft.others ?? {} };
      this.step = clampStep(draft.step ?? 0, survey, this.answers);
    } finally {
      if (this.preparedFor === key) this.preparing = false;
    }
  }

  // Answers and steps

  private change(answers: SurveyState): void {
    this.answers = answers;
    this.dirty = true;
    this.drafts.save({ ...this.answers, step: this.step });
  }

  private goTo(step: number): void {
    this.step = Math.max(0, step);
    this.attempted = false;
    this.statusText = '';
    this.focusAfterUpdate = 'step-title';
    this.drafts.save({ ...this.answers, step: this.step });
  }

  private readonly onAnswer = (questionId: string, value: AnswerValue | undefined) => this.change(withAnswer(this.answers, questionId, value));
  private readonly onOther = (questionId: string, text: string) => this.change({ ...this.answers, others: { ...this.answers.others, [questionId]: text } });
  private readonly onHoneypot = (value: string) => (this.submission.honeypot = value);
  private readonly onPrevious = () => this.goTo(this.step - 1);
  private readonly onContinue = () => {
    this.kioskTimers.keepGoing();
    this.focusAfterUpdate = 'step-title';
  };

  private readonly onSubmit = async (event: Event) => {
    event.preventDefault();
    const survey = this.survey;
    if (!survey || this.submission.state === 'sending') return;
    const sections = visibleSections(survey, this.answers);
    const current = sections[Math.min(this.step, sections.length - 1)];
    if (!current) return;
    if (sectionProblems(current, this.answers).length) {
      this.attempted = true;
      this.focusAfterUpdate = 'error-summary';
      // A second press with the same answers changes no state: ask for the update that moves focus.
      this.requestUpdate();
    } else if (this.step < sections.length - 1) this.goTo(this.step + 1);
    else await this.send(survey);
  };

  private async send(survey: SurveyDefinition): Promise<void> {
    this.attempted = false;
    const answers = buildAnswers(survey, this.answers, this.text.t.otherLabel);
    // An empty questionnaire tells the team nothing and would count as this device's one answer.
    this.statusText = answers.length ? '' : this.text.t.nothingAnswered;
    if (!answers.length) return;
    const payload: SatisfactionSurveyPayload = { campaign: this.campaignId, surveyId: survey.id, surveyTitle: survey.title, kiosk: this.isKiosk, answers };
    const outcome = await this.submission.submit(payload);
    if (outcome === 'too-fast') this.statusText = this.coreText.t.tooFast;
    if (this.submission.state !== 'done') return;
    this.kioskTimers.stopWatch();
    this.focusAfterUpdate = 'thanks-title';
    this.requestUpdate();
    if (this.isKiosk) return this.kioskTimers.startCountdown();
    await this.drafts.clear();
    if (this.oncePerDevice) await markAnswered(this.submissionTarget.dbName, survey.id, this.campaignId);
  }

  // Lifecycle

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.loadedFrom = undefined;
    this.preparedFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.configured) return;
    if (this.source.kind === 'url') this.startLoading(this.source.url);
    else {
      this.loadedFrom = undefined;
      this.loading = false;
      this.loadProblems = [];
    }
    if (this.isKiosk && !this.persistenceAsked) {
      this.persistenceAsked = true;
      void LocalStore.requestPersistence();
    }
    const survey = this.survey;
    const key = survey ? `${this.submissionTarget.dbName}|${survey.id}|${this.campaignId}|${this.isKiosk}` : undefined;
    if (survey && key && key !== this.preparedFor) {
      this.preparedFor = key;
      void this.prepare(key, survey);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const id = this.focusAfterUpdate;
    if (!id) return;
    this.focusAfterUpdate = undefined;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    target?.focus();
    if (id !== 'continue-button') target?.scrollIntoView?.({ block: 'nearest' });
  }

  // Public methods

  /** Empties everything for the next person (kiosk), focusing the first step. */
  restart(): void {
    this.kioskTimers.stop();
    this.answers = emptyState();
    this.step = 0;
    this.attempted = false;
    this.dirty = false;
    this.statusText = '';
    this.submission.reset();
    void this.drafts.clear();
    this.focusAfterUpdate = 'step-title';
  }

  // Rendering

  private stepState(survey: SurveyDefinition): StepState {
    const t = this.text.t;
    const sections = visibleSections(survey, this.answers);
    const index = Math.min(this.step, sections.length - 1);
    const errors = this.attempted ? stepErrors(sections[index]!, this.answers, t.problems) : [];
    return {
      survey,
      sections,
      index,
      answers: this.answers,
      sending: this.submission.state === 'sending',
      summary: errors.map((e) => ({ fieldId: e.fieldId, message: t.summaryItem(e.question.label, e.message) })),
      errorFor: (fieldId) => errors.find((e) => e.fieldId === fieldId)?.message,
      root: this.renderRoot as ShadowRoot,
      notice: {
        paragraphs: this.settings.notice ? [this.settings.notice] : t.notice(this.settings.structureName ?? t.theStructure, this.oncePerDevice),
        source: survey.source,
      },
    };
  }

  private renderStatus() {
    const core = this.coreText.t;
    const outcome = this.submission.outcome;
    let message = this.statusText;
    if (outcome) {
      if (outcome.status === 'rejected') message = core.status.rejected(outcome.httpStatus ?? 0);
      else if (outcome.status === 'failed') message = this.submissionTarget.endpoint ? core.status.failedSend : core.status.failedSave;
      else message = this.submission.deliveredLater ? core.status.delivered : core.status[outcome.status];
    }
    return html`<div class="status ${outcome?.status ?? ''}" part="status" role="status">${message}</div>`;
  }

  private renderBody(survey: SurveyDefinition | undefined): TemplateResult {
    const t = this.text.t;
    if (!survey || this.loading || this.preparing) return renderLoading({ t });
    if (this.submission.state === 'done') {
      return renderThanks({ t, state: { kiosk: this.isKiosk, countdown: this.kioskTimers.countdown }, on: { restart: () => this.restart() } });
    }
    if (this.alreadyAnswered) return renderAlreadyAnswered({ t });
    const on = { submit: this.onSubmit, previous: this.onPrevious, answer: this.onAnswer, other: this.onOther, honeypot: this.onHoneypot };
    return renderStep({ t, core: this.coreText.t, state: this.stepState(survey), on });
  }

  protected renderContent() {
    const t = this.text.t;
    const survey = this.survey;
    return html`<section class="survey ${this.isKiosk ? 'kiosk' : ''}" part="survey" aria-labelledby=${survey ? 'survey-title' : nothing}>
      ${survey ? html`<h2 id="survey-title" part="title">${survey.title}</h2>` : nothing}
      ${this.renderBody(survey)} ${this.renderStatus()}
      ${this.kioskTimers.idleWarning
        ? renderIdleWarning({ t, state: { seconds: this.settings.warningSeconds ?? 30 }, on: { continue: this.onContinue } })
        : nothing}
    </section>`;
  }
}
