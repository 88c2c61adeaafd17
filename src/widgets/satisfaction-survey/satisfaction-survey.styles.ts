import { css } from 'lit';

/**
 * The survey's own look; shared tokens come from baseStyles, fields from formStyles. The later screens'
 * look is in later.styles.ts, kiosk mode's in kiosk.styles.ts (each comes with its module).
 */
export const surveyStyles = css`
  :host {
    --_accent: var(--msp-satisfaction-survey-accent, var(--msp-accent, #1d4f91));
    --_face-size: var(--msp-satisfaction-survey-face-size, 2.5em);
    --_chosen: var(--msp-satisfaction-survey-chosen-background, var(--_surface));
  }
  .intro {
    margin-block-end: 1em;
  }
  .progress {
    margin-block: 0 1em;
  }
  .progress [part~='step-title'] {
    margin-block-end: 0.375em;
  }
  /* A native <progress>: its value comes from attributes, never from a style attribute (strict CSP). */
  .progress-bar {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.5em;
    background: var(--_surface);
    color: var(--_accent);
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
  }
  .progress-bar::-webkit-progress-bar {
    background: var(--_surface);
  }
  .progress-bar::-webkit-progress-value {
    background: var(--_accent);
  }
  .progress-bar::-moz-progress-bar {
    background: var(--_accent);
  }
  .step-count {
    display: block;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
  }
  #step-title:focus {
    outline: none;
  }
  #step-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .question {
    margin-block-end: 0.5em;
  }
  /* A text and its read-aloud button on the side reading ends (mirrored in Arabic). */
  .read-row {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .read-row > :first-child {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .read-row > .read-aloud {
    flex: none;
    margin-block-start: 0.25em;
  }
  .read-row > :is(h2, h3, h4, h5, h6) {
    margin-block-start: 0;
  }
  /* A narrow column (a sidebar, a phone): the button goes above the question, the faces keep the whole width. */
  @container (max-width: 30em) {
    .question.read-row {
      flex-direction: column;
      gap: 0;
    }
    .question.read-row > .read-aloud {
      order: -1;
      align-self: flex-end;
      margin-block: 0 0.25em;
    }
    .question.read-row > .question-body {
      inline-size: 100%;
    }
  }
  .read-errors {
    margin-block: 0.25em 0;
  }
  .other-field {
    margin-inline-start: 2em;
  }
  .notice-details {
    margin-block: 1.5em 0.5em;
  }
  .notice-details summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    min-block-size: 1.5em;
    padding-block: 0.25em;
  }
  .status:not(:empty) {
    margin-block-start: 1em;
  }
  .status-row > .read-aloud {
    margin-block-start: 0.75em;
  }
  /* "Cette question ne me concerne pas", right under the faces it belongs to. */
  .not-concerned {
    margin-block-start: -0.5em;
  }
  @media (forced-colors: active) {
    .progress-bar::-webkit-progress-value {
      background: Highlight;
    }
    .progress-bar::-moz-progress-bar {
      background: Highlight;
    }
  }
`;
