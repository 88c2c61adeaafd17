// The form and the confirmation as the component draws them, with what they keep per element: their
// words (translations/later.ts, through signup-text.ts), the form's state (FormController), the send
// (SubmissionController) and the calendar files. In the later module (event-signup.later.ts): the
// component makes one as soon as that module is here, and hands it its state.
import type { TemplateResult } from 'lit';
import { FormController, type SummaryError } from '../../core/form-controller.js';
import { addStyles } from '../../core/later-styles.js';
import { shortReference } from '../../core/ids.js';
import type { LocaleController } from '../../core/i18n.js';
import { SubmissionController } from '../../core/submission-controller.js';
import type { MspWidget } from '../../core/widget-base.js';
import { formatDay } from '../../contracts/event-time.js';
import { EventCalendars } from './calendar-files.js';
import type { TeamDefaults } from './call-for-candidates.js';
import { confirmationText } from './confirmation.js';
import type { EventItem, EventSignupConfig } from './event-signup.schema.js';
import type { ChannelChoice, EventCalendarLink, ShownEvent, SignedUp, SignupDraft, SignupText, ViewProps } from './event-signup.state.js';
import { isFull } from './shown-events.js';
import { signupErrors, signupPayload } from './signup-form.js';
import { signupScreensStyles } from './signup-screens.styles.js';
import { laterText, signupText } from './signup-text.js';
import type { EventSignupStrings } from './translations/fr.js';
import type { EventSignupLaterStrings } from './translations/later.fr.js';
import { confirmation } from './views/confirmation.view.js';
import { signupForm } from './views/signup-form.view.js';

/** What every view receives from the component: the list's words, the shared ones, the Intl locale, headings and read-aloud. */
type ListText = Pick<ViewProps<unknown>, 't' | 'core' | 'locale' | 'ui'>;

/** What the form and the confirmation are drawn from: the component's state, controllers and callbacks. */
export interface ScreenState extends ListText {
  /** The language tag of the words shown ("fr", "fr-FALC", "en"…), for the calendar file. */
  language: string;
  draft: SignupDraft;
  channel: ChannelChoice;
  settings: Pick<EventSignupConfig, 'privacy' | 'structureName'>;
  defaults: TeamDefaults;
  /** The shadow root the error summary's links move focus in. */
  root: ShadowRoot | null;
  /** The person changed a field: the draft's new values. */
  input(patch: Partial<SignupDraft>): void;
  back(): void;
  /** Whether signups go to an endpoint (else they are kept on the device): the failure's words. */
  toEndpoint(): boolean;
  /** What the status region says now. */
  say(message: string): void;
  /** The signup that leaves, kept for the confirmation even if the feed changes meanwhile. */
  sent(signedUp: SignedUp): void;
}

export class SignupScreens {
  /**
   * The form's state: which errors show, the error summary's focus after an attempt. Made with the
   * screens: a form is only drawn once they are here, and a new one starts with nothing shown.
   */
  readonly fields: FormController;
  /**
   * The send, the spam guards and the outbox: it joins the page's outbox (what earlier pages left
   * waiting is delivered) when this module arrives, after the list is drawn.
   */
  readonly submission: SubmissionController;
  private readonly laterText: LocaleController<EventSignupLaterStrings>;
  private readonly calendars = new EventCalendars();

  /**
   * `host`: the element; the later words follow its language from now on, its shadow root gets the
   * screens' rules, and the form's and the send's controllers are added to it. `errors`: the open
   * form's errors, in the order of its fields.
   */
  constructor(host: MspWidget & { easyRead?: boolean }, errors: () => SummaryError[]) {
    addStyles(host, signupScreensStyles);
    this.laterText = laterText(host);
    this.fields = new FormController(host, { errors });
    this.submission = new SubmissionController(host);
  }

  /** The list's words and the form's and confirmation's, in one object. */
  words(list: EventSignupStrings): SignupText {
    return signupText(list, this.laterText.t);
  }

  /** Errors of a draft for that event, in the order of the fields. */
  errors(draft: SignupDraft, event: EventItem): SummaryError[] {
    return signupErrors(draft, event, this.laterText.t);
  }

  /** Sends the draft for `shown`, saying where it stands; true once it left (the confirmation's turn), false when it could not (the status region says why). */
  async send(shown: ShownEvent, screen: ScreenState): Promise<boolean> {
    const payload = signupPayload(shown, screen.draft);
    screen.sent({ shown, payload, full: isFull(shown.seats) });
    screen.say(screen.core.sending);
    const outcome = await this.submission.submit(payload);
    if (outcome === 'too-fast') {
      screen.say(screen.core.tooFast);
      return false;
    }
    if (outcome.status === 'failed') {
      // Not sent (to an endpoint), or not kept on the device (none).
      screen.say(screen.toEndpoint() ? this.laterText.t.failedSend : this.laterText.t.failedSave);
      return false;
    }
    screen.say('');
    return true;
  }

  /** The .ics of each information-only event shown, by event id, with the words beside it. */
  eventCalendars(events: readonly ShownEvent[], list: EventSignupStrings, language: string, structureName: string | undefined): Map<string, EventCalendarLink> {
    const t = this.words(list);
    const links = this.calendars.forEvents(events, t, language, structureName);
    return new Map([...links].map(([id, link]) => [id, { ...link, hint: t.infoCalendarHint }]));
  }

  /** The form of `shown`; `submit` sends it. */
  form(shown: ShownEvent, screen: ScreenState, submit: (event: Event) => void): TemplateResult {
    const { fields, submission } = this;
    const { settings } = screen;
    return signupForm({
      t: this.words(screen.t),
      core: screen.core,
      locale: screen.locale,
      ui: screen.ui,
      state: {
        shown,
        draft: screen.draft,
        channel: screen.channel,
        errors: fields.shownErrors,
        summary: fields.summaryErrors,
        sending: submission.state === 'sending',
        privacy: settings.privacy,
        structureName: settings.structureName,
        defaults: screen.defaults,
        root: screen.root,
      },
      on: {
        input: (fieldId, patch) => {
          fields.input(fieldId);
          screen.input(patch);
        },
        touch: (fieldId) => fields.touch(fieldId),
        submit,
        back: screen.back,
        honeypot: (value) => (submission.honeypot = value),
      },
    });
  }

  /** What became of the signup sent (the submission's outcome), its summary and its calendar file. */
  confirmation(signedUp: SignedUp, screen: ScreenState): TemplateResult {
    const outcome = this.submission.outcome!;
    const t = this.words(screen.t);
    const { message, waiting } = confirmationText(outcome, signedUp, t, screen.core, (day) => formatDay(day, screen.locale));
    const calendar =
      outcome.status === 'rejected' ? undefined : this.calendars.forSignup(signedUp, outcome.id, waiting, t, screen.language, screen.settings.structureName);
    const reference = t.reference(shortReference(outcome.id));
    return confirmation({
      t,
      core: screen.core,
      locale: screen.locale,
      ui: screen.ui,
      state: { signedUp, message, reference, calendar },
      on: { back: screen.back },
    });
  }

  /** Revokes every calendar file (the element left the page). */
  clear(): void {
    this.calendars.clear();
  }
}
