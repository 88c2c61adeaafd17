import { html, nothing, type TemplateResult } from 'lit';
import type { ViewProps } from '../continuum-check.state.js';
import type { AciReason, AssessmentResult, StructureType } from '../continuum-scoring.js';

type FindingsProps = Omit<ViewProps<{ result: AssessmentResult }>, 'on'>;

/**
 * The ACI level ("implication des usagers") reached, with the reasons and the practices behind each.
 * For an ESP or a CPTS, which the indicator does not concern, no level: a sentence says why.
 */
export function renderAci({ t, ui, state }: Omit<ViewProps<{ result: AssessmentResult; structureType: StructureType }>, 'on'>): TemplateResult {
  const reasonText = (reason: AciReason) => t.aciReasons[reason.code];
  if (!state.result.aci.applies) {
    return html`<section class="aci" part="aci" aria-labelledby="aci-title">
      ${ui.heading(t.aciTitle, { id: 'aci-title', sub: 2, class: 'section-title' })}
      <p class="aci-not-applicable">${t.aciNotApplicable(state.structureType)}</p>
    </section>`;
  }
  return html`<section class="aci" part="aci" aria-labelledby="aci-title">
    ${ui.heading(t.aciTitle, { id: 'aci-title', sub: 2, class: 'section-title' })}
    <p class="aci-level"><strong>${t.aciLevel[state.result.aci.level]}</strong></p>
    <ul>
      ${state.result.aci.reasons.map(
        (reason) =>
          html`<li data-reason=${reason.code}>
            ${reasonText(reason)} ${'practices' in reason ? html`<span class="print-inline">${t.practiceCount(reason.practices.length)}</span>` : nothing}
            ${
              'practices' in reason
                ? html`<ul>
                    ${reason.practices.map((p) => html`<li>${t.content.practices[p]}</li>`)}
                  </ul>`
                : nothing
            }
          </li>`,
      )}
    </ul>
    <p class="source">${t.aciSource}</p>
  </section>`;
}

/** The alibi warnings the answers raise (HAS, 2023, fiche n° 3), or that there is none. */
export function renderWarnings({ t, ui, state }: FindingsProps): TemplateResult {
  const warnings = state.result.alibiWarnings;
  return html`<section class="warnings" part="warnings" aria-labelledby="warnings-title">
    ${ui.heading(t.alibiWarningsTitle, { id: 'warnings-title', sub: 2, class: 'section-title' })}
    ${
      warnings.length
        ? html`<ul class="notice warning">
            ${warnings.map((id) => html`<li data-warning=${id}>${t.content.alibi[id].warning}</li>`)}
          </ul>`
        : html`<p>${t.alibiNone}</p>`
    }
  </section>`;
}

/** A lever for each obstacle the team named (HAS, 2023, fiche n° 4, and the other seeds for recruitment, criticism, starting). */
export function renderLevers({ t, ui, state }: FindingsProps): TemplateResult {
  const obstacles = state.result.obstacles;
  return html`<section class="levers" part="levers" aria-labelledby="levers-title">
    ${ui.heading(t.leversTitle, { id: 'levers-title', sub: 2, class: 'section-title' })}
    ${
      obstacles.length
        ? html`<dl>
            ${obstacles.map(
              (id) =>
                html`<div data-obstacle=${id}>
                  <dt>${t.content.obstacles[id].label}</dt>
                  <dd>${t.content.obstacles[id].lever} <span class="source">(${t.content.obstacles[id].source})</span></dd>
                </div>`,
            )}
          </dl>`
        : html`<p>${t.leversNone}</p>`
    }
  </section>`;
}
