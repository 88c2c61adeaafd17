import { css } from 'lit';

/**
 * The five faces with words (see rating-scale.ts). A widget may set `--_face-size` and `--_chosen`
 * on its host from its own custom properties (the survey does: --msp-satisfaction-survey-face-size).
 */
export const ratingScaleStyles = css`
  .faces {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: 0.375em;
  }
  .face-option {
    position: relative;
  }
  .face-option input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .face-option label {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: flex-start;
    gap: 0.25em;
    min-block-size: var(--_target);
    block-size: 100%;
    padding: 0.5em 0.25em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-weight: 400;
    text-align: center;
    line-height: 1.2;
    cursor: pointer;
  }
  .face {
    inline-size: var(--_face-size, 2.5em);
    block-size: var(--_face-size, 2.5em);
    color: var(--_muted);
  }
  .face-option input:checked + label {
    border-color: var(--_accent);
    border-width: 3px;
    background: var(--_chosen, var(--_surface));
    font-weight: 700;
  }
  .face-option input:checked + label .face {
    color: var(--_accent);
  }
  .face-option input:focus-visible + label {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .face-option:hover label {
    border-color: var(--_accent);
  }
  .word {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  @container (max-width: 30em) {
    .faces {
      grid-template-columns: repeat(auto-fit, minmax(4.5em, 1fr));
    }
  }
  @media (forced-colors: active) {
    .face-option input:checked + label {
      outline: 3px solid Highlight;
    }
  }
`;
