// The later screens' side of the widget (steps, results, merge), made by the component when their
// module (views/later.views.ts) arrives, so that this code comes with them and not in the first
// download (issue 16): their words, their look, their controllers, and what their buttons do.
import type { ReactiveElement } from 'lit';
import { addStyles } from '../../core/later-styles.js';
import type { DraftController } from '../../core/draft-controller.js';
import { focusAfterUpdate } from '../../core/focus.js';
import type { LocaleController } from '../../core/i18n.js';
import { newId } from '../../core/ids.js';
import { outcomeMessage } from '../../core/outcome.js';
import type { SubmissionController } from '../../core/submission-controller.js';
import type { CoreStrings } from '../../core/translations/fr.js';
import { ChartLayoutController } from './chart-layout-controller.js';
import type { ContinuumWork, StatusMessage } from './continuum-check.state.js';
import type { ContentText } from './continuum-content.js';
import { contentLabels, sharePayload, snapshotAssessment, answerFileName, answerFileOf } from './continuum-assessment.js';
import type { StructureType } from './continuum-scoring.js';
import * as work from './continuum-work.js';
import type { HistoryController } from './history-controller.js';
import { MergeController } from './merge-controller.js';
import { ShareFormController } from './share-form-controller.js';
import type { ContinuumLaterStrings } from './translations/later.fr.js';
import { laterStyles } from './views/later.styles.js';
import type { ResultsExtras, ScreenOn, ShellOn } from './views/screen.view.js';
import type { ToolPages } from './views/step-help.view.js';
import { downloadFile } from '../../core/download.js';

/** What the later screens read and change in the widget's shell (the component). */
export interface LaterShell {
  /** The work on screen. */
  work(): ContinuumWork;
  /** A change to the work, kept as a draft. */
  setWork(next: ContinuumWork): void;
  /** Starts over from `work` (a merge built), at its first step. */
  begin(work: ContinuumWork): void;
  /** What the status region says. */
  status(message: StatusMessage): void;
  readonly submission: SubmissionController;
  readonly drafts: DraftController<ContinuumWork>;
  readonly history: HistoryController;
  /** The content in the widget's language (here: the later screens are drawn once it is). */
  content(): ContentText | undefined;
  core(): CoreStrings;
  /** The resolved config: where the assessment goes and for whom. */
  config(): {
    endpoint: string | undefined;
    structure: string | undefined;
    recipientName?: string | undefined;
    structureType: StructureType;
    toolPages?: ToolPages | undefined;
  };
}

/** The later screens' words, look, controllers and handlers, for one widget. */
export class LaterScreens {
  readonly chartLayout: ChartLayoutController;
  readonly shareForm: ShareFormController;
  readonly merge: MergeController;
  /** Every handler of the screens: the later screens' own, with the shell's. */
  readonly on: ScreenOn;

  constructor(
    private readonly host: ReactiveElement,
    /** The later screens' words (translations/later.ts), in the widget's language: the share form's controller reads them. */
    readonly text: LocaleController<ContinuumLaterStrings>,
    private readonly shell: LaterShell,
    shellOn: ShellOn,
  ) {
    // The chart's layout, from the width the content has: beside (42em and more) or stacked.
    this.chartLayout = new ChartLayoutController(host, '.continuum', 42, () => shell.work().view === 'results');
    this.shareForm = new ShareFormController(host, () => text.t.shareConsentRequired);
    this.merge = new MergeController(host);
    this.on = { ...shellOn, ...this.handlers() };
    addStyles(host, laterStyles);
  }

  private handlers(): Omit<ScreenOn, keyof ShellOn> {
    const { shell } = this;
    const change = (next: (current: ContinuumWork) => ContinuumWork) => shell.setWork(next(shell.work()));
    return {
      notConcerned: (id, notConcerned) => change((current) => work.withDimension(current, id, { notConcerned })),
      practice: (id, practiceId, ticked) => change((current) => work.withPractice(current, id, practiceId, ticked)),
      withUsers: (id, practiceId, withUsers) => change((current) => work.withUsersSaid(current, id, practiceId, withUsers)),
      alibi: (check, answer) => change((current) => work.withAlibi(current, check, answer)),
      obstacles: (obstacles) => change((current) => work.withObstacles(current, obstacles)),
      planStep: (id, practiceId, chosen) => change((current) => work.withPlanStep(current, id, practiceId, chosen)),
      planDetails: (practiceId, patch) => change((current) => work.withPlanDetails(current, practiceId, patch)),
      save: () => void this.saveAssessment(),
      exportAnswers: () => {
        const current = shell.work();
        downloadFile(answerFileName(current), JSON.stringify(answerFileOf(current, shell.config().structure), null, 2), 'application/json');
      },
      submit: (event) => void this.share(event),
      share: (choices) => this.shareForm.setChoices(choices),
      consent: (agreed) => this.shareForm.setConsent(agreed),
      honeypot: (value) => (shell.submission.honeypot = value),
      import: async (files) => {
        const count = await this.merge.import(files);
        shell.status((t) => t.mergeImported(count));
      },
      build: () => {
        const merged = this.merge.merged;
        if (merged) shell.begin(work.fromMerge(merged));
      },
      clear: () => {
        this.merge.clear();
        shell.status('');
      },
    };
  }

  /** What the results screen needs beyond the work: the share form (with an endpoint), the chart's layout. */
  resultsExtras(): ResultsExtras {
    const { endpoint, recipientName, structureType, toolPages } = this.shell.config();
    const share = endpoint ? this.shareForm.viewState(this.shell.submission, recipientName, this.outcomeMessage(), this.host.shadowRoot) : undefined;
    return { share, structureType, toolPages, chartLayout: this.chartLayout.layout };
  }

  /** The sending's outcome in words; "sent" (now or later) names who received it. */
  outcomeMessage(): string {
    const { outcome, deliveredLater } = this.shell.submission;
    if (!outcome) return '';
    const { endpoint, recipientName } = this.shell.config();
    const sent = this.text.t.sentStatus(recipientName);
    return outcomeMessage(outcome, this.shell.core(), { endpoint: Boolean(endpoint), deliveredLater, overrides: { sent, delivered: sent } });
  }

  /** Keeps the assessment on screen in this device's history (`sharedAs`: the envelope it was sent as). */
  async saveAssessment(sharedAs?: string): Promise<void> {
    const { shell } = this;
    const current = shell.work();
    const id = current.savedId ?? newId();
    try {
      const labels = contentLabels(shell.content()!);
      await shell.history.save(
        snapshotAssessment(current, { id, savedAt: new Date().toISOString(), labels, sharedAs, structureType: shell.config().structureType }),
      );
      shell.setWork({ ...shell.work(), savedId: id });
      shell.status((t) => t.assessmentSaved);
    } catch {
      shell.status((t) => t.notSaved);
    }
  }

  private async share(event: Event): Promise<void> {
    event.preventDefault();
    const { shell, shareForm } = this;
    const { submission } = shell;
    if (submission.state === 'sending') return;
    const core = shell.core();
    if (shareForm.errors.length) shell.status('');
    if (!(await shareForm.form.attempt())) return;
    shell.status(core.sending);
    const payload = sharePayload(shell.work(), shareForm.choices, contentLabels(shell.content()!), shell.config().structureType);
    const outcome = await submission.submit(payload);
    if (outcome === 'too-fast' || outcome.status === 'failed') {
      shell.status(outcome === 'too-fast' ? core.tooFast : this.outcomeMessage());
      return;
    }
    // Sent or kept to be sent: it is also this team's assessment of the day, kept in the history. The
    // draft is done with: reopening the page shows the history and the plan, not a form to send twice.
    await this.saveAssessment(outcome.id);
    await shell.drafts.clear();
    shell.status(this.outcomeMessage());
    await focusAfterUpdate(this.host, '#sent-title');
  }
}
