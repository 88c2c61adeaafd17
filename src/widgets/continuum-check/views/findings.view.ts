import { html, nothing, type TemplateResult } from 'lit';
import type { ViewProps } from '../continuum-check.state.js';
import type { AciReason, AssessmentResult, StructureType } from '../continuum-scoring.js';

type FindingsProps = Omit<ViewProps<{ result: AssessmentResult }>, 'on'>;

/** A section of the findings: named by its heading (`<name>-title`), then what it says. */
function findingsSection(ui: FindingsProps['ui'], name: string, title: string, content: unknown): TemplateResult {
  return html`<section class=${name} part=${name} aria-labelledby="${name}-title">
    ${ui.heading(title, { id: `${name}-title`, sub: 2, class: 'section-title' })} ${content}
  </section>`;
}

/**
 * The ACI level ("implication des usagers") reached, with the reasons and the practices behind each.
 * For an ESP or a CPTS, which the indicator does not concern, no level: a sentence says why.
 */
export function renderAci({ t, ui, state }: Omit<ViewProps<{ result: AssessmentResult; structureType: StructureType }>, 'on'>): TemplateResult {
  const { aci } = state.result;
  if (!aci.applies) return findingsSection(ui, 'aci', t.aciTitle, html`<p class="aci-not-applicable">${t.aciNotApplicable(state.structureType)}</p>`);
  const reasonItem = (reason: AciReason) =>
    html`<li data-reason=${reason.code}>
      ${t.aciReasons[reason.code]}
      ${
        'practices' in reason
          ? html`<span class="print-inline">${t.practiceCount(reason.practices.length)}</span>
              <ul>
                ${reason.practices.map((p) => html`<li>${t.content.practices[p]}</li>`)}
              </ul>`
          : nothing
      }
    </li>`;
  return findingsSection(
    ui,
    'aci',
    t.aciTitle,
    html`<p class="aci-level"><strong>${t.aciLevel[aci.level]}</strong></p>
      <ul>
        ${aci.reasons.map(reasonItem)}
      </ul>
      <p class="source">${t.aciSource}</p>`,
  );
}

/** The alibi warnings the answers raise (HAS, 2023, fiche n° 3), or that there is none. */
export function renderWarnings({ t, ui, state }: FindingsProps): TemplateResult {
  const warnings = state.result.alibiWarnings;
  return findingsSection(
    ui,
    'warnings',
    t.alibiWarningsTitle,
    warnings.length
      ? html`<ul class="notice warning">
          ${warnings.map((id) => html`<li data-warning=${id}>${t.content.alibi[id].warning}</li>`)}
        </ul>`
      : html`<p>${t.alibiNone}</p>`,
  );
}

/** A lever for each obstacle the team named (HAS, 2023, fiche n° 4, and the other seeds for recruitment, criticism, starting). */
export function renderLevers({ t, ui, state }: FindingsProps): TemplateResult {
  const obstacles = state.result.obstacles;
  const lever = (id: (typeof obstacles)[number]) =>
    html`<div data-obstacle=${id}>
      <dt>${t.content.obstacles[id].label}</dt>
      <dd>${t.content.obstacles[id].lever} <span class="source">(${t.content.obstacles[id].source})</span></dd>
    </div>`;
  return findingsSection(ui, 'levers', t.leversTitle, obstacles.length ? html`<dl>${obstacles.map(lever)}</dl>` : html`<p>${t.leversNone}</p>`);
}
