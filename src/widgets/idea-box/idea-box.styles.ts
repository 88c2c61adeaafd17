import { css } from 'lit';

export const ideaBoxStyles = css`
  :host {
    --_accent: var(--msp-idea-box-accent, var(--msp-accent, #1d4f91));
  }
  .anonymous {
    font-weight: 600;
  }
  .participation {
    margin-block-end: 1rem;
  }
  .notice ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .warning h3 {
    margin-block-end: 0.5rem;
  }
  .confirmation h2:focus {
    outline: none;
  }
  .confirmation h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .status {
    margin-block: 0.75rem;
  }
  .feed {
    margin-block-start: 2rem;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 1rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .filters .field {
    flex: 1 1 12rem;
    margin-block-end: 0.5rem;
  }
  .feed-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .feed-item {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .feed-item p {
    margin-block-end: 0.375rem;
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
    border-inline-start: 0.5rem solid var(--status-color, var(--_accent));
    border-radius: var(--_radius);
    padding-inline: 0.5rem;
    font-weight: 600;
    font-size: 0.95em;
  }
  .feed-answer {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.75rem;
  }
`;
