import { css } from 'lit';

export const ideaBoxStyles = css`
  :host {
    --_accent: var(--msp-idea-box-accent, var(--msp-accent, #1d4f91));
  }
  .anonymous {
    font-weight: 600;
  }
  /* A question with its read-aloud button drawn at the end of the label's line (before it in the DOM,
     so the keyboard reaches it first); logical insets mirror it in Arabic. */
  .question {
    position: relative;
  }
  .question > .read-aloud {
    position: absolute;
    inset-block-start: -0.5em;
    inset-inline-end: 0;
  }
  .question legend,
  .question label[for='idea'] {
    padding-inline-end: 3.25em;
    /* The button is taller than a line: the hint starts below it. */
    min-block-size: calc(var(--_target) - 0.5em);
  }
  .titled {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .titled > :is(h2, h3, h4, h5, h6) {
    margin-block: 0;
  }
  .read-aloud-line {
    display: flex;
    justify-content: flex-end;
    margin-block: 0.25em;
  }
  .invitation .read-aloud,
  .confirmation .notice .read-aloud,
  .feed .read-aloud {
    margin-inline-start: 0.5em;
  }
  /* The themes' pictograms, bigger in easy-read (FALC: a picture beside each main choice). */
  .theme-option label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .theme-pictogram {
    inline-size: 1.75em;
    block-size: 1.75em;
    color: var(--_accent);
  }
  .easy-read .theme-pictogram {
    inline-size: 2.75em;
    block-size: 2.75em;
  }
  /* Chromium leaves an SVG's colour alone under forced colours: give it the text's system colour. */
  @media (forced-colors: active) {
    .theme-pictogram {
      color: CanvasText;
    }
  }
  .feed-meta .theme-pictogram {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin-inline-end: 0.375em;
  }
  .reference {
    font-size: 0.95em;
  }
  .participation {
    margin-block-end: 1em;
  }
  .notice ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .warning .titled {
    margin-block-end: 0.5em;
  }
  #done-title:focus {
    outline: none;
  }
  #done-title:focus-visible {
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
