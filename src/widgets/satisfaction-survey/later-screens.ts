import type { TemplateResult } from 'lit';
import { focusAfterUpdate } from '../../core/focus.js';
import { LocaleController } from '../../core/i18n.js';
import { addStyles } from '../../core/later-styles.js';
import type { MspWidget } from '../../core/widget-base.js';
import { InvitationController } from './invitation-controller.js';
import { offeredInvitation } from './invitation.js';
import type { LaterScreensOptions } from './later-screens-controller.js';
import { laterStyles } from './later.styles.js';
import { surveyStatus } from './outcome-message.js';
import type { SurveyParticipation } from './satisfaction-survey.schema.js';
import type { LaterText } from './satisfaction-survey.state.js';
import { surveyLaterCatalog } from './translations/later.js';
import type { SurveyLaterStrings } from './translations/later.fr.js';
import { renderAlreadyAnswered, renderEnd } from './views/screens.view.js';

/**
 * The screens after the steps at work, made once when their module (later.ts, or kiosk.ts which
 * brings it) arrives: their look joins the host's own, their words come for the host in its language
 * and follow its changes like the survey's own (French at once; another language or easy-read loads,
 * and the host's `updateComplete` waits for it); the invitation to take part is made when the
 * thank-you screen first offers it, with its own form and its own envelope.
 */
export class LaterScreens {
  /** The later screens' words (translations/later.ts), which kiosk mode uses too. */
  readonly words: LocaleController<SurveyLaterStrings>;
  private invitation: InvitationController | undefined;

  constructor(
    private readonly host: MspWidget,
    private readonly options: LaterScreensOptions,
  ) {
    addStyles(host, laterStyles);
    this.words = new LocaleController(host, surveyLaterCatalog);
  }

  /** The thank-you screen (with the kiosk's countdown) and, when the team offers it, the invitation. */
  renderEnd(): TemplateResult {
    const participation = this.offered();
    const honeypot = () => this.options.submission.honeypot;
    this.invitation ??= participation && new InvitationController(this.host, { text: () => this.words.t.invitation, honeypot });
    const invitation = participation && this.invitation?.viewProps(participation, this.host.renderRoot as ShadowRoot, this.onInvite);
    const state = { kiosk: this.options.kiosk(), countdown: this.options.countdown() };
    return renderEnd({ ...this.viewText(), state, on: { restart: () => this.options.restart() }, invitation });
  }

  /** Shown instead of the form to someone who already answered from this device. */
  renderAlreadyAnswered(): TemplateResult {
    return renderAlreadyAnswered(this.viewText());
  }

  /** The status region: the note; once the answers (or the invitation's contact) left, the outcome in the survey's words. */
  status(note: string): { message: string; className: string } {
    const { submission, formatDate } = this.options;
    const options = { endpoint: Boolean(this.host.submissionTarget.endpoint), deliveredLater: submission.deliveredLater, formatDate };
    const invitation = this.invitation?.outcome;
    return surveyStatus({ answers: submission.outcome, invitation, note, t: this.words.t.outcome, core: this.options.shared().core, options });
  }

  /** Back to an empty invitation (the kiosk's reset). */
  reset(): void {
    this.invitation?.reset();
  }

  /** The invitation to take part, when the team set who reads the contacts (never in kiosk mode). */
  private offered(): SurveyParticipation | undefined {
    return offeredInvitation(this.options.participation(), this.options.kiosk());
  }

  private viewText(): LaterText {
    return { ...this.options.shared(), t: this.words.t };
  }

  private readonly onInvite = async (event: Event) => {
    event.preventDefault();
    const participation = this.offered();
    if (participation && this.invitation && (await this.invitation.send(participation))) void focusAfterUpdate(this.host, '#invitation-done-title');
  };
}
