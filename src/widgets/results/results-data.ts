import { submissionKinds, type SubmissionKind } from '../../core/envelope.js';
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
  SurveyFiguresBuilder,
  SurveySummaryBuilder,
  TrendBuilder,
  type CampaignRow,
  type SatisfactionTrend,
  type SurveySummary,
} from './survey-summary.js';

/** A read under way: its items by kind and the survey figures, counted as they arrive. */
interface Growth {
  byKind: Map<SubmissionKind, ResultItem[]>;
  figures: SurveyFiguresBuilder;
  /** What was worked out from the items read so far (cleared when more arrive). */
  snapshots: Map<string, unknown>;
  /** Items still in this device's outbox, so far. */
  unsent: number;
}

/**
 * One loaded set of results and what the panels compute from it. Summaries are computed once per
 * set; a new read gives a new `ResultsData`. Two ways to make one:
 * - `new ResultsData(items)`, all at once: the survey panel's figures are prepared in slices first
 *   (`prepareSurveys`: 100,000 responses without a long task, see scripts/bench-results.ts); the
 *   getters then read what was prepared (and compute at once what was not: an export, a test);
 * - `ResultsData.reading()`, while a read arrives (issue 16): `append` each batch (the survey
 *   figures are counted as the items come, SurveyFiguresBuilder), the getters give the figures of
 *   what was read so far, and `finish` makes it the complete set, every survey figure ready.
 */
export class ResultsData {
  private readonly memo = new Map<string, unknown>();
  private readonly all: ResultItem[];
  private growth: Growth | undefined;
  private seatActions: readonly SeatAction[];
  private eventCapacities: ReadonlyMap<string, number | null> | undefined;

  constructor(
    items: readonly ResultItem[] = [],
    /** The team's actions the endpoint reported (cancelled signups); none locally. */
    actions: readonly SeatAction[] = [],
    /** The capacity of each event the team defined on the collector; undefined locally. */
    capacities?: ReadonlyMap<string, number | null>,
  ) {
    this.all = items as ResultItem[];
    this.seatActions = actions;
    this.eventCapacities = capacities;
  }

  /** An empty set that grows with `append` as a read arrives, until `finish`. */
  static reading(): ResultsData {
    const data = new ResultsData([]);
    data.growth = { byKind: new Map(), figures: new SurveyFiguresBuilder(), snapshots: new Map(), unsent: 0 };
    return data;
  }

  /** Every item (so far, while reading). */
  get items(): readonly ResultItem[] {
    return this.all;
  }

  /** The team's actions the endpoint reported (cancelled signups); none locally. */
  get actions(): readonly SeatAction[] {
    return this.seatActions;
  }

  /** The capacity of each event the team defined on the collector; undefined locally. */
  get capacities(): ReadonlyMap<string, number | null> | undefined {
    return this.eventCapacities;
  }

  /** True while a read is still adding items (`reading()` until `finish`). */
  get growing(): boolean {
    return this.growth !== undefined;
  }

  /** Adds items read (a batch of a read under way), counting the survey figures as they come. */
  append(items: readonly ResultItem[]): void {
    const growth = this.growth;
    if (!growth) throw new Error('ResultsData.append: the read is finished');
    for (const item of items) {
      this.all.push(item);
      const ofKind = growth.byKind.get(item.kind);
      if (ofKind) ofKind.push(item);
      else growth.byKind.set(item.kind, [item]);
      growth.figures.add(item);
      if (isUnsent(item)) growth.unsent++;
    }
    if (items.length) growth.snapshots.clear();
  }

  /**
   * The read is over: the set is complete, with what the endpoint said besides the items. Every
   * survey figure (each campaign's and all of them) is kept ready: no computation after the read.
   */
  finish(actions: readonly SeatAction[] = [], capacities?: ReadonlyMap<string, number | null>): this {
    const growth = this.growth;
    if (!growth) return this;
    this.growth = undefined;
    [this.seatActions, this.eventCapacities] = [actions, capacities];
    // Every kind, an absent one as an empty list: the panel counts each kind, and must not filter 100,000 items for one that never came.
    for (const kind of submissionKinds) this.memo.set(`items:${kind}`, []);
    for (const [kind, items] of growth.byKind) this.memo.set(`items:${kind}`, items);
    this.memo.set('has-unsent', growth.unsent > 0);
    const { figures } = growth;
    this.memo.set('campaigns', figures.campaigns());
    this.memo.set('trend', figures.trend());
    this.memo.set('survey:', figures.summary(undefined));
    for (const campaign of figures.campaignNames()) this.memo.set(`survey:${campaign}`, figures.summary(campaign));
    return this;
  }

  private cached<T>(key: string, compute: () => T): T {
    if (this.growth) {
      // Figures of what was read so far: kept until more arrives (a render asks several times).
      const snapshots = this.growth.snapshots;
      if (!snapshots.has(key)) snapshots.set(key, compute());
      return snapshots.get(key) as T;
    }
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /** True when some item is still in this device's outbox (never for the collector's): else no panel needs to look for them. */
  get hasUnsent(): boolean {
    if (this.growth) return this.growth.unsent > 0;
    return this.cached('has-unsent', () => this.all.some(isUnsent));
  }

  /** Every item of that kind. */
  itemsOf(kind: SubmissionKind): ResultItem[] {
    if (this.growth) return this.growth.byKind.get(kind) ?? [];
    return this.cached(`items:${kind}`, () => this.all.filter((item) => item.kind === kind));
  }

  /** Campaigns present, most recent first. */
  get campaigns(): CampaignRow[] {
    const figures = this.growth?.figures;
    return this.cached('campaigns', () => (figures ? figures.campaigns() : campaignTable(this.itemsOf('survey'))));
  }

  /** The campaign shown: the one chosen (`''`: all, shown as undefined), or the most recent. */
  campaignShown(chosen: string | undefined): string | undefined {
    if (chosen !== undefined) return chosen || undefined;
    return this.campaigns[0]?.campaign;
  }

  surveySummary(campaign: string | undefined): SurveySummary {
    const figures = this.growth?.figures;
    return this.cached(`survey:${campaign ?? ''}`, () => (figures ? figures.summary(campaign) : summariseSurveys(this.itemsOf('survey'), campaign)));
  }

  /** True when the campaigns and the trend are computed (the first part of `prepareSurveys`; always while reading). */
  get surveyTablesReady(): boolean {
    return this.growth !== undefined || (this.memo.has('campaigns') && this.memo.has('trend'));
  }

  /** True when the survey panel's figures for that choice are computed (`prepareSurveys` resolved; always while reading). */
  surveysReady(chosen: string | undefined): boolean {
    if (this.growth) return true;
    return this.surveyTablesReady && this.memo.has(`survey:${this.campaignShown(chosen) ?? ''}`);
  }

  /**
   * Computes the survey panel's figures for the campaign chosen (the campaigns, the trend, the
   * campaign's summary) in slices that give the main thread back; the getters then return them.
   * Rejects with an AbortError when the signal aborts (nothing half-made is kept). Nothing to do
   * while reading (the figures are counted as the items arrive).
   */
  async prepareSurveys(chosen: string | undefined, options: SliceOptions = {}): Promise<void> {
    if (this.growth) return;
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
    const figures = this.growth?.figures;
    return this.cached('trend', () => (figures ? figures.trend() : satisfactionByCampaign(this.itemsOf('survey'))));
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

/** An item still in this device's outbox (waiting, or refused by the endpoint). */
const isUnsent = (item: ResultItem): boolean => item.origin === 'pending' || item.origin === 'rejected';

/** Items still in this device's outbox (waiting or refused by the endpoint). */
export function unsentCount(items: readonly ResultItem[]): number {
  return items.filter(isUnsent).length;
}

/** The kind to open on: the one shown when it has data, else the first (in the order shown) that has some. */
export function firstKindWithData(kinds: readonly SubmissionKind[], count: (kind: SubmissionKind) => number, shown: SubmissionKind): SubmissionKind {
  if (count(shown) > 0) return shown;
  return kinds.find((kind) => count(kind) > 0) ?? shown;
}
