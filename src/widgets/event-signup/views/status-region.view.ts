import { html, type TemplateResult } from 'lit';

/**
 * The widget's one status region, in the tree from the first render (a region added with its message
 * already in it is not announced). The markup of ui/form.ts's `statusRegion`, written here so that
 * the list does not import the form's parts: they come with the form's module (event-signup.later.ts).
 */
export const statusRegion = (message: string): TemplateResult => html`<div class="status" part="status" role="status" aria-live="polite">${message}</div>`;
