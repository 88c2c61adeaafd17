import { html, nothing, type PropertyValues } from 'lit';
import { focusAfterUpdate } from '../../core/focus.js';
import type { SummaryError } from '../../core/form-controller.js';
import { intlLocale, LocaleController } from '../../core/i18n.js';
import { OnDemand } from '../../core/on-demand.js';
import { baseStyles } from '../../core/theme.js';
import { MspWidget } from '../../core/widget-base.js';
import { statusRegion } from '../../ui/form.js';
import { formStyles } from '../../ui/form.styles.js';
import type { TeamDefaults } from './call-for-candidates.js';
import { eventSignupAttributes } from './event-signup.attributes.js';
import type { EventSignupConfig } from './event-signup.schema.js';
import type * as Later from './event-signup.later.js';
import {
  draftForEvent,
  emptyDraft,
  type EventCalendarLink,
  type ChannelChoice,
  type ShownEvent,
  type SignedUp,
  type SignupDraft,
  type ViewProps,
} from './event-signup.state.js';
import { eventSignupStyles } from './event-signup.styles.js';
import { ListSources } from './list-sources.js';
import { isCandidacy, isInformationOnly, openEvent, seatsToAsk, shownEvents } from './shown-events.js';
import { eventSignupCatalog } from './translations/index.js';
import { eventList } from './views/event-list.view.js';
import { backWhileLoading } from './views/form-loading.view.js';

/**
 * @summary Signup for ateliers, réunions d'échange, portes ouvertes, and calls for candidates (users'
 * committee, patient partner, ETP co-facilitation, working group) with their role, time, training,
 * compensation and charter; a waiting list when full; information-only events that ask nothing; and
 * an "Ajouter à mon agenda" .ics file. In French, French easy-read, English and Arabic (the person
 * chooses), each event and message read aloud on request.
 *
 * @event msp-submitted - A signup left the form: `detail` { id, kind: 'event-signup', status, response? }
 *   (`response.registration` from the reference collector).
 * @event msp-delivered - A queued signup reached the endpoint later.
 * @event msp-error - Rejected or failed signup, bad configuration, or unreadable feed (`detail.reason`).
 *
 * @csspart base - The wrapper carrying `lang`, `dir` and the class `easy-read`.
 * @csspart language-bar - The person's choice of language and of easy-read, at the top.
 * @csspart language-select - The language list in that bar.
 * @csspart easy-read - The easy-read switch (also `button`).
 * @csspart read-aloud - Each button that reads an event or a message aloud (also `button`).
 * @csspart pictogram - The drawing beside each kind of event, and beside the day, time, place and seats.
 * @csspart heading - The heading of the list, the form and the confirmation.
 * @csspart feed-unavailable - The notice that the events feed could not be read.
 * @csspart empty - The notice that no event is open for signup.
 * @csspart events - The list of events.
 * @csspart event - One event's card.
 * @csspart kind - The event's kind ("Atelier", "Groupe de marche"…).
 * @csspart details - The invitation's facts (day, times, duration, place, theme, objectives).
 * @csspart seats - The seats left, or "full".
 * @csspart signup-button - The button opening an event's form (sign up, waiting list, candidacy).
 * @csspart closed - "Les inscriptions sont closes", after the deadline.
 * @csspart call - A call for candidates' facts (role, time, training, compensation, charter, phone).
 * @csspart charter - The link to the team's charter of engagement.
 * @csspart phone - A phone number to call (`tel:` link).
 * @csspart reassurance - "Proposer votre candidature ne vous engage à rien…", in a call's form.
 * @csspart no-signup - The notice of an information-only event: no signup, nothing asked.
 * @csspart privacy - What is asked and who sees it.
 * @csspart health-warning - The warning that the signup reveals health information.
 * @csspart waiting-notice - "This event is full: waiting list".
 * @csspart form - The signup form.
 * @csspart error-summary - The list of problems shown after an incomplete send.
 * @csspart field - A field's wrapper (label, hint, control, message).
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A text, phone or e-mail input.
 * @csspart select - The number of people.
 * @csspart textarea - The access needs and the motivation.
 * @csspart counter - The characters left under a textarea.
 * @csspart field-message - A field's error message.
 * @csspart fieldset - The choice between phone and e-mail.
 * @csspart legend - The fieldset's legend.
 * @csspart option - One radio option and its label.
 * @csspart button - Every button, and the calendar link drawn as one (`::part(button)` styles them all).
 * @csspart secondary - The buttons of lesser weight (back to the list).
 * @csspart submit - The send button.
 * @csspart back - The buttons back to the list (from the form and from the confirmation).
 * @csspart confirmation - The panel after signing up.
 * @csspart reference - What to quote when calling the team about the signup (not shown in easy-read).
 * @csspart calendar - The "Ajouter à mon agenda" link (.ics file), after a signup or on an information-only event.
 * @csspart status - The live region announcing outcomes.
 * @csspart config-notice - The notice shown instead of the widget when its configuration is wrong.
 * @csspart loading - "Chargement…" while the form's module is on its way (loaded on demand).
 * @csspart load-notice - The alert and its "Réessayer" button when the form's module could not be loaded (offline).
 *
 * @cssproperty --msp-event-signup-accent - Accent colour, falls back to `--msp-accent`.
 * @cssproperty --msp-event-signup-card-border - Border of each event card, falls back to `--msp-border`.
 * @cssproperty --msp-accent - Accent colour shared by every widget.
 * @cssproperty --msp-font-family - Font; the host page's by default.
 * @cssproperty --msp-target-size - Minimum size of clickable targets (2.75rem).
 */
export class MspEventSignup extends MspWidget<EventSignupConfig> {
  static override styles = [baseStyles, formStyles, eventSignupStyles];
  static override loadConfigSchema = () => import('./event-signup.schema.js').then((module) => module.eventSignupConfigSchema);
  static override configAttributes = eventSignupAttributes;
  static override languageChoice = true;

  static override properties = {
    selectedId: { state: true },
    draft: { state: true },
    statusMessage: { state: true },
  };

  readonly kind = 'event-signup' as const;

  private readonly text = new LocaleController(this, eventSignupCatalog);
  /** The feed and the endpoint's live seat counts (their module loads with the first feed or seats to ask). */
  private readonly sources = new ListSources(this, {
    feed: () => (this.configured ? this.settings.feed : undefined),
    seats: () => ({
      endpoint: this.configured ? this.submissionTarget.endpoint : undefined,
      eventIds: this.configured ? seatsToAsk(this.shownEvents) : [],
    }),
  });
  /**
   * What the list does not need (the form and its checks, the confirmation, the calendar files), in
   * one module loaded when the browser is idle after the list is drawn, or as soon as a view asks.
   */
  /**
   * @internal The module of the later views and logic; static, like the other widgets' `loadLater`, so
   * that a test (a subclass) can make it slow or fail once.
   */
  static loadLater = (): Promise<typeof Later> => import('./event-signup.later.js');
  private readonly later = new OnDemand(this, () => (this.constructor as typeof MspEventSignup).loadLater());
  /**
   * The form and the confirmation, their words, the form's and the send's controllers, and the
   * calendar files (the signup's, each information-only event's): made as soon as `later` is here.
   */
  private screens: Later.SignupScreens | undefined;
  /** The heading to focus when `later` arrives: its form opened while the module was missing (offline, then "Réessayer"). */
  private focusOnArrival: string | undefined;
  /** Calls for candidates the console already warned about (once each). */
  private readonly warnedCalls = new Set<string>();
  /** The signup sent, kept for the confirmation even if the feed changes meanwhile. */
  private signedUp: SignedUp | undefined;

  /** URL of the team's events feed (JSON). */
  declare feed: string | undefined;
  /** How people are reached: `phone`, `email` or `either` (the person chooses; default). */
  declare contactChannel: string | undefined;
  /** The team's phone number: "ou appelez-nous au …" on calls for candidates, "une question ?" on information-only events. */
  declare phone: string | undefined;
  /** The team's charter of engagement (HAS fiche 14), linked from calls for candidates. */
  declare charterUrl: string | undefined;
  /** The event whose form is open. */
  declare private selectedId: string | undefined;
  /** What the person typed (kept from one event's form to the next). */
  declare private draft: SignupDraft;
  /** What the status region says (sending, too fast, failed). */
  declare private statusMessage: string;

  constructor() {
    super();
    this.selectedId = undefined;
    this.draft = emptyDraft();
    this.statusMessage = '';
  }

  private get channel(): ChannelChoice {
    return this.settings.contactChannel ?? 'either';
  }

  private get shownEvents(): ShownEvent[] {
    return shownEvents(this.settings.events ?? [], this.sources.events, this.sources.seats, new Date());
  }

  /** The team's phone and charter, for events that give none. */
  private get defaults(): TeamDefaults {
    return { phone: this.settings.phone, charterUrl: this.settings.charterUrl };
  }

  /** The event whose form is open; undefined when none is, when it closed meanwhile, or when it asks for no signup. */
  private get selected(): ShownEvent | undefined {
    return openEvent(this.shownEvents, this.selectedId);
  }

  /** Errors of the open form, in the order of the fields. */
  private get errors(): SummaryError[] {
    const selected = this.selected;
    return selected && this.screens ? this.screens.errors(this.draft, selected.event) : [];
  }

  /** The strings, the Intl locale, headings and read-aloud every view receives. */
  private get viewText(): Pick<ViewProps<unknown>, 't' | 'core' | 'locale' | 'ui'> {
    return { t: this.text.t, core: this.coreText.t, locale: intlLocale(this.text.locale), ui: this.ui };
  }

  /** What the form's and the confirmation's screens (the later module) read from the element. */
  private get screenState(): Later.ScreenState {
    return {
      ...this.viewText,
      language: this.text.tag,
      draft: this.draft,
      channel: this.channel,
      settings: this.settings,
      defaults: this.defaults,
      root: this.shadowRoot,
      input: this.onInput,
      back: () => void this.backToList(),
      toEndpoint: () => Boolean(this.submissionTarget.endpoint),
      say: (message) => (this.statusMessage = message),
      sent: (signedUp) => (this.signedUp = signedUp),
    };
  }

  private readonly onInput = (patch: Partial<SignupDraft>): void => {
    this.draft = { ...this.draft, ...patch };
  };

  private async open(eventId: string): Promise<void> {
    this.selectedId = eventId;
    this.screens?.fields.reset();
    this.statusMessage = '';
    this.draft = draftForEvent(this.draft, this.channel);
    // Not there: its module could not be loaded (offline); the heading is focused when it comes.
    if (!(await focusAfterUpdate(this, '#form-title')) && this.selectedId === eventId && !this.later.value) this.focusOnArrival = '#form-title';
  }

  private async backToList(): Promise<void> {
    const previous = this.selectedId ?? this.signedUp?.shown.event.id;
    this.selectedId = undefined;
    this.focusOnArrival = undefined;
    this.screens?.fields.reset();
    this.statusMessage = '';
    if (this.screens?.submission.state === 'done') {
      this.screens.submission.reset();
      this.draft = emptyDraft();
      this.signedUp = undefined;
      // The count has moved (this signup at least): ask again.
      this.sources.refresh();
    }
    const backOnItsButton = previous !== undefined && (await focusAfterUpdate(this, `#signup-${CSS.escape(previous)}`));
    // With hide-heading there is no heading of ours: the first event's title then.
    if (!backOnItsButton && !(await focusAfterUpdate(this, '#heading'))) await focusAfterUpdate(this, '.event [id^="title-"]');
  }

  private async onSubmit(event: Event, shown: ShownEvent): Promise<void> {
    event.preventDefault();
    // Here already: the form it sends is drawn by them.
    const screens = this.screens;
    if (!screens || screens.submission.state === 'sending') return;
    this.statusMessage = '';
    if (!(await screens.fields.attempt())) return;
    if (!(await screens.send(shown, this.screenState))) return;
    this.selectedId = undefined;
    await focusAfterUpdate(this, '#done-title');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the files revoked when it left are made again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.screens?.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The form's and the send's controllers come with the module (the send joins the page's outbox then), before its first render.
    if (this.later.loaded) this.signupScreens(this.later.loaded);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // What a call for candidates leaves unsaid, to the console: once the later module is here.
    const shown = this.configured ? this.shownEvents : [];
    const later = shown.some(({ event }) => isCandidacy(event)) ? this.later.value : undefined;
    later?.warnAboutCalls(shown, this.defaults, this.warnedCalls);
    // The form came after "Réessayer": that button is gone, its heading takes the focus instead.
    if (this.focusOnArrival && this.later.value) {
      this.renderRoot.querySelector<HTMLElement>(this.focusOnArrival)?.focus();
      this.focusOnArrival = undefined;
    }
  }

  /** The form's and the confirmation's screens, made when `later` first arrives. */
  private signupScreens(later: typeof Later): Later.SignupScreens {
    return (this.screens ??= new later.SignupScreens(this, () => this.errors));
  }

  /** The .ics of each information-only event: with the list's other links once `later` is here (a moment after the list). */
  private eventCalendars(events: readonly ShownEvent[], structureName: string | undefined): ReadonlyMap<string, EventCalendarLink> {
    const later = this.screens || events.some((shown) => isInformationOnly(shown.event)) ? this.later.value : undefined;
    return later ? this.signupScreens(later).eventCalendars(events, this.text.t, this.text.tag, structureName) : new Map<string, EventCalendarLink>();
  }

  /** The form once its module is here; meanwhile "Chargement…" (or, offline, "Réessayer") and the way back to the list. */
  private renderFormScreen(selected: ShownEvent) {
    const submit = (event: Event) => void this.onSubmit(event, selected);
    const form = this.later.render((later) => this.signupScreens(later).form(selected, this.screenState, submit), this.coreText.t);
    return this.later.value ? form : html`${form} ${backWhileLoading(this.text.t.cancel, () => void this.backToList())}`;
  }

  private renderList() {
    const { heading, structureName } = this.settings;
    const events = this.shownEvents;
    return eventList({
      ...this.viewText,
      state: {
        heading,
        structureName,
        feed: this.sources.feedStatus,
        events,
        defaults: this.defaults,
        calendars: this.eventCalendars(events, structureName),
      },
      on: { open: (id) => void this.open(id) },
    });
  }

  protected override renderContent() {
    const submission = this.screens?.submission;
    const signedUp = submission?.state === 'done' && submission.outcome ? this.signedUp : undefined;
    const selected = signedUp ? undefined : this.selected;
    const liveMessage = submission?.deliveredLater ? this.text.t.delivered : this.statusMessage;
    // A failure or "too fast" stays in the status region: its read-aloud button sits beside it, not inside.
    const readable = submission?.state !== 'sending' && liveMessage;
    return html`<div class="event-signup">
      ${
        signedUp
          ? this.later.render((later) => this.signupScreens(later).confirmation(signedUp, this.screenState), this.coreText.t)
          : selected
            ? this.renderFormScreen(selected)
            : this.renderList()
      }
      ${statusRegion({ message: liveMessage })}
      ${readable ? html`<p class="read-status">${this.ui.readAloud(liveMessage, this.text.t.listenNotice)}</p>` : nothing}
    </div>`;
  }
}
