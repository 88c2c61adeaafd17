import { css } from 'lit';

/** Styles of the shared form parts (fields, choices, error summary, status). */
export const formStyles = css`
  form {
    display: block;
  }
  .field {
    margin-block: 0 1.25em;
  }
  fieldset.field {
    border: 0;
    padding: 0;
    margin-inline: 0;
    min-inline-size: 0;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
    padding: 0;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    margin-block: 0 0.375em;
    font-size: 0.95em;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='url'],
  input[type='number'],
  input[type='password'],
  input[type='date'],
  input:not([type]),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  .has-error > input,
  .has-error > textarea,
  .has-error > select {
    border-color: var(--_error);
  }
  .has-error {
    border-inline-start: 0.25em solid var(--_error);
    padding-inline-start: 0.75em;
  }
  .message {
    color: var(--_error);
    font-weight: 600;
    margin: 0.25em 0 0;
  }
  .message:empty {
    display: none;
  }
  .count {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .count.over {
    color: var(--_error);
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: 0.5em;
  }
  .inline .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5em;
  }
  .option label {
    font-weight: 400;
    margin: 0;
    padding-block: 0.25em;
    cursor: pointer;
  }
  .option .option-hint {
    grid-column: 2;
  }
  .option input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  /* A lone checkbox's hint and message line up with its label, not with the box. */
  .field.checkbox > .hint,
  .field.checkbox > .message {
    padding-inline-start: 2em;
  }
  .error-summary {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin-block-end: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  /* A live region hidden with display:none is out of the accessibility tree: the message that fills
     it would not be announced. Empty, it only loses its margins. */
  .status:empty {
    margin-block: 0;
  }
`;
