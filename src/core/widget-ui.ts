import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Locale } from './i18n.js';

/** What a view may ask of its widget beyond strings and state: headings, read-aloud, pictograms. */
export interface WidgetUi {
  /**
   * A heading at the widget's `heading-level` (+ `sub`). `title: true` marks the widget's own title,
   * which `hide-heading` removes (the page already has one).
   */
  heading(content: unknown, options?: HeadingOptions): TemplateResult | typeof nothing;
  /**
   * A button that reads `text` aloud in the widget's language, or in `lang` for a text that is in
   * another one (a team's French question in an Arabic widget); nothing when the browser has no voice for it.
   */
  readAloud(text: string, label?: string, lang?: Locale): TemplateResult | typeof nothing;
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  /** Focus may be moved to it (tabindex -1). */
  focusable?: boolean;
  /** Levels below the widget's own heading (1 for what sits under it). */
  sub?: number;
  /** The widget's own title: not drawn with `hide-heading`. */
  title?: boolean;
  class?: string;
}

const tags = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** `<hN>` with N = level + sub, kept within h2…h6 (an embedded widget never takes the page's h1). */
export function headingAt(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = tags[Math.min(6, Math.max(2, level + (options.sub ?? 0))) - 1];
  return staticHtml`<${tag} id=${ifDefined(options.id)} part=${ifDefined(options.part)} class=${ifDefined(options.class)}
    tabindex=${options.focusable ? '-1' : nothing}>${content}</${tag}>`;
}

/** Reads `heading-level`: 2…6, anything else (absent, "h3", 9) is 2 — the config check reports it. */
export function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 2;
}
