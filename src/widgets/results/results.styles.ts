import { css } from 'lit';

export const resultsStyles = css`
  :host {
    --_accent: var(--msp-results-accent, var(--msp-accent, #1d4f91));
    max-inline-size: var(--msp-results-max-width, 64rem);
  }
  h4 {
    font-size: 1.05em;
    margin-block: 0 0.5rem;
  }
  h5 {
    font-size: 1em;
    margin-block: 0.75rem 0.25rem;
  }
  header .notice {
    font-size: 0.95em;
  }
  .status {
    margin-block: 0.75rem;
    font-weight: 600;
  }
  .token-form fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .checkbox {
    margin-block: 0.5rem 1rem;
  }
  .refresh {
    margin-block: 0 1rem;
  }
  .panel,
  .export,
  .retention {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 1rem;
    margin-block-start: 1.5rem;
  }
  .question,
  .event,
  .feed {
    margin-block: 1.5rem;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2rem;
    align-items: flex-start;
  }
  .chart {
    flex: 1 1 22rem;
    max-inline-size: 34rem;
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
    margin-block: 0.5rem 1rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
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
    gap: 0 1rem;
  }
  .filters .field {
    flex: 1 1 11rem;
    margin-block-end: 0.5rem;
  }
  .ideas,
  .texts {
    padding-inline-start: 1.25rem;
  }
  .ideas {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  .idea {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .idea blockquote {
    margin-block: 0.5rem;
    margin-inline: 0;
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.75rem;
    white-space: pre-wrap;
  }
  .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding-inline: 0.5rem;
    font-weight: 600;
    font-size: 0.95em;
    color: var(--_warning);
  }
  .badge.rejected {
    color: var(--_error);
  }
  .texts li {
    white-space: pre-wrap;
    margin-block-end: 0.25rem;
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
    max-inline-size: 10rem;
  }
  input[type='password'] {
    max-inline-size: 28rem;
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
