import { html, nothing, type TemplateResult } from 'lit';
import { checkboxField } from '../../../ui/form.js';
import type { ResultsStrings, ViewProps } from '../results.state.js';

export interface ExportState {
  /** The kind shown may carry personal data: the team chooses whether the file does. */
  personalOffered: boolean;
  includePersonal: boolean;
  /** Items the last export wrote that this device may delete (0: nothing to offer). */
  deletable: number;
  confirmingDelete: boolean;
  /** Surveys: the raw answers (one row per response) are offered beside the summary. */
  rawOffered: boolean;
}

export interface ExportHandlers {
  includePersonal(checked: boolean): void;
  export(format: 'csv' | 'json' | 'xlsx', raw?: boolean): void;
  askDelete(): void;
  cancelDelete(): void;
  confirmDelete(): void;
}

function deletion(t: ResultsStrings, state: ExportState, on: ExportHandlers) {
  if (!state.deletable) return nothing;
  if (!state.confirmingDelete) {
    return html`<div class="actions">
      <button class="button secondary" part="button secondary delete-exported" type="button" id="delete-exported" @click=${on.askDelete}>
        ${t.deleteExported(state.deletable)}
      </button>
    </div>`;
  }
  return html`<div class="notice warning" id="delete-confirm" tabindex="-1" role="group" aria-labelledby="delete-confirm-title">
    <p id="delete-confirm-title"><strong>${t.deleteConfirm(state.deletable)}</strong></p>
    <p>${t.deleteConfirmHint}</p>
    <div class="actions">
      <button class="button danger" part="button danger confirm-delete" type="button" id="confirm-delete" @click=${on.confirmDelete}>${t.confirmDelete}</button>
      <button class="button secondary" part="button secondary cancel-delete" type="button" id="cancel-delete" @click=${on.cancelDelete}>${t.cancel}</button>
    </div>
  </div>`;
}

/** Export of what is shown (CSV, JSON), personal data only when ticked, then delete-after-export on this device. */
export function renderExport({ t, core, ui, state, on }: ViewProps<ExportState, ExportHandlers>): TemplateResult {
  return html`<section class="export" part="export" aria-labelledby="export-title">
    ${ui.heading(t.exportTitle, { id: 'export-title', focusable: true, sub: 1 })}
    <p>${t.exportIntro}</p>
    ${
      state.personalOffered
        ? checkboxField({
            id: 'include-personal',
            label: t.includePersonal,
            hint: t.includePersonalHint,
            t: core,
            checked: state.includePersonal,
            onChange: on.includePersonal,
          })
        : nothing
    }
    <div class="actions">
      <button class="button" part="button export-csv" type="button" id="export-csv" @click=${() => on.export('csv')}>${t.exportCsv}</button>
      <button class="button secondary" part="button secondary export-xlsx" type="button" id="export-xlsx" @click=${() => on.export('xlsx')}>
        ${t.exportXlsx}
      </button>
      <button class="button secondary" part="button secondary export-json" type="button" id="export-json" @click=${() => on.export('json')}>
        ${t.exportJson}
      </button>
    </div>
    ${
      state.rawOffered
        ? html`<p>${t.exportRawIntro}</p>
            <div class="actions">
              <button class="button secondary" part="button secondary export-raw-csv" type="button" id="export-raw-csv" @click=${() => on.export('csv', true)}>
                ${t.exportRawCsv}
              </button>
              <button
                class="button secondary"
                part="button secondary export-raw-xlsx"
                type="button"
                id="export-raw-xlsx"
                @click=${() => on.export('xlsx', true)}
              >
                ${t.exportRawXlsx}
              </button>
            </div>`
        : nothing
    }
    ${deletion(t, state, on)}
  </section>`;
}
