import type { ReactiveControllerHost } from 'lit';
import type { ResultsData } from '../results-data.js';
import type { ResultsContext } from '../results.state.js';
import { ShownCounts } from '../shown-count.js';
import type { ListLimits } from '../views/parts.js';

/**
 * The long lists' "Voir plus" (shown-count.ts): MORE_STEP more items, then focus on the first item
 * added, so that a keyboard or screen reader user reads on where the list grew (the button stays for
 * the next ones). Every list starts again at its first items when the data or the campaign changes.
 */
export class ListLimitsController implements ListLimits {
  private readonly counts = new ShownCounts();
  private data: ResultsData | undefined;
  private campaign: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
  ) {}

  /** Called before each render with what is shown: a new read or another campaign starts the lists again. */
  follow(data: ResultsData, campaign: string | undefined): void {
    if (data === this.data && campaign === this.campaign) return;
    [this.data, this.campaign] = [data, campaign];
    this.counts.clear();
  }

  shown(id: string, total: number): number {
    return this.counts.shown(id, total);
  }

  more(id: string, total: number): void {
    const first = this.counts.more(id, total);
    this.host.requestUpdate();
    void this.context.focus(`[id="${id}-${first}"]`);
  }
}
