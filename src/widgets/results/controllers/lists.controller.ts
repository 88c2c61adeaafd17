import type { ReactiveControllerHost } from 'lit';
import type { ResultsData } from '../results-data.js';
import type { ResultsContext } from '../results.state.js';
import { ShownCounts } from '../shown-count.js';
import type { ListLimits } from '../views/parts.js';

/**
 * The long lists' "Voir plus" (shown-count.ts): MORE_STEP more items, then focus on the first item
 * added, so that a keyboard or screen reader user reads on where the list grew (the button stays for
 * the next ones). Every list starts again at its first items when the data or the selection (campaign, filters) changes.
 */
export class ListLimitsController implements ListLimits {
  private readonly counts = new ShownCounts();
  private data: ResultsData | undefined;
  private shownKey: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
  ) {}

  /**
   * Called before each render with the data and what selects the items shown (the campaign, the
   * filters): a new read or another selection starts the lists again at their first items.
   */
  follow(data: ResultsData, selection: string): void {
    if (data === this.data && selection === this.shownKey) return;
    [this.data, this.shownKey] = [data, selection];
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
