import { css } from 'lit';

/** The form's and the confirmation's own rules, added to the element with them (signup-screens.ts). */
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
`;
