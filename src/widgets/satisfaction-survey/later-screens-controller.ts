import type { TemplateResult } from 'lit';
import { OnDemand } from '../../core/on-demand.js';
import { outcomeMessage } from '../../core/outcome.js';
import type { SubmissionController } from '../../core/submission-controller.js';
import type { MspWidget } from '../../core/widget-base.js';
import type { LaterScreens } from './later.js';
import type { SurveyParticipation } from './satisfaction-survey.schema.js';
import type { LaterText } from './satisfaction-survey.state.js';

type Later = typeof import('./later.js');

/** What the later screens ask of the survey. */
export interface LaterScreensOptions {
  /** later.ts (the component's `loadLater`, which a test may make fail or come late). */
  load: () => Promise<Later>;
  /** The survey's sending: its outcome, and the honeypot the invitation honours too. */
  submission: SubmissionController;
  /** The core's words and the heading and read-aloud helpers, in the widget's language. */
  shared: () => Pick<LaterText, 'core' | 'ui'>;
  /** The team's invitation to take part, as configured. */
  participation: () => SurveyParticipation | undefined;
  /** Kiosk mode is on: a countdown and "Recommencer" on the thank-you screen, never an invitation. */
  kiosk: () => boolean;
  /** Kiosk: seconds left on the thank-you screen. */
  countdown: () => number;
  /** Kiosk: "Recommencer pour la personne suivante". */
  restart: () => void;
  /** A date in the widget's language (until when a refused sending is tried again). */
  formatDate: (date: Date) => string;
}

/**
 * The screens after the steps — thanks (with the kiosk's countdown), "already answered", the
 * invitation to take part — and the status region's sentence once the answers left. Their module
 * (later.ts) loads when the browser is idle after the first screen and does the work (LaterScreens,
 * made with whichever of later.ts and kiosk.ts arrives first: `use`). Until it is here, a screen
 * shows its loading line (or a retry button) and the status region says the outcome in the core's
 * words.
 */
export class LaterScreensController {
  /** later.ts, loaded on demand. */
  private readonly module: OnDemand<Later>;
  private screens: LaterScreens | undefined;

  constructor(
    private readonly host: MspWidget,
    private readonly options: LaterScreensOptions,
  ) {
    this.module = new OnDemand(host, () => options.load().then((later) => (this.use(later), later)));
  }

  /** The later screens at work, made once from their module (later.ts, or kiosk.ts which brings it). */
  use(module: Pick<Later, 'laterScreens'>): LaterScreens {
    return (this.screens ??= module.laterScreens(this.host, this.options));
  }

  /** The thank-you screen and, when the team offers it, the invitation. */
  renderEnd(): TemplateResult {
    return this.module.render((later) => this.use(later).renderEnd(), this.options.shared().core);
  }

  /** Shown instead of the form to someone who already answered from this device. */
  renderAlreadyAnswered(): TemplateResult {
    return this.module.render((later) => this.use(later).renderAlreadyAnswered(), this.options.shared().core);
  }

  /**
   * The status region: the note; once the answers left, the outcome in the survey's words, which come
   * with later.ts — until they are here (the file could not come), the core's words for the same outcome.
   */
  status(note: string): { message: string; className: string } {
    if (this.screens) return this.screens.status(note);
    const { submission, formatDate } = this.options;
    const outcome = submission.outcome;
    if (!outcome) return { message: note, className: '' };
    // Asked for now: the survey's words come with it (once here, `screens` answers above).
    void this.module.value;
    const options = { endpoint: Boolean(this.host.submissionTarget.endpoint), deliveredLater: submission.deliveredLater, formatDate };
    return { message: outcomeMessage(outcome, this.options.shared().core, options), className: outcome.status };
  }

  /** Back to an empty invitation (the kiosk's reset). */
  reset(): void {
    this.screens?.reset();
  }
}
