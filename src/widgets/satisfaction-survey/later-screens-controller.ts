import type { TemplateResult } from 'lit';
import { focusAfterUpdate } from '../../core/focus.js';
import type { LocaleController } from '../../core/i18n.js';
import { OnDemand } from '../../core/on-demand.js';
import { outcomeMessage } from '../../core/outcome.js';
import type { SubmissionController } from '../../core/submission-controller.js';
import type { MspWidget } from '../../core/widget-base.js';
import type { InvitationController } from './invitation-controller.js';
import type { SurveyParticipation } from './satisfaction-survey.schema.js';
import type { LaterText } from './satisfaction-survey.state.js';
import type { SurveyLaterStrings } from './translations/later.fr.js';

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
 * (later.ts) loads when the browser is idle after the first screen; their words come with it or
 * with kiosk.ts, whichever arrives first (`use`). Until it is here, a screen shows its loading line
 * (or a retry button) and the status region says the outcome in the core's words.
 */
export class LaterScreensController {
  /** later.ts, loaded on demand. */
  private readonly module: OnDemand<Later>;
  /** The later screens' words (their catalogue comes with later.ts, which kiosk.ts brings too). */
  private words: LocaleController<SurveyLaterStrings> | undefined;
  /** The invitation to take part on the thank-you screen: its own form and its own envelope (made with the later screens). */
  private invitation: InvitationController | undefined;

  constructor(
    private readonly host: MspWidget,
    private readonly options: LaterScreensOptions,
  ) {
    this.module = new OnDemand(host, () => options.load().then((later) => (this.use(later), later)));
  }

  /** The later screens' words, from the catalogue their module brings (later.ts or kiosk.ts); made once, and their look added. */
  use(module: Pick<Later, 'laterScreens'>): LocaleController<SurveyLaterStrings> {
    return (this.words ??= module.laterScreens(this.host));
  }

  /** The thank-you screen and, when the team offers it, the invitation (its controller made with its module). */
  renderEnd(): TemplateResult {
    return this.module.render((later) => {
      const participation = this.offered(later);
      const words = this.use(later);
      const honeypot = () => this.options.submission.honeypot;
      this.invitation ??= participation && new later.InvitationController(this.host, { text: () => words.t.invitation, honeypot });
      const invitation = participation && this.invitation?.viewProps(participation, this.host.renderRoot as ShadowRoot, this.onInvite);
      const state = { kiosk: this.options.kiosk(), countdown: this.options.countdown() };
      return later.renderEnd({ ...this.viewText(later), state, on: { restart: () => this.options.restart() }, invitation });
    }, this.options.shared().core);
  }

  /** Shown instead of the form to someone who already answered from this device. */
  renderAlreadyAnswered(): TemplateResult {
    return this.module.render((later) => later.renderAlreadyAnswered(this.viewText(later)), this.options.shared().core);
  }

  /**
   * The status region: the note; once the answers (or the invitation's contact) left, the outcome in
   * the survey's words, which come with later.ts — until they are here (the file could not come),
   * the core's words for the same outcome.
   */
  status(note: string): { message: string; className: string } {
    const { submission, formatDate } = this.options;
    const answers = submission.outcome;
    const invitation = this.invitation?.outcome;
    const outcome = invitation ?? answers;
    if (!outcome) return { message: note, className: '' };
    const options = { endpoint: Boolean(this.host.submissionTarget.endpoint), deliveredLater: submission.deliveredLater, formatDate };
    const later = this.module.value;
    const { core } = this.options.shared();
    if (!later) return { message: outcomeMessage(outcome, core, options), className: outcome.status };
    return later.surveyStatus({ answers, invitation, note, t: this.use(later).t.outcome, core, options });
  }

  /** Back to an empty invitation (the kiosk's reset). */
  reset(): void {
    this.invitation?.reset();
  }

  /** The invitation to take part, when the team set who reads the contacts (never in kiosk mode). */
  private offered(later: Later): SurveyParticipation | undefined {
    return later.offeredInvitation(this.options.participation(), this.options.kiosk());
  }

  private viewText(later: Later): LaterText {
    return { ...this.options.shared(), t: this.use(later).t };
  }

  private readonly onInvite = async (event: Event) => {
    event.preventDefault();
    const participation = this.offered(await this.module.load());
    if (participation && this.invitation && (await this.invitation.send(participation))) void focusAfterUpdate(this.host, '#invitation-done-title');
  };
}
