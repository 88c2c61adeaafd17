// Everything the self-check shows after its start screen, and what it runs on, in one module kept out
// of the widget's first download (issue 16): the steps, the merge of members' files, the results (levels
// and chart, ACI level, warnings, next steps, plan, levers, progress, the share form), the scoring, the
// payload and the history record. The component loads it with `OnDemand` (when the browser is idle after
// the first render, or when a screen asks first): one request for every later screen, with their words
// (translations/later.ts: French inline, English and Arabic loaded when in use).
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LocaleController } from '../../../core/i18n.js';
import { lastPlanned, progressColumns } from '../continuum-assessment.js';
import type { SavedAssessment, ViewProps } from '../continuum-check.state.js';
import { renderHistory } from './history.view.js';
import { continuumLaterCatalog } from '../translations/later.js';
import type { ContinuumLaterStrings } from '../translations/later.fr.js';
import { renderPlanSummary } from './plan-summary.view.js';

export { LaterScreens } from '../later-screens.js';
export { renderMerge } from './merge.view.js';
export { renderResults } from './results.view.js';
export { renderStep } from './step.view.js';
export * as work from '../continuum-work.js';
export { scoreAssessment } from '../continuum-scoring.js';
export { answerFileOf } from '../continuum-assessment.js';
export { mergeAnswers, parseAnswerFile } from '../continuum-merge.js';
export { continuumLaterCatalog };

/**
 * The later screens' words for `host`, in its language and following its changes like the widget's
 * own (French at once; English or Arabic loads, and the host's `updateComplete` waits for it).
 */
export function laterText(host: ReactiveControllerHost & HTMLElement): LocaleController<ContinuumLaterStrings> {
  return new LocaleController(host, continuumLaterCatalog);
}

type PastProps = Omit<ViewProps<{ history: SavedAssessment[] }>, 'on'>;

/** On the start screen, above the role: the last action plan the team saved, if any. */
export function renderLastPlan(props: PastProps): TemplateResult | typeof nothing {
  const { t, formatDate, state } = props;
  const planned = lastPlanned(state.history);
  if (!planned) return nothing;
  return renderPlanSummary({ ...props, state: { plan: planned.actionPlan, title: t.lastPlanTitle(formatDate(planned.assessedAt)) } });
}

/** On the start screen, after the buttons: the levels of the past assessments side by side. */
export function renderProgress(props: PastProps): TemplateResult | typeof nothing {
  return renderHistory({ ...props, state: { columns: progressColumns(props.state.history), inResults: false, saved: false } });
}
