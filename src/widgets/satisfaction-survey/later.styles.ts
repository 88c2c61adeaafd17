import { css } from 'lit';

/**
 * The later screens' look (thanks, the invitation to take part, the kiosk's warning), added to the
 * survey's own (satisfaction-survey.styles.ts) when later.ts arrives: not in the first download.
 */
export const laterStyles = css`
  #thanks-title:focus {
    outline: none;
  }
  #thanks-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .thanks {
    padding: 1em;
    border-inline-start: 0.375em solid var(--_success);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .idle-warning {
    /* Stays in view on a scrolled tablet. */
    position: sticky;
    inset-block-end: 1em;
    box-shadow: 0 0.25em 1.5em rgb(0 0 0 / 0.25);
    margin-block-start: 1em;
    padding: 1em;
    border: 3px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  /* The invitation to take part: its own box under the thanks, so it reads as a separate offer. */
  .invitation {
    margin-block-start: 1.5em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .invitation .notice {
    margin-block: 1em;
  }
`;
