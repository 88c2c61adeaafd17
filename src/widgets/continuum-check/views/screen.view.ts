import { html, nothing, type TemplateResult } from 'lit';
import type { OnDemand } from '../../../core/on-demand.js';
import { statusRegion } from '../../../ui/form.js';
import type { ChartLayout } from '../continuum-chart.js';
import type { ContinuumText, ContinuumWork, SavedAssessment, ViewProps } from '../continuum-check.state.js';
import type { ContentText } from '../continuum-content.js';
import type { MergeResult } from '../continuum-merge.js';
import type { StructureType } from '../continuum-scoring.js';
import type { ContinuumCheckStrings } from '../translations/fr.js';
import type { ContinuumLaterStrings } from '../translations/later.fr.js';
import { renderIntro, type IntroOn, type IntroPast } from './intro.view.js';
import type * as LaterModule from './later.views.js';
import { renderLoading, type LoadingOn } from './loading.view.js';
import type { MergeOn } from './merge.view.js';
import type { ResultsOn } from './results.view.js';
import type { ShareState } from './share.view.js';
import type { ToolPages } from './step-help.view.js';
import type { StepOn } from './step.view.js';

/** The module of every screen after the start screen (views/later.views.ts), loaded on demand. */
export type LaterViews = typeof LaterModule;

/** What the results screen needs beyond the work, computed only when it is shown. */
export interface ResultsExtras {
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

/** What the shell handles itself: the start screen, the loading line, moving between screens. */
export type ShellOn = IntroOn & LoadingOn & Pick<StepOn, 'goTo' | 'saveForLater'> & Pick<ResultsOn, 'print' | 'edit' | 'newAssessment'> & Pick<MergeOn, 'back'>;

/** The heading each screen focuses when it opens (the first that exists: with hide-heading, the start button). */
export const screenFocus: Record<ContinuumWork['view'], string> = {
  intro: '#title, #resume, #start',
  step: '#step-title',
  results: '#results-title',
  merge: '#merge-title',
};

type ScreenProps = Omit<ViewProps<ScreenState, ShellOn>, 't'> & {
  t: ContinuumCheckStrings;
  /** Every handler, the later screens' with the shell's: made when the later screens' module arrives (here with it). */
  laterOn: ScreenOn | undefined;
  /** The later screens' words, in the widget's language: there once their module has come (they come with it). */
  laterT: ContinuumLaterStrings | undefined;
  /** The later screens' module: each of them shows a loading line until it is here, a retry if it could not come. */
  later: OnDemand<LaterViews>;
};

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
  const { t, core, state, later } = props;
  const { work, content } = state;
  const { view } = work;
  const loading = renderLoading({ t, state: { failed: state.contentFailed }, on: props.on });
  if (view === 'intro') {
    return renderIntro({ ...props, past: renderPast(props, loading), state: { work, history: state.history, structure: state.structure } });
  }
  // Two loads, started together: the content in the widget's language, then the screen's module.
  if (!content) return loading;
  return later.render((views) => {
    const base = { ...props, on: props.laterOn!, t: laterText(props, views, content) };
    switch (view) {
      case 'step':
        return views.renderStep({ ...base, state: { work } });
      case 'results': {
        const extras = state.results();
        const result = views.scoreAssessment(work.answers, extras.structureType);
        return views.renderResults({ ...base, state: { work, history: state.history, structure: state.structure, result, ...extras } });
      }
      case 'merge':
        return views.renderMerge({ ...base, state: state.merge });
    }
  }, core);
}

/**
 * The start screen's past, when there is one: the last action plan above the role, the progress table
 * after the buttons. Both read the content and the later module: one loading line stands for them.
 */
function renderPast(props: ScreenProps, loading: TemplateResult): IntroPast {
  const { state, later, core } = props;
  const { content, history } = state;
  if (!history.length) return { plan: nothing, progress: nothing };
  if (!content) return { plan: loading, progress: nothing };
  const past = (views: LaterViews) => ({ ...props, t: laterText(props, views, content), state: { history } });
  const views = later.value;
  return { plan: later.render((module) => html`${module.renderLastPlan(past(module))}`, core), progress: views ? views.renderProgress(past(views)) : nothing };
}

/** A later screen's strings: the shell's, the later screens' (French until the component's controller has them) and the content. */
function laterText({ t, laterT }: ScreenProps, views: LaterViews, content: ContentText): ContinuumText {
  return { ...t, ...(laterT ?? views.continuumLaterCatalog.fr), content };
}
