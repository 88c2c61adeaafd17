import { html, type TemplateResult } from 'lit';
import type { ViewProps } from '../results.state.js';

export interface HeaderState {
  structure: string | undefined;
  /** The collector's address (remote source); undefined: this browser's store. */
  source: string | undefined;
  storeName: string;
}

/** The title, where the contributions come from (the collector's host, or this browser's store), and who the view is for. */
export function renderHeader({ t, ui, state }: ViewProps<HeaderState, unknown>): TemplateResult {
  const source = state.source ? t.remoteSource(new URL(state.source, document.baseURI).host) : t.localSource(state.storeName);
  return html`<header part="header">
    ${ui.heading(t.title(state.structure), { id: 'results-title', focusable: true, title: true })}
    <p class="source">${source}</p>
    <p class="notice">${t.teamOnly}</p>
  </header>`;
}
