import { html, type TemplateResult } from 'lit';
import type { ContinuumCheckStrings } from '../translations/fr.js';

export interface LoadingState {
  /** The content could not be fetched (offline, files missing). */
  failed: boolean;
}

export interface LoadingOn {
  retry(): void;
}

/**
 * What a screen shows while its content (the matrix, checks and obstacles, a chunk of its own) is on
 * its way: a short line, never a blank box; a message and a retry button when it could not come.
 */
export function renderLoading({ t, state, on }: { t: ContinuumCheckStrings; state: LoadingState; on: LoadingOn }): TemplateResult {
  return state.failed
    ? html`<div class="loading notice" part="loading">
        <p>${t.contentFailed}</p>
        <button id="retry-content" class="button secondary" part="button secondary" type="button" @click=${on.retry}>${t.retry}</button>
      </div>`
    : html`<p class="loading" part="loading" role="status">${t.loadingContent}</p>`;
}
