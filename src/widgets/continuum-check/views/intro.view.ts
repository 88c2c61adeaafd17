import { html, nothing, type TemplateResult } from 'lit';
import { textField } from '../../../ui/form.js';
import type { ContinuumWork, SavedAssessment, ViewProps } from '../continuum-check.state.js';
import { inProgress, STEP_COUNT } from '../continuum-shell.js';
import type { ContinuumCheckStrings } from '../translations/fr.js';

export interface IntroState {
  work: ContinuumWork;
  /** Past assessments, oldest first. */
  history: SavedAssessment[];
  /** The structure's name, if the host gave it. */
  structure: string | undefined;
}

export interface IntroOn {
  role(role: string): void;
  /** Back to the step where the draft stopped. */
  resume(): void;
  start(): void;
  startFromLast(): void;
  startMerge(): void;
  /** The person is about to start (pointer over or focus on the buttons): fetch the content now. */
  prefetch(): void;
}

/** What the start screen shows of the past: the last action plan (above the role) and the progress table (at the end). */
export interface IntroPast {
  plan: TemplateResult | typeof nothing;
  progress: TemplateResult | typeof nothing;
}

/**
 * The start screen reads the content (dimension and practice names) and the later screens' module only
 * for the past plan and the history: it shows at once without them, drawn by the screen (`past`), with
 * a loading line where they go until they are here.
 */
export type IntroProps = Omit<ViewProps<IntroState, IntroOn>, 't'> & { t: ContinuumCheckStrings; past: IntroPast };

/** The start screen: what the self-check is, the last action plan, the member's role, how to start, the progress. */
export function renderIntro(props: IntroProps): TemplateResult {
  const { t, core, formatDate, state, on, past } = props;
  const { work, history } = state;
  const last = history.at(-1);
  return html`<section part="intro" class="intro">
    ${state.structure ? html`<p class="structure">${t.introStructure(state.structure)}</p>` : nothing}
    <p>${t.intro}</p>
    <p>${t.introAudience} ${t.introNotRanking}</p>
    <p class="notice">${t.process}</p>
    ${past.plan}
    ${textField({
      id: 'role',
      label: t.roleLabel,
      hint: t.roleHint,
      value: work.role,
      autocomplete: 'organization-title',
      maxlength: 80,
      onInput: on.role,
      t: core,
    })}
    <div class="actions" part="nav" @pointerover=${on.prefetch} @focusin=${on.prefetch}>
      ${
        inProgress(work)
          ? html`<button id="resume" class="button" part="button" type="button" @click=${on.resume}>${t.resume(work.step + 1, STEP_COUNT)}</button>`
          : html`<button id="start" class="button" part="button" type="button" @click=${on.start}>${t.startIndividual}</button> ${
                last
                  ? html`<button id="start-from-last" class="button secondary" part="button secondary" type="button" @click=${on.startFromLast}>
                      ${t.startFromLast(formatDate(last.assessedAt), last.mode === 'consensus')}
                    </button>`
                  : nothing
              }`
      }
      <button id="start-merge" class="button secondary" part="button secondary" type="button" @click=${on.startMerge}>${t.startMerge}</button>
    </div>
    ${past.progress}
  </section>`;
}
