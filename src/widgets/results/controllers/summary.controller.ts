import type { ReactiveControllerHost } from 'lit';
import { yieldToMain, type SliceOptions } from '../chunks.js';
import type { ResultsData } from '../results-data.js';
import type { ResultsContext } from '../results.state.js';
import type { SurveysState } from '../views/surveys.view.js';
import type { ListLimitsController } from './lists.controller.js';

/**
 * Computes the survey panel's figures without freezing the page: `ensure` starts
 * `ResultsData.prepareSurveys` in slices (chunks.ts) for the data and campaign shown, says
 * "Calcul en cours…" in the status region meanwhile and the outcome at the end, then updates the host.
 * A newer data set or campaign aborts the computation under way; so does leaving the page.
 */
export class SurveySummaryController {
  private running: { data: ResultsData; chosen: string | undefined; abort: AbortController } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
    /** Slicing options (a test may pass its own yield to watch the status between slices). */
    private readonly slicing: Omit<SliceOptions, 'signal'> = {},
  ) {
    host.addController({ hostDisconnected: () => this.stop() });
  }

  /** True while figures are being computed. */
  get computing(): boolean {
    return this.running !== undefined;
  }

  /** True when the figures for this data and campaign can be shown; else starts computing them (once). */
  ensure(data: ResultsData, chosen: string | undefined): boolean {
    if (data.surveysReady(chosen)) return true;
    if (this.running?.data === data && this.running.chosen === chosen) return false;
    this.stop();
    const abort = new AbortController();
    const job = (this.running = { data, chosen, abort });
    // After this update: `ensure` is called while rendering, where a state change would warn (Lit).
    void Promise.resolve().then(() => this.compute(job));
    return false;
  }

  /**
   * The survey panel's state for the campaign chosen, its open-answer lists following `lists`;
   * undefined while the tables are read ("Calcul en cours…"). Figures are computed in slices: until
   * they are ready, the panel shows the campaigns without them.
   */
  panel(data: ResultsData, chosen: string | undefined, lists: ListLimitsController, unsent: () => number): SurveysState | undefined {
    const ready = this.ensure(data, chosen);
    if (!data.surveyTablesReady) return undefined;
    const campaign = data.campaignShown(chosen);
    lists.follow(data, `survey:${campaign ?? ''}`);
    const summary = ready ? data.surveySummary(campaign) : undefined;
    return { campaigns: data.campaigns, campaign, summary, trend: data.trend, unsent: unsent(), limits: lists };
  }

  private async compute(job: NonNullable<SurveySummaryController['running']>): Promise<void> {
    const t = this.context.t;
    const yieldFn = this.slicing.yieldFn ?? yieldToMain;
    // Said only when the work takes more than one slice: a small set shows at once, and the status
    // region keeps the outcome of the read (or of a purge) then.
    let before: string | undefined;
    const announce = () => {
      before ??= this.context.status();
      if (before !== t.computing) this.context.say(t.computing);
    };
    try {
      await job.data.prepareSurveys(job.chosen, { ...this.slicing, signal: job.abort.signal, yieldFn: () => (announce(), yieldFn()) });
    } catch (error) {
      if (job.abort.signal.aborted) return;
      throw error;
    }
    if (this.running !== job) return;
    this.running = undefined;
    if (before !== undefined) {
      const responses = job.data.surveySummary(job.data.campaignShown(job.chosen)).responses;
      this.context.say(`${before === t.computing ? '' : before} ${t.computed(responses)}`.trim());
    }
    this.host.requestUpdate();
  }

  /** Abandons the computation under way (a new source, the page left). */
  stop(): void {
    this.running?.abort.abort();
    this.running = undefined;
  }
}
