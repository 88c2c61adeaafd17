import { css } from 'lit';

/**
 * The event signup's own look; the shared form parts come from ui/form.styles.ts, the form's and the
 * confirmation's own rules with them (signup-screens.styles.ts, in the later module).
 */
export const eventSignupStyles = css`
  :host {
    --_accent: var(--msp-event-signup-accent, var(--msp-accent, #1d4f91));
    --_card-border: var(--msp-event-signup-card-border, var(--msp-border, #6b6b6b));
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1em;
  }
  .event {
    border: 1px solid var(--_card-border);
    border-inline-start: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
    padding-block: 1em;
    padding-inline: 1em;
    background: var(--_background);
  }
  /* A title (or a message) and the button that reads it aloud, side by side. */
  .event-head,
  .spoken {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .event-head > :first-child,
  .spoken > :first-child {
    flex: 1;
    min-inline-size: 0;
  }
  .event-head > :is(h2, h3, h4, h5, h6) {
    margin-block: 0 0.25em;
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    margin-block: 0 0.5em;
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 600;
  }
  .details {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 0.25em 1em;
    margin-block: 0 0.75em;
  }
  .details dt {
    font-weight: 600;
  }
  .details dt.with-pictogram {
    display: flex;
    align-items: flex-start;
    gap: 0.375em;
  }
  .details .pictogram {
    color: var(--_accent);
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .details dd {
    margin: 0;
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* Easy-read spaces paragraphs out; a fact's lines stay together. */
  .root .details p,
  .root .spoken p {
    margin: 0;
  }
  .seats-full {
    font-weight: 600;
    color: var(--_warning);
  }
  .closed {
    font-weight: 600;
    color: var(--_muted);
  }
  /* A call's facts and its invitation's, one above the other: the same label column for both. */
  .with-call .details {
    grid-template-columns: 12.5em 1fr;
  }
  @container (max-width: 30em) {
    .details,
    .with-call .details {
      grid-template-columns: 1fr;
    }
    .details dd {
      margin-block-end: 0.5em;
    }
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;
