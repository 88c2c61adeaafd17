import { css } from 'lit';

/**
 * What the start screen needs (the box, the headings, the loading line, the status region, what prints);
 * the later screens' rules come with their module (views/later.styles.ts).
 */
export const continuumCheckStyles = css`
  :host {
    --_accent: var(--msp-continuum-check-accent, var(--msp-accent, #1d4f91));
    --_bar: var(--msp-continuum-check-bar, var(--_accent));
    max-inline-size: var(--msp-max-width, 56em);
  }
  /* Headings by role, whatever their level (heading-level): the title, a screen's title, a section's. */
  .title,
  .screen-title,
  .section-title {
    line-height: 1.25;
    margin-block: 0 0.75em;
  }
  .title {
    font-size: 1.375em;
  }
  .screen-title {
    font-size: 1.125em;
  }
  .section-title {
    font-size: 1.0625em;
    margin-block: 1.5em 0.5em;
  }
  .title:focus,
  .screen-title:focus,
  .section-title:focus {
    outline: none;
  }
  .title:focus-visible,
  .screen-title:focus-visible,
  .section-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .print-only,
  .print-inline {
    display: none;
  }
  .loading {
    color: var(--_muted);
    font-style: italic;
  }

  /* Windows high contrast and other forced palettes: the system's text colour (the chart's rules are in views/later.styles.ts). */
  @media (forced-colors: active) {
    .loading {
      color: CanvasText;
    }
  }
  .status {
    margin-block: 0.75em 0;
  }
  .status:empty {
    margin-block: 0;
  }

  /* The printed report: one or two A4 pages with the structure's name and the date (the report's own
     rules in views/later.styles.ts). The host page decides what else prints (see README: hide the rest
     of the page with @media print). */
  @media print {
    :host {
      max-inline-size: none;
      font-size: 9.5pt;
      line-height: 1.25;
      color: #000;
      background: #fff;
    }
    .screen-only,
    .actions,
    .status,
    .share,
    .honeypot {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .print-inline {
      display: inline;
    }
    .structure {
      font-size: 1.2em;
      font-weight: 700;
      margin-block-end: 0.25em;
    }
    .title {
      font-size: 1.4em;
      margin-block-end: 0.25em;
    }
    .screen-title {
      font-size: 1.2em;
    }
    .section-title {
      font-size: 1.05em;
      margin-block: 0.75em 0.25em;
      break-after: avoid;
    }
    p {
      margin-block-end: 0.375em;
    }
    a {
      color: #000;
    }
  }
`;
