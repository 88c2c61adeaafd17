import { css } from 'lit';

export const ideaBoxStyles = css`
  :host {
    --_accent: var(--msp-idea-box-accent, var(--msp-accent, #1d4f91));
  }
  .anonymous {
    font-weight: 600;
  }
  .participation {
    margin-block-end: 1em;
  }
  .notice ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .warning h3 {
    margin-block-end: 0.5em;
  }
  .confirmation h2:focus {
    outline: none;
  }
  .confirmation h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .status {
    margin-block: 0.75em;
  }
  .feed {
    margin-block-start: 2em;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 1em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .filters .field {
    flex: 1 1 12em;
    margin-block-end: 0.5em;
  }
  .feed-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .feed-item {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .feed-item p {
    margin-block-end: 0.375em;
  }
  .feed-meta {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .feed-theme {
    font-weight: 600;
    color: var(--_text);
  }
  .feed-status {
    display: inline-block;
    border: 1px solid currentColor;
    border-inline-start: 0.5em solid var(--status-color, var(--_accent));
    border-radius: var(--_radius);
    padding-inline: 0.5em;
    font-weight: 600;
    font-size: 0.95em;
  }
  .feed-answer {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.75em;
  }
`;
