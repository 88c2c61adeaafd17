/** How many items a long list shows at first (open answers, ideas, signups). */
export const FIRST_SHOWN = 20;
/** How many more each "Voir plus" adds. */
export const MORE_STEP = 50;

/**
 * How many of each long list are shown, by list id: the first FIRST_SHOWN, then MORE_STEP more at each
 * "Voir plus". The shadow root holds what is shown, never every answer (17,801 elements for 100,000
 * responses before: issue 16). Pure; the component keeps one and drops it when the data changes.
 */
export class ShownCounts {
  private readonly counts = new Map<string, number>();

  /** How many of the list `id` (of `total` items) are shown. */
  shown(id: string, total: number): number {
    return Math.min(total, this.counts.get(id) ?? FIRST_SHOWN);
  }

  /** Shows MORE_STEP more of the list `id`; returns the index of the first item added (for focus). */
  more(id: string, total: number): number {
    const before = this.shown(id, total);
    this.counts.set(id, Math.min(total, before + MORE_STEP));
    return before;
  }

  /** Back to the first items of every list (a new read, another campaign). */
  clear(): void {
    this.counts.clear();
  }
}
