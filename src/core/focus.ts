/**
 * Moves focus once the host has rendered: to a heading after a step changes (headings carry
 * tabindex="-1" in the template), to the error summary, back to a field.
 *
 * ```ts
 * this.submission.reset();
 * void focusAfterUpdate(this, '#theme input');        // the first radio of the theme group
 * ```
 */
import type { ReactiveElement } from 'lit';

/** Waits for the host's pending update, then focuses the first match of `selector` in its render root. Resolves true when something took focus. */
export async function focusAfterUpdate(host: ReactiveElement, selector: string): Promise<boolean> {
  await host.updateComplete;
  const target = (host.renderRoot as ParentNode).querySelector<HTMLElement>(selector);
  if (!target) return false;
  target.focus();
  const root = host.renderRoot as ShadowRoot | HTMLElement;
  const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
  return active === target;
}
