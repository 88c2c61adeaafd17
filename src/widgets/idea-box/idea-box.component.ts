import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { absoluteUrl } from '../../core/config.js';
import { DraftController } from '../../core/draft-controller.js';
import { MspErrorEvent } from '../../core/events.js';
import { focusAfterUpdate } from '../../core/focus.js';
import { FormController, type SummaryError } from '../../core/form-controller.js';
import { LocaleController, type UsagerCatalog } from '../../core/i18n.js';
import { shortReference } from '../../core/ids.js';
import type { FeedFailure } from '../../core/loader.js';
import { OnDemand } from '../../core/on-demand.js';
import type { SubmitOutcome } from '../../core/outbox.js';
import { outcomeMessage } from '../../core/outcome.js';
import { SubmissionController } from '../../core/submission-controller.js';
import { baseStyles } from '../../core/theme.js';
import { MspWidget } from '../../core/widget-base.js';
import { statusRegion } from '../../ui/form.js';
import { formStyles } from '../../ui/form.styles.js';
import { defaultStatuses, defaultThemes } from '../../contracts/idea-statuses.js';
import { ideaBoxAttributes } from './idea-box.attributes.js';
import type { IdeaBoxConfig } from './idea-box.schema.js';
import { emptyDraft, type FormViewState, type IdeaBoxTexts, type IdeaDraft, type IdeaFieldId, type Status, type Theme } from './idea-box.state.js';
import { ideaBoxStyles } from './idea-box.styles.js';
import { showsTeamLanguage, teamLanguage } from './team-language.js';
import { ideaErrors, ideaPayload, offeredParticipation } from './idea-form.js';
import type { PersonalDataFinding } from './personal-data.js';
import { ideaBoxFr, type IdeaBoxStrings } from './translations/fr.js';
import { renderConfirmation } from './views/confirmation.view.js';
import { renderIdeaForm } from './views/form.view.js';

/** The idea box's strings: French inline, the other languages and easy-read loaded when asked for. */
export const ideaBoxCatalog: UsagerCatalog<IdeaBoxStrings> = {
  fr: ideaBoxFr,
  en: () => import('./translations/en.js').then((module) => module.ideaBoxEn),
  ar: () => import('./translations/ar.js').then((module) => module.ideaBoxAr),
  easy: () => import('./translations/easy.js').then((module) => module.ideaBoxEasy),
};

/** The personal-data check, loaded on the first keystroke: not part of the widget's first download (issue 16). */
let personalData: Promise<typeof import('./personal-data.js')> | undefined;
const loadPersonalData = () => (personalData ??= import('./personal-data.js'));

/** Easy-read says dates in full: "lundi 3 mars 2025". */
const fullDate: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

const fieldIds: readonly IdeaFieldId[] = ['theme', 'idea', 'contact', 'consent'];

/**
 * @summary The boîte à idées: anonymous by default, with the team's "vous avez dit, nous avons fait" list.
 *
 * @event msp-submitted - An idea left the form: `detail` { id, kind: 'idea', status: 'sent' | 'queued' | 'saved' }.
 * @event msp-delivered - A queued idea reached the endpoint later.
 * @event msp-error - Rejected or failed submission, bad configuration, or unreadable feed (`detail.reason`).
 *
 * @csspart base - The wrapper carrying `lang`, `dir` and the class `easy-read`.
 * @csspart language-bar - The person's choice of language and of easy-read, at the top.
 * @csspart language-select - The language list in that bar.
 * @csspart easy-read - The easy-read switch (also `button`).
 * @csspart read-aloud - Each button that reads a text aloud (also `button`).
 * @csspart pictogram - The drawing beside each theme, in the form and in the feed.
 * @csspart config-notice - The notice shown instead of the form when the configuration is wrong.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown, and focused, after a failed send.
 * @csspart fieldset - The themes group, the participation and the consent groups.
 * @csspart legend - The legend of each group.
 * @csspart option - Each choice (radio or checkbox with its label) in a group.
 * @csspart field - The block of the idea and of the contact fields, and of each feed filter.
 * @csspart label - The label of a field.
 * @csspart hint - The hint under a label or legend.
 * @csspart textarea - The idea.
 * @csspart counter - The characters left, under the idea.
 * @csspart input - The contact field.
 * @csspart field-message - The error message of a field or group (always there, empty without an error).
 * @csspart notice - What happens to the contact details, shown once participation is ticked.
 * @csspart warning - The personal-data warning.
 * @csspart button - Every button.
 * @csspart submit - The send button.
 * @csspart edit - The warning's "edit my message" button.
 * @csspart send-anyway - The warning's "send anyway" button.
 * @csspart write-another - The confirmation's "write another idea" button.
 * @csspart confirmation - The thank-you panel after sending (what happened, and the idea's number with what it is for).
 * @csspart status - The live region announcing outcomes.
 * @csspart feed - The "vous avez dit, nous avons fait" section.
 * @csspart select - Each feed filter.
 * @csspart feed-unavailable - The notice shown when the feed cannot be read.
 * @csspart feed-item - One answered idea.
 * @csspart feed-status - The status badge of an answered idea.
 *
 * @cssproperty --msp-idea-box-accent - Accent colour (buttons, links, badges), falls back to `--msp-accent`.
 * @cssproperty --msp-accent - Accent colour shared by every widget (#1d4f91).
 * @cssproperty --msp-accent-contrast - Text on the accent colour (#ffffff).
 * @cssproperty --msp-text - Text colour (#1e1e1e).
 * @cssproperty --msp-muted - Hints and secondary text (#4a4a4a).
 * @cssproperty --msp-background - Background of the widget and its fields (#ffffff).
 * @cssproperty --msp-surface - Background of notices and feed items (#f5f5f7).
 * @cssproperty --msp-border - Field borders (#6b6b6b).
 * @cssproperty --msp-error - Errors (#b3261e).
 * @cssproperty --msp-success - The confirmation's notice (#18753c).
 * @cssproperty --msp-warning - The personal-data warning (#8a4b00).
 * @cssproperty --msp-focus - The focus ring (#0a76f6).
 * @cssproperty --msp-radius - Corner radius (0.375rem).
 * @cssproperty --msp-target-size - Minimum size of clickable targets (2.75rem).
 * @cssproperty --msp-font-family - Font; the host page's by default.
 * @cssproperty --msp-font-size - Base font size (1rem).
 * @cssproperty --msp-max-width - Widest the widget grows (42rem).
 */
export class MspIdeaBox extends MspWidget<IdeaBoxConfig> {
  static override styles = [baseStyles, formStyles, ideaBoxStyles];
  static override loadConfigSchema = () => import('./idea-box.schema.js').then((module) => module.ideaBoxConfigSchema);
  static override configAttributes = ideaBoxAttributes;
  static override languageChoice = true;

  static override properties = {
    draft: { state: true },
    warning: { state: true },
    statusMessage: { state: true },
  };

  readonly kind = 'idea' as const;

  private readonly text = new LocaleController(this, ideaBoxCatalog);
  private readonly submission = new SubmissionController(this);
  private readonly drafts = new DraftController<IdeaDraft>(this, {
    key: () => `idea-box:${location.pathname}`,
    dbName: () => this.submissionTarget.dbName,
  });
  private readonly form = new FormController(this, { errors: () => this.errors });
  /** The team's feed, its check and its list: loaded on demand, only when the idea box has a feed. */
  private readonly feedSection = new OnDemand(
    this,
    async () =>
      new (await import('./feed-section.js')).IdeaFeedSection(this, {
        url: () => (this.configured && this.settings.feed ? absoluteUrl(this.settings.feed) : undefined),
        onFailure: (failure, url) => this.reportFeedFailure(failure, url),
      }),
    () => Boolean(this.settings.feed),
  );

  /** What the person has typed. */
  declare private draft: IdeaDraft;
  /** What the personal-data check found, while its warning is shown. */
  declare private warning: PersonalDataFinding[] | undefined;
  /** What the status region says (sending, too fast, failed). */
  declare private statusMessage: string;

  /** URL of the team's JSON feed of answered ideas ("vous avez dit, nous avons fait"). */
  declare feed: string | undefined;

  constructor() {
    super();
    this.draft = emptyDraft();
    this.warning = undefined;
    this.statusMessage = '';
  }

  private get texts(): IdeaBoxTexts {
    const dateStyle = this.text.easyRead ? fullDate : undefined;
    return { box: this.text.t, core: this.coreText.t, formatDate: (day) => this.text.formatDate(day, dateStyle), locale: this.text.locale };
  }

  private get maxLength(): number {
    return this.settings.maxLength ?? 1000;
  }

  private get themes(): Theme[] {
    const own = this.settings.themes;
    if (!own) return defaultThemes.map((theme) => ({ id: theme.id, label: this.text.t.defaultThemes[theme.id] ?? theme.label }));
    const lang = showsTeamLanguage(this.text.locale) ? undefined : teamLanguage();
    return own.map((theme) => ({ ...theme, lang }));
  }

  private get statuses(): { configured: readonly Status[] | undefined; defaults: readonly Status[] } {
    const defaults = defaultStatuses.map((status) => ({ ...status, label: this.text.t.defaultStatuses[status.id] ?? status.label }));
    return { configured: this.settings.statuses, defaults };
  }

  private get participation() {
    return offeredParticipation(this.settings.participation);
  }

  /** Errors of the current draft, in the order of the fields. */
  private get errors(): SummaryError[] {
    return ideaErrors(this.draft, { maxLength: this.maxLength, participation: this.participation }, this.text.t);
  }

  private patchDraft(patch: Partial<IdeaDraft>): void {
    this.draft = { ...this.draft, ...patch };
    if ('text' in patch) {
      void loadPersonalData();
      this.warning = undefined;
      this.form.input('idea');
    }
    if ('contact' in patch) this.form.input('contact');
    this.drafts.save(this.draft);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submission.state === 'sending') return;
    this.statusMessage = '';
    if (!(await this.form.attempt())) return;
    const { findPersonalData } = await loadPersonalData();
    const findings = findPersonalData(this.draft.text, this.settings.healthWords);
    if (findings.length) {
      this.warning = findings;
      await focusAfterUpdate(this, '#warning');
      return;
    }
    await this.send(false);
  }

  private async send(despiteWarning: boolean): Promise<void> {
    const core = this.coreText.t;
    const participation = this.participation;
    const consentText = participation ? this.text.t.consentLabel(participation.recipient) : '';
    // The team reads the theme in its own words (French defaults), whatever language the person used.
    const themes = this.settings.themes ?? defaultThemes;
    const payload = ideaPayload(this.draft, { themes, participation, consentText, despiteWarning });
    this.statusMessage = core.sending;
    const outcome = await this.submission.submit(payload);
    if (outcome === 'too-fast') {
      this.statusMessage = core.tooFast;
      return;
    }
    const hadWarning = Boolean(this.warning);
    this.warning = undefined;
    if (outcome.status === 'failed') {
      this.statusMessage = outcomeMessage(outcome, core, { endpoint: Boolean(this.submissionTarget.endpoint) });
      // The warning's buttons may have had focus: give it to the send button, not to the page.
      if (hadWarning) void focusAfterUpdate(this, '[part~=submit]');
      return;
    }
    this.statusMessage = '';
    await this.drafts.clear();
    await focusAfterUpdate(this, '#done-title');
  }

  private editAfterWarning(): void {
    this.warning = undefined;
    void focusAfterUpdate(this, '#idea');
  }

  private writeAnother(): void {
    this.submission.reset();
    this.form.reset();
    this.draft = emptyDraft();
    this.statusMessage = '';
    void focusAfterUpdate(this, '#theme input');
  }

  private reportFeedFailure(failure: FeedFailure, url: string): void {
    if (failure.problems) console.error(`[msp-idea-box] Flux d’idées invalide (${url}) :`, failure.problems);
    const { reason, httpStatus, problems } = failure;
    this.dispatchEvent(
      new MspErrorEvent({ kind: 'idea', reason: 'feed', message: reason, ...(httpStatus ? { httpStatus } : {}), ...(problems ? { problems } : {}) }),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first update: the draft's database name comes from the resolved config.
    void this.updateComplete
      .then(() => this.drafts.restore())
      .then((saved) => {
        // Only into an untouched form: never overwrite what is being typed.
        if (saved && !this.draft.text && !this.draft.theme && this.submission.state === 'idle') this.draft = { ...emptyDraft(), ...saved };
      });
  }

  private formState(): FormViewState {
    return {
      draft: this.draft,
      themes: this.themes,
      maxLength: this.maxLength,
      participation: this.participation,
      warning: this.warning,
      sending: this.submission.state === 'sending',
      summary: this.form.summaryErrors,
      errors: Object.fromEntries(fieldIds.map((id) => [id, this.form.errorFor(id)])),
      root: this.shadowRoot,
    };
  }

  private renderForm() {
    const t = this.texts;
    const ui = this.ui;
    // The team's own invitation is in its language and plain French: in easy-read or another language, ours.
    const own = showsTeamLanguage(this.text.locale) && !this.text.easyRead ? this.settings.invitation : undefined;
    const invitation = own ?? t.box.invitation(this.settings.structureName);
    return html`${ui.heading(t.box.title, { title: true })}
      <p class="invitation">${invitation} ${ui.readAloud(`${invitation} ${t.box.anonymous}`, t.box.title)}</p>
      <p class="anonymous">${t.box.anonymous}</p>
      ${renderIdeaForm({
        t,
        ui,
        state: this.formState(),
        on: {
          submit: (event) => void this.onSubmit(event),
          patch: (patch) => this.patchDraft(patch),
          touch: (field) => this.form.touch(field),
          honeypot: (value) => (this.submission.honeypot = value),
          editAfterWarning: () => this.editAfterWarning(),
          sendAnyway: () => void this.send(true),
        },
      })}`;
  }

  private renderDone(outcome: SubmitOutcome) {
    const core = this.coreText.t;
    // The confirmation keeps saying what happened; the status region announces a later delivery.
    const message = outcome.status === 'failed' ? '' : outcomeMessage(outcome, core, { overrides: this.text.t.outcomes });
    return renderConfirmation({
      t: this.texts,
      ui: this.ui,
      state: { message, tone: outcome.status === 'rejected' ? 'error' : 'success', reference: shortReference(outcome.id) },
      on: { writeAnother: () => this.writeAnother() },
    });
  }

  private renderFeedSection() {
    if (!this.settings.feed) return nothing;
    const props = { t: this.texts, ui: this.ui, themes: this.themes, statuses: this.statuses };
    return this.feedSection.render((section) => section.render(props), this.coreText.t);
  }

  protected override renderContent() {
    const outcome = this.submission.state === 'done' ? this.submission.outcome : undefined;
    const liveMessage = this.submission.deliveredLater ? this.text.t.outcomes.delivered : this.statusMessage;
    // A failure to send stays in the status region: its read-aloud button sits beside it, not inside.
    const failed = liveMessage && liveMessage !== this.coreText.t.sending;
    // Without its drawn title (hide-heading), the widget keeps a name.
    const name = this.settings.hideHeading ? this.text.t.title : undefined;
    return html`<section class="idea-box" aria-label=${ifDefined(name)}>
      ${outcome ? this.renderDone(outcome) : this.renderForm()} ${statusRegion({ message: liveMessage })}
      ${failed ? html`<p class="read-aloud-line">${this.ui.readAloud(liveMessage)}</p>` : nothing} ${this.renderFeedSection()}
    </section>`;
  }
}
