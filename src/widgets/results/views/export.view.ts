import { html, nothing, type TemplateResult } from 'lit';
import { checkboxField } from '../../../ui/form.js';
import type { ResultsStrings, ViewProps } from '../results.state.js';
import { button } from './parts.js';

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
    return html`<div class="actions">${button('delete-exported', t.deleteExported(state.deletable), on.askDelete)}</div>`;
  }
  return html`<div class="notice warning" id="delete-confirm" tabindex="-1" role="group" aria-labelledby="delete-confirm-title">
    <p id="delete-confirm-title"><strong>${t.deleteConfirm(state.deletable)}</strong></p>
    <p>${t.deleteConfirmHint}</p>
    <div class="actions">${button('confirm-delete', t.confirmDelete, on.confirmDelete, 'danger')} ${button('cancel-delete', t.cancel, on.cancelDelete)}</div>
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
      ${button('export-csv', t.exportCsv, () => on.export('csv'), 'main')} ${button('export-xlsx', t.exportXlsx, () => on.export('xlsx'))}
      ${button('export-json', t.exportJson, () => on.export('json'))}
    </div>
    ${
      state.rawOffered
        ? html`<p>${t.exportRawIntro}</p>
            <div class="actions">
              ${button('export-raw-csv', t.exportRawCsv, () => on.export('csv', true))}
              ${button('export-raw-xlsx', t.exportRawXlsx, () => on.export('xlsx', true))}
            </div>`
        : nothing
    }
    ${deletion(t, state, on)}
  </section>`;
}
