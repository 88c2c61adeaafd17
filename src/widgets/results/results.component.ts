import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import * as z from 'zod/mini';
import type { ConfigProblem } from '../../core/config.js';
import { submissionKinds, type SubmissionKind, localDay } from '../../core/envelope.js';
import { LocaleController, type Catalog } from '../../core/i18n.js';
import { DEFAULT_DATABASE, LocalStore } from '../../core/storage.js';
import { baseStyles } from '../../core/theme.js';
import { MspWidget } from '../../core/widget-base.js';
import { resolveWidgetConfig, type AttributeValue } from '../../core/widget-config.js';
import { choiceGroup, textField } from '../../ui/form.js';
import { formStyles } from '../../ui/form.styles.js';
import { defaultStatuses } from '../../contracts/idea.js';
import { barChart, type Bar } from './chart.js';
import { summariseEvents, type EventSummary } from './events.js';
import { eventsCsv, ideasCsv, jsonExport, selfChecksCsv, surveyCsv, type ExportFile } from './exports.js';
import { buildIdeaFeed, filterIdeas, ideaRows, RECEIVED_STATUS, TEAM_ANSWERS_NAMESPACE, type IdeaFilter, type IdeaRow, type TeamAnswer } from './ideas.js';
import { DEFAULT_RETENTION_MONTHS, planPurge, purgeOrder, type PurgePlan } from './retention.js';
import { resultsConfigSchema, teamAnswerSchema, type ResultsConfig } from './results.schema.js';
import { resultsStyles } from './results.styles.js';
import { summariseSelfChecks } from './self-checks.js';
import { LocalSource, RemoteFormatError, RemoteSource, RemoteUnavailableError, UnauthorizedError, type ResultItem, type ResultsSource } from './sources.js';
import { campaignTable, NEEDS_QUESTION_ID, satisfactionByCampaign, summariseSurveys, type DistributionEntry, type QuestionSummary } from './survey-summary.js';
import { resultsFr, type ResultsStrings } from './translations/fr.js';

const resultsCatalog: Catalog<ResultsStrings> = {
  fr: resultsFr,
  en: () => import('./translations/en.js').then((module) => module.resultsEn),
};

/** Documents-store namespaces of the view's own settings on this device. */
const TOKEN_NAMESPACE = 'msp-results:token';
const SETTINGS_NAMESPACE = 'msp-results:settings';

/** Detail of `msp-export`: a file was prepared for download. */
export interface ExportDetail {
  kind: SubmissionKind | 'idea-feed';
  format: 'csv' | 'json';
  filename: string;
  /** Lines (CSV) or items (JSON) written. */
  count: number;
  /** True when the team ticked "include personal data". */
  personalData: boolean;
  /** The file's text, for a host that stores it elsewhere (an intranet) instead of downloading. */
  content: string;
}

/** A file was prepared for download (export or idea feed). */
export class MspExportEvent extends CustomEvent<ExportDetail> {
  constructor(detail: ExportDetail) {
    super('msp-export', { bubbles: true, composed: true, detail });
  }
}

type LoadState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready' }
  | { status: 'error'; reason: 'unauthorized' | 'unavailable' | 'format' | 'storage'; httpStatus?: number | undefined };

/**
 * @summary The team's view of what came in: survey summaries, ideas with the team's answers and the
 * published feed, event signups, self-checks; CSV/JSON exports and retention of local data.
 *
 * @event msp-export - A file was prepared: `detail` { kind, format, filename, count, personalData, content }.
 * @event msp-error - Bad configuration (`detail.reason` 'config').
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart header - Title and source.
 * @csspart token-form - The read-token form (remote source).
 * @csspart status - The live region announcing outcomes.
 * @csspart kinds - The choice of contributions to show.
 * @csspart panel - The summary of the kind shown.
 * @csspart question - One survey question's figures; `chart` and `table` inside it.
 * @csspart chart - An SVG chart.
 * @csspart table - A table of figures.
 * @csspart idea - One idea with the team's answer form.
 * @csspart event - One event's signups.
 * @csspart export - Export and delete-after-export.
 * @csspart retention - The retention setting and purge.
 * @csspart feed - The idea feed publication.
 * @csspart button - Every button.
 *
 * @cssproperty --msp-results-accent - Accent colour (buttons, bars), falls back to `--msp-accent`.
 * @cssproperty --msp-accent - Accent colour shared by every widget.
 * @cssproperty --msp-results-max-width - Widest the view gets (64rem).
 * @cssproperty --msp-font-family - Font; the host page's by default.
 * @cssproperty --msp-target-size - Minimum size of clickable targets (2.75rem).
 */
export class MspResults extends MspWidget {
  static override styles = [baseStyles, formStyles, resultsStyles];

  static override properties = {
    ...MspWidget.properties,
    source: { type: String },
    retentionMonths: { type: Number, attribute: 'retention-months' },
    loadState: { state: true },
    items: { state: true },
    shownKind: { state: true },
    token: { state: true },
    tokenError: { state: true },
    remember: { state: true },
    tokenRemembered: { state: true },
    campaign: { state: true },
    ideaFilter: { state: true },
    answers: { state: true },
    edits: { state: true },
    includePersonal: { state: true },
    lastExport: { state: true },
    confirmingDelete: { state: true },
    retentionInput: { state: true },
    retentionError: { state: true },
    purgePlan: { state: true },
    statusMessage: { state: true },
  };

  /** Required by the base class; the results view never submits anything. */
  /** The results view reads; it submits nothing. */
  readonly kind = undefined;

  private readonly text = new LocaleController(this, resultsCatalog);
  private settings: ResultsConfig = {};
  private dataSource: ResultsSource | undefined;
  private sourceKey = '';
  private abort: AbortController | undefined;
  private readonly memo = new Map<string, unknown>();
  private memoFor: ResultItem[] | undefined;

  /** Base address of the collector to read from (`<source>/submissions`); without it, this browser's data. */
  declare source: string | undefined;
  /** Months local records are kept before the purge offers to delete them (12 by default). */
  declare retentionMonths: number | undefined;
  declare private loadState: LoadState;
  declare private items: ResultItem[];
  declare private shownKind: SubmissionKind;
  declare private token: string;
  declare private tokenError: string | undefined;
  declare private remember: boolean;
  declare private tokenRemembered: boolean;
  /** undefined: the latest campaign; '': all campaigns. */
  declare private campaign: string | undefined;
  declare private ideaFilter: IdeaFilter;
  declare private answers: Map<string, TeamAnswer>;
  declare private edits: Map<string, TeamAnswer>;
  declare private includePersonal: boolean;
  declare private lastExport: { kind: SubmissionKind; items: ResultItem[] } | undefined;
  declare private confirmingDelete: boolean;
  declare private retentionInput: string;
  declare private retentionError: string | undefined;
  declare private purgePlan: PurgePlan | undefined;
  declare private statusMessage: string;

  constructor() {
    super();
    this.loadState = { status: 'idle' };
    this.items = [];
    this.shownKind = 'survey';
    this.token = '';
    this.tokenError = undefined;
    this.remember = false;
    this.tokenRemembered = false;
    this.campaign = undefined;
    this.ideaFilter = {};
    this.answers = new Map();
    this.edits = new Map();
    this.includePersonal = false;
    this.lastExport = undefined;
    this.confirmingDelete = false;
    this.retentionInput = '';
    this.retentionError = undefined;
    this.purgePlan = undefined;
    this.statusMessage = '';
  }

  private get storeName(): string {
    return this.settings.dbName ?? DEFAULT_DATABASE;
  }

  private get remote(): boolean {
    return Boolean(this.settings.source);
  }

  private get kinds(): readonly SubmissionKind[] {
    return this.settings.kinds ?? submissionKinds;
  }

  private get statuses(): { id: string; label: string }[] {
    return this.settings.statuses ?? defaultStatuses.map((status) => ({ ...status, label: this.text.t.ideaStatuses[status.id] ?? status.label }));
  }

  private statusLabel = (id: string): string => this.statuses.find((status) => status.id === id)?.label ?? id;

  private itemsOf(kind: SubmissionKind): ResultItem[] {
    return this.cached(`items:${kind}`, () => this.items.filter((item) => item.kind === kind));
  }

  /** Summaries computed once per loaded set (10,000 survey responses: see scripts/bench-results.ts). */
  private cached<T>(key: string, compute: () => T): T {
    if (this.memoFor !== this.items) {
      this.memo.clear();
      this.memoFor = this.items;
    }
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /** The campaign shown: the one chosen, or the most recent. */
  private get campaignShown(): string | undefined {
    if (this.campaign !== undefined) return this.campaign || undefined;
    return this.campaigns[0]?.campaign;
  }

  private get campaigns() {
    return this.cached('campaigns', () => campaignTable(this.itemsOf('survey')));
  }

  private surveySummary(campaign: string | undefined) {
    return this.cached(`survey:${campaign ?? ''}`, () => summariseSurveys(this.itemsOf('survey'), campaign));
  }

  private get allIdeaRows(): IdeaRow[] {
    return ideaRows(this.itemsOf('idea'), this.answers);
  }

  /** What the panel shows now, filters applied: what an export writes and a delete-after-export removes. */
  private get shownItems(): ResultItem[] {
    const items = this.itemsOf(this.shownKind);
    if (this.shownKind === 'survey') {
      const campaign = this.campaignShown;
      return campaign === undefined ? items : items.filter((item) => (item.envelope.payload as { campaign?: unknown }).campaign === campaign);
    }
    if (this.shownKind === 'idea') {
      const ids = new Set(filterIdeas(this.allIdeaRows, this.ideaFilter).map((row) => row.id));
      return items.filter((item) => ids.has(item.id));
    }
    return items;
  }

  protected override resolveConfig(json: unknown, commonAttributes: AttributeValue[], inlineProblems: ConfigProblem[]) {
    const result = resolveWidgetConfig(
      resultsConfigSchema,
      json,
      [...commonAttributes, { attribute: 'source', key: 'source', value: this.source }, { attribute: 'retention-months', key: 'retentionMonths', value: this.retentionMonths }],
      inlineProblems,
    );
    this.settings = result.value ?? {};
    return result;
  }

  // Loading

  private async openStore(): Promise<LocalStore | undefined> {
    try {
      return await LocalStore.open(this.storeName);
    } catch {
      return undefined;
    }
  }

  /** Called when the source changes: local loads at once, remote waits for a token (or a remembered one). */
  private async start(): Promise<void> {
    this.abort?.abort();
    this.items = [];
    this.dataSource = undefined;
    this.loadState = { status: 'idle' };
    this.lastExport = undefined;
    this.purgePlan = undefined;
    if (!this.kinds.includes(this.shownKind)) this.shownKind = this.kinds[0] ?? 'survey';
    const store = await this.openStore();
    if (store) {
      const months = await store.getDocument<number>(SETTINGS_NAMESPACE, 'retentionMonths').catch(() => undefined);
      this.retentionInput = String(months ?? this.settings.retentionMonths ?? DEFAULT_RETENTION_MONTHS);
      await this.loadAnswers(store);
    } else {
      this.retentionInput = String(this.settings.retentionMonths ?? DEFAULT_RETENTION_MONTHS);
    }
    if (this.remote) {
      const saved = store ? await store.getDocument<string>(TOKEN_NAMESPACE, this.settings.source!).catch(() => undefined) : undefined;
      this.tokenRemembered = Boolean(saved);
      if (saved) {
        this.token = saved;
        this.remember = true;
        await this.load(new RemoteSource(this.settings.source!, saved, this.settings.requestTimeoutMs));
      }
      return;
    }
    if (!store) {
      this.loadState = { status: 'error', reason: 'storage' };
      this.statusMessage = this.text.t.storageUnavailable;
      return;
    }
    await this.load(new LocalSource(store));
  }

  private async loadAnswers(store: LocalStore): Promise<void> {
    const documents = await store.listDocuments<unknown>(TEAM_ANSWERS_NAMESPACE).catch(() => []);
    const answers = new Map<string, TeamAnswer>();
    for (const document of documents) {
      const checked = z.safeParse(teamAnswerSchema, document.value);
      if (checked.success) answers.set(document.key, checked.data);
    }
    this.answers = answers;
  }

  private async load(source: ResultsSource): Promise<void> {
    const t = this.text.t;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loadState = { status: 'loading' };
    this.statusMessage = t.loading;
    try {
      const items = await source.list(undefined, abort.signal);
      if (abort.signal.aborted) return;
      this.dataSource = source;
      this.items = items;
      this.loadState = { status: 'ready' };
      const ignored = source instanceof RemoteSource ? source.ignored : 0;
      this.statusMessage = `${t.loaded(items.length)}${ignored ? ` ${t.ignored(ignored)}` : ''}`;
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof UnauthorizedError) {
        this.loadState = { status: 'error', reason: 'unauthorized' };
        this.tokenError = t.tokenRefused;
        this.statusMessage = t.tokenRefused;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
      } else if (error instanceof RemoteFormatError) {
        this.loadState = { status: 'error', reason: 'format' };
        this.statusMessage = t.badFormat;
      } else if (error instanceof RemoteUnavailableError) {
        this.loadState = { status: 'error', reason: 'unavailable', httpStatus: error.httpStatus };
        this.statusMessage = error.httpStatus ? t.unavailableStatus(error.httpStatus) : t.unavailable;
      } else {
        this.loadState = { status: 'error', reason: 'storage' };
        this.statusMessage = t.storageUnavailable;
      }
    }
  }

  private async refresh(): Promise<void> {
    if (this.dataSource) await this.load(this.dataSource);
  }

  // Handlers

  private async onTokenSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.text.t;
    const token = this.token.trim();
    if (!token) {
      this.tokenError = t.tokenRequired;
      this.statusMessage = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
      return;
    }
    this.tokenError = undefined;
    const source = new RemoteSource(this.settings.source!, token, this.settings.requestTimeoutMs);
    await this.load(source);
    const store = await this.openStore();
    if (!store || this.loadState.status !== 'ready') return;
    // Kept only when asked, and only once the server accepted it.
    if (this.remember) {
      await store.putDocument(TOKEN_NAMESPACE, this.settings.source!, token);
      this.tokenRemembered = true;
    } else if (this.tokenRemembered) {
      await store.deleteDocument(TOKEN_NAMESPACE, this.settings.source!);
      this.tokenRemembered = false;
    }
  }

  private async forgetToken(): Promise<void> {
    const store = await this.openStore();
    await store?.deleteDocument(TOKEN_NAMESPACE, this.settings.source!);
    this.tokenRemembered = false;
    this.remember = false;
    this.token = '';
    this.items = [];
    this.dataSource = undefined;
    this.loadState = { status: 'idle' };
    this.statusMessage = this.text.t.forgotten;
  }

  private chooseKind(kind: SubmissionKind): void {
    this.shownKind = kind;
    this.includePersonal = false;
    this.lastExport = undefined;
    this.confirmingDelete = false;
  }

  private editAnswer(row: IdeaRow, patch: Partial<TeamAnswer>): void {
    const current = this.edits.get(row.id) ?? { status: row.status, answer: row.answer, publishText: row.publishText, answeredAt: row.answeredAt };
    this.edits = new Map(this.edits).set(row.id, { ...current, ...patch });
  }

  private async saveAnswer(row: IdeaRow): Promise<void> {
    const t = this.text.t;
    const edit = this.edits.get(row.id) ?? { status: row.status, answer: row.answer, publishText: row.publishText, answeredAt: row.answeredAt };
    const answer: TeamAnswer = { ...edit, answer: edit.answer.trim() };
    if (answer.answer && answer.answer !== row.answer) answer.answeredAt = localDay(new Date());
    if (!answer.answer) delete answer.answeredAt;
    const store = await this.openStore();
    if (!store) {
      this.statusMessage = t.storageUnavailable;
      return;
    }
    await store.putDocument(TEAM_ANSWERS_NAMESPACE, row.id, answer);
    this.answers = new Map(this.answers).set(row.id, answer);
    const edits = new Map(this.edits);
    edits.delete(row.id);
    this.edits = edits;
    this.statusMessage = t.answerSaved;
  }

  private offer(file: ExportFile, kind: ExportDetail['kind'], format: 'csv' | 'json', personalData: boolean): void {
    const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.filename;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.dispatchEvent(new MspExportEvent({ kind, format, filename: file.filename, count: file.count, personalData, content: file.content }));
  }

  private exportShown(format: 'csv' | 'json'): void {
    const t = this.text.t;
    const kind = this.shownKind;
    const items = this.shownItems;
    const now = new Date();
    const personal = this.includePersonal && (kind === 'idea' || kind === 'event-signup');
    const structure = this.settings.structureName;
    let file: ExportFile;
    if (kind === 'survey') {
      const campaign = this.campaignShown;
      const summary = this.surveySummary(campaign);
      file = format === 'csv' ? surveyCsv(summary, campaign, t.exportText, now) : jsonExport(kind, items, { includePersonal: false, structure, filters: { campaign: campaign ?? null }, summary, now });
    } else if (kind === 'idea') {
      const rows = filterIdeas(this.allIdeaRows, this.ideaFilter);
      file =
        format === 'csv'
          ? ideasCsv(rows, this.statusLabel, personal, t.exportText, now)
          : jsonExport(kind, items, {
              includePersonal: personal,
              structure,
              filters: { ...this.ideaFilter },
              summary: { answers: Object.fromEntries(rows.filter((row) => row.decided).map((row) => [row.id, this.answers.get(row.id)])) },
              now,
            });
    } else if (kind === 'event-signup') {
      const summary = summariseEvents(items, this.dataSource?.actions);
      file = format === 'csv' ? eventsCsv(summary.events, personal, t.exportText, now) : jsonExport(kind, items, { includePersonal: personal, structure, summary: summary.totals, now });
    } else {
      const summary = summariseSelfChecks(items);
      file = format === 'csv' ? selfChecksCsv(summary, t.exportText, now) : jsonExport(kind, items, { includePersonal: true, structure, summary, now });
    }
    this.offer(file, kind, format, personal);
    this.lastExport = { kind, items };
    this.confirmingDelete = false;
    this.statusMessage = t.exported(file.filename, file.count);
  }

  private exportFeed(): void {
    const rows = this.allIdeaRows;
    const feed = buildIdeaFeed(rows, { structure: this.settings.structureName, statuses: this.settings.statuses, updatedAt: localDay(new Date()) });
    const file: ExportFile = { filename: 'idees-repondues.json', mimeType: 'application/json;charset=utf-8', content: JSON.stringify(feed, null, 2), count: feed.ideas.length };
    this.offer(file, 'idea-feed', 'json', false);
    this.statusMessage = this.text.t.feedDone;
  }

  private async deleteLocal(items: ResultItem[]): Promise<number> {
    const store = await this.openStore();
    if (!store || !(this.dataSource instanceof LocalSource)) return 0;
    const count = await this.dataSource.delete(items);
    // The team's answers to deleted ideas go with them.
    await Promise.all(items.filter((item) => item.kind === 'idea').map((item) => store.deleteDocument(TEAM_ANSWERS_NAMESPACE, item.id)));
    return count;
  }

  private async confirmDeleteExported(): Promise<void> {
    const exported = this.lastExport;
    if (!exported) return;
    const count = await this.deleteLocal(exported.items);
    this.lastExport = undefined;
    this.confirmingDelete = false;
    await this.refresh();
    this.statusMessage = this.text.t.deleted(count);
    // The confirmation and its buttons are gone: focus goes to the section, not to the page.
    await this.focusLater('#export-title');
  }

  /** A date on screen, in the view's language (23/11/2026, 11/23/26); the CSV keeps its own French format. */
  private shownDate(iso: string): string {
    return this.text.formatDate(iso, { dateStyle: 'short', ...(iso.length > 10 ? { timeZone: 'Europe/Paris' } : { timeZone: 'UTC' }) });
  }

  /** A time of an event, in Paris time (where the MSP is), in the view's language. */
  private shownTime(iso: string): string {
    return this.text.formatDate(iso, { timeStyle: 'short', timeZone: 'Europe/Paris' });
  }

  /** After an update, moves focus to the element (the buttons that had it may have gone). */
  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async preparePurge(): Promise<void> {
    const t = this.text.t;
    const months = Number(this.retentionInput);
    if (!Number.isInteger(months) || months < 1 || months > 120) {
      this.retentionError = t.retentionInvalid;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#retention')?.focus();
      return;
    }
    this.retentionError = undefined;
    const store = await this.openStore();
    await store?.putDocument(SETTINGS_NAMESPACE, 'retentionMonths', months);
    const plan = planPurge(this.items, months, new Date());
    if (plan.personal.length + plan.other.length === 0) {
      this.purgePlan = undefined;
      this.statusMessage = t.purgeNothing(this.shownDate(plan.cutoff));
      return;
    }
    this.purgePlan = plan;
    this.statusMessage = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#purge-confirm')?.focus();
  }

  private async confirmPurge(): Promise<void> {
    const plan = this.purgePlan;
    if (!plan) return;
    const count = await this.deleteLocal(purgeOrder(plan));
    this.purgePlan = undefined;
    await this.refresh();
    this.statusMessage = this.text.t.purged(count);
    await this.focusLater('#retention-title');
  }

  // Lifecycle

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.configured) return;
    const key = JSON.stringify([this.settings.source ?? '', this.storeName, this.settings.kinds ?? []]);
    if (key !== this.sourceKey) {
      this.sourceKey = key;
      // After this update, not inside it (Lit: https://lit.dev/msg/change-in-update).
      void Promise.resolve().then(() => this.start());
    }
  }

  // Rendering

  private renderTokenForm(): TemplateResult {
    const t = this.text.t;
    const error = this.tokenError;
    const loading = this.loadState.status === 'loading';
    return html`<form class="token-form" part="token-form" novalidate @submit=${this.onTokenSubmit}>
      <fieldset class="field">
        <legend>${t.tokenLegend}</legend>
        ${textField({
          id: 'token',
          label: t.tokenLabel,
          hint: t.tokenHint,
          type: 'password',
          autocomplete: 'off',
          spellcheck: false,
          required: true,
          value: this.token,
          error,
          t: this.coreText.t,
          onInput: (value) => {
            this.token = value;
            this.tokenError = undefined;
          },
        })}
        <div class="option checkbox">
          <input id="remember" type="checkbox" .checked=${live(this.remember)} aria-describedby="remember-hint" @change=${(e: Event) => (this.remember = (e.target as HTMLInputElement).checked)} />
          <label for="remember">${t.remember}</label>
          <p id="remember-hint" class="hint">${t.rememberHint}</p>
        </div>
      </fieldset>
      <div class="actions">
        <button class="button" part="button" type="submit" aria-disabled=${loading ? 'true' : 'false'}>${t.show}</button>
        ${this.tokenRemembered ? html`<button class="button secondary" part="button" type="button" @click=${this.forgetToken}>${t.forget}</button>` : nothing}
      </div>
    </form>`;
  }

  private renderKinds(): TemplateResult {
    const t = this.text.t;
    return html`<div part="kinds">
      ${choiceGroup({
        id: 'kinds',
        legend: t.kindsLegend,
        type: 'radio',
        inline: true,
        required: true,
        options: this.kinds.map((kind) => ({ value: kind, label: t.kindCount(t.kinds[kind], this.itemsOf(kind).length) })),
        selected: [this.shownKind],
        onChange: ([kind]) => kind && this.chooseKind(kind as SubmissionKind),
        t: this.coreText.t,
      })}
    </div>`;
  }

  private renderUnsentNote(items: ResultItem[]) {
    const unsent = items.filter((item) => item.origin === 'pending' || item.origin === 'rejected').length;
    return unsent ? html`<p class="notice warning">${this.text.t.unsentNote(unsent)}</p>` : nothing;
  }

  private distributionLabel(question: QuestionSummary, entry: DistributionEntry): string {
    const t = this.text.t;
    if (question.type === 'rating') return `${entry.key} – ${t.ratingLabels[Number(entry.key) - 1] ?? entry.key}`;
    if (question.type === 'yesno') return entry.key === 'yes' ? t.yes : t.no;
    return entry.label;
  }

  private renderDistribution(id: string, title: string, question: QuestionSummary, entries: DistributionEntry[]) {
    const t = this.text.t;
    const bars: Bar[] = entries.map((entry) => {
      const label = this.distributionLabel(question, entry);
      return { label, value: entry.count, text: t.chartEntry(label, entry.count, entry.share) };
    });
    return html`<div class="figures">
      ${barChart(id, t.chartTitle(title), bars)}
      <table part="table">
        <caption class="visually-hidden">${t.chartTitle(title)}</caption>
        <thead>
          <tr><th scope="col">${t.answerColumn}</th><th scope="col">${t.countColumn}</th><th scope="col">${t.shareColumn}</th></tr>
        </thead>
        <tbody>
          ${bars.map((bar, index) => html`<tr><th scope="row">${bar.label}</th><td>${bar.value}</td><td>${t.share(entries[index]!.share)}</td></tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  private renderSurveys(): TemplateResult {
    const t = this.text.t;
    const campaigns = this.campaigns;
    const campaign = this.campaignShown;
    const summary = this.surveySummary(campaign);
    const needsQuestion = summary.questions.find((q) => q.questionId === NEEDS_QUESTION_ID);
    return html`<div class="field">
        <label for="campaign">${t.campaignLabel}</label>
        <select id="campaign" @change=${(e: Event) => (this.campaign = (e.target as HTMLSelectElement).value)}>
          ${campaigns.map((row) => html`<option value=${row.campaign} ?selected=${campaign === row.campaign}>${row.campaign}</option>`)}
          <option value="" ?selected=${campaign === undefined}>${t.allCampaigns}</option>
        </select>
      </div>
      <table part="table">
        <caption>${t.campaignsCaption}</caption>
        <thead>
          <tr><th scope="col">${t.campaignColumn}</th><th scope="col">${t.responsesColumn}</th><th scope="col">${t.satisfiedColumn}</th></tr>
        </thead>
        <tbody>
          ${campaigns.map(
            (row) => html`<tr><th scope="row">${row.campaign}</th><td>${row.responses}</td><td>${row.satisfiedShare === undefined ? '—' : t.share(row.satisfiedShare)}</td></tr>`,
          )}
        </tbody>
      </table>
      ${this.renderTrend()}
      <p class="count" id="survey-count"><strong>${campaign ?? t.allCampaigns}</strong> : ${t.responses(summary.responses)}</p>
      ${this.renderUnsentNote(this.shownItems)}
      ${needsQuestion && summary.needs.length
        ? html`<section class="question" part="question" aria-labelledby="needs-title">
            <h4 id="needs-title">${t.needsTitle}</h4>
            <p>${t.needsIntro} <span class="hint">(${needsQuestion.label} — ${t.respondents(needsQuestion.respondents)})</span></p>
            ${this.renderDistribution('needs-chart', t.needsTitle, needsQuestion, summary.needs)}
            ${needsQuestion.texts.length
              ? html`<h5>${t.otherAnswers}</h5>
                  <ul class="texts">
                    ${needsQuestion.texts.map((text) => html`<li>${text}</li>`)}
                  </ul>`
              : nothing}
          </section>`
        : nothing}
      ${summary.questions.map((question, index) => (question === needsQuestion ? nothing : this.renderQuestion(question, index)))}`;
  }

  private renderTrend() {
    const t = this.text.t;
    const trend = this.cached('trend', () => satisfactionByCampaign(this.itemsOf('survey')));
    if (trend.campaigns.length < 2 || trend.questions.length === 0) return nothing;
    return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="trend-caption">
      <table part="table" id="trend">
        <caption id="trend-caption">${t.trendCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.questionColumn}</th>
            ${trend.campaigns.map((campaign) => html`<th scope="col">${campaign}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${trend.questions.map(
            (question) => html`<tr>
              <th scope="row">${question.label}</th>
              ${question.shares.map((share, index) =>
                share === undefined ? html`<td>—</td>` : html`<td>${t.share(share)} <span class="hint">(${t.ratedBy(question.respondents[index] ?? 0)})</span></td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderQuestion(question: QuestionSummary, index: number): TemplateResult {
    const t = this.text.t;
    const open = question.type === 'short-text' || question.type === 'long-text';
    return html`<section class="question" part="question" aria-labelledby="q${index}-title">
      <h4 id="q${index}-title">${question.label}</h4>
      <p class="hint">${t.respondents(question.respondents)}</p>
      ${question.satisfied ? html`<p><strong>${t.satisfied(question.satisfied.share, question.satisfied.count, question.respondents)}</strong></p>` : nothing}
      ${question.average !== undefined ? html`<p>${t.average(question.average)}</p>` : nothing}
      ${open ? nothing : this.renderDistribution(`q${index}-chart`, question.label, question, question.distribution)}
      ${question.texts.length
        ? html`<h5>${open ? t.openAnswers : t.otherAnswers}</h5>
            <ul class="texts">
              ${question.texts.map((text) => html`<li>${text}</li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  private renderIdeas(): TemplateResult {
    const t = this.text.t;
    const all = this.allIdeaRows;
    const rows = filterIdeas(all, this.ideaFilter);
    const themes = [...new Map(all.map((row) => [row.theme, row.themeLabel])).entries()];
    const setFilter = (patch: IdeaFilter) => (this.ideaFilter = { ...this.ideaFilter, ...patch });
    return html`<div class="filters">
        <div class="field">
          <label for="filter-theme">${t.themeFilter}</label>
          <select id="filter-theme" @change=${(e: Event) => setFilter({ theme: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="">${t.all}</option>
            ${themes.map(([id, label]) => html`<option value=${id} ?selected=${this.ideaFilter.theme === id}>${label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-status">${t.statusFilter}</label>
          <select id="filter-status" @change=${(e: Event) => setFilter({ status: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="">${t.all}</option>
            ${this.statuses.map((status) => html`<option value=${status.id} ?selected=${this.ideaFilter.status === status.id}>${status.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-from">${t.fromFilter}</label>
          <input id="filter-from" type="date" .value=${live(this.ideaFilter.from ?? '')} @change=${(e: Event) => setFilter({ from: (e.target as HTMLInputElement).value || undefined })} />
        </div>
        <div class="field">
          <label for="filter-to">${t.toFilter}</label>
          <input id="filter-to" type="date" .value=${live(this.ideaFilter.to ?? '')} @change=${(e: Event) => setFilter({ to: (e.target as HTMLInputElement).value || undefined })} />
        </div>
      </div>
      <p class="count" id="ideas-count" aria-live="polite">${t.ideasShown(rows.length, all.length)}</p>
      ${this.renderUnsentNote(this.shownItems)}
      <ul class="ideas">
        ${rows.map((row) => this.renderIdea(row))}
      </ul>
      ${this.renderFeed(all)}`;
  }

  private renderIdea(row: IdeaRow): TemplateResult {
    const t = this.text.t;
    const edit = this.edits.get(row.id) ?? { status: row.status, answer: row.answer, publishText: row.publishText };
    const id = row.id;
    return html`<li class="idea" part="idea">
      <article aria-labelledby="idea-${id}-title">
        <h4 id="idea-${id}-title">${row.themeLabel} · ${t.ideaReceived(this.text.formatDate(row.date))}</h4>
        ${row.origin === 'stored' || row.origin === 'remote' ? nothing : html`<p class="badge ${row.origin}">${t.origin[row.origin]}</p>`}
        <blockquote>${row.text}</blockquote>
        ${row.contact ? html`<p class="contact">${t.ideaContact} <span>${row.contact}</span></p>` : nothing}
        <div class="answer-form">
          <div class="field">
            <label for="status-${id}">${t.teamStatus}</label>
            <select id="status-${id}" @change=${(e: Event) => this.editAnswer(row, { status: (e.target as HTMLSelectElement).value })}>
              ${this.statuses.map((status) => html`<option value=${status.id} ?selected=${edit.status === status.id}>${status.label}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="answer-${id}">${t.teamAnswer}</label>
            <p id="answer-${id}-hint" class="hint">${t.teamAnswerHint}</p>
            <textarea
              id="answer-${id}"
              rows="3"
              maxlength="5000"
              aria-describedby="answer-${id}-hint"
              .value=${live(edit.answer)}
              @input=${(e: Event) => this.editAnswer(row, { answer: (e.target as HTMLTextAreaElement).value })}
            ></textarea>
          </div>
          <div class="option checkbox">
            <input
              id="publish-${id}"
              type="checkbox"
              aria-describedby="publish-${id}-hint"
              .checked=${live(edit.publishText)}
              @change=${(e: Event) => this.editAnswer(row, { publishText: (e.target as HTMLInputElement).checked })}
            />
            <label for="publish-${id}">${t.publishText}</label>
            <p id="publish-${id}-hint" class="hint">${t.publishTextHint}</p>
          </div>
          <button class="button secondary" part="button" type="button" data-save=${id} @click=${() => void this.saveAnswer(row)}>${t.saveAnswer}</button>
        </div>
      </article>
    </li>`;
  }

  private renderFeed(rows: IdeaRow[]): TemplateResult {
    const t = this.text.t;
    const decided = rows.filter((row) => row.decided && row.origin !== 'rejected').length;
    return html`<section class="feed" part="feed" aria-labelledby="feed-title">
      <h4 id="feed-title">${t.feedTitle}</h4>
      <p>${t.feedIntro(decided)}</p>
      <button class="button secondary" part="button" type="button" id="download-feed" @click=${this.exportFeed}>${t.downloadFeed}</button>
    </section>`;
  }

  private renderEvents(): TemplateResult {
    const t = this.text.t;
    const { events, totals } = summariseEvents(this.itemsOf('event-signup'), this.dataSource?.actions);
    return html`<table part="table" class="totals">
        <caption>${t.eventsTotals}</caption>
        <tbody>
          <tr><th scope="row">${t.eventsCount}</th><td>${totals.events}</td></tr>
          <tr><th scope="row">${t.signupsCount}</th><td>${totals.signups}</td></tr>
          <tr><th scope="row">${t.seatsConfirmed}</th><td>${totals.seatsConfirmed}</td></tr>
          <tr><th scope="row">${t.seatsWaiting}</th><td>${totals.seatsWaiting}</td></tr>
          ${totals.unsent ? html`<tr><th scope="row">${t.unsentCount}</th><td>${totals.unsent}</td></tr>` : nothing}
        </tbody>
      </table>
      ${events.map((event, index) => this.renderEvent(event, index))}`;
  }

  private renderEvent(event: EventSummary, index: number): TemplateResult {
    const t = this.text.t;
    return html`<section class="event" part="event" aria-labelledby="event-${index}-title">
      <h4 id="event-${index}-title">${event.title}</h4>
      <p>${t.eventWhen(this.shownDate(event.start), this.shownTime(event.start), this.shownTime(event.end))}</p>
      <p><strong>${t.eventFigures(event.seatsConfirmed, event.capacity, event.waiting)}</strong></p>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="event-${index}-caption">
        <table part="table">
          <caption id="event-${index}-caption">${t.signupsCaption(event.title)}</caption>
          <thead>
            <tr>
              <th scope="col">${t.signedUpAt}</th>
              <th scope="col">${t.name}</th>
              <th scope="col">${t.contact}</th>
              <th scope="col">${t.seats}</th>
              <th scope="col">${t.statusColumn}</th>
              <th scope="col">${t.accessNeeds}</th>
              <th scope="col">${t.motivation}</th>
            </tr>
          </thead>
          <tbody>
            ${event.rows.map(
              (row) => html`<tr class=${row.status}>
                <td>${this.text.formatDate(row.signedUpAt, { dateStyle: 'short', timeStyle: 'short' })}</td>
                <th scope="row">${row.name}</th>
                <td>${t.channel[row.contact.channel] ?? row.contact.channel} : ${row.contact.value}</td>
                <td>${row.seats}</td>
                <td>${row.status === 'waiting' && row.position ? t.waitingPosition(row.position) : t.signupStatus[row.status]}</td>
                <td>${row.accessNeeds ?? ''}</td>
                <td>${row.motivation ?? ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderSelfChecks(): TemplateResult {
    const t = this.text.t;
    const summary = summariseSelfChecks(this.itemsOf('self-check'));
    const level = (value: number | null | undefined) =>
      value === null || value === undefined ? t.notConcerned : `${value} – ${t.levelNames[value] ?? ''}`;
    const bars: Bar[] = summary.assessments.map((a) => {
      const label = this.shownDate(a.assessedAt);
      return { label, value: a.aciLevel, text: `${label} : ${a.aciLevel}` };
    });
    return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="assessments-caption">
        <table part="table">
          <caption id="assessments-caption">${t.assessmentsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.dateColumn}</th>
              <th scope="col">${t.modeColumn}</th>
              ${summary.dimensions.map((d) => html`<th scope="col">${d.label}</th>`)}
              <th scope="col">${t.aciColumn}</th>
            </tr>
          </thead>
          <tbody>
            ${summary.assessments.map(
              (a) => html`<tr>
                <th scope="row">${this.shownDate(a.assessedAt)}</th>
                <td>${t.modes[a.mode] ?? a.mode}${a.respondentRole ? ` (${a.respondentRole})` : ''}</td>
                ${summary.dimensions.map((d) => html`<td>${level(a.levels[d.id])}</td>`)}
                <td>${a.aciLevel}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <table part="table">
        <caption>${t.progressionCaption}</caption>
        <thead>
          <tr><th scope="col">${t.dimensionColumn}</th><th scope="col">${t.firstColumn}</th><th scope="col">${t.lastColumn}</th><th scope="col">${t.changeColumn}</th></tr>
        </thead>
        <tbody>
          ${summary.dimensions.map(
            (d) => html`<tr><th scope="row">${d.label}</th><td>${level(d.first)}</td><td>${level(d.last)}</td><td>${t.change(d.change)}</td></tr>`,
          )}
        </tbody>
      </table>
      ${bars.length ? html`<div class="figures">${barChart('aci-chart', t.aciChart, bars)}</div>` : nothing}`;
  }

  private renderPanel(): TemplateResult {
    const t = this.text.t;
    const kind = this.shownKind;
    const count = this.itemsOf(kind).length;
    const body =
      count === 0
        ? html`<p>${t.empty}</p>`
        : kind === 'survey'
          ? this.renderSurveys()
          : kind === 'idea'
            ? this.renderIdeas()
            : kind === 'event-signup'
              ? this.renderEvents()
              : this.renderSelfChecks();
    return html`<section class="panel" part="panel" aria-labelledby="panel-title">
      <h3 id="panel-title">${t.kinds[kind]}</h3>
      ${body}
    </section>
    ${count ? this.renderExport() : nothing}`;
  }

  private renderExport(): TemplateResult {
    const t = this.text.t;
    const personal = this.shownKind === 'idea' || this.shownKind === 'event-signup';
    const local = this.dataSource instanceof LocalSource;
    const exported = this.lastExport?.kind === this.shownKind ? this.lastExport : undefined;
    return html`<section class="export" part="export" aria-labelledby="export-title">
      <h3 id="export-title" tabindex="-1">${t.exportTitle}</h3>
      <p>${t.exportIntro}</p>
      ${personal
        ? html`<div class="option checkbox">
            <input
              id="include-personal"
              type="checkbox"
              aria-describedby="include-personal-hint"
              .checked=${live(this.includePersonal)}
              @change=${(e: Event) => (this.includePersonal = (e.target as HTMLInputElement).checked)}
            />
            <label for="include-personal">${t.includePersonal}</label>
            <p id="include-personal-hint" class="hint">${t.includePersonalHint}</p>
          </div>`
        : nothing}
      <div class="actions">
        <button class="button" part="button" type="button" id="export-csv" @click=${() => this.exportShown('csv')}>${t.exportCsv}</button>
        <button class="button secondary" part="button" type="button" id="export-json" @click=${() => this.exportShown('json')}>${t.exportJson}</button>
      </div>
      ${local && exported && exported.items.length
        ? this.confirmingDelete
          ? html`<div class="notice warning" id="delete-confirm" tabindex="-1" role="group" aria-labelledby="delete-confirm-title">
              <p id="delete-confirm-title"><strong>${t.deleteConfirm(exported.items.length)}</strong></p>
              <p>${t.deleteConfirmHint}</p>
              <div class="actions">
                <button class="button danger" part="button" type="button" id="confirm-delete" @click=${this.confirmDeleteExported}>${t.confirmDelete}</button>
                <button class="button secondary" part="button" type="button" @click=${() => {
                    this.confirmingDelete = false;
                    void this.focusLater('#delete-exported');
                  }}>${t.cancel}</button>
              </div>
            </div>`
          : html`<div class="actions">
              <button
                class="button secondary"
                part="button"
                type="button"
                id="delete-exported"
                @click=${async () => {
                  this.confirmingDelete = true;
                  await this.updateComplete;
                  this.renderRoot.querySelector<HTMLElement>('#delete-confirm')?.focus();
                }}
              >
                ${t.deleteExported(exported.items.length)}
              </button>
            </div>`
        : nothing}
    </section>`;
  }

  private renderRetention(): TemplateResult {
    const t = this.text.t;
    const plan = this.purgePlan;
    const error = this.retentionError;
    return html`<section class="retention" part="retention" aria-labelledby="retention-title">
      <h3 id="retention-title" tabindex="-1">${t.retentionTitle}</h3>
      <p>${t.retentionIntro}</p>
      ${textField({
        id: 'retention',
        label: t.retentionLabel,
        hint: t.retentionHint,
        type: 'number',
        inputmode: 'numeric',
        min: 1,
        max: 120,
        required: true,
        value: this.retentionInput,
        error,
        t: this.coreText.t,
        onInput: (value) => {
          this.retentionInput = value;
          this.purgePlan = undefined;
        },
      })}
      ${plan
        ? html`<div class="notice warning" id="purge-confirm" tabindex="-1" role="group" aria-labelledby="purge-confirm-text">
            <p id="purge-confirm-text">${t.purgeConfirm(plan.personal.length, plan.other.length, this.shownDate(plan.cutoff))}</p>
            <div class="actions">
              <button class="button danger" part="button" type="button" id="confirm-purge" @click=${this.confirmPurge}>${t.confirmPurge}</button>
              <button class="button secondary" part="button" type="button" @click=${() => {
                this.purgePlan = undefined;
                void this.focusLater('#prepare-purge');
              }}>${t.cancel}</button>
            </div>
          </div>`
        : html`<div class="actions">
            <button class="button secondary" part="button" type="button" id="prepare-purge" @click=${this.preparePurge}>${t.preparePurge}</button>
          </div>`}
    </section>`;
  }

  protected override renderContent() {
    const t = this.text.t;
    const state = this.loadState;
    const ready = state.status === 'ready';
    const local = this.dataSource instanceof LocalSource;
    const sourceText = this.remote ? t.remoteSource(new URL(this.settings.source!, document.baseURI).host) : t.localSource(this.storeName);
    return html`<div class="results" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
      <header part="header">
        <h2>${t.title(this.settings.structureName)}</h2>
        <p class="source">${sourceText}</p>
        <p class="notice">${t.teamOnly}</p>
      </header>
      ${this.remote && (!ready || this.tokenRemembered) ? this.renderTokenForm() : nothing}
      <div class="status" part="status" role="status" aria-live="polite">${this.statusMessage}</div>
      ${ready
        ? html`<div class="actions refresh">
              <button class="button secondary" part="button" type="button" id="refresh" @click=${this.refresh}>${t.refresh}</button>
            </div>
            ${this.renderKinds()} ${this.renderPanel()} ${local ? this.renderRetention() : nothing}`
        : nothing}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'msp-export': MspExportEvent;
  }
}
