import { html, type TemplateResult } from 'lit';

/** The way back to the list beside "Chargement…" (or, offline, "Réessayer") while the form's module is on its way: `label` is the list's "cancel". */
export const backWhileLoading = (label: string, back: () => void): TemplateResult =>
  html`<div class="actions">
    <button class="button secondary" part="button secondary back" type="button" @click=${back}>${label}</button>
  </div>`;
