import { html, type TemplateResult } from 'lit';
import type { SubmissionKind } from '../../../core/envelope.js';
import { choiceGroup } from '../../../ui/form.js';
import type { ViewProps } from '../results.state.js';
import { button } from './parts.js';

export interface KindsState {
  kinds: readonly SubmissionKind[];
  count: (kind: SubmissionKind) => number;
  shown: SubmissionKind;
}

export interface KindsHandlers {
  choose(kind: SubmissionKind): void;
  /** Reads the source again. */
  refresh(): void;
}

/** "Actualiser", then the choice of contributions to show, each with its count. */
export function renderKinds({ t, core, state, on }: ViewProps<KindsState, KindsHandlers>): TemplateResult {
  return html`<div class="actions refresh">${button('refresh', t.refresh, on.refresh)}</div>
    <div part="kinds">
      ${choiceGroup({
        id: 'kinds',
        legend: t.kindsLegend,
        type: 'radio',
        inline: true,
        required: true,
        options: state.kinds.map((kind) => ({ value: kind, label: t.kindCount(t.kinds[kind], state.count(kind)) })),
        selected: [state.shown],
        onChange: ([kind]) => kind && on.choose(kind as SubmissionKind),
        t: core,
      })}
    </div>`;
}
