import { html, nothing, type TemplateResult } from 'lit';
import type { ContinuumText, ViewProps } from '../continuum-check.state.js';
import type { MergeResult } from '../continuum-merge.js';
import { dataTable } from '../../../ui/data-table.js';
import { levelName } from './level-name.js';

export interface MergeState {
  merged: MergeResult | undefined;
  /** The names of the files that could not be read. */
  unreadable: string[];
}

export interface MergeOn {
  import(files: File[]): void;
  back(): void;
  build(): void;
  clear(): void;
}

/** The team imports the members' answer files, sees where they agree, and builds its shared assessment. */
export function renderMerge(props: ViewProps<MergeState, MergeOn>): TemplateResult {
  const { t, ui, core, state, on } = props;
  const invalid = state.unreadable.length > 0;
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Emptied so that choosing the same file again still fires `change`.
    input.value = '';
    on.import(files);
  };
  return html`<section class="merge" part="merge" aria-labelledby="merge-title">
    ${ui.heading(t.mergeTitle, { id: 'merge-title', sub: 1, focusable: true, class: 'screen-title' })}
    <p>${t.mergeIntro}</p>
    <div class="field ${invalid ? 'has-error' : ''}" part="field">
      <label for="merge-files" part="label">${t.mergeFiles}</label>
      <p id="merge-files-hint" class="hint" part="hint">${t.mergeFilesHint}</p>
      <input
        id="merge-files"
        part="input"
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby="merge-files-hint merge-files-message"
        aria-invalid=${invalid ? 'true' : 'false'}
        @change=${onChange}
      />
      <div id="merge-files-message" class="message" part="field-message">
        ${state.unreadable.map((name) => html`<p><span class="visually-hidden">${core.errorPrefix}</span> ${t.mergeFileProblem(name)}</p>`)}
      </div>
    </div>
    ${state.merged ? renderMergeTable({ ...props, state: state.merged }) : nothing}
    <div class="actions" part="nav">
      <button id="merge-back" class="button secondary" part="button secondary" type="button" @click=${on.back}>${t.back}</button>
      ${
        state.merged
          ? html`<button id="merge-build" class="button" part="button" type="button" @click=${on.build}>${t.mergeBuild}</button>
              <button class="button link" part="button link" type="button" @click=${on.clear}>${t.mergeClear}</button>`
          : nothing
      }
    </div>
  </section>`;
}

/** Each member's level per dimension, and how close they are. */
function renderMergeTable({ t, state: merged }: ViewProps<MergeResult, MergeOn>): TemplateResult {
  return agreementTable(t, merged, 'merge-caption', 'merge-table');
}

/** The members' levels side by side and their agreement: on the merge screen and in the consensus results. */
export function agreementTable(t: ContinuumText, merged: Pick<MergeResult, 'dimensions' | 'respondents'>, id: string, name: string): TemplateResult {
  return dataTable({
    id,
    caption: t.mergeTableCaption,
    name,
    head: html`<th scope="col">${t.columnDimension}</th>
      ${merged.respondents.map((role, index) => html`<th scope="col">${t.respondent(index + 1, role)}</th>`)}
      <th scope="col">${t.columnAgreement}</th>`,
    rows: merged.dimensions.map(
      (d) =>
        html`<tr data-dimension=${d.id} data-agreement=${d.agreement}>
          <th scope="row">${t.content.dimensions[d.id].label}</th>
          ${d.levels.map((level) => html`<td>${level === null ? t.notConcernedShort : `${level} – ${levelName(t, level)}`}</td>`)}
          <td class="agreement ${d.agreement}">${t.agreementShort[d.agreement]}</td>
        </tr>`,
    ),
  });
}
