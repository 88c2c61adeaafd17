import { html, nothing, type TemplateResult } from 'lit';
import { statusRegion } from '../../../ui/form.js';
import type { ChartLayout } from '../continuum-chart.js';
import type { ContinuumWork, SavedAssessment, ViewProps } from '../continuum-check.state.js';
import type { ContentText } from '../continuum-content.js';
import type { MergeResult } from '../continuum-merge.js';
import type { AssessmentResult, StructureType } from '../continuum-scoring.js';
import type { ContinuumCheckStrings } from '../translations/fr.js';
import { renderIntro, type IntroOn } from './intro.view.js';
import { renderLoading, type LoadingOn } from './loading.view.js';
import { renderMerge, type MergeOn } from './merge.view.js';
import { renderResults, type ResultsOn } from './results.view.js';
import type { ShareState } from './share.view.js';
import type { ToolPages } from './step-help.view.js';
import { renderStep, type StepOn } from './step.view.js';

/** What the results screen needs beyond the work, computed only when it is shown. */
export interface ResultsExtras {
  result: AssessmentResult;
  share: ShareState | undefined;
  structureType: StructureType;
  toolPages: ToolPages | undefined;
  chartLayout: ChartLayout;
}

export interface ScreenState {
  work: ContinuumWork;
  /** Past assessments, oldest first. */
  history: SavedAssessment[];
  structure: string | undefined;
  /** The content in the widget's language, undefined while it loads. */
  content: ContentText | undefined;
  contentFailed: boolean;
  statusMessage: string;
  /** `hide-heading`: no title drawn, the widget's box keeps the title as its name. */
  titleHidden: boolean;
  results: () => ResultsExtras;
  merge: { merged: MergeResult | undefined; unreadable: string[] };
}

export type ScreenOn = IntroOn & StepOn & ResultsOn & MergeOn & LoadingOn;

/** The heading each screen focuses when it opens (the first that exists: with hide-heading, the start button). */
export const screenFocus: Record<ContinuumWork['view'], string> = {
  intro: '#title, #resume, #start',
  step: '#step-title',
  results: '#results-title',
  merge: '#merge-title',
};

type ScreenProps = Omit<ViewProps<ScreenState, ScreenOn>, 't'> & { t: ContinuumCheckStrings };

/** The widget's box: its title and sources, the screen of the moment, and the status region. */
export function renderScreen(props: ScreenProps): TemplateResult {
  const { t, ui, state } = props;
  return html`<section
    class="continuum"
    part="continuum"
    aria-labelledby=${state.titleHidden ? nothing : 'title'}
    aria-label=${state.titleHidden ? t.title : nothing}
  >
    ${ui.heading(t.title, { id: 'title', focusable: true, title: true, class: 'title' })}
    <p class="source screen-only">${t.source}</p>
    ${renderView(props)} ${statusRegion({ message: state.statusMessage })}
  </section>`;
}

function renderView(props: ScreenProps): TemplateResult {
  const { t, state } = props;
  const { work, content } = state;
  const loading = renderLoading({ t, state: { failed: state.contentFailed }, on: props.on });
  if (work.view === 'intro') {
    return renderIntro({ ...props, content, loading, state: { work, history: state.history, structure: state.structure } });
  }
  if (!content) return loading;
  const base = { ...props, t: { ...t, content } };
  switch (work.view) {
    case 'step':
      return renderStep({ ...base, state: { work } });
    case 'results':
      return renderResults({ ...base, state: { work, history: state.history, structure: state.structure, ...state.results() } });
    case 'merge':
      return renderMerge({ ...base, state: state.merge });
  }
}
