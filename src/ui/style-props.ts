import { noChange, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/** Custom properties (or any style property) for one element, by name: `{ '--status-color': '#18753c' }`. */
export type StyleProps = Record<string, string | undefined>;

/**
 * Sets style properties through the CSSOM (`element.style.setProperty`), never through a `style`
 * attribute. Lit's `styleMap` writes the attribute on its first render, which a strict host page
 * policy (`style-src 'self'`, no `'unsafe-inline'`) blocks and reports as a `style-src-attr`
 * violation; the CSSOM is not subject to that rule (shared/TOOLCHAIN.md, "The browser under a strict CSP").
 *
 * ```ts
 * html`<span class="feed-status" ${styleProps({ '--status-color': status.color })}>…</span>`
 * ```
 * A property that disappears (or becomes undefined) on a later render is removed.
 */
class StylePropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() goes in an element: <span ${styleProps({ … })}>');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.applied) if (props[name] === undefined) style.removeProperty(name);
    this.applied = new Set();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.applied.add(name);
    }
    return noChange;
  }
}

/** Style properties set through the CSSOM: allowed under a strict CSP, unlike a `style` attribute. */
export const styleProps = directive(StylePropsDirective);
