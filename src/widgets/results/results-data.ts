import type { SubmissionKind } from '../../core/envelope.js';
import type { SeatAction } from '../../contracts/seats.js';
import { summariseEvents, type EventSummary, type EventTotals } from './events.js';
import { filterIdeas, ideaRows, type IdeaRow } from './ideas.js';
import type { PanelView } from './results.state.js';
import { summariseSelfChecks, type SelfCheckSummary } from './self-checks.js';
import type { ResultItem } from './sources.js';
import { eachInSlices, type SliceOptions } from './chunks.js';
import {
  CampaignTableBuilder,
  campaignTable,
  satisfactionByCampaign,
  summariseSurveys,
  SurveySummaryBuilder,
  TrendBuilder,
  type CampaignRow,
  type SatisfactionTrend,
  type SurveySummary,
} from './survey-summary.js';

/**
 * One loaded set of results and what the panels compute from it. Summaries are computed once per
 * set; a new read gives a new `ResultsData`. The survey panel's figures are prepared in slices first
 * (`prepareSurveys`: 100,000 responses without a long task, see scripts/bench-results.ts); the getters
 * then read what was prepared (and compute at once what was not: an export, a test).
 */
export class ResultsData {
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly items: readonly ResultItem[] = [],
    /** The team's actions the endpoint reported (cancelled signups); none locally. */
    readonly actions: readonly SeatAction[] = [],
    /** The capacity of each event the team defined on the collector; undefined locally. */
    readonly capacities?: ReadonlyMap<string, number | null>,
  ) {}

  private cached<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /** Every item of that kind. */
  itemsOf(kind: SubmissionKind): ResultItem[] {
    return this.cached(`items:${kind}`, () => this.items.filter((item) => item.kind === kind));
  }

  /** Campaigns present, most recent first. */
  get campaigns(): CampaignRow[] {
    return this.cached('campaigns', () => campaignTable(this.itemsOf('survey')));
  }

  /** The campaign shown: the one chosen (`''`: all, shown as undefined), or the most recent. */
  campaignShown(chosen: string | undefined): string | undefined {
    if (chosen !== undefined) return chosen || undefined;
    return this.campaigns[0]?.campaign;
  }

  surveySummary(campaign: string | undefined): SurveySummary {
    return this.cached(`survey:${campaign ?? ''}`, () => summariseSurveys(this.itemsOf('survey'), campaign));
  }

  /** True when the campaigns and the trend are computed (the first part of `prepareSurveys`). */
  get surveyTablesReady(): boolean {
    return this.memo.has('campaigns') && this.memo.has('trend');
  }

  /** True when the survey panel's figures for that choice are computed (`prepareSurveys` resolved). */
  surveysReady(chosen: string | undefined): boolean {
    return this.surveyTablesReady && this.memo.has(`survey:${this.campaignShown(chosen) ?? ''}`);
  }

  /**
   * Computes the survey panel's figures for the campaign chosen (the campaigns, the trend, the
   * campaign's summary) in slices that give the main thread back; the getters then return them.
   * Rejects with an AbortError when the signal aborts (nothing half-made is kept).
   */
  async prepareSurveys(chosen: string | undefined, options: SliceOptions = {}): Promise<void> {
    const surveys = this.itemsOf('survey');
    if (!this.surveyTablesReady) {
      const [table, trend] = [new CampaignTableBuilder(), new TrendBuilder()];
      await eachInSlices(surveys, (item) => (table.add(item), trend.add(item)), options);
      this.memo.set('campaigns', table.rows());
      this.memo.set('trend', trend.result());
    }
    const campaign = this.campaignShown(chosen);
    const key = `survey:${campaign ?? ''}`;
    if (this.memo.has(key)) return;
    const summary = new SurveySummaryBuilder(campaign);
    await eachInSlices(surveys, (item) => summary.add(item), options);
    this.memo.set(key, summary.result());
  }

  /** Share satisfied per question and campaign. */
  get trend(): SatisfactionTrend {
    return this.cached('trend', () => satisfactionByCampaign(this.itemsOf('survey')));
  }

  /** Ideas with the team's answers (answers change without a new read: not cached). */
  ideaRows(answers: PanelView['answers']): IdeaRow[] {
    return ideaRows(this.itemsOf('idea'), answers);
  }

  get events(): { events: EventSummary[]; totals: EventTotals } {
    return this.cached('events', () => summariseEvents(this.itemsOf('event-signup'), this.actions, this.capacities));
  }

  get selfChecks(): SelfCheckSummary {
    return this.cached('self-checks', () => summariseSelfChecks(this.itemsOf('self-check')));
  }
}

/** What the panel shows now, filters applied: what an export writes and a delete-after-export removes. */
export function shownItems(data: ResultsData, view: PanelView): ResultItem[] {
  const items = data.itemsOf(view.kind);
  if (view.kind === 'survey') {
    const campaign = data.campaignShown(view.campaign);
    return campaign === undefined ? items : items.filter((item) => (item.envelope.payload as { campaign?: unknown }).campaign === campaign);
  }
  if (view.kind === 'idea') {
    const ids = new Set(filterIdeas(data.ideaRows(view.answers), view.ideaFilter).map((row) => row.id));
    return items.filter((item) => ids.has(item.id));
  }
  return items;
}

/** Items still in this device's outbox (waiting or refused by the endpoint). */
export function unsentCount(items: readonly ResultItem[]): number {
  return items.filter((item) => item.origin === 'pending' || item.origin === 'rejected').length;
}

/** The kind to open on: the one shown when it has data, else the first (in the order shown) that has some. */
export function firstKindWithData(kinds: readonly SubmissionKind[], count: (kind: SubmissionKind) => number, shown: SubmissionKind): SubmissionKind {
  if (count(shown) > 0) return shown;
  return kinds.find((kind) => count(kind) > 0) ?? shown;
}
