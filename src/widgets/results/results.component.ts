import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { submissionKinds, type SubmissionKind } from '../../core/envelope.js';
import { LocaleController, type Catalog } from '../../core/i18n.js';
import { DEFAULT_DATABASE } from '../../core/storage.js';
import { baseStyles } from '../../core/theme.js';
import { MspWidget } from '../../core/widget-base.js';
import { statusRegion } from '../../ui/form.js';
import { formStyles } from '../../ui/form.styles.js';
import { defaultStatuses } from '../../contracts/idea-statuses.js';
import { AccessController } from './controllers/access.controller.js';
import { ExportController } from './controllers/export.controller.js';
import { IdeaAnswersController } from './controllers/idea-answers.controller.js';
import { ListLimitsController } from './controllers/lists.controller.js';
import { ReportController } from './controllers/report.controller.js';
import { ResultsLoadController } from './controllers/load.controller.js';
import { RetentionController } from './controllers/retention.controller.js';
import { SeatsController } from './controllers/seats.controller.js';
import { SurveySummaryController } from './controllers/summary.controller.js';
import { filterIdeas, type IdeaFilter } from './ideas.js';
import { firstKindWithData, shownItems, unsentCount } from './results-data.js';
import { resultsAttributes } from './results.attributes.js';
import type { ResultsConfig } from './results.schema.js';
import { createResultsContext, resultsDateFormat } from './results-context.js';
import type { PanelView, ResultsContext, ViewProps } from './results.state.js';
import { resultsStyles } from './results.styles.js';
import { LocalSource, RemoteSource } from './sources.js';
import { resultsFr, type ResultsStrings } from './translations/fr.js';
import { renderAccess } from './views/access.view.js';
import { renderEvents } from './views/events.view.js';
import { renderExport } from './views/export.view.js';
import { renderIdeas } from './views/ideas.view.js';
import { renderHeader } from './views/header.view.js';
import { renderKinds } from './views/kinds.view.js';
import { renderReading } from './views/reading.view.js';
import { renderReportEntry, renderReportPage } from './views/report.view.js';
import { renderRetention } from './views/retention.view.js';
import { renderSelfChecks } from './views/self-checks.view.js';
import { renderComputing, renderSurveys } from './views/surveys.view.js';

export { MspExportEvent, type ExportDetail } from './export-event.js';

const resultsCatalog: Catalog<ResultsStrings> = {
  fr: resultsFr,
  en: () => import('./translations/en.js').then((module) => module.resultsEn),
  ar: () => import('./translations/ar.js').then((module) => module.resultsAr),
};

/**
 * @summary The team's view of what came in: survey summaries, ideas with the team's answers and the
 * published feed, event signups, self-checks; CSV/JSON exports and retention of local data.
 *
 * @event msp-export - A file was prepared (export, feed, chart, yearly summary): `detail` { kind, format, filename, count, personalData, content }.
 * @event msp-error - Bad configuration (`detail.reason` 'config').
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart header - Title and source.
 * @csspart token-form - The read-token form (remote source).
 * @csspart status - The live region announcing outcomes.
 * @csspart kinds - The choice of contributions to show.
 * @csspart panel - The summary of the kind shown.
 * @csspart question - One survey question's figures.
 * @csspart chart - An SVG chart.
 * @csspart table - A table of figures.
 * @csspart idea - One idea with the team's answer form.
 * @csspart event - One event's signups.
 * @csspart export - Export and delete-after-export.
 * @csspart retention - The retention setting and purge.
 * @csspart feed - The idea feed publication.
 * @csspart feed-address - The address the server serves the feed at (remote source).
 * @csspart button - Every button (each also has its own part, below).
 * @csspart submit - The main action of a form (the token form's button).
 * @csspart secondary - A secondary action's button.
 * @csspart danger - A button that deletes, in a confirmation.
 * @csspart show-results - The token form's submit button.
 * @csspart forget-token - Forgets the token kept on this device.
 * @csspart refresh - Reads the source again.
 * @csspart save-answer - Saves the team's answer to one idea.
 * @csspart move-answers - Sends to the server the answers an earlier version kept on this device.
 * @csspart copy-feed-address - Copies the feed's address (remote source).
 * @csspart download-feed - Downloads the idea feed file.
 * @csspart export-csv - Exports what is shown as CSV.
 * @csspart export-json - Exports what is shown as JSON.
 * @csspart delete-exported - Asks to delete what was exported from this device.
 * @csspart confirm-delete - Confirms that deletion.
 * @csspart cancel-delete - Cancels that deletion.
 * @csspart prepare-purge - Asks to delete records older than the retention.
 * @csspart confirm-purge - Confirms the purge.
 * @csspart cancel-purge - Cancels the purge.
 * @csspart export-xlsx - Exports what is shown as .xlsx (typed cells).
 * @csspart export-raw-csv - Exports the survey answers one row per response (CSV).
 * @csspart export-raw-xlsx - The same as .xlsx.
 * @csspart download-chart - Downloads a chart as SVG or PNG.
 * @csspart cancel-signup - Asks to cancel a signup (remote).
 * @csspart confirm-cancel-signup - Confirms that cancellation.
 * @csspart keep-signup - Keeps the signup.
 * @csspart promote - Adds seats for the first person waiting (remote).
 * @csspart mark-notified - Marks a promoted person as told (remote).
 * @csspart sign-in-sheet - An event's sign-in sheet (the button, and the sheet itself).
 * @csspart print-sheet - Prints the sign-in sheet.
 * @csspart close-sheet - Back from the sign-in sheet to the signups.
 * @csspart report - The way to the poster and the yearly summary.
 * @csspart poster - The waiting-room poster "Vous avez dit, nous avons fait".
 * @csspart yearly-summary - The year's summary for the ACI report.
 * @csspart open-poster - Opens the poster.
 * @csspart open-summary - Opens the yearly summary.
 * @csspart print-report - Prints the poster or the summary.
 * @csspart export-summary-csv - The yearly summary as CSV.
 * @csspart export-summary-text - The yearly summary as text.
 * @csspart close-report - Back from the poster or the summary to the results.
 * @csspart show-more - "Voir plus" under a long list (open answers, ideas): 50 more.
 *
 * @cssproperty --msp-results-accent - Accent colour (buttons, bars), falls back to `--msp-accent`.
 * @cssproperty --msp-accent - Accent colour shared by every widget.
 * @cssproperty --msp-results-max-width - Widest the view gets (64rem).
 * @cssproperty --msp-font-family - Font; the host page's by default.
 * @cssproperty --msp-target-size - Minimum size of clickable targets (2.75rem).
 */
export class MspResults extends MspWidget<ResultsConfig> {
  static override styles = [baseStyles, formStyles, resultsStyles];
  static override loadConfigSchema = () => import('./results.schema.js').then((module) => module.resultsConfigSchema);
  static override configAttributes = resultsAttributes;

  static override properties = {
    shownKind: { state: true },
    campaign: { state: true },
    ideaFilter: { state: true },
    statusMessage: { state: true },
  };

  /** The results view reads; it submits nothing. */
  readonly kind = undefined;

  private readonly text = new LocaleController(this, resultsCatalog);
  private readonly format = resultsDateFormat(this.text);
  private readonly context: ResultsContext;
  private readonly loader: ResultsLoadController;
  private readonly access: AccessController;
  private readonly answers: IdeaAnswersController;
  private readonly exports: ExportController;
  private readonly retention: RetentionController;
  private readonly seats: SeatsController;
  private readonly reporting: ReportController;
  private readonly summaries: SurveySummaryController;
  private readonly lists: ListLimitsController;
  /** The team chose a kind since the source was read: the view no longer opens on the first with data. */
  private kindChosen = false;
  /** The source, store and kinds last started from: a change starts again. */
  private sourceKey = '';

  /** Base address of the collector to read from (`<source>/submissions`); without it, this browser's data. */
  declare source: string | undefined;
  /** Months local records are kept before the purge offers to delete them (12 by default). */
  declare retentionMonths: number | undefined;
  /** WordPress REST nonce: read and write `source` with the site's login cookie and `X-WP-Nonce`, no token asked. */
  declare restNonce: string | undefined;
  declare private shownKind: SubmissionKind;
  /** undefined: the latest campaign; '': all campaigns. */
  declare private campaign: string | undefined;
  declare private ideaFilter: IdeaFilter;
  declare private statusMessage: string;

  constructor() {
    super();
    this.shownKind = 'survey';
    this.campaign = undefined;
    this.ideaFilter = {};
    this.statusMessage = '';
    this.context = createResultsContext(this, {
      text: this.text,
      format: this.format,
      settings: () => this.settings,
      storeName: () => this.storeName,
      status: { get: () => this.statusMessage, set: (message) => (this.statusMessage = message) },
    });
    this.loader = new ResultsLoadController(this, this.context);
    this.access = new AccessController(this, this.context, this.loader);
    this.answers = new IdeaAnswersController(this, this.context, this.loader);
    this.exports = new ExportController(this, this.context, this.loader, () => this.panelView, this.statusLabel);
    this.retention = new RetentionController(this, this.context, this.loader);
    this.seats = new SeatsController(this, this.context, this.loader);
    this.reporting = new ReportController(this, this.context, this.loader, () => ({ panel: this.panelView, statuses: this.statuses }));
    this.summaries = new SurveySummaryController(this, this.context);
    this.lists = new ListLimitsController(this, this.context);
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

  private readonly statusLabel = (id: string): string => this.statuses.find((status) => status.id === id)?.label ?? id;

  private get panelView(): PanelView {
    return { kind: this.shownKind, campaign: this.campaign, ideaFilter: this.ideaFilter, answers: this.answers.answers };
  }

  /**
   * Called when the source changes: local loads at once; remote with a WordPress nonce too (the
   * site's login); remote with a token waits for it (or reads with the one kept on this device).
   */
  private async start(): Promise<void> {
    this.summaries.stop();
    await this.loader.reset();
    this.exports.reset();
    this.reporting.reset();
    this.kindChosen = false;
    if (!this.kinds.includes(this.shownKind)) this.shownKind = this.kinds[0] ?? 'survey';
    const { source, restNonce, requestTimeoutMs } = this.settings;
    const store = await this.context.openStore();
    await this.retention.restore(store);
    if (source) await this.answers.restoreDeviceAnswers(store);
    if (source && restNonce) return void (await this.loader.load(new RemoteSource(source, { nonce: restNonce }, requestTimeoutMs)));
    if (source) return this.access.restore(store);
    if (!store) return this.loader.fail('storage');
    await this.loader.load(new LocalSource(store));
    this.retention.offerAtOpening();
  }

  private chooseKind(kind: SubmissionKind): void {
    this.shownKind = kind;
    this.kindChosen = true;
    this.exports.reset();
    this.seats.reset();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Issue 14: the view opens on the first kind that has data, not on "Questionnaires (0)".
    if (!this.kindChosen && this.loader.state.status === 'ready') {
      this.shownKind = firstKindWithData(this.kinds, (kind) => this.loader.data.itemsOf(kind).length, this.shownKind);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.configured) return;
    const key = JSON.stringify([this.settings.source ?? '', this.settings.restNonce ?? '', this.storeName, this.settings.kinds ?? []]);
    if (key !== this.sourceKey) {
      this.sourceKey = key;
      // After this update, not inside it (Lit: https://lit.dev/msg/change-in-update).
      void Promise.resolve().then(() => this.start());
    }
  }

  /** Strings, dates, and the view's own state and callbacks, as one props object. */
  private props<State, On>(state: State, on: On): ViewProps<State, On> {
    return { t: this.text.t, core: this.coreText.t, format: this.format, ui: this.ui, state, on };
  }

  private renderBody(): TemplateResult {
    const data = this.loader.reading ?? this.loader.data;
    const view = this.panelView;
    // The panel's items filtered only when some are still on this device (never for the collector's 100,000).
    const unsent = () => (data.hasUnsent ? unsentCount(shownItems(data, view)) : 0);
    switch (this.shownKind) {
      case 'survey': {
        const state = this.summaries.panel(data, this.campaign, this.lists, unsent);
        const on = {
          chooseCampaign: (value: string) => (this.campaign = value),
          downloadChart: (id: string, title: string, format: 'svg' | 'png') => void this.exports.downloadChart(id, title, format),
        };
        return state ? renderSurveys(this.props(state, on)) : renderComputing(this.text.t);
      }
      case 'idea': {
        const all = data.ideaRows(view.answers);
        const feedAddress = this.loader.source instanceof RemoteSource ? this.loader.source.feedUrl : undefined;
        const { edits, errors, toMove } = this.answers;
        const [rows, filter, statuses] = [filterIdeas(all, this.ideaFilter), this.ideaFilter, this.statuses];
        this.lists.follow(data, `idea:${JSON.stringify(filter)}`);
        const state = { all, rows, filter, statuses, edits, errors, unsent: unsent(), feedAddress, toMove: toMove.length, limits: this.lists };
        return renderIdeas(
          this.props(state, {
            filter: (patch: IdeaFilter) => (this.ideaFilter = { ...this.ideaFilter, ...patch }),
            edit: (row, patch) => this.answers.edit(row, patch),
            save: (row) => void this.answers.save(row),
            downloadFeed: () => this.exports.exportFeed(),
            copyFeedAddress: () => void (feedAddress && this.exports.copyFeedAddress(feedAddress)),
            moveAnswers: () => void this.answers.moveToServer(),
          }),
        );
      }
      case 'event-signup':
        return renderEvents(this.props({ ...data.events, ...this.seats.view, structure: this.settings.structureName }, this.seats.on));
      default:
        return renderSelfChecks(this.props(data.selfChecks, {}));
    }
  }

  private renderPanel(): TemplateResult {
    const t = this.text.t;
    const reading = this.loader.reading;
    const count = (reading ?? this.loader.data).itemsOf(this.shownKind).length;
    // While reading, only the survey figures fill in (counted as they come); the other lists wait for the end.
    const survey = this.shownKind === 'survey';
    const body = reading ? (survey && count ? this.renderBody() : nothing) : count ? this.renderBody() : html`<p>${t.empty}</p>`;
    return html`<section class="panel" part="panel" aria-labelledby="panel-title" aria-busy=${reading ? 'true' : 'false'}>
        ${this.ui.heading(t.kinds[this.shownKind], { id: 'panel-title', focusable: true, sub: 1 })}
        ${reading ? renderReading(t, reading.items.length, survey && count > 0) : nothing} ${body}
      </section>
      ${count && !reading ? renderExport(this.props(this.exports.view, this.exports.on)) : nothing}`;
  }

  private renderReady(): TemplateResult {
    const { retention, loader } = this;
    // While a read arrives (issue 16): the kinds and the panel fill in; what works on a complete read waits.
    const data = loader.reading ?? loader.data;
    const report = loader.reading ? undefined : this.reporting.page;
    if (report) return renderReportPage(this.props(report, this.reporting.on));
    const kinds = { kinds: this.kinds, count: (kind: SubmissionKind) => data.itemsOf(kind).length, shown: this.shownKind };
    const on = { choose: (kind: SubmissionKind) => this.chooseKind(kind), refresh: () => void loader.refresh() };
    if (loader.reading) return html`${renderKinds(this.props(kinds, on))} ${this.renderPanel()}`;
    return html`${renderKinds(this.props(kinds, on))} ${this.renderPanel()} ${renderReportEntry(this.props(this.reporting.entry, this.reporting.on))}
    ${loader.local ? renderRetention(this.props(retention.view, retention.on)) : nothing}`;
  }

  protected override renderContent() {
    const state = this.loader.state;
    const ready = state.status === 'ready';
    const header = { structure: this.settings.structureName, source: this.settings.source, storeName: this.storeName };
    // A read under way shows its panel (busy itself): the status region, outside it, is heard as it changes.
    const reading = this.loader.reading !== undefined;
    return html`<div class="results" aria-busy=${state.status === 'loading' && !reading ? 'true' : 'false'}>
      ${renderHeader(this.props(header, {}))}
      ${this.remote && !this.settings.restNonce && (!ready || this.access.remembered) ? renderAccess(this.props(this.access.view, this.access.on)) : nothing}
      ${statusRegion({ message: this.statusMessage })} ${ready || reading ? this.renderReady() : nothing}
    </div>`;
  }
}
