import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { EventKind } from './event-signup.schema.js';

// The event signup's own pictograms, drawn here (no icon font, nothing requested from anywhere):
// one per kind of event, shown beside the kind's name, and one beside each of the day, the time, the
// place and the seats. 24×24, strokes and fills in currentColor (they follow the text colour, dark
// themes and forced colours), always aria-hidden: the words beside them carry the meaning.

const stroke = (d: string, width = 1.8) =>
  svg`<path d=${d} fill="none" stroke="currentColor" stroke-width=${width} stroke-linecap="round" stroke-linejoin="round"/>`;
const ring = (cx: number, cy: number, r: number) => svg`<circle cx=${cx} cy=${cy} r=${r} fill="none" stroke="currentColor" stroke-width="1.8"/>`;
const dot = (cx: number, cy: number, r: number) => svg`<circle cx=${cx} cy=${cy} r=${r} fill="currentColor"/>`;

const kinds: Record<EventKind, SVGTemplateResult> = {
  // Three people around a table.
  atelier: svg`${ring(5.5, 6.5, 2)}${ring(12, 5, 2)}${ring(18.5, 6.5, 2)}${stroke('M2.5 13c0-2 1.3-3.3 3-3.3s3 1.3 3 3.3M9 13c0-2.4 1.3-4 3-4s3 1.6 3 4M15.5 13c0-2 1.3-3.3 3-3.3s3 1.3 3 3.3M2 13.5h20M5 13.5v7M19 13.5v7')}`,
  // A heart with a cross: learning to live with an illness.
  'atelier-etp': svg`${stroke('M12 20.5s-8-4.8-8-10.6A4.3 4.3 0 0 1 12 7.6a4.3 4.3 0 0 1 8 2.3c0 5.8-8 10.6-8 10.6z')}${stroke('M12 10.5v5.5M9.3 13.2h5.4', 2)}`,
  // A walker, and the path.
  'groupe-de-marche': svg`${ring(13.5, 4, 2)}${stroke('M12.5 7.5l-2 6 3 3 .5 5M10.5 13.5l-2.5 8M12.5 7.5l3.5 3 3 .5M12.5 7.5l-3.5 2-1.5 3.5')}`,
  // A moon and a speech bubble: an evening to talk.
  'soiree-debat': svg`${stroke('M10 3.5a6.5 6.5 0 1 0 5.5 9.8A5.5 5.5 0 0 1 10 3.5z')}${stroke('M13 14.5h8.5v5h-3l-2.5 2.3v-2.3h-3z')}`,
  // A screen with a play sign, then a speech bubble.
  'projection-debat': svg`<rect x="2.5" y="3.5" width="15" height="10.5" rx="1" fill="none" stroke="currentColor" stroke-width="1.8"/>${stroke('M8.5 6.5v4.5l4-2.25z')}${stroke('M6 18h4M8 14v4')}${stroke('M14.5 16.5h7v4h-2l-2 1.8v-1.8h-3z')}`,
  // An open door.
  'portes-ouvertes': svg`${stroke('M2 21h20M5 21V3h12v18')}${stroke('M5 3l7 3v16.5L5 21')}${dot(10, 13, 0.9)}`,
  // Two speech bubbles.
  'reunion-echange': svg`${stroke('M2.5 4h11.5v7.5H8l-3 2.8v-2.8H2.5z')}${stroke('M10.5 14v2.5h6l3 2.8v-2.8h2V8.5H17')}`,
  // Three people side by side: a committee.
  'appel-candidatures-comite': svg`${ring(12, 6.5, 2.5)}${stroke('M7 19.5c0-3.2 2.2-5.5 5-5.5s5 2.3 5 5.5')}${ring(4.5, 9, 2)}${stroke('M1.5 18.5c0-2.6 1.3-4.3 3.2-4.3.9 0 1.7.3 2.3.9')}${ring(19.5, 9, 2)}${stroke('M22.5 18.5c0-2.6-1.3-4.3-3.2-4.3-.9 0-1.7.3-2.3.9')}`,
  // Two people of the same height, hand in hand: partners.
  'appel-candidatures-patient-partenaire': svg`${ring(7, 5.5, 2.3)}${ring(17, 5.5, 2.3)}${stroke('M7 8.5v7M17 8.5v7M7 11l5 2.5 5-2.5M7 15.5l-2 5.5M7 15.5l2 5.5M17 15.5l-2 5.5M17 15.5l2 5.5')}`,
  // A person beside a board: leading a workshop.
  'appel-candidatures-co-animation-etp': svg`${ring(5.5, 5.5, 2.2)}${stroke('M5.5 8.5v6.5M5.5 10.5l5.5-2.5M2.5 21l3-6 3 6')}<rect x="12" y="3" width="9.5" height="8" rx="1" fill="none" stroke="currentColor" stroke-width="1.8"/>${stroke('M16.8 9s-2.6-1.5-2.6-3.2a1.3 1.3 0 0 1 2.6-.4 1.3 1.3 0 0 1 2.6.4c0 1.7-2.6 3.2-2.6 3.2z', 1.4)}`,
  // A puzzle piece: a project built together.
  'appel-candidatures-groupe-de-travail': svg`${stroke('M4 8h4.2a2.3 2.3 0 1 1 4.6 0H17v4.2a2.3 2.3 0 1 1 0 4.6V21h-4.2a2.3 2.3 0 1 0-4.6 0H4v-4.2a2.3 2.3 0 1 0 0-4.6z')}`,
};

/** The facts that get a pictogram beside their label. */
const facts = {
  // A calendar page.
  day: svg`<rect x="3.5" y="5" width="17" height="15.5" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.8"/>${stroke('M3.5 10h17M8 3v4M16 3v4')}${dot(8, 14, 1.1)}${dot(12, 14, 1.1)}${dot(16, 14, 1.1)}`,
  // A clock.
  time: svg`${ring(12, 12, 9)}${stroke('M12 7v5l3.5 2.5', 2)}`,
  // A map pin.
  place: svg`${stroke('M12 21s-6.5-6.3-6.5-11a6.5 6.5 0 0 1 13 0c0 4.7-6.5 11-6.5 11z')}${dot(12, 10, 2.2)}`,
  // A chair, seen from the side.
  seats: svg`${stroke('M7 3v18M17 12.5v8.5', 2)}${stroke('M5.5 12.5h13', 2.4)}`,
} as const;

export type FactPictogram = keyof typeof facts;

function drawing(content: SVGTemplateResult, name: string): TemplateResult {
  return html`<svg
    class="pictogram"
    part="pictogram"
    data-pictogram=${name}
    viewBox="0 0 24 24"
    width="1.5em"
    height="1.5em"
    aria-hidden="true"
    focusable="false"
  >
    ${content}
  </svg>`;
}

/** The pictogram of a kind of event, beside its name. */
export function kindPictogram(kind: EventKind): TemplateResult {
  return drawing(kinds[kind], kind);
}

/** The pictogram beside the day, the time, the place or the seats. */
export function factPictogram(name: FactPictogram): TemplateResult {
  return drawing(facts[name], name);
}

/** Every kind has its own drawing (tests check they differ); pure, so a bundle that does not use it drops it. */
export const kindPictogramNames = /* @__PURE__ */ Object.keys(kinds) as EventKind[];
