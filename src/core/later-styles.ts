import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type ReactiveElement } from 'lit';

/**
 * Adds the rules of a module loaded on demand (a widget's later screens) to the element's shadow
 * root, after its own and those added before, once that root exists (Lit makes it when the element is
 * first connected). A constructed sheet, never a `style` element, where the browser has them: a strict
 * CSP allows it; elsewhere Lit's fallback, a style element with the page's nonce. Adding the same rules
 * twice keeps one copy. Not in msp-core: only the later modules use it.
 */
export function addStyles(host: ReactiveElement, styles: CSSResult): void {
  // Lit types renderRoot as always there; it is made when the element is first connected.
  const root = host.renderRoot as HTMLElement | DocumentFragment | undefined;
  if (!root) return void host.updateComplete.then(() => addStyles(host, styles));
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((kept) => kept !== sheet), sheet];
  else adoptStyles(root, [styles]);
}
