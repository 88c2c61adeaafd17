import { css } from 'lit';

/**
 * Kiosk mode's look (the waiting-room tablet): larger text and faces, every control a 44 px target at
 * least. Added to the survey's own when kiosk.ts arrives (it is asked for as soon as `kiosk` is on, and
 * the element's `updateComplete` waits for it): not in the first download of a survey without kiosk.
 */
export const kioskStyles = css`
  .survey.kiosk {
    --_target: 2.75em;
    --_face-size: var(--msp-satisfaction-survey-face-size, 3.5em);
    font-size: 1.125em;
  }
  /* Kiosk: every control a 44 px target at least, the box with its words (clicking the words ticks the box). */
  .kiosk .option {
    min-block-size: var(--_target);
  }
  .kiosk .option input,
  .kiosk .checkbox input {
    inline-size: 2em;
    block-size: 2em;
  }
  .kiosk .option label,
  .kiosk .checkbox label {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0.25em;
  }
  .kiosk .notice-details summary {
    min-block-size: var(--_target);
  }
`;
