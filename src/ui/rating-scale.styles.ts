import { css } from 'lit';

/**
 * The five faces with words (see rating-scale.ts). A widget may set `--_face-size` and `--_chosen`
 * on its host from its own custom properties (the survey does: --msp-satisfaction-survey-face-size).
 * The grid follows the writing direction (logical properties only): mirrored in Arabic. Words wrap
 * between words only, never inside one ("Mauv/ais" in a 260 px sidebar): a column is never narrower
 * than its longest word, and the faces go on a second row when five do not fit.
 */
export const ratingScaleStyles = css`
  .faces {
    display: grid;
    grid-template-columns: repeat(5, minmax(min-content, 1fr));
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
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: flex-start;
    gap: 0.25em;
    box-sizing: border-box;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
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
  /* The tick of the chosen face, in its top corner on the side reading ends. */
  .check {
    display: none;
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline-end: 0.25em;
    inline-size: 1.125em;
    block-size: 1.125em;
    color: var(--_accent);
  }
  .check-mark {
    stroke: var(--_background);
  }
  .face-option input:checked + label {
    border-color: var(--_accent);
    border-width: 4px;
    /* The frame grows inwards: the row does not move when a face is chosen. */
    padding: calc(0.5em - 2px) calc(0.25em - 2px);
    background: var(--_chosen, var(--_surface));
    font-weight: 700;
  }
  .face-option input:checked + label .check {
    display: block;
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
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }
  /* A narrow column (a sidebar, a phone): as many faces per row as fit whole, never a word cut. */
  @container (max-width: 30em) {
    .faces {
      grid-template-columns: repeat(auto-fit, minmax(4em, 1fr));
    }
  }
  /* Windows high contrast and other forced colours: system colours only, the drawings in the text
     colour (they keep the contrast of text), the choice by a Highlight frame, the tick and bold. */
  @media (forced-colors: active) {
    .face-option label {
      border-color: ButtonText;
      background: Canvas;
      color: CanvasText;
      forced-color-adjust: none;
    }
    .face,
    .face-option input:checked + label .face {
      color: CanvasText;
    }
    .face-option input:checked + label {
      border-color: Highlight;
      outline: 3px solid Highlight;
      outline-offset: 1px;
      background: Canvas;
    }
    .check {
      color: Highlight;
    }
    .check-mark {
      stroke: HighlightText;
    }
    .face-option input:focus-visible + label {
      outline-color: Highlight;
    }
  }
`;
