import type { ReactiveController, ReactiveElement } from 'lit';
import type { ChartLayout } from './continuum-chart.js';

/**
 * Picks the chart's layout from the width the widget's content really has (a phone, a sidebar, a wide
 * page), so that the chart's text, scaled with the viewBox, never falls below 12 CSS px. Measured before
 * each update (the results already render in the right layout, even in a tab that gets no animation
 * frame), after it when the box was not there yet, and again when the box is resized.
 */
export class ChartLayoutController implements ReactiveController {
  layout: ChartLayout = 'wide';
  private observed: Element | null = null;
  // Measured after the observer's turn: re-rendering inside it would resize the box again in the same frame.
  private readonly observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => setTimeout(() => this.measure())) : undefined;

  constructor(
    private readonly host: ReactiveElement,
    /** The box the chart fills. */
    private readonly selector: string,
    /** The wide layout from this width, in the box's em. */
    private readonly wideFrom: number,
    /** Whether a chart is on screen: no measuring (no forced layout) on the other screens. */
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.active()) this.measure(false);
  }

  hostUpdated(): void {
    const box = (this.host.renderRoot as ParentNode).querySelector(this.selector);
    if (box === this.observed) return;
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = box;
    if (box) this.observer?.observe(box);
    this.measure();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = null;
  }

  /** Reads the box's width; `rerender` when the layout changes outside an update. */
  private measure(rerender = true): void {
    const box = this.observed;
    if (!this.active()) return;
    const width = box?.getBoundingClientRect().width;
    if (!box || !width) return; // not laid out (hidden): keep the layout it has
    const em = parseFloat(getComputedStyle(box).fontSize) || 16;
    const layout: ChartLayout = width >= this.wideFrom * em ? 'wide' : 'narrow';
    if (layout === this.layout) return;
    this.layout = layout;
    if (rerender) this.host.requestUpdate();
  }
}
