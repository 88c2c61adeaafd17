import { html, nothing, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { type ConfigProblem } from '../../core/config.js';
import { DraftController } from '../../core/draft-controller.js';
import { MspErrorEvent } from '../../core/events.js';
import { LocaleController, type Catalog } from '../../core/i18n.js';
import { shortReference } from '../../core/ids.js';
import { SubmissionController } from '../../core/submission-controller.js';
import { baseStyles } from '../../core/theme.js';
import { MspWidget } from '../../core/widget-base.js';
import { resolveWidgetConfig, type AttributeValue } from '../../core/widget-config.js';
import { choiceGroup, errorSummary, honeypotField, textArea, textField, type SummaryError } from '../../ui/form.js';
import { formStyles } from '../../ui/form.styles.js';
import { loadIdeaFeed } from './idea-feed.js';
import { defaultStatuses, defaultThemes, ideaBoxConfigSchema, type FeedIdea, type IdeaBoxConfig, type IdeaFeed, type IdeaPayload } from './idea-box.schema.js';
import { ideaBoxStyles } from './idea-box.styles.js';
import { findPersonalData, type PersonalDataFinding } from './personal-data.js';
import { ideaBoxFr, type IdeaBoxStrings } from './translations/fr.js';

const ideaBoxCatalog: Catalog<IdeaBoxStrings> = {
  fr: ideaBoxFr,
  en: () => import('./translations/en.js').then((module) => module.ideaBoxEn),
};

/** What the person has typed, kept as a draft. */
interface IdeaDraft {
  theme: string;
  text: string;
  participate: boolean;
  contact: string;
  consent: boolean;
}

const emptyDraft = (): IdeaDraft => ({ theme: '', text: '', participate: false, contact: '', consent: false });

type FeedState = { status: 'none' } | { status: 'loading' } | { status: 'ready'; feed: IdeaFeed } | { status: 'failed' };

/**
 * @summary The boîte à idées: anonymous by default, with the team's "vous avez dit, nous avons fait" list.
 *
 * @event msp-submitted - An idea left the form: `detail` { id, kind: 'idea', status: 'sent' | 'queued' | 'saved' }.
 * @event msp-delivered - A queued idea reached the endpoint later.
 * @event msp-error - Rejected or failed submission, bad configuration, or unreadable feed (`detail.reason`).
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart form - The form.
 * @csspart field - Each field's block; `label`, `hint`, `input`, `textarea`, `counter`, `field-message` inside it.
 * @csspart fieldset - The themes group; `legend` and `option` inside it.
 * @csspart warning - The personal-data warning.
 * @csspart notice - The information notice about contact details.
 * @csspart submit - The send button.
 * @csspart status - The live region announcing outcomes.
 * @csspart confirmation - The thank-you panel after sending.
 * @csspart feed - The "vous avez dit, nous avons fait" section; `feed-item` and `feed-status` inside it.
 *
 * @cssproperty --msp-idea-box-accent - Accent colour (buttons, links), falls back to `--msp-accent`.
 * @cssproperty --msp-accent - Accent colour shared by every widget.
 * @cssproperty --msp-font-family - Font; the host page's by default.
 * @cssproperty --msp-target-size - Minimum size of clickable targets (2.75rem).
 */
export class MspIdeaBox extends MspWidget {
  static override styles = [baseStyles, formStyles, ideaBoxStyles];

  static override properties = {
    ...MspWidget.properties,
    feed: { type: String },
    draft: { state: true },
    submitAttempted: { state: true },
    warning: { state: true },
    feedState: { state: true },
    feedStatusFilter: { state: true },
    feedThemeFilter: { state: true },
    statusMessage: { state: true },
  };

  readonly kind = 'idea' as const;

  private readonly text = new LocaleController(this, ideaBoxCatalog);
  private readonly submission = new SubmissionController(this);
  private readonly drafts = new DraftController<IdeaDraft>(this, {
    key: () => `idea-box:${location.pathname}`,
    dbName: () => this.submissionTarget.dbName,
  });
  protected override settings: IdeaBoxConfig = {};
  private feedAbort: AbortController | undefined;

  /** URL of the team's JSON feed of answered ideas ("vous avez dit, nous avons fait"). */
  declare feed: string | undefined;
  declare private draft: IdeaDraft;
  declare private submitAttempted: boolean;
  declare private warning: PersonalDataFinding[] | undefined;
  declare private feedState: FeedState;
  declare private feedStatusFilter: string;
  declare private feedThemeFilter: string;
  declare private statusMessage: string;

  constructor() {
    super();
    this.draft = emptyDraft();
    this.submitAttempted = false;
    this.warning = undefined;
    this.feedState = { status: 'none' };
    this.feedStatusFilter = '';
    this.feedThemeFilter = '';
    this.statusMessage = '';
  }

  private get maxLength(): number {
    return this.settings.maxLength ?? 1000;
  }

  private get themes(): { id: string; label: string }[] {
    return this.settings.themes ?? defaultThemes.map((theme) => ({ id: theme.id, label: this.text.t.defaultThemes[theme.id] ?? theme.label }));
  }

  private get statuses(): { id: string; label: string; color?: string | undefined }[] {
    const fromFeed = this.feedState.status === 'ready' ? this.feedState.feed.statuses : undefined;
    return (
      fromFeed ??
      this.settings.statuses ??
      defaultStatuses.map((status) => ({ ...status, label: this.text.t.defaultStatuses[status.id] ?? status.label }))
    );
  }

  private get participation() {
    return this.settings.participation?.enabled ? this.settings.participation : undefined;
  }

  /** Errors of the current draft, in the order of the fields. */
  private get errors(): SummaryError[] {
    const t = this.text.t;
    const errors: SummaryError[] = [];
    if (!this.draft.theme) errors.push({ fieldId: 'theme', message: t.themeRequired });
    if (!this.draft.text.trim()) errors.push({ fieldId: 'idea', message: t.ideaRequired });
    else if (this.draft.text.length > this.maxLength) errors.push({ fieldId: 'idea', message: t.ideaTooLong(this.maxLength) });
    if (this.participation && this.draft.participate) {
      if (this.draft.contact.trim().length < 3) errors.push({ fieldId: 'contact', message: t.contactRequired });
      if (!this.draft.consent) errors.push({ fieldId: 'consent', message: t.consentRequired });
    }
    return errors;
  }

  private errorFor(fieldId: string): string | undefined {
    return this.submitAttempted ? this.errors.find((e) => e.fieldId === fieldId)?.message : undefined;
  }

  protected override resolveConfig(json: unknown, commonAttributes: AttributeValue[], inlineProblems: ConfigProblem[]) {
    const result = resolveWidgetConfig(ideaBoxConfigSchema, json, [...commonAttributes, { attribute: 'feed', key: 'feed', value: this.feed }], inlineProblems);
    this.settings = result.value ?? {};
    return result;
  }

  private patchDraft(patch: Partial<IdeaDraft>): void {
    this.draft = { ...this.draft, ...patch };
    if ('text' in patch) this.warning = undefined;
    this.drafts.save(this.draft);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submission.state === 'sending') return;
    this.submitAttempted = true;
    if (this.errors.length) {
      this.statusMessage = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    const findings = findPersonalData(this.draft.text, this.settings.healthWords);
    if (findings.length) {
      this.warning = findings;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#warning')?.focus();
      return;
    }
    await this.send(false);
  }

  private async send(despiteWarning: boolean): Promise<void> {
    const t = this.coreText.t;
    const theme = this.themes.find((th) => th.id === this.draft.theme);
    const payload: IdeaPayload = { theme: this.draft.theme, themeLabel: theme?.label ?? this.draft.theme, text: this.draft.text.trim() };
    if (despiteWarning) payload.sentDespiteWarning = true;
    const participation = this.participation;
    if (participation && this.draft.participate) {
      payload.participation = { contact: this.draft.contact.trim(), consent: true, consentText: this.text.t.consentLabel(participation.recipient) };
    }
    this.statusMessage = t.sending;
    const outcome = await this.submission.submit(payload);
    if (outcome === 'too-fast') {
      this.statusMessage = t.tooFast;
      return;
    }
    if (outcome.status === 'failed') {
      this.statusMessage = this.submissionTarget.endpoint ? t.status.failedSend : t.status.failedSave;
      // The warning's buttons may have had focus: give it to the send button, not to the page.
      const hadWarning = Boolean(this.warning);
      this.warning = undefined;
      if (hadWarning) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=submit]')?.focus());
      return;
    }
    this.warning = undefined;
    this.statusMessage = '';
    await this.drafts.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#done-title')?.focus();
  }

  private editAfterWarning(): void {
    this.warning = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#idea')?.focus());
  }

  private writeAnother(): void {
    this.submission.reset();
    this.draft = emptyDraft();
    this.submitAttempted = false;
    this.statusMessage = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#theme input')?.focus());
  }

  private async loadFeed(url: string): Promise<void> {
    this.feedAbort?.abort();
    const abort = (this.feedAbort = new AbortController());
    this.feedState = { status: 'loading' };
    const result = await loadIdeaFeed(url, abort.signal);
    if (abort.signal.aborted) return;
    if (result.ok) {
      this.feedState = { status: 'ready', feed: result.feed };
      return;
    }
    this.feedState = { status: 'failed' };
    if (result.problems) console.error(`[msp-idea-box] Flux d’idées invalide (${url}) :`, result.problems);
    this.dispatchEvent(
      new MspErrorEvent({ kind: 'idea', reason: 'feed', message: result.reason, ...(result.httpStatus ? { httpStatus: result.httpStatus } : {}), ...(result.problems ? { problems: result.problems } : {}) }),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first update: the draft's database name comes from the resolved config.
    void this.updateComplete.then(() => this.drafts.restore()).then((saved) => {
      // Only into an untouched form: never overwrite what is being typed.
      if (saved && !this.draft.text && !this.draft.theme && this.submission.state === 'idle') this.draft = { ...emptyDraft(), ...saved };
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.feedAbort?.abort();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const feedUrl = this.configured ? this.settings.feed : undefined;
    if (changed.has('feed') || changed.has('config') || !this.hasLoadedFeed) {
      this.hasLoadedFeed = true;
      if (feedUrl) void this.loadFeed(new URL(feedUrl, document.baseURI).href);
      else this.feedState = { status: 'none' };
    }
  }
  private hasLoadedFeed = false;

  private renderForm() {
    const t = this.text.t;
    const core = this.coreText.t;
    const sending = this.submission.state === 'sending';
    const participation = this.participation;
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${this.submitAttempted ? errorSummary(this.errors, core, this.shadowRoot) : nothing}
      ${choiceGroup({
        id: 'theme',
        legend: t.themeLegend,
        type: 'radio',
        required: true,
        options: this.themes.map((theme) => ({ value: theme.id, label: theme.label })),
        selected: this.draft.theme ? [this.draft.theme] : [],
        onChange: ([theme]) => this.patchDraft({ theme: theme ?? '' }),
        error: this.errorFor('theme'),
        t: core,
      })}
      ${textArea({
        id: 'idea',
        label: t.ideaLabel,
        hint: t.ideaHint,
        required: true,
        value: this.draft.text,
        maxChars: this.maxLength,
        rows: 6,
        onInput: (value) => this.patchDraft({ text: value }),
        error: this.errorFor('idea'),
        t: core,
      })}
      ${participation ? this.renderParticipation(participation) : nothing}
      ${honeypotField(core, (value) => (this.submission.honeypot = value))}
      ${this.warning ? this.renderWarning(this.warning) : nothing}
      <div class="actions">
        <button class="button" part="submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? core.sending : t.submit}
        </button>
      </div>
    </form>`;
  }

  private renderParticipation(participation: NonNullable<IdeaBoxConfig['participation']>) {
    const t = this.text.t;
    const core = this.coreText.t;
    return html`${choiceGroup({
      id: 'participate',
      legend: t.participateLegend,
      hint: t.participateHint,
      type: 'checkbox',
      options: [{ value: 'yes', label: t.participateLabel }],
      selected: this.draft.participate ? ['yes'] : [],
      onChange: (selected) => this.patchDraft({ participate: selected.includes('yes') }),
      t: core,
    })}
    ${this.draft.participate
      ? html`<div class="participation">
          <div class="notice" part="notice">
            <h3>${t.noticeTitle}</h3>
            <ul>
              ${t.notice(participation.recipient, participation.retention, participation.rightsContact).map((line) => html`<li>${line}</li>`)}
            </ul>
          </div>
          ${textField({
            id: 'contact',
            label: participation.contactLabel ?? t.contactLabel,
            hint: t.contactHint,
            required: true,
            value: this.draft.contact,
            onInput: (value) => this.patchDraft({ contact: value }),
            error: this.errorFor('contact'),
            t: core,
          })}
          ${choiceGroup({
            id: 'consent',
            legend: t.consentLegend,
            type: 'checkbox',
            required: true,
            options: [{ value: 'yes', label: t.consentLabel(participation.recipient) }],
            selected: this.draft.consent ? ['yes'] : [],
            onChange: (selected) => this.patchDraft({ consent: selected.includes('yes') }),
            error: this.errorFor('consent'),
            t: core,
          })}
        </div>`
      : nothing}`;
  }

  private renderWarning(findings: PersonalDataFinding[]) {
    const t = this.text.t;
    const kinds = [...new Set(findings.map((f) => f.kind))];
    return html`<div id="warning" class="notice warning" part="warning" role="group" aria-labelledby="warning-title" tabindex="-1">
      <h3 id="warning-title">${t.warningTitle}</h3>
      <p>${t.warningIntro}</p>
      <ul>
        ${kinds.map(
          (kind) => html`<li>
            ${t.warningKinds[kind]} :
            ${findings
              .filter((f) => f.kind === kind)
              .map((f, index) => html`${index ? ', ' : ''}<q>${f.match}</q>`)}
          </li>`,
        )}
      </ul>
      <div class="actions">
        <button class="button" type="button" @click=${this.editAfterWarning}>${t.warningEdit}</button>
        <button class="button secondary" type="button" @click=${() => void this.send(true)}>${t.warningSendAnyway}</button>
      </div>
    </div>`;
  }

  private renderConfirmation() {
    const t = this.text.t;
    const core = this.coreText.t;
    const outcome = this.submission.outcome!;
    const message =
      outcome.status === 'rejected' ? core.status.rejected(outcome.httpStatus ?? 400) : outcome.status === 'failed' ? '' : core.status[outcome.status];
    return html`<div class="confirmation" part="confirmation">
      <h2 id="done-title" tabindex="-1">${t.doneTitle}</h2>
      <p class="notice ${outcome.status === 'rejected' ? 'error' : 'success'}">${message}</p>
      <p>${core.reference(shortReference(outcome.id))}</p>
      <div class="actions">
        <button class="button secondary" type="button" @click=${this.writeAnother}>${t.writeAnother}</button>
      </div>
    </div>`;
  }

  private renderFeed() {
    const t = this.text.t;
    const state = this.feedState;
    if (state.status === 'none') return nothing;
    return html`<section class="feed" part="feed" aria-labelledby="feed-title" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <h2 id="feed-title">${t.feedTitle}</h2>
      ${state.status === 'loading' ? html`<p>${t.feedLoading}</p>` : nothing}
      ${state.status === 'failed' ? html`<p class="notice" part="feed-unavailable">${t.feedUnavailable}</p>` : nothing}
      ${state.status === 'ready' ? this.renderFeedList(state.feed) : nothing}
    </section>`;
  }

  private renderFeedList(feed: IdeaFeed) {
    const t = this.text.t;
    const statuses = this.statuses;
    const statusOrder = new Map(statuses.map((status, index) => [status.id, index]));
    const themeLabel = (id: string) =>
      feed.themes?.find((theme) => theme.id === id)?.label ?? this.themes.find((theme) => theme.id === id)?.label ?? id;
    const usedThemes = [...new Set(feed.ideas.map((idea) => idea.theme))];
    const ideas = feed.ideas
      .filter((idea) => (!this.feedStatusFilter || idea.status === this.feedStatusFilter) && (!this.feedThemeFilter || idea.theme === this.feedThemeFilter))
      .sort((a, b) => b.date.localeCompare(a.date) || (statusOrder.get(a.status) ?? 99) - (statusOrder.get(b.status) ?? 99));
    return html`<p>${t.feedIntro}</p>
      <div class="filters">
        <div class="field">
          <label for="feed-status">${t.feedFilterStatus}</label>
          <select id="feed-status" @change=${(e: Event) => (this.feedStatusFilter = (e.target as HTMLSelectElement).value)}>
            <option value="">${t.feedAll}</option>
            ${statuses.map((status) => html`<option value=${status.id} ?selected=${this.feedStatusFilter === status.id}>${status.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="feed-theme">${t.feedFilterTheme}</label>
          <select id="feed-theme" @change=${(e: Event) => (this.feedThemeFilter = (e.target as HTMLSelectElement).value)}>
            <option value="">${t.feedAll}</option>
            ${usedThemes.map((id) => html`<option value=${id} ?selected=${this.feedThemeFilter === id}>${themeLabel(id)}</option>`)}
          </select>
        </div>
      </div>
      <p class="feed-count" aria-live="polite">${t.feedCount(ideas.length)}</p>
      ${ideas.length === 0
        ? html`<p>${t.feedEmpty}</p>`
        : html`<ul class="feed-list">
            ${ideas.map((idea) => this.renderFeedIdea(idea, themeLabel(idea.theme), statuses.find((s) => s.id === idea.status)))}
          </ul>`}`;
  }

  private renderFeedIdea(idea: FeedIdea, theme: string, status: { label: string; color?: string | undefined } | undefined) {
    const t = this.text.t;
    return html`<li class="feed-item" part="feed-item">
      <p class="feed-meta">
        <span class="feed-theme">${theme}</span> · <span>${t.feedReceived(this.text.formatDate(idea.date))}</span>
      </p>
      <p>
        <span class="visually-hidden">${t.feedStatus}</span>
        <span class="feed-status" part="feed-status" style=${styleMap(status?.color ? { '--status-color': status.color } : {})}
          >${status?.label ?? idea.status}</span
        >
      </p>
      ${idea.text ? html`<p class="feed-idea"><span class="visually-hidden">${t.feedIdea} </span>${idea.text}</p>` : nothing}
      ${idea.answer ? html`<p class="feed-answer"><strong>${t.feedAnswer}</strong> ${idea.answer}</p>` : nothing}
    </li>`;
  }

  protected override renderContent() {
    const t = this.text.t;
    const done = this.submission.state === 'done' && this.submission.outcome;
    const liveMessage = this.submission.deliveredLater ? this.coreText.t.status.delivered : this.statusMessage;
    return html`<div class="idea-box">
      ${done
        ? this.renderConfirmation()
        : html`<h2>${t.title}</h2>
            <p>${this.settings.invitation ?? t.invitation(this.settings.structureName)}</p>
            <p class="anonymous">${t.anonymous}</p>
            ${this.renderForm()}`}
      <div class="status" part="status" role="status" aria-live="polite">${liveMessage}</div>
      ${this.renderFeed()}
    </div>`;
  }
}
