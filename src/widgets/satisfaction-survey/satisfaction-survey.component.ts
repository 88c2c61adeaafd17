import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { localDay } from '../../core/envelope.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { isHttpUrl, type ConfigProblem } from '../../core/config.js';
import { quietGet } from '../../core/json-feed.js';
import { DraftController } from '../../core/draft-controller.js';
import { LocaleController, type Catalog } from '../../core/i18n.js';
import { LocalStore } from '../../core/storage.js';
import { SubmissionController } from '../../core/submission-controller.js';
import { MspWidget, type CommonSettings } from '../../core/widget-base.js';
import { resolveWidgetConfig, type AttributeValue } from '../../core/widget-config.js';
import { choiceGroup, errorSummary, honeypotField, textArea, textField, type SummaryError } from '../../ui/form.js';
import { formStyles } from '../../ui/form.styles.js';
import { baseStyles } from '../../core/theme.js';
import { ratingScale } from '../../ui/rating-scale.js';
import { ratingScaleStyles } from '../../ui/rating-scale.styles.js';
import {
  OTHER_OPTION,
  satisfactionSurveyConfigSchema,
  type Question,
  type SatisfactionSurveyConfig,
  type SatisfactionSurveyPayload,
  type SurveyDefinition,
} from './satisfaction-survey.schema.js';
import { surveyStyles } from './satisfaction-survey.styles.js';
import {
  OTHER_TEXT_MAX,
  answerProblem,
  buildAnswers,
  checkDefinition,
  currentCampaign,
  emptyState,
  maxLengthOf,
  visibleSections,
  type AnswerProblem,
  type AnswerValue,
  type SurveyState,
} from './survey-logic.js';
import { surveyFr, type SurveyStrings } from './translations/fr.js';

const surveyCatalog: Catalog<SurveyStrings> = {
  fr: surveyFr,
  en: () => import('./translations/en.js').then((module) => module.surveyEn),
};

/** What the draft keeps between steps and visits. */
interface SurveyDraft extends SurveyState {
  step: number;
}

/** Where the questionnaire comes from. */
type DefinitionSource = { kind: 'default' } | { kind: 'object'; definition: SurveyDefinition } | { kind: 'url'; url: string };

/** Namespace of the "already answered" markers in the documents store. */
const ANSWERED = 'survey-answered';

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
 * @csspart intro - The invitation, duration and anonymity note of the first step.
 * @csspart progress - The "Étape 2 sur 5" line and its bar.
 * @csspart progress-bar - The bar's track.
 * @csspart step-title - The step's heading (it takes focus on each step).
 * @csspart form - The form of the current step.
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
 * @csspart actions - The step's buttons.
 * @csspart previous-button - "Précédent".
 * @csspart next-button - "Suivant" or "Envoyer mes réponses".
 * @csspart notice - The information notice (details/summary).
 * @csspart source - Where the questions come from.
 * @csspart thanks - The thank-you screen.
 * @csspart restart-button - Kiosk: "Recommencer pour la personne suivante".
 * @csspart already - The message shown to someone who already answered.
 * @csspart idle-warning - Kiosk: "Êtes-vous toujours là ?".
 * @csspart continue-button - Kiosk: "Continuer".
 * @csspart status - The status region (outcome of the sending).
 * @csspart config-notice - Shown instead of the survey when its configuration is wrong.
 *
 * @cssproperty --msp-satisfaction-survey-accent - Accent colour (buttons, chosen face); falls back to `--msp-accent`.
 * @cssproperty --msp-satisfaction-survey-face-size - Size of a face (default 2.5rem, 3.5rem in kiosk mode).
 * @cssproperty --msp-satisfaction-survey-chosen-background - Background of the chosen face; falls back to `--msp-surface`.
 */
export class MspSatisfactionSurvey extends MspWidget {
  static override styles = [baseStyles, formStyles, ratingScaleStyles, surveyStyles];

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
    idleWarning: { state: true },
    countdown: { state: true },
    statusText: { state: true },
  };

  readonly kind = 'survey' as const;

  private readonly text = new LocaleController(this, surveyCatalog);
  private readonly submission = new SubmissionController(this);
  private readonly drafts = new DraftController<SurveyDraft>(this, {
    key: () => (this.settings.kiosk || !this.survey ? undefined : `survey:${this.survey.id}:${this.campaignId}`),
    dbName: () => this.submissionTarget.dbName,
  });

  /** Campaign id, so that one period's answers stay together ("2026-T4"); the current quarter by default. */
  declare campaign: string | undefined;
  /** Waiting-room tablet mode: large targets, no drafts, resets itself for the next person. */
  declare kiosk: boolean;
  /** The questionnaire: the address of its JSON (attribute or property) or the object itself (property). */
  declare definition: unknown;

  declare private loaded: SurveyDefinition | undefined;
  declare private loading: boolean;
  declare private answers: SurveyState;
  declare private step: number;
  declare private attempted: boolean;
  declare private alreadyAnswered: boolean;
  /** Reading the marker and the draft: shows "loading" rather than a form that would jump. */
  declare private preparing: boolean;
  declare private idleWarning: boolean;
  declare private countdown: number;
  declare private statusText: string;

  private settings: SatisfactionSurveyConfig = {};
  private source: DefinitionSource = { kind: 'default' };
  private loadedFrom: string | undefined;
  private loadAbort: AbortController | undefined;
  private preparedFor: string | undefined;
  private dirty = false;
  private focusAfterUpdate: string | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private warningTimer: ReturnType<typeof setTimeout> | undefined;
  private resetTimer: ReturnType<typeof setInterval> | undefined;
  private persistenceAsked = false;

  constructor() {
    super();
    this.campaign = undefined;
    this.kiosk = false;
    this.definition = undefined;
    this.loaded = undefined;
    this.loading = false;
    this.answers = emptyState();
    this.step = 0;
    this.attempted = false;
    this.alreadyAnswered = false;
    this.preparing = false;
    this.idleWarning = false;
    this.countdown = 0;
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

  // Config

  protected resolveConfig(json: unknown, commonAttributes: AttributeValue[], inlineProblems: ConfigProblem[]) {
    const attributes: AttributeValue[] = [
      ...commonAttributes,
      { attribute: 'campaign', key: 'campaign', value: this.campaign },
      { attribute: 'kiosk', key: 'kiosk', value: this.kiosk ? true : undefined },
      { attribute: 'definition', key: 'definition', value: this.definition },
    ];
    const result = resolveWidgetConfig(satisfactionSurveyConfigSchema, json, attributes, inlineProblems);
    if (!result.value) return result;
    const settings = result.value;
    const problems: ConfigProblem[] = [];
    let source: DefinitionSource = { kind: 'default' };
    if (typeof settings.definition === 'string') {
      if (isHttpUrl(settings.definition)) source = { kind: 'url', url: settings.definition };
      else problems.push({ source: 'attribute', path: 'definition', expected: 'une adresse http(s) du questionnaire en JSON, ou un objet questionnaire', found: JSON.stringify(settings.definition).slice(0, 60) });
    } else if (settings.definition !== undefined) {
      const checked = checkDefinition(settings.definition);
      if (checked.ok) source = { kind: 'object', definition: checked.value };
      else problems.push(...checked.problems);
    }
    if (problems.length) return { value: undefined, problems };
    this.settings = settings;
    this.source = source;
    return { value: settings as CommonSettings, problems: [] };
  }

  // Loading, draft and marker

  private loadDefinition(url: string): void {
    if (this.loadedFrom === url) return;
    this.loadedFrom = url;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.loading = true;
    this.loaded = undefined;
    this.loadProblems = [];
    void (async () => {
      let problems: ConfigProblem[];
      try {
        // No cookie, no referrer, bounded in time: a server that never answers ends in a notice, not endless loading.
        const response = await fetch(url, quietGet(abort.signal, this.submissionTarget.requestTimeoutMs));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const checked = checkDefinition(await response.json());
        if (abort.signal.aborted) return;
        if (checked.ok) {
          this.loaded = checked.value;
          problems = [];
        } else problems = checked.problems;
      } catch (error) {
        if (abort.signal.aborted) return;
        problems = [{ source: 'attribute', path: 'definition', expected: 'l’adresse d’un questionnaire en JSON lisible', found: `${url} (${error instanceof Error ? error.message : String(error)})`.slice(0, 160) }];
      }
      this.loading = false;
      this.reportLoadProblems(problems);
    })();
  }

  /** Once per questionnaire, campaign and database: the "already answered" marker and the draft. */
  private async prepare(key: string): Promise<void> {
    const survey = this.survey;
    if (!survey) return;
    this.alreadyAnswered = false;
    this.preparing = true;
    // A blocked IndexedDB (another tab upgrading it) must not keep the survey hidden: give up after a moment.
    const atMost = <T>(promise: Promise<T>, fallback: T) => Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), 1500))]);
    try {
      if (this.oncePerDevice) {
        const marker = await atMost(
          LocalStore.open(this.submissionTarget.dbName)
            .then((store) => store.getDocument(ANSWERED, `${survey.id}:${this.campaignId}`))
            .catch(() => undefined), // No storage: nothing remembered, the survey stays open.
          undefined,
        );
        if (this.preparedFor !== key) return;
        this.alreadyAnswered = marker !== undefined;
      }
      const draft = await atMost(this.drafts.restore(), undefined);
      if (this.preparedFor !== key || !draft || this.dirty) return;
      this.answers = { answers: draft.answers ?? {}, others: draft.others ?? {} };
      this.step = Math.max(0, Math.min(draft.step ?? 0, visibleSections(survey, this.answers).length - 1));
    } finally {
      if (this.preparedFor === key) this.preparing = false;
    }
  }

  // Answers and steps

  private saveDraft(): void {
    this.drafts.save({ ...this.answers, step: this.step });
  }

  private setAnswer(questionId: string, value: AnswerValue | undefined): void {
    const answers = { ...this.answers.answers };
    if (value === undefined) delete answers[questionId];
    else answers[questionId] = value;
    this.answers = { ...this.answers, answers };
    this.dirty = true;
    this.saveDraft();
  }

  private setOther(questionId: string, text: string): void {
    this.answers = { ...this.answers, others: { ...this.answers.others, [questionId]: text } };
    this.dirty = true;
    this.saveDraft();
  }

  private problemText(question: Question, problem: AnswerProblem): string {
    const t = this.text.t.problems;
    switch (problem) {
      case 'required':
        return t.required;
      case 'other-missing':
        return t.otherMissing;
      case 'too-many':
        return t.tooMany(question.type === 'multiple' ? (question.maxChoices ?? 0) : 0);
      default:
        return t.tooLong(maxLengthOf(question) ?? OTHER_TEXT_MAX);
    }
  }

  private readonly onPrevious = () => {
    this.goTo(this.step - 1);
  };

  private goTo(step: number): void {
    this.step = Math.max(0, step);
    this.attempted = false;
    this.statusText = '';
    this.focusAfterUpdate = 'step-title';
    this.saveDraft();
  }

  private readonly onSubmit = async (event: Event) => {
    event.preventDefault();
    const survey = this.survey;
    if (!survey || this.submission.state === 'sending') return;
    const sections = visibleSections(survey, this.answers);
    const current = sections[Math.min(this.step, sections.length - 1)];
    if (!current) return;
    const stepProblems = current.questions.some((question) => answerProblem(question, this.answers));
    if (stepProblems) {
      this.attempted = true;
      this.focusAfterUpdate = 'error-summary';
      // A second press with the same answers changes no state: ask for the update that moves focus.
      this.requestUpdate();
      return;
    }
    if (this.step < sections.length - 1) {
      this.goTo(this.step + 1);
      return;
    }
    this.attempted = false;
    const answers = buildAnswers(survey, this.answers, this.text.t.otherLabel);
    if (answers.length === 0) {
      // An empty questionnaire tells the team nothing and would count as this device's one answer.
      this.statusText = this.text.t.nothingAnswered;
      return;
    }
    this.statusText = '';
    const payload: SatisfactionSurveyPayload = { campaign: this.campaignId, surveyId: survey.id, surveyTitle: survey.title, kiosk: this.isKiosk, answers };
    const outcome = await this.submission.submit(payload);
    if (outcome === 'too-fast') {
      this.statusText = this.coreText.t.tooFast;
      return;
    }
    if (this.submission.state !== 'done') return;
    this.stopIdleWatch();
    this.focusAfterUpdate = 'thanks-title';
    this.requestUpdate();
    if (!this.isKiosk) {
      await this.drafts.clear();
      if (this.oncePerDevice) {
        try {
          // Nothing identifying: which questionnaire and period, and the day.
          const store = await LocalStore.open(this.submissionTarget.dbName);
          await store.putDocument(ANSWERED, `${survey.id}:${this.campaignId}`, { answeredOn: localDay(new Date()) });
        } catch {
          // No storage: the person could answer twice from this device; the answers are no less valid.
        }
      }
    } else {
      this.startResetCountdown();
    }
  };

  // Kiosk: the thank-you screen's countdown, and the inactivity reset

  private startResetCountdown(): void {
    clearInterval(this.resetTimer);
    this.countdown = Math.ceil(this.settings.resetAfterSeconds ?? 15);
    const endsAt = Date.now() + (this.settings.resetAfterSeconds ?? 15) * 1000;
    this.resetTimer = setInterval(() => {
      const left = Math.ceil((endsAt - Date.now()) / 1000);
      if (left <= 0) this.restart();
      else this.countdown = left;
    }, 250);
  }

  private readonly onActivity = () => {
    if (!this.isKiosk || this.submission.state === 'done') return;
    if (this.idleWarning) this.idleWarning = false;
    if (this.statusText === this.text.t.cleared) this.statusText = '';
    this.armIdleWatch();
  };

  private armIdleWatch(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.warningTimer);
    this.idleTimer = setTimeout(() => this.warnIdle(), (this.settings.inactivitySeconds ?? 90) * 1000);
  }

  private warnIdle(): void {
    const started = this.step > 0 || Object.keys(this.answers.answers).length > 0 || Object.keys(this.answers.others).length > 0;
    if (!started) return;
    this.idleWarning = true;
    this.focusAfterUpdate = 'continue-button';
    this.warningTimer = setTimeout(() => {
      this.idleWarning = false;
      this.restart();
      this.statusText = this.text.t.cleared;
    }, (this.settings.warningSeconds ?? 30) * 1000);
  }

  private stopIdleWatch(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.warningTimer);
    this.idleWarning = false;
  }

  private readonly onContinue = () => {
    this.idleWarning = false;
    this.armIdleWatch();
    this.focusAfterUpdate = 'step-title';
  };

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['pointerdown', 'keydown', 'input']) this.addEventListener(type, this.onActivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['pointerdown', 'keydown', 'input']) this.removeEventListener(type, this.onActivity);
    this.loadAbort?.abort();
    this.loadedFrom = undefined;
    this.preparedFor = undefined;
    clearInterval(this.resetTimer);
    this.stopIdleWatch();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.configured) return;
    if (this.source.kind === 'url') this.loadDefinition(this.source.url);
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
    if (key && key !== this.preparedFor) {
      this.preparedFor = key;
      void this.prepare(key);
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
    clearInterval(this.resetTimer);
    this.stopIdleWatch();
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

  private renderQuestion(question: Question): TemplateResult {
    const t = this.text.t;
    const core = this.coreText.t;
    const id = `q-${question.id}`;
    const value = this.answers.answers[question.id];
    const problem = this.attempted ? answerProblem(question, this.answers) : undefined;
    const error = problem && problem !== 'other-missing' ? this.problemText(question, problem) : undefined;
    const required = question.required === true;
    switch (question.type) {
      case 'rating':
        return ratingScale({
          id,
          legend: question.label,
          hint: question.hint,
          required,
          error,
          value: typeof value === 'number' ? value : undefined,
          words: t.ratingWords,
          t: core,
          onChange: (rating) => this.setAnswer(question.id, rating),
        });
      case 'yesno':
        return choiceGroup({
          id,
          legend: question.label,
          hint: question.hint,
          required,
          error,
          t: core,
          type: 'radio',
          inline: true,
          options: [
            { value: 'yes', label: t.yes },
            { value: 'no', label: t.no },
          ],
          selected: value === true ? ['yes'] : value === false ? ['no'] : [],
          onChange: ([chosen]) => this.setAnswer(question.id, chosen === 'yes'),
        });
      case 'single':
      case 'multiple': {
        const multiple = question.type === 'multiple';
        const hints = [question.hint, multiple ? (question.maxChoices ? t.atMostChoices(question.maxChoices) : t.severalAnswers) : undefined];
        const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
        const otherChosen = question.other === true && selected.includes(OTHER_OPTION);
        const otherError = problem === 'other-missing' || (problem === 'too-long' && otherChosen) ? this.problemText(question, problem) : undefined;
        return html`${choiceGroup({
          id,
          legend: question.label,
          hint: hints.filter(Boolean).join(' ') || undefined,
          required,
          error: otherError && problem === 'too-long' ? undefined : error,
          t: core,
          type: multiple ? 'checkbox' : 'radio',
          options: [
            ...question.options.map((option) => ({ value: option.id, label: option.label })),
            ...(question.other ? [{ value: OTHER_OPTION, label: question.otherLabel ?? t.otherLabel }] : []),
          ],
          selected,
          onChange: (chosen) => this.setAnswer(question.id, multiple ? (chosen.length ? chosen : undefined) : chosen[0]),
        })}
        ${otherChosen
          ? html`<div class="other-field">
              ${textField({
                id: `${id}-other`,
                label: t.otherField(question.label),
                hint: t.textPrivacy,
                required: true,
                error: otherError,
                t: core,
                value: this.answers.others[question.id] ?? '',
                maxlength: OTHER_TEXT_MAX,
                onInput: (text) => this.setOther(question.id, text),
              })}
            </div>`
          : nothing}`;
      }
      case 'short-text':
        return textField({
          id,
          label: question.label,
          hint: [question.hint, t.textPrivacy].filter(Boolean).join(' '),
          required,
          error,
          t: core,
          value: typeof value === 'string' ? value : '',
          maxlength: maxLengthOf(question),
          onInput: (text) => this.setAnswer(question.id, text === '' ? undefined : text),
        });
      case 'long-text':
        return textArea({
          id,
          label: question.label,
          hint: [question.hint, t.textPrivacy].filter(Boolean).join(' '),
          required,
          error,
          t: core,
          value: typeof value === 'string' ? value : '',
          maxChars: maxLengthOf(question),
          rows: 4,
          onInput: (text) => this.setAnswer(question.id, text === '' ? undefined : text),
        });
    }
  }

  private renderNotice(survey: SurveyDefinition) {
    const t = this.text.t;
    const paragraphs = this.settings.notice ? [this.settings.notice] : t.notice(this.settings.structureName ?? t.theStructure, this.oncePerDevice);
    return html`<details class="notice-details" part="notice">
        <summary>${t.noticeSummary}</summary>
        ${paragraphs.map((p) => html`<p>${p}</p>`)}
      </details>
      ${survey.source ? html`<p class="source" part="source">${t.source(survey.source)}</p>` : nothing}`;
  }

  private renderForm(survey: SurveyDefinition) {
    const t = this.text.t;
    const core = this.coreText.t;
    const sections = visibleSections(survey, this.answers);
    const index = Math.min(this.step, sections.length - 1);
    const current = sections[index]!;
    const last = index === sections.length - 1;
    const sending = this.submission.state === 'sending';
    const errors: SummaryError[] = this.attempted
      ? current.questions.flatMap((question) => {
          const problem = answerProblem(question, this.answers);
          if (!problem) return [];
          const otherField = problem === 'other-missing' || (problem === 'too-long' && question.type !== 'short-text' && question.type !== 'long-text');
          return [{ fieldId: `q-${question.id}${otherField ? '-other' : ''}`, message: t.summaryItem(question.label, this.problemText(question, problem)) }];
        })
      : [];
    return html`
      ${index === 0
        ? html`<div class="intro" part="intro">
            ${survey.intro ? html`<p>${survey.intro}</p>` : nothing}
            <p>${survey.estimatedMinutes ? html`${t.duration(survey.estimatedMinutes)} ` : nothing}${t.anonymous}</p>
          </div>`
        : nothing}
      <form novalidate part="form" aria-labelledby="step-title" @submit=${this.onSubmit}>
        <div class="progress" part="progress">
          <h3 id="step-title" tabindex="-1" part="step-title">
            <span class="step-count">${t.step(index + 1, sections.length)}</span><span class="visually-hidden"> : </span>
            <span class="step-name">${current.section.title}</span>
          </h3>
          <div class="progress-bar" part="progress-bar" aria-hidden="true">
            <span style=${styleMap({ inlineSize: `${((index + 1) / sections.length) * 100}%` })}></span>
          </div>
        </div>
        ${current.section.intro ? html`<p class="section-intro">${current.section.intro}</p>` : nothing}
        ${errorSummary(errors, core, this.renderRoot as ShadowRoot)}
        ${repeat(
          current.questions,
          // Keyed by question: a reused radio renamed into another group would uncheck that group's choice (HTML radio group rules).
          (question) => question.id,
          (question) => html`<div class="question" data-question=${question.id}>${this.renderQuestion(question)}</div>`,
        )}
        ${honeypotField(core, (value) => (this.submission.honeypot = value))}
        <div class="actions" part="actions">
          ${index > 0
            ? html`<button type="button" class="button secondary" part="previous-button" @click=${this.onPrevious}>${t.previous}</button>`
            : nothing}
          <button type="submit" class="button" part="next-button" aria-disabled=${sending ? 'true' : 'false'}>
            ${last ? (sending ? core.sending : t.submit) : t.next}
          </button>
        </div>
      </form>
      ${this.renderNotice(survey)}
    `;
  }

  private renderThanks() {
    const t = this.text.t;
    // Even a refused sending is kept on the device for the team (core status says so): the person did their part.
    return html`<div class="thanks" part="thanks">
      <h3 id="thanks-title" tabindex="-1">${t.thanksTitle}</h3>
      <p>${t.thanksBody}</p>
      ${this.isKiosk
        ? html`<p class="countdown">${t.kioskNext(this.countdown)}</p>
            <div class="actions">
              <button type="button" class="button" part="restart-button" @click=${() => this.restart()}>${t.kioskRestart}</button>
            </div>`
        : nothing}
    </div>`;
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

  protected renderContent() {
    const t = this.text.t;
    const survey = this.survey;
    let body: TemplateResult;
    if (!survey || this.loading || this.preparing) {
      body = html`<p class="loading">${t.loading}</p>`;
    } else if (this.submission.state === 'done') {
      body = this.renderThanks();
    } else if (this.alreadyAnswered) {
      body = html`<div class="notice success" part="already">
        <h3>${t.alreadyTitle}</h3>
        <p>${t.already}</p>
        <p>${t.alreadyElse}</p>
      </div>`;
    } else {
      body = this.renderForm(survey);
    }
    return html`<section class="survey ${this.isKiosk ? 'kiosk' : ''}" part="survey" aria-labelledby=${survey ? 'survey-title' : nothing}>
      ${survey ? html`<h2 id="survey-title" part="title">${survey.title}</h2>` : nothing}
      ${body}
      ${this.renderStatus()}
      ${this.idleWarning
        ? html`<div class="idle-warning" part="idle-warning" role="alert">
            <p><strong>${t.idleTitle}</strong></p>
            <p>${t.idleBody(Math.round(this.settings.warningSeconds ?? 30))}</p>
            <button id="continue-button" type="button" class="button" part="continue-button" @click=${this.onContinue}>${t.idleContinue}</button>
          </div>`
        : nothing}
    </section>`;
  }
}
