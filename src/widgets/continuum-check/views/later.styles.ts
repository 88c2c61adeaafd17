import { css } from 'lit';

/**
 * The rules of the later screens (steps, merge, results, chart, tables, plan, share, the printed report),
 * added to the widget's shadow root when their module arrives (after continuum-check.styles.ts, as they
 * were written after it).
 */
export const laterStyles = css`
  .progress {
    color: var(--_muted);
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.5em;
  }
  .option input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }
  .option label {
    font-weight: 400;
    margin: 0;
    cursor: pointer;
  }
  .not-concerned {
    margin-block: 0.5em 1em;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .not-concerned label {
    font-weight: 600;
  }
  /* Lone checkboxes inside a boxed or listed row: the row spaces them, not the field. */
  .not-concerned .field,
  .practice .field.checkbox {
    margin: 0;
  }
  .level-group {
    border: 1px solid var(--_border);
    border-inline-start: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
    margin: 0 0 1em;
    padding: 0.5em 1em 0.75em;
    min-inline-size: 0;
  }
  .level-group > legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .practices,
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.625em;
  }
  .with-users {
    border: 0;
    margin: 0.375em 0 0;
    margin-inline-start: 2em;
    padding: 0;
    min-inline-size: 0;
  }
  .with-users legend {
    font-weight: 400;
    font-size: 0.95em;
    color: var(--_muted);
    padding: 0;
    margin-block-end: 0.25em;
  }
  .inline-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
  .consensus-note.differ {
    border-inline-start-color: var(--_warning);
  }
  .consensus-note.agree {
    border-inline-start-color: var(--_success);
  }
  .consensus-note ul,
  .plan-summary ul,
  .aci ul,
  .level-words ul {
    margin-block: 0.25em 0.5em;
    padding-inline-start: 1.25em;
  }
  .level-words,
  .dimension-steps {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.5em;
  }
  .chart-box {
    max-inline-size: 44em;
  }
  .chart {
    display: block;
    inline-size: 100%;
    block-size: auto;
    font-family: inherit;
  }
  /* Text sizes in viewBox units: the wide chart is drawn in a box of 42em or more (scale 0.84 or more),
     the narrow one at most 20em wide, so its text is never drawn below 12 CSS px. */
  .chart-narrow {
    max-inline-size: 20em;
  }
  .chart .grid {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  .chart text {
    fill: var(--_text);
    font-size: 15px;
  }
  .chart-narrow text {
    font-size: 16px;
  }
  .chart .axis-label {
    fill: var(--_muted);
  }
  .chart .bar {
    fill: var(--_bar);
  }
  .chart .value {
    font-weight: 600;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block: 0.75em;
  }
  /* A table's caption stands above its scrolling box (it names it), so it wraps to the width there is. */
  .table-caption {
    font-weight: 600;
    margin-block: 0.75em 0.25em;
  }
  .table-caption + .table-scroll > table {
    margin-block-start: 0;
  }
  /* A next step's help goes under its label, not beside the checkbox. */
  .option > .hint {
    grid-column: 2;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.375em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
  }
  /* A wide table scrolls in its own box (a named, focusable region), never the page. */
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Windows high contrast and other forced palettes: the chart is drawn with the system's colours
     (bars in Highlight with a CanvasText edge, text in CanvasText on Canvas), so it stays visible. */
  @media (forced-colors: active) {
    .chart-box {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .chart text,
    .chart .axis-label {
      fill: CanvasText;
    }
    .chart .bar {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .chart .grid {
      stroke: GrayText;
    }
    .chart .bar.level-0,
    .chart .bar.not-concerned {
      stroke: none;
    }
  }
  .mode {
    font-weight: 400;
    font-size: 0.875em;
  }
  .agreement.differ {
    font-weight: 700;
    color: var(--_warning);
  }
  .level-tag {
    color: var(--_muted);
  }
  .plan-items {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 1em;
  }
  .plan-fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0 1em;
    align-items: end;
  }
  .plan-fields .field {
    margin-block-end: 0.5em;
  }
  .levers dl {
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  .levers dt {
    font-weight: 600;
  }
  .levers dd {
    margin-inline-start: 1em;
  }
  .share {
    margin-block-start: 1.5em;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5em;
  }

  .step-help > span {
    display: block;
  }
  .with-users-included {
    margin-block: 0.25em 0;
  }

  /* The printed report: what the screens above become on paper (the box and headings: continuum-check.styles.ts). */
  @media print {
    .aci ul ul {
      display: none;
    }
    /* Small blocks stay whole; long lists may run onto the next page rather than leave a blank one. */
    .aci,
    .warnings,
    .chart-box,
    tr,
    .plan-item,
    .levers dl > div {
      break-inside: avoid;
    }
    /* On paper the chart carries the numbers and names itself (bars are labelled), full width to stay
       legible; the table, its twin for screen readers, is left out to keep two pages. */
    .chart-box {
      max-inline-size: none;
    }
    .chart-table,
    .levels .table-caption {
      display: none;
    }
    /* The report's header says it all: title, structure, date and mode. */
    #results-title {
      display: none;
    }
    .report-header {
      border-block-end: 1px solid #000;
      margin-block-end: 0.25em;
    }
    /* Long lists in a smaller type, so a full report (all obstacles, four past assessments) fits two pages. */
    .next-steps,
    .levers,
    .history,
    .plan {
      font-size: 9pt;
    }
    .levers dl {
      display: block;
      columns: 2;
      column-gap: 1.5em;
    }
    .levers dt {
      display: inline;
    }
    .levers dt::after {
      content: ' → ';
    }
    .levers dd {
      display: inline;
      margin: 0;
    }
    .levers dl > div {
      margin-block-end: 0.125em;
    }
    .chart .bar {
      fill: #555;
      print-color-adjust: exact;
    }
    th,
    td {
      border-color: #000;
      padding: 0.125em 0.375em;
    }
    /* The chart and its table say the levels; the long explanations stay on screen. */
    .level-words,
    .level-tag {
      display: none;
    }
    .aci ul {
      margin-block: 0;
    }
    .level-words,
    .dimension-steps {
      gap: 0.125em;
    }
    .steps {
      gap: 0;
      padding-inline-start: 1em;
      list-style: disc;
    }
    .dimension-steps {
      display: block;
      columns: 2;
      column-gap: 1.5em;
      margin-block: 0;
    }
    .dimension-steps > li {
      break-inside: avoid;
    }
    .history .mode,
    .history .level-name {
      display: none;
    }
    .table-scroll {
      overflow: visible;
    }
    .steps .option {
      display: list-item;
    }
    .plan-items {
      gap: 0.125em;
      margin-block: 0;
    }
    .plan-item p {
      display: inline;
      margin: 0;
    }
    .plan-item p.print-only::before {
      content: ' — ';
    }
    .history th,
    .history td {
      padding-block: 0;
    }
    .warnings ul {
      padding-block: 0.25em;
      margin: 0;
    }
    /* Only the steps the team chose are printed (the plan); the proposals stay on screen. */
    .next-steps {
      display: none;
    }
    /* "Saved on this device" notes mean nothing on paper. */
    .history > p {
      display: none;
    }
    .participants {
      font-size: 9pt;
      break-inside: avoid;
    }
    .step-help > span {
      display: inline;
    }
    .plan-item .hint {
      color: #000;
    }
    .print-end {
      margin-block-start: 0.5em;
      font-style: italic;
    }
  }
`;
