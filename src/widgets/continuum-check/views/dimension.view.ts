import { html, nothing, type TemplateResult } from 'lit';
import { checkboxField } from '../../../ui/form.js';
import type { DimensionAnswer } from '../continuum-check.schema.js';
import type { ContinuumWork, ViewProps } from '../continuum-check.state.js';
import { practiceLevels, type DimensionId } from '../continuum-content.js';
import { practicesOf } from '../continuum-scoring.js';
import { levelName } from './level-name.js';
import { renderPractice, type PracticeOn } from './practice.view.js';

export interface DimensionState {
  id: DimensionId;
  work: ContinuumWork;
}

export interface DimensionOn extends PracticeOn {
  notConcerned(dimension: DimensionId, notConcerned: boolean): void;
}

/** A dimension of the matrix: "not concerned", then its practices grouped by level (one fieldset per level). */
export function renderDimension(props: ViewProps<DimensionState, DimensionOn>): TemplateResult {
  const { t, core, state, on } = props;
  const id = state.id;
  const answer = state.work.answers.dimensions[id] ?? { notConcerned: false, practices: {} };
  const own = practicesOf(id);
  return html`<p class="hint">${t.content.dimensions[id].hint}</p>
    <p class="source">${t.dimensionSource}</p>
    ${renderConsensusNote(props)}
    <div class="not-concerned">
      ${checkboxField({ id: `nc-${id}`, label: t.notConcerned, checked: answer.notConcerned, onChange: (checked) => on.notConcerned(id, checked), t: core })}
    </div>
    ${
      answer.notConcerned
        ? renderAciOnly(props, answer)
        : practiceLevels.map((level) => {
            const cell = own.filter((p) => p.level === level);
            if (!cell.length) return nothing;
            const groupId = `lvl-${id}-${level}`;
            return html`<fieldset class="level-group level-${level}" part="level-group" aria-describedby="${groupId}-hint">
              <legend>${t.levelLegend(t.content.levels[level].name)}</legend>
              <p class="hint" id="${groupId}-hint">${t.content.levels[level].description}</p>
              <ul class="practices">
                ${cell.map((practice) => renderPractice({ ...props, state: { dimension: id, practiceId: practice.id, answer } }))}
              </ul>
            </fieldset>`;
          })
    }`;
}

/**
 * A dimension marked "not concerned" still shows its measures of satisfaction or needs: they count for
 * the ACI wherever they are ticked (a team without research still runs a satisfaction survey).
 */
function renderAciOnly(props: ViewProps<DimensionState, DimensionOn>, answer: DimensionAnswer): TemplateResult | typeof nothing {
  const { t, state } = props;
  const measures = practicesOf(state.id).filter((p) => p.measures);
  if (!measures.length) return nothing;
  return html`<fieldset class="level-group aci-only" part="level-group" aria-describedby="aci-only-${state.id}-hint">
    <legend>${t.aciTitle}</legend>
    <p class="hint" id="aci-only-${state.id}-hint">${t.aciOnlyNote}</p>
    <ul class="practices">
      ${measures.map((practice) => renderPractice({ ...props, state: { dimension: state.id, practiceId: practice.id, answer } }))}
    </ul>
  </fieldset>`;
}

/** After a merge: what each member said for this dimension, how close they are, the practices to discuss. */
function renderConsensusNote({ t, state }: ViewProps<DimensionState, DimensionOn>): TemplateResult | typeof nothing {
  const { work, id } = state;
  const merged = work.merge?.dimensions.find((d) => d.id === id);
  if (!merged || work.mode !== 'consensus') return nothing;
  const levels = merged.levels
    .map((level, index) => t.respondentLevel(t.respondent(index + 1, work.merge!.respondents[index] ?? ''), levelName(t, level)))
    .join(t.listSeparator);
  return html`<div class="notice consensus-note ${merged.agreement}" part="consensus-note">
    <p>${t.consensusNote(levels, t.agreement[merged.agreement])}</p>
    ${
      merged.disputed.length
        ? html`<p>${t.disputed}</p>
            <ul>
              ${merged.disputed.map((p) => html`<li>${t.content.practices[p]}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}
