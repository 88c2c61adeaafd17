import { css } from 'lit';

/**
 * Base look shared by every widget. Two layers of custom properties: a widget reads
 * `--msp-<widget>-accent` falling back to `--msp-accent`. Logical properties only (right-to-left ready);
 * the host's font unless `--msp-font-family` says otherwise.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--msp-accent, #1d4f91);
    --_accent-contrast: var(--msp-accent-contrast, #ffffff);
    --_text: var(--msp-text, #1e1e1e);
    --_muted: var(--msp-muted, #4a4a4a);
    --_background: var(--msp-background, #ffffff);
    --_surface: var(--msp-surface, #f5f5f7);
    --_border: var(--msp-border, #6b6b6b);
    --_error: var(--msp-error, #b3261e);
    --_success: var(--msp-success, #18753c);
    --_warning: var(--msp-warning, #8a4b00);
    --_radius: var(--msp-radius, 0.375em);
    --_focus: var(--msp-focus, #0a76f6);
    --_target: var(--msp-target-size, 2.75em);
    display: block;
    box-sizing: border-box;
    /* Inherited properties cross the shadow boundary: a theme's uppercase, spacing, justification or
       hairline line-height on <body> would reach every word inside. The host's font and size are kept. */
    text-transform: none;
    text-align: start;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    font-weight: 400;
    white-space: normal;
    text-shadow: none;
    cursor: auto;
    visibility: visible;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--msp-font-family, inherit);
    font-size: var(--msp-font-size, max(1em, 16px));
    line-height: 1.5;
    max-inline-size: var(--msp-max-width, 42em);
    /* A card, not a slab: padded and rounded so it reads as intended on white, off-white or dark pages. */
    padding: var(--msp-padding, 1.25em);
    border: var(--msp-frame, 1px solid #d6d6dc);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  /* Layout follows the space the page gives the widget (a 260 px sidebar on a wide screen), not the
     viewport: the widget's own root is the container, so the host keeps its usual sizing. */
  .root {
    container: msp-widget / inline-size;
  }
  /* Not inherit: a page's \`* { box-sizing: content-box !important }\` matches the host element
     itself, and inheriting it would widen every padded part past its container. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h2,
  h3 {
    line-height: 1.25;
    margin-block: 0 0.75em;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
  }
  p {
    margin-block: 0 0.75em;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0.5em;
    padding-inline: 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
    text-decoration: underline;
    padding-inline: 0.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: 1em;
  }
  .notice {
    border-inline-start: 0.375em solid var(--_accent);
    background: var(--_surface);
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    margin-block: 0 1em;
  }
  .notice.warning {
    border-inline-start-color: var(--_warning);
  }
  .notice.error {
    border-inline-start-color: var(--_error);
  }
  .notice.success {
    border-inline-start-color: var(--_success);
  }
  .source {
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* The person's language and easy-read choice, above the widget's content. */
  .language-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em 1em;
    margin-block: -0.25em 0.75em;
  }
  .language-choice {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .language-bar select,
  .easy-read-switch {
    min-block-size: var(--_target);
    font: inherit;
    color: inherit;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    padding-inline: 0.5em;
    cursor: pointer;
  }
  .easy-read-switch {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .easy-read-switch[aria-pressed='true'] {
    border: 2px solid var(--_accent);
    background: var(--_surface);
    font-weight: 600;
  }
  .pictogram {
    flex: none;
    vertical-align: middle;
  }
  /* French easy-read: bigger text, more air between lines and paragraphs (FALC layout rules). */
  .root.easy-read {
    font-size: 1.125em;
    line-height: 1.7;
    word-spacing: 0.08em;
  }
  .root.easy-read p {
    margin-block-end: 1em;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .notice {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .easy-read-switch[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
