import { css } from 'lit';

/** The survey's own look; shared tokens come from baseStyles, fields from formStyles. */
export const surveyStyles = css`
  :host {
    --_accent: var(--msp-satisfaction-survey-accent, var(--msp-accent, #1d4f91));
    --_face-size: var(--msp-satisfaction-survey-face-size, 2.5rem);
    --_chosen: var(--msp-satisfaction-survey-chosen-background, var(--_surface));
  }
  .survey.kiosk {
    --_target: 2.75rem;
    --_face-size: var(--msp-satisfaction-survey-face-size, 3.5rem);
    font-size: 1.125em;
  }
  .intro {
    margin-block-end: 1rem;
  }
  .progress {
    margin-block: 0 1rem;
  }
  .progress h3 {
    margin-block-end: 0.375rem;
  }
  /* A native <progress>: its value comes from attributes, never from a style attribute (strict CSP). */
  .progress-bar {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
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
  #step-title:focus,
  #thanks-title:focus {
    outline: none;
  }
  #step-title:focus-visible,
  #thanks-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .question {
    margin-block-end: 0.5rem;
  }
  .kiosk .option {
    min-block-size: var(--_target);
  }
  .kiosk .option input {
    inline-size: 2rem;
    block-size: 2rem;
  }
  .kiosk .option label {
    padding-block: 0.5rem;
  }
  .other-field {
    margin-inline-start: 2rem;
  }
  .notice-details {
    margin-block: 1.5rem 0.5rem;
  }
  .notice-details summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    min-block-size: 1.5rem;
    padding-block: 0.25rem;
  }
  .kiosk .notice-details summary {
    min-block-size: var(--_target);
  }
  .thanks {
    padding: 1rem;
    border-inline-start: 0.375rem solid var(--_success);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .idle-warning {
    /* Stays in view on a scrolled tablet. */
    position: sticky;
    inset-block-end: 1rem;
    box-shadow: 0 0.25rem 1.5rem rgb(0 0 0 / 0.25);
    margin-block-start: 1rem;
    padding: 1rem;
    border: 3px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .status:not(:empty) {
    margin-block-start: 1rem;
  }
  /* "Cette question ne me concerne pas", right under the faces it belongs to. */
  .not-concerned {
    margin-block-start: -0.5rem;
  }
  /* The invitation to take part: its own box under the thanks, so it reads as a separate offer. */
  .invitation {
    margin-block-start: 1.5rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .invitation .notice {
    margin-block: 1rem;
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
