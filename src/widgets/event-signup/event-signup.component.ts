import { html, nothing, type PropertyValues } from 'lit';
import { type ConfigProblem } from '../../core/config.js';
import { MspErrorEvent } from '../../core/events.js';
import { LocaleController, type Catalog } from '../../core/i18n.js';
import { shortReference } from '../../core/ids.js';
import { SubmissionController } from '../../core/submission-controller.js';
import { baseStyles } from '../../core/theme.js';
import { MspWidget } from '../../core/widget-base.js';
import { resolveWidgetConfig, type AttributeValue } from '../../core/widget-config.js';
import { choiceGroup, errorSummary, fieldMessage, honeypotField, textArea, textField, type SummaryError } from '../../ui/form.js';
import { formStyles } from '../../ui/form.styles.js';
import { fetchSeats, loadEventFeed, type SeatsInfo } from './event-feed.js';
import {
  candidacyKind,
  eventSignupConfigSchema,
  healthRelatedKinds,
  isContactValue,
  type EventItem,
  type EventSignupConfig,
  type EventSignupPayload,
} from './event-signup.schema.js';
import { eventSignupStyles } from './event-signup.styles.js';
import { availability, formatDay, isoWithOffset, parseDeadline, parseEventTime, schedule, wallClock, type Availability } from '../../contracts/event-time.js';
import { buildIcs, icsFileName } from './ics.js';
import { eventSignupFr, type EventSignupStrings } from './translations/fr.js';

const eventSignupCatalog: Catalog<EventSignupStrings> = {
  fr: eventSignupFr,
  en: () => import('./translations/en.js').then((module) => module.eventSignupEn),
};

/** What the person typed. */
interface SignupDraft {
  name: string;
  channel: '' | 'phone' | 'email';
  contact: string;
  seats: number;
  accessNeeds: string;
  motivation: string;
}

const emptyDraft = (channel: SignupDraft['channel'] = ''): SignupDraft => ({ name: '', channel, contact: '', seats: 1, accessNeeds: '', motivation: '' });

type FeedState = { status: 'none' } | { status: 'loading' } | { status: 'ready'; events: EventItem[] } | { status: 'failed' };

/** An event as shown: parsed times and whether it can be signed up for. */
interface ShownEvent {
  event: EventItem;
  start: Date;
  end: Date;
  availability: Availability;
}

/** The 201 answer's registration (reference collector). */
interface Registration {
  status: 'confirmed' | 'waiting';
  position?: number;
}

const MAX_ACCESS_NEEDS = 500;
const MAX_MOTIVATION = 600;

/**
 * @summary Signup for ateliers, réunions d'échange, portes ouvertes and calls for the users' committee,
 * with a waiting list when full and an "Ajouter à mon agenda" .ics file.
 *
 * @event msp-submitted - A signup left the form: `detail` { id, kind: 'event-signup', status, response? } (`response.registration` from the reference collector).
 * @event msp-delivered - A queued signup reached the endpoint later.
 * @event msp-error - Rejected or failed signup, bad configuration, or unreadable feed (`detail.reason`).
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart heading - The widget's heading.
 * @csspart events - The list of events; `event` for each, with `kind`, `details`, `seats` and `signup-button` inside.
 * @csspart form - The signup form; `field`, `label`, `hint`, `input`, `select`, `textarea`, `counter`, `field-message`, `fieldset`, `legend`, `option` inside it.
 * @csspart privacy - What is asked and who sees it.
 * @csspart health-warning - The warning that the signup reveals health information.
 * @csspart waiting-notice - "This event is full: waiting list".
 * @csspart submit - The send button.
 * @csspart back - The button back to the list.
 * @csspart status - The live region announcing outcomes.
 * @csspart confirmation - The panel after signing up; `calendar` is the .ics link inside it.
 *
 * @cssproperty --msp-event-signup-accent - Accent colour, falls back to `--msp-accent`.
 * @cssproperty --msp-event-signup-card-border - Border of each event card, falls back to `--msp-border`.
 * @cssproperty --msp-accent - Accent colour shared by every widget.
 * @cssproperty --msp-font-family - Font; the host page's by default.
 * @cssproperty --msp-target-size - Minimum size of clickable targets (2.75rem).
 */
export class MspEventSignup extends MspWidget {
  static override styles = [baseStyles, formStyles, eventSignupStyles];

  static override properties = {
    ...MspWidget.properties,
    feed: { type: String },
    contactChannel: { type: String, attribute: 'contact-channel' },
    feedState: { state: true },
    seats: { state: true },
    selectedId: { state: true },
    draft: { state: true },
    submitAttempted: { state: true },
    statusMessage: { state: true },
  };

  readonly kind = 'event-signup' as const;

  private readonly text = new LocaleController(this, eventSignupCatalog);
  private readonly submission = new SubmissionController(this);
  private settings: EventSignupConfig = {};
  private feedAbort: AbortController | undefined;
  private seatsAbort: AbortController | undefined;
  private loadedFeedUrl: string | undefined;
  private seatsKey = '';
  private calendarFile: { key: string; url: string; name: string } | undefined;
  /** The event signed up for, kept for the confirmation even if the feed changes meanwhile. */
  private signedUp: { shown: ShownEvent; payload: EventSignupPayload; full: boolean } | undefined;

  /** URL of the team's events feed (JSON). */
  declare feed: string | undefined;
  /** How people are reached: `phone`, `email` or `either` (the person chooses; default). */
  declare contactChannel: string | undefined;
  declare private feedState: FeedState;
  declare private seats: Map<string, SeatsInfo>;
  declare private selectedId: string | undefined;
  declare private draft: SignupDraft;
  declare private submitAttempted: boolean;
  declare private statusMessage: string;

  constructor() {
    super();
    this.feedState = { status: 'none' };
    this.seats = new Map();
    this.selectedId = undefined;
    this.draft = emptyDraft();
    this.submitAttempted = false;
    this.statusMessage = '';
  }

  private get channel(): 'phone' | 'email' | 'either' {
    return this.settings.contactChannel ?? 'either';
  }

  /** Inline events and the feed's, without duplicates, soonest first. */
  private get shownEvents(): ShownEvent[] {
    const now = new Date();
    const byId = new Map<string, EventItem>();
    for (const event of this.settings.events ?? []) byId.set(event.id, event);
    if (this.feedState.status === 'ready') for (const event of this.feedState.events) byId.set(event.id, event);
    const shown: ShownEvent[] = [];
    for (const event of byId.values()) {
      const start = parseEventTime(event.start);
      const end = parseEventTime(event.end);
      if (!start || !end) continue;
      const state = availability(event, now);
      // Past events are not offered at all (they stay in the team's feed for the record).
      if (state !== 'past') shown.push({ event, start, end, availability: state });
    }
    return shown.sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  private get selected(): ShownEvent | undefined {
    return this.selectedId === undefined ? undefined : this.shownEvents.find((shown) => shown.event.id === this.selectedId && shown.availability === 'open');
  }

  private isCandidacy(event: EventItem): boolean {
    return event.kind === candidacyKind;
  }

  private isHealthRelated(event: EventItem): boolean {
    return event.healthRelated ?? healthRelatedKinds.has(event.kind);
  }

  /** Seats left: the endpoint's live count when it has one, else the feed's; undefined when unknown or unlimited. */
  private seatsLeft(event: EventItem): number | undefined {
    if (this.isCandidacy(event)) return undefined;
    const live = this.seats.get(event.id);
    if (live) {
      const capacity = event.capacity ?? live.capacity;
      if (capacity === null || capacity === undefined) return undefined;
      return live.waiting > 0 ? 0 : Math.max(0, capacity - live.taken);
    }
    return event.seatsLeft;
  }

  private isFull(event: EventItem): boolean {
    return this.seatsLeft(event) === 0;
  }

  /** Most people one signup may bring: the event's limit, and no more than the seats left (a bigger group would only wait). */
  private maxSeats(event: EventItem): number {
    const limit = event.maxSeatsPerSignup ?? 4;
    const left = this.seatsLeft(event);
    return left !== undefined && left > 0 ? Math.min(limit, left) : limit;
  }

  /** Errors of the current draft, in the order of the fields. */
  private errorsFor(event: EventItem): SummaryError[] {
    const t = this.text.t;
    const errors: SummaryError[] = [];
    const draft = this.draft;
    if (!draft.name.trim()) errors.push({ fieldId: 'name', message: t.nameMissing });
    if (!draft.channel) errors.push({ fieldId: 'channel', message: t.channelMissing });
    else if (!isContactValue(draft.channel, draft.contact)) errors.push({ fieldId: 'contact', message: draft.channel === 'phone' ? t.phoneInvalid : t.emailInvalid });
    if (this.isCandidacy(event)) {
      if (!draft.motivation.trim()) errors.push({ fieldId: 'motivation', message: t.motivationMissing });
      else if (draft.motivation.length > MAX_MOTIVATION) errors.push({ fieldId: 'motivation', message: t.tooLong });
    }
    if (draft.accessNeeds.length > MAX_ACCESS_NEEDS) errors.push({ fieldId: 'access', message: t.tooLong });
    return errors;
  }

  private errorFor(event: EventItem, fieldId: string): string | undefined {
    return this.submitAttempted ? this.errorsFor(event).find((error) => error.fieldId === fieldId)?.message : undefined;
  }

  protected override resolveConfig(json: unknown, commonAttributes: AttributeValue[], inlineProblems: ConfigProblem[]) {
    const result = resolveWidgetConfig(
      eventSignupConfigSchema,
      json,
      [...commonAttributes, { attribute: 'feed', key: 'feed', value: this.feed }, { attribute: 'contact-channel', key: 'contactChannel', value: this.contactChannel }],
      inlineProblems,
    );
    this.settings = result.value ?? {};
    return result;
  }

  private patchDraft(patch: Partial<SignupDraft>): void {
    this.draft = { ...this.draft, ...patch };
  }

  private async open(eventId: string): Promise<void> {
    this.selectedId = eventId;
    this.submitAttempted = false;
    this.statusMessage = '';
    const fixed = this.channel === 'either' ? '' : this.channel;
    // Keep what was typed for another event (same person), but never a channel the team does not use.
    this.draft = { ...this.draft, channel: fixed || this.draft.channel, seats: 1, motivation: '' };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-title')?.focus();
  }

  private async backToList(): Promise<void> {
    const previous = this.selectedId ?? this.signedUp?.shown.event.id;
    this.selectedId = undefined;
    this.submitAttempted = false;
    this.statusMessage = '';
    if (this.submission.state === 'done') {
      this.submission.reset();
      this.draft = emptyDraft();
      this.signedUp = undefined;
      this.refreshSeats(true);
    }
    await this.updateComplete;
    const button = previous ? this.renderRoot.querySelector<HTMLElement>(`#signup-${CSS.escape(previous)}`) : null;
    (button ?? this.renderRoot.querySelector<HTMLElement>('#heading'))?.focus();
  }

  private async onSubmit(event: Event, shown: ShownEvent): Promise<void> {
    event.preventDefault();
    if (this.submission.state === 'sending') return;
    this.submitAttempted = true;
    if (this.errorsFor(shown.event).length) {
      this.statusMessage = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    const core = this.coreText.t;
    const item = shown.event;
    const draft = this.draft;
    const candidacy = this.isCandidacy(item);
    const payload: EventSignupPayload = {
      eventId: item.id,
      eventTitle: item.title,
      eventKind: item.kind,
      eventStart: isoWithOffset(shown.start),
      eventEnd: isoWithOffset(shown.end),
      ...(item.capacity !== undefined && !candidacy ? { capacity: item.capacity } : {}),
      name: draft.name.trim(),
      contact: { channel: draft.channel as 'phone' | 'email', value: draft.contact.trim() },
      seats: candidacy ? 1 : Math.min(Math.max(1, draft.seats), this.maxSeats(item)),
      ...(draft.accessNeeds.trim() ? { accessNeeds: draft.accessNeeds.trim() } : {}),
      ...(candidacy ? { motivation: draft.motivation.trim() } : {}),
    };
    this.signedUp = { shown, payload, full: this.isFull(item) };
    this.statusMessage = core.sending;
    const outcome = await this.submission.submit(payload);
    if (outcome === 'too-fast') {
      this.statusMessage = core.tooFast;
      return;
    }
    if (outcome.status === 'failed') {
      this.statusMessage = this.submissionTarget.endpoint ? core.status.failedSend : core.status.failedSave;
      return;
    }
    this.statusMessage = '';
    this.selectedId = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#done-title')?.focus();
  }

  private async loadFeed(url: string): Promise<void> {
    this.feedAbort?.abort();
    const abort = (this.feedAbort = new AbortController());
    this.feedState = { status: 'loading' };
    const result = await loadEventFeed(url, abort.signal);
    if (abort.signal.aborted) return;
    if (result.ok) {
      this.feedState = { status: 'ready', events: result.feed.events };
      return;
    }
    this.feedState = { status: 'failed' };
    if (result.problems) console.error(`[msp-event-signup] Flux d’événements invalide (${url}) :`, result.problems);
    this.dispatchEvent(
      new MspErrorEvent({
        kind: 'event-signup',
        reason: 'feed',
        message: result.reason,
        ...(result.httpStatus ? { httpStatus: result.httpStatus } : {}),
        ...(result.problems ? { problems: result.problems } : {}),
      }),
    );
  }

  /** Asks the endpoint (only it) for the live seats of the open events that have a capacity. */
  private refreshSeats(force = false): void {
    const endpoint = this.submissionTarget.endpoint;
    const wanted = endpoint ? this.shownEvents.filter((s) => s.availability === 'open' && !this.isCandidacy(s.event) && s.event.capacity !== undefined) : [];
    const key = `${endpoint ?? ''}|${wanted.map((s) => s.event.id).join(',')}`;
    if (!force && key === this.seatsKey) return;
    this.seatsKey = key;
    this.seatsAbort?.abort();
    if (!endpoint || wanted.length === 0) return;
    const abort = (this.seatsAbort = new AbortController());
    void Promise.all(wanted.map(async (s) => [s.event.id, await fetchSeats(endpoint, s.event.id, abort.signal)] as const)).then((answers) => {
      if (abort.signal.aborted) return;
      const seats = new Map<string, SeatsInfo>();
      for (const [id, info] of answers) if (info) seats.set(id, info);
      this.seats = seats;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.feedAbort?.abort();
    this.seatsAbort?.abort();
    this.forgetCalendarFile();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Here rather than in updated(): starting the feed sets state, which must not cost a second render.
    const feedUrl = this.configured && this.settings.feed ? new URL(this.settings.feed, document.baseURI).href : undefined;
    if (feedUrl !== this.loadedFeedUrl) {
      this.loadedFeedUrl = feedUrl;
      if (feedUrl) void this.loadFeed(feedUrl);
      else this.feedState = { status: 'none' };
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.configured) this.refreshSeats();
  }

  // --- Rendering -------------------------------------------------------------------------------

  private time(date: Date): string {
    const w = wallClock(date);
    return this.text.t.time(w.hour, w.minute);
  }

  private renderWhen(shown: ShownEvent) {
    const t = this.text.t;
    const s = schedule(shown.start, shown.end, this.text.locale);
    const start = t.time(s.start.hour, s.start.minute);
    const end = t.time(s.end.hour, s.end.minute);
    return html`<p>${s.endDay ? html`${s.day}, ${start} — ${t.untilDay(s.endDay, end)}` : html`${s.day}, ${t.timeRange(start, end)}`}</p>
      ${s.clockChange ? html`<p class="clock-change">${s.clockChange === 'back' ? t.clockBack : t.clockForward}</p>` : nothing}`;
  }

  private renderDeadline(event: EventItem) {
    const t = this.text.t;
    if (!event.deadline) return nothing;
    const deadline = parseDeadline(event.deadline);
    if (!deadline) return nothing;
    if (/^\d{4}-\d{2}-\d{2}$/.test(event.deadline)) {
      // The deadline is the end of that day: show the day itself, not the next midnight.
      return html`${t.deadlineDay(formatDay(new Date(deadline.getTime() - 1000), this.text.locale))}`;
    }
    return html`${t.deadlineAt(formatDay(deadline, this.text.locale), this.time(deadline))}`;
  }

  /** The invitation's facts (HAS 2023, fiche 13): day, times, duration, place, theme, objectives, audience. */
  private renderDetails(shown: ShownEvent, withSeats: boolean) {
    const t = this.text.t;
    const event = shown.event;
    const s = schedule(shown.start, shown.end, this.text.locale);
    const left = this.seatsLeft(event);
    return html`<dl class="details" part="details">
      <dt>${t.labels.when}</dt>
      <dd>${this.renderWhen(shown)}</dd>
      <dt>${t.labels.duration}</dt>
      <dd>${t.duration(s.durationMinutes)}</dd>
      <dt>${t.labels.place}</dt>
      <dd>
        <p>${event.place.name}</p>
        ${event.place.address ? html`<p>${event.place.address}</p>` : nothing}
      </dd>
      ${event.place.accessibility || event.place.wheelchairAccessible !== undefined
        ? html`<dt>${t.labels.access}</dt>
            <dd>
              ${event.place.wheelchairAccessible !== undefined ? html`<p>${event.place.wheelchairAccessible ? t.wheelchair : t.notWheelchair}</p>` : nothing}
              ${event.place.accessibility ? html`<p>${event.place.accessibility}</p>` : nothing}
            </dd>`
        : nothing}
      ${event.theme ? html`<dt>${t.labels.theme}</dt><dd>${event.theme}</dd>` : nothing}
      <dt>${event.objectives.length > 1 ? t.labels.objectives : t.labels.objective}</dt>
      <dd>
        ${event.objectives.length > 1 ? html`<ul>${event.objectives.map((objective) => html`<li>${objective}</li>`)}</ul>` : event.objectives[0]}
      </dd>
      ${event.audience ? html`<dt>${t.labels.audience}</dt><dd>${event.audience}</dd>` : nothing}
      ${withSeats ? this.renderSeats(event, left) : nothing}
      ${withSeats && event.deadline && shown.availability === 'open' ? html`<dt>${t.labels.deadline}</dt><dd>${this.renderDeadline(event)}</dd>` : nothing}
    </dl>`;
  }

  private renderSeats(event: EventItem, left: number | undefined) {
    const t = this.text.t;
    if (this.isCandidacy(event)) return html`<dt>${t.labels.seats}</dt><dd>${t.candidacyNote}</dd>`;
    if (left === undefined) return nothing;
    const live = this.seats.get(event.id);
    const capacity = event.capacity ?? live?.capacity ?? undefined;
    return html`<dt>${t.labels.seats}</dt>
      <dd part="seats">
        ${left === 0
          ? html`<p class="seats-full">${t.full}</p>
              ${live && live.waiting > 0 ? html`<p>${t.waitingCount(live.waiting)}</p>` : nothing}`
          : html`<p>${t.seatsLeft(left)}${capacity ? html` <span class="seats-of">${t.seatsOf(capacity)}</span>` : nothing}.</p>`}
      </dd>`;
  }

  private renderList() {
    const t = this.text.t;
    const events = this.shownEvents;
    const loading = this.feedState.status === 'loading';
    return html`<h2 id="heading" part="heading" tabindex="-1">${this.settings.heading ?? t.heading}</h2>
      <p>${t.intro(this.settings.structureName)}</p>
      ${this.feedState.status === 'failed' ? html`<p class="notice warning" part="feed-unavailable">${t.feedFailed}</p>` : nothing}
      ${loading ? html`<p aria-busy="true">${t.loading}</p>` : nothing}
      ${!loading && events.length === 0 ? html`<p class="notice" part="empty">${t.none}</p>` : nothing}
      ${events.length
        ? html`<ul class="events" part="events">
            ${events.map((shown) => this.renderEvent(shown))}
          </ul>`
        : nothing}
      <p class="source">${t.source}</p>`;
  }

  private renderEvent(shown: ShownEvent) {
    const t = this.text.t;
    const event = shown.event;
    const titleId = `title-${event.id}`;
    const action = this.isCandidacy(event) ? t.apply : this.isFull(event) ? t.joinWaitingList : t.signUp;
    return html`<li class="event" part="event">
      <h3 id=${titleId}>${event.title}</h3>
      <p class="kind" part="kind">${t.kinds[event.kind]}</p>
      ${event.description ? html`<p>${event.description}</p>` : nothing}
      ${this.renderDetails(shown, true)}
      ${shown.availability === 'closed'
        ? html`<p class="closed" part="closed">${t.closed}</p>`
        : html`<button id="signup-${event.id}" class="button" part="signup-button" type="button" @click=${() => void this.open(event.id)}>
            ${action}<span class="visually-hidden">${t.eventSuffix(event.title)}</span>
          </button>`}
    </li>`;
  }

  private renderPrivacy(event: EventItem) {
    const t = this.text.t;
    const privacy = this.settings.privacy ?? {};
    return html`<div class="notice privacy" part="privacy">
        <h3>${t.privacyTitle}</h3>
        <ul>
          <li>${t.privacyIntro}</li>
          <li>${t.whoSees(privacy.recipient ?? t.defaultRecipient(this.settings.structureName))}</li>
          <li>${t.retention(privacy.retention ?? t.defaultRetention)}</li>
          ${privacy.rightsContact ? html`<li>${t.rights(privacy.rightsContact)}</li>` : nothing}
        </ul>
      </div>
      ${this.isHealthRelated(event) ? html`<p class="notice warning" part="health-warning">${t.healthWarning}</p>` : nothing}`;
  }

  private renderSeatsField(event: EventItem) {
    const t = this.text.t;
    const core = this.coreText.t;
    const options = Array.from({ length: this.maxSeats(event) }, (_, index) => index + 1);
    return html`<div class="field" part="field">
      <label for="seats" part="label">${t.seatsLabel}</label>
      <p id="seats-hint" class="hint" part="hint">${t.seatsHint}</p>
      <select id="seats" part="select" aria-describedby="seats-hint seats-message" @change=${(e: Event) => this.patchDraft({ seats: Number((e.target as HTMLSelectElement).value) })}>
        ${options.map((count) => html`<option value=${count} ?selected=${this.draft.seats === count}>${t.people(count)}</option>`)}
      </select>
      ${fieldMessage('seats', undefined, core)}
    </div>`;
  }

  private renderContactFields(event: EventItem) {
    const t = this.text.t;
    const core = this.coreText.t;
    const channel = this.draft.channel;
    return html`${this.channel === 'either'
      ? choiceGroup({
          id: 'channel',
          legend: t.channelLegend,
          hint: t.channelHint,
          type: 'radio',
          required: true,
          inline: true,
          options: [
            { value: 'phone', label: t.phone },
            { value: 'email', label: t.email },
          ],
          selected: channel ? [channel] : [],
          onChange: ([value]) => this.patchDraft({ channel: (value as SignupDraft['channel']) ?? '' }),
          error: this.errorFor(event, 'channel'),
          t: core,
        })
      : nothing}
    ${channel
      ? textField({
          id: 'contact',
          label: channel === 'phone' ? t.phoneLabel : t.emailLabel,
          hint: t.contactHint,
          required: true,
          type: channel === 'phone' ? 'tel' : 'email',
          autocomplete: channel === 'phone' ? 'tel' : 'email',
          maxlength: 200,
          value: this.draft.contact,
          onInput: (value) => this.patchDraft({ contact: value }),
          error: this.errorFor(event, 'contact'),
          t: core,
        })
      : nothing}`;
  }

  private renderForm(shown: ShownEvent) {
    const t = this.text.t;
    const core = this.coreText.t;
    const event = shown.event;
    const candidacy = this.isCandidacy(event);
    const full = this.isFull(event);
    const sending = this.submission.state === 'sending';
    return html`<section class="signup" aria-labelledby="form-title">
      <h2 id="form-title" part="heading" tabindex="-1">${candidacy ? t.candidacyHeading(event.title) : t.formHeading(event.title)}</h2>
      <p class="kind" part="kind">${t.kinds[event.kind]}</p>
      ${this.renderDetails(shown, true)}
      ${full ? html`<p class="notice warning" part="waiting-notice">${t.waitingListNotice}</p>` : nothing}
      ${this.renderPrivacy(event)}
      <form part="form" novalidate @submit=${(e: Event) => void this.onSubmit(e, shown)}>
        ${this.submitAttempted ? errorSummary(this.errorsFor(event), core, this.shadowRoot) : nothing}
        ${textField({
          id: 'name',
          label: t.nameLabel,
          hint: t.nameHint,
          required: true,
          autocomplete: 'given-name',
          maxlength: 60,
          value: this.draft.name,
          onInput: (value) => this.patchDraft({ name: value }),
          error: this.errorFor(event, 'name'),
          t: core,
        })}
        ${this.renderContactFields(event)} ${candidacy ? nothing : this.renderSeatsField(event)}
        ${candidacy
          ? textArea({
              id: 'motivation',
              label: t.motivationLabel,
              hint: t.motivationHint,
              required: true,
              rows: 4,
              maxChars: MAX_MOTIVATION,
              value: this.draft.motivation,
              onInput: (value) => this.patchDraft({ motivation: value }),
              error: this.errorFor(event, 'motivation'),
              t: core,
            })
          : nothing}
        ${textArea({
          id: 'access',
          label: t.accessLabel,
          hint: t.accessHint,
          rows: 3,
          maxChars: MAX_ACCESS_NEEDS,
          value: this.draft.accessNeeds,
          onInput: (value) => this.patchDraft({ accessNeeds: value }),
          error: this.errorFor(event, 'access'),
          t: core,
        })}
        ${honeypotField(core, (value) => (this.submission.honeypot = value))}
        <div class="actions">
          <button class="button" part="submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? core.sending : candidacy ? t.submitCandidacy : full ? t.submitWaiting : t.submitSignup}
          </button>
          <button class="button secondary" part="back" type="button" @click=${() => void this.backToList()}>${t.cancel}</button>
        </div>
      </form>
    </section>`;
  }

  private registration(): Registration | undefined {
    const response = this.submission.outcome?.response as { registration?: Registration } | undefined;
    const registration = response?.registration;
    return registration && (registration.status === 'confirmed' || registration.status === 'waiting') ? registration : undefined;
  }

  private outcomeMessage(): { title: string; message: string; tone: 'success' | 'warning' | 'error'; waiting: boolean } {
    const t = this.text.t;
    const core = this.coreText.t;
    const outcome = this.submission.outcome!;
    const signedUp = this.signedUp!;
    const title = signedUp.payload.eventTitle;
    const candidacy = signedUp.payload.eventKind === candidacyKind;
    if (outcome.status === 'rejected') return { title, message: core.status.rejected(outcome.httpStatus ?? 400), tone: 'error', waiting: false };
    if (outcome.status === 'queued') return { title, message: t.queued(title), tone: 'warning', waiting: signedUp.full };
    if (outcome.status === 'saved') return { title, message: candidacy ? t.candidacyReceived : t.saved(title), tone: 'success', waiting: signedUp.full };
    if (candidacy) return { title, message: t.candidacyReceived, tone: 'success', waiting: false };
    const registration = this.registration();
    if (registration?.status === 'waiting') return { title, message: t.waiting(title, registration.position), tone: 'warning', waiting: true };
    if (registration?.status === 'confirmed') return { title, message: t.confirmed(title), tone: 'success', waiting: false };
    return signedUp.full ? { title, message: t.waiting(title, undefined), tone: 'warning', waiting: true } : { title, message: t.received(title), tone: 'success', waiting: false };
  }

  private forgetCalendarFile(): void {
    if (this.calendarFile) URL.revokeObjectURL(this.calendarFile.url);
    this.calendarFile = undefined;
  }

  /** The .ics of the signup (a local blob: nothing is requested from anywhere). */
  private calendarFileFor(envelopeId: string, waiting: boolean): { url: string; name: string } {
    // Keyed by the place too: a queued signup delivered later may turn out to be on the waiting list.
    const key = `${envelopeId}|${waiting ? 'waiting' : 'confirmed'}`;
    if (this.calendarFile?.key === key) return this.calendarFile;
    this.forgetCalendarFile();
    const t = this.text.t;
    const { shown, payload } = this.signedUp!;
    const event = shown.event;
    const description = [
      t.kinds[event.kind],
      event.theme ? `${t.labels.theme} : ${event.theme}` : '',
      ...event.objectives.map((objective) => `– ${objective}`),
      event.place.accessibility ? `${t.labels.access} : ${event.place.accessibility}` : '',
      waiting ? t.calendarWaiting : '',
      this.settings.structureName ?? '',
    ].filter(Boolean);
    const ics = buildIcs({
      uid: `${envelopeId}@msp-event-signup`,
      start: shown.start,
      end: shown.end,
      summary: event.title,
      location: [event.place.name, event.place.address].filter(Boolean).join(', '),
      description: description.join('\n'),
      reminder: t.reminder(payload.eventTitle),
      status: waiting ? 'TENTATIVE' : 'CONFIRMED',
    });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    this.calendarFile = { key, url, name: icsFileName(event.title, shown.start) };
    return this.calendarFile;
  }

  private renderConfirmation() {
    const t = this.text.t;
    const core = this.coreText.t;
    const outcome = this.submission.outcome!;
    const { shown, payload } = this.signedUp!;
    const result = this.outcomeMessage();
    const calendar = outcome.status === 'rejected' ? undefined : this.calendarFileFor(outcome.id, result.waiting);
    const candidacy = payload.eventKind === candidacyKind;
    return html`<section class="confirmation" part="confirmation" aria-labelledby="done-title">
      <h2 id="done-title" part="heading" tabindex="-1">${result.message}</h2>
      <h3>${t.summaryTitle} : ${shown.event.title}</h3>
      ${this.renderDetails(shown, false)}
      <p>${candidacy ? payload.name : t.yourSignup(payload.name, t.people(payload.seats))}</p>
      <p>${core.reference(shortReference(outcome.id))}</p>
      ${calendar
        ? html`<p class="calendar-hint" id="calendar-hint">${t.calendarHint}</p>
            <p>
              <a class="button" part="calendar" href=${calendar.url} download=${calendar.name} aria-describedby="calendar-hint">${t.addToCalendar}</a>
            </p>`
        : nothing}
      <div class="actions">
        <button class="button secondary" part="back" type="button" @click=${() => void this.backToList()}>${t.back}</button>
      </div>
    </section>`;
  }

  protected override renderContent() {
    const done = this.submission.state === 'done' && this.submission.outcome && this.signedUp;
    const selected = this.selected;
    const liveMessage = this.submission.deliveredLater ? this.coreText.t.status.delivered : this.statusMessage;
    return html`<div class="event-signup">
      ${done ? this.renderConfirmation() : selected ? this.renderForm(selected) : this.renderList()}
      <div class="status" part="status" role="status" aria-live="polite">${liveMessage}</div>
    </div>`;
  }
}
