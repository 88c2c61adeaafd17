import { css } from 'lit';

/**
 * The form's and the confirmation's own rules, and the calendar links' (the confirmation's and each
 * information-only event's in the list: made by the same module), added to the element with them
 * (signup-screens.ts).
 */
export const signupScreensStyles = css`
  select {
    max-inline-size: 14em;
  }
  .privacy ul {
    margin-block: 0;
    padding-inline-start: 1.25em;
  }
  .privacy-title {
    font-size: 1em;
  }
  .read-errors {
    margin-block: -0.5em 1em;
  }
  .confirmation .details {
    margin-block: 0.75em;
  }
  .calendar-hint {
    color: var(--_muted);
    font-size: 0.95em;
  }
  a.button {
    text-decoration: none;
  }
`;
