import { css } from 'lit';

export const resultsStyles = css`
  :host {
    --_accent: var(--msp-results-accent, var(--msp-accent, #1d4f91));
    max-inline-size: var(--msp-results-max-width, 64em);
  }
  h4 {
    font-size: 1.05em;
    margin-block: 0 0.5em;
  }
  h5 {
    font-size: 1em;
    margin-block: 0.75em 0.25em;
  }
  header .notice {
    font-size: 0.95em;
  }
  .status {
    margin-block: 0.75em;
    font-weight: 600;
  }
  .token-form fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .checkbox {
    margin-block: 0.5em 1em;
  }
  .refresh {
    margin-block: 0 1em;
  }
  .panel,
  .export,
  .retention {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 1em;
    margin-block-start: 1.5em;
  }
  .question,
  .event,
  .feed {
    margin-block: 1.5em;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 1em 2em;
    align-items: flex-start;
  }
  .chart {
    flex: 1 1 22em;
    max-inline-size: 34em;
    block-size: auto;
  }
  .chart-bar {
    fill: var(--_accent);
  }
  .chart-label,
  .chart-value {
    fill: var(--_text);
    font-size: 14px;
  }
  table {
    border-collapse: collapse;
    margin-block: 0.5em 1em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding-block: 0.25em;
    padding-inline: 0.5em;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
  }
  tr.waiting td,
  tr.unsent td {
    color: var(--_muted);
  }
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .filters .field {
    flex: 1 1 11em;
    margin-block-end: 0.5em;
  }
  .ideas,
  .texts {
    padding-inline-start: 1.25em;
  }
  /* "20 sur 3 412" and "Voir plus" under a capped list. */
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .more p {
    margin: 0;
  }
  .ideas {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 1em;
  }
  .idea {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .idea blockquote {
    margin-block: 0.5em;
    margin-inline: 0;
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.75em;
    white-space: pre-wrap;
  }
  .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding-inline: 0.5em;
    font-weight: 600;
    font-size: 0.95em;
    color: var(--_warning);
  }
  .badge.rejected {
    color: var(--_error);
  }
  .texts li {
    white-space: pre-wrap;
    margin-block-end: 0.25em;
  }
  .button.danger {
    background: var(--_error);
    border-color: var(--_error);
    color: #fff;
  }
  #delete-confirm:focus,
  #purge-confirm:focus {
    outline: 3px solid var(--_focus);
  }
  input[type='number'] {
    max-inline-size: 10em;
  }
  input[type='password'] {
    max-inline-size: 28em;
  }
  .badge.to-notify {
    color: var(--_warning);
    margin-inline-start: 0.25em;
  }
  .row-actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
  }
  .confirm p {
    margin: 0;
    flex-basis: 100%;
  }
  .row-actions .button,
  .confirm .button {
    font-size: 0.9em;
  }
  .sheet-table {
    inline-size: 100%;
  }
  .sheet-table td,
  .sheet-table th {
    block-size: 2.5em;
    vertical-align: middle;
  }
  .sheet-table .signature {
    inline-size: 40%;
  }
  .chart-downloads {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
    margin-block: 0.25em 0.75em;
  }
  /* Reporting back: the poster (large type, few words) and the yearly summary, previewed as they print. */
  .report-entry {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 1em;
    margin-block-start: 1.5em;
  }
  .poster {
    border: 1px solid var(--_border);
    padding: 1.5em;
    margin-block: 1em;
    font-size: 1.25em;
    line-height: 1.35;
  }
  .poster h3 {
    font-size: 2.2em;
    line-height: 1.1;
    margin-block: 0 0.4em;
    color: var(--_accent);
  }
  .poster h4 {
    font-size: 1.3em;
    margin-block: 0.8em 0.3em;
  }
  .poster-structure {
    font-size: 1.1em;
    font-weight: 600;
    margin-block: 0 0.25em;
  }
  .poster ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .poster-figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    gap: 0.75em 1.5em;
  }
  .poster-figure p {
    margin: 0;
  }
  .poster-figure .big {
    display: block;
    font-size: 1.7em;
    line-height: 1.1;
    color: var(--_accent);
  }
  .people {
    display: block;
    inline-size: 100%;
    max-inline-size: 14em;
    block-size: auto;
    margin-block-start: 0.25em;
    color: var(--_accent);
  }
  /* Right to left, the people counted come first from the right, as the words are read. */
  [dir='rtl'] .people {
    transform: scaleX(-1);
  }
  .people .filled {
    fill: currentColor;
  }
  .people .empty {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .poster-idea {
    border-inline-start: 0.3em solid var(--_accent);
    padding-inline-start: 0.6em;
    margin-block: 0.6em;
  }
  .poster-idea p {
    margin: 0;
  }
  .poster-idea .said {
    font-style: italic;
  }
  .poster-actions li {
    margin-block: 0.3em;
  }
  .poster-actions li::before {
    content: '→ ';
  }
  .poster-footer {
    margin-block-start: 1em;
    border-block-start: 2px solid var(--_accent);
    padding-block-start: 0.5em;
  }
  .poster-footer .invite {
    font-weight: 600;
    margin-block: 0 0.25em;
  }
  .poster-footer .date {
    font-size: 0.8em;
    margin: 0;
  }
  .yearly-summary table {
    inline-size: 100%;
  }
  .summary-table td {
    inline-size: 35%;
  }
  .summary-table.summary-event-list td {
    inline-size: auto;
  }
  .summary-table td.to-fill {
    min-inline-size: 6em;
  }
  .summary-structure {
    font-weight: 600;
  }
  /*
   * Print: the summary alone, on as few pages as it needs. No control prints (buttons, selects, radios,
   * answer forms, exports, retention); a table row, a chart or a short question block never splits
   * across pages, and a table's header repeats on the next page.
   */
  @media print {
    :host {
      max-inline-size: none;
      border: 0;
      padding: 0;
      font-size: 10pt;
      color: #000;
    }
    button,
    select,
    input,
    textarea,
    .no-print,
    .actions,
    .token-form,
    [part='kinds'],
    .panel > .field,
    .filters,
    .answer-form,
    .export,
    .retention,
    .chart-downloads,
    .feed,
    header .source,
    [role='status'] {
      display: none !important;
    }
    .panel {
      border: 0;
      margin: 0;
      padding: 0;
    }
    .scroll {
      overflow: visible;
    }
    table {
      inline-size: 100%;
      margin-block: 0.25em 0.5em;
    }
    th,
    td {
      padding-block: 0.1em;
    }
    thead {
      display: table-header-group;
    }
    tr,
    svg,
    h4,
    h5,
    .figures,
    .overall-note {
      break-inside: avoid;
    }
    h3,
    h4,
    h5,
    caption {
      break-after: avoid;
    }
    .question {
      margin-block: 0.5em;
      break-inside: avoid;
    }
    .figures {
      flex-wrap: nowrap;
      gap: 1em;
    }
    .chart {
      flex: 0 0 55%;
      max-inline-size: 55%;
    }
    .figures table {
      inline-size: auto;
      flex: 1 1 auto;
    }
    .sheet-table td,
    .sheet-table th {
      block-size: 1.1cm;
    }
    .question p,
    .question h4 {
      margin-block: 0.15em;
    }
    :focus {
      outline: none !important;
    }
    /* A report prints alone: the poster on one A4 page in large type, the summary on one page. */
    .results:has(.report-page) header,
    .report-entry {
      display: none !important;
    }
    .poster {
      border: 0;
      padding: 0;
      margin: 0;
      font-size: 15pt;
      line-height: 1.2;
    }
    .poster h3 {
      font-size: 34pt;
      margin-block-end: 0.2em;
    }
    .poster h4 {
      font-size: 19pt;
      margin-block: 0.45em 0.15em;
      break-after: avoid;
    }
    .poster-figures {
      grid-template-columns: 1fr 1fr;
      gap: 0.4em 1.2em;
    }
    .poster-figure .big {
      font-size: 24pt;
    }
    .poster-idea {
      margin-block: 0.35em;
    }
    .poster-footer {
      margin-block-start: 0.6em;
    }
    .poster-idea,
    .poster-figure {
      break-inside: avoid;
    }
    .people {
      max-inline-size: 5cm;
    }
    .yearly-summary {
      font-size: 9.5pt;
    }
    .yearly-summary th,
    .yearly-summary td {
      padding-block: 0.05em;
    }
    .yearly-summary table {
      margin-block: 0.1em 0.3em;
    }
    .yearly-summary h3 {
      font-size: 16pt;
      margin-block: 0 0.2em;
    }
    .yearly-summary h4 {
      font-size: 11.5pt;
      margin-block: 0.5em 0.1em;
    }
    .yearly-summary p {
      margin-block: 0.15em;
    }
    /* A sign-in sheet prints alone: its own title says the event and the structure. */
    .results:has(.sheet) header,
    .panel:has(.sheet) > h3 {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .chart-bar {
      fill: CanvasText;
    }
    .chart-label,
    .chart-value {
      fill: CanvasText;
    }
  }
`;
