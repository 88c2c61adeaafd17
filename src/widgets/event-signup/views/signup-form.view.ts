import { html, nothing, type TemplateResult } from 'lit';
import { choiceGroup, errorSummary, honeypotField, selectField, textArea, textField, type SummaryError } from '../../../ui/form.js';
import type { EventSignupConfig } from '../event-signup.schema.js';
import { MAX_ACCESS_NEEDS, MAX_MOTIVATION, type ChannelChoice, type LaterViewProps, type ShownEvent, type SignupDraft } from '../event-signup.state.js';
import { callShown, phoneFor, type TeamDefaults } from '../call-for-candidates.js';
import { isCandidacy, isFull, isHealthRelated, maxSeats } from '../shown-events.js';
import { callDetails } from './call-details.view.js';
import { kindLabel, notice, spokenEvent } from './event-card.view.js';
import { eventDetails } from './event-details.view.js';

export type SignupFormProps = LaterViewProps<
  {
    shown: ShownEvent;
    draft: SignupDraft;
    /** The channel the team uses, or `either`: the person chooses. */
    channel: ChannelChoice;
    /** The errors to show beside their fields now (after a send attempt, or once a field was left after typing). */
    errors: readonly SummaryError[];
    /** What the error summary lists: every error after a send attempt, none before. */
    summary: readonly SummaryError[];
    sending: boolean;
    privacy: EventSignupConfig['privacy'];
    structureName: string | undefined;
    /** The team's phone and charter, for events that give none. */
    defaults: TeamDefaults;
    /** The shadow root the error summary's links move focus in. */
    root: ShadowRoot | null;
  },
  {
    /** The person changed a field: its id, and the draft's new values. */
    input(fieldId: string, patch: Partial<SignupDraft>): void;
    /** The person left a field. */
    touch(fieldId: string): void;
    submit(event: Event): void;
    back(): void;
    honeypot(value: string): void;
  }
>;

const errorFor = (props: SignupFormProps, fieldId: string) => props.state.errors.find((error) => error.fieldId === fieldId)?.message;

/** The draft's texts, each typed in one field. */
type DraftText = 'name' | 'contact' | 'motivation' | 'accessNeeds';

/**
 * What ties a text field to the draft, the same for each: its value, what typing and leaving it do,
 * its error and the shared strings. The field adds its label, hint and limits.
 */
function draftField(props: SignupFormProps, fieldId: string, key: DraftText) {
  const { core, state, on } = props;
  return {
    id: fieldId,
    value: state.draft[key],
    onInput: (value: string) => on.input(fieldId, { [key]: value }),
    onBlur: () => on.touch(fieldId),
    error: errorFor(props, fieldId),
    t: core,
  };
}

/** What is asked, who sees it and for how long (GDPR art. 13), and the health warning when it applies. */
function privacyNotice(props: SignupFormProps): TemplateResult {
  const { t, ui, state } = props;
  const privacy = state.privacy ?? {};
  const call = isCandidacy(state.shown.event);
  return html`<div class="notice privacy" part="privacy">
      ${ui.heading(t.privacyTitle, { sub: 1, class: 'privacy-title' })}
      <ul>
        <li>${t.privacyIntro}</li>
        <li>${(call ? t.whoSeesCandidacy : t.whoSees)(privacy.recipient ?? t.defaultRecipient(state.structureName))}</li>
        <li>${t.retention(privacy.retention ?? (call ? t.defaultRetentionCall : t.defaultRetention))}</li>
        ${privacy.rightsContact ? html`<li>${t.rights(privacy.rightsContact)}</li>` : nothing}
      </ul>
    </div>
    ${isHealthRelated(state.shown.event) ? notice(props, call ? t.healthWarningCall : t.healthWarning, 'health-warning', 'notice warning') : nothing}`;
}

/** Phone or e-mail (a choice only when the team takes both), then the one contact field. */
function contactFields(props: SignupFormProps): TemplateResult {
  const { t, core, state, on } = props;
  const channel = state.draft.channel;
  const phone = channel === 'phone';
  return html`${
    state.channel === 'either'
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
          onChange: ([value]) => on.input('channel', { channel: (value as SignupDraft['channel'] | undefined) ?? '' }),
          error: errorFor(props, 'channel'),
          t: core,
        })
      : nothing
  }
  ${
    channel
      ? textField({
          ...draftField(props, 'contact', 'contact'),
          label: phone ? t.phoneLabel : t.emailLabel,
          hint: t.contactHint,
          required: true,
          type: phone ? 'tel' : 'email',
          autocomplete: phone ? 'tel' : 'email',
          maxlength: 200,
        })
      : nothing
  }`;
}

/** How many people, up to the seats left (or the event's limit on the waiting list). */
function seatsField({ t, core, state, on }: SignupFormProps): TemplateResult {
  const counts = Array.from({ length: maxSeats(state.shown.event, state.shown.seats) }, (_, index) => index + 1);
  return selectField({
    id: 'seats',
    label: t.seatsLabel,
    hint: t.seatsHint,
    // Always answered (one person by default): no "(facultatif)".
    required: true,
    options: counts.map((count) => ({ value: String(count), label: t.people(count) })),
    value: String(state.draft.seats),
    onChange: (value) => on.input('seats', { seats: Number(value) }),
    t: core,
  });
}

/** The fields, in the order the error summary lists them: name, contact, seats or motivation, access needs. */
function fields(props: SignupFormProps): TemplateResult {
  const { t, state } = props;
  const candidacy = isCandidacy(state.shown.event);
  const phone = phoneFor(state.shown.event, state.defaults);
  return html`${textField({ ...draftField(props, 'name', 'name'), label: t.nameLabel, hint: t.nameHint, required: true, autocomplete: 'given-name', maxlength: 60 })}
  ${contactFields(props)} ${candidacy ? nothing : seatsField(props)}
  ${
    candidacy
      ? textArea({
          ...draftField(props, 'motivation', 'motivation'),
          label: t.motivationLabel,
          // Never required: a mandatory essay keeps out the people the seeds most want to reach.
          hint: phone ? t.motivationHintPhone(phone.text) : t.motivationHint,
          rows: 4,
          maxChars: MAX_MOTIVATION,
        })
      : nothing
  }
  ${textArea({ ...draftField(props, 'access', 'accessNeeds'), label: t.accessLabel, hint: t.accessHint, rows: 3, maxChars: MAX_ACCESS_NEEDS })}`;
}

/** The error summary, and a button that reads its problems aloud. */
function errors(props: SignupFormProps): TemplateResult {
  const { core, ui, state } = props;
  const spoken = [core.errorSummaryTitle, ...state.summary.map((error) => error.message)].join('. ');
  return html`${errorSummary([...state.summary], core, state.root)} ${state.summary.length ? html`<p class="read-errors">${ui.readAloud(spoken)}</p>` : nothing}`;
}

/**
 * One event's signup (or candidacy) form: its facts, the waiting-list notice when full, what is asked
 * and why. Its heading takes focus when it opens; a button beside it reads the event aloud, and one
 * beside each notice reads that notice.
 */
export function signupForm(props: SignupFormProps): TemplateResult {
  const { t, core, ui, state, on } = props;
  const { event } = state.shown;
  const candidacy = isCandidacy(event);
  const full = isFull(state.shown.seats);
  const submitLabel = state.sending ? core.sending : candidacy ? t.submitCandidacy : full ? t.submitWaiting : t.submitSignup;
  const call = callShown(event, state.defaults, t.callRoles);
  return html`<section class="signup" aria-labelledby="form-title">
    <div class="event-head">
      ${ui.heading(candidacy ? t.candidacyHeading(event.title) : t.formHeading(event.title), { id: 'form-title', part: 'heading', focusable: true })}
      ${ui.readAloud(spokenEvent(props, state.shown), event.title)}
    </div>
    ${kindLabel(props, state.shown)}
    <div class=${call ? 'with-call' : ''}>
      ${call ? callDetails({ ...props, state: { call, phone: phoneFor(event, state.defaults) }, on: {} }) : nothing}
      ${eventDetails({ ...props, state: { shown: state.shown, withSeats: true }, on: {} })}
    </div>
    ${call ? notice(props, t.candidacyReassurance, 'reassurance') : nothing}
    ${full ? notice(props, t.waitingListNotice, 'waiting-notice', 'notice warning') : nothing} ${privacyNotice(props)}
    <form part="form" novalidate @submit=${(e: Event) => on.submit(e)}>
      ${errors(props)} ${fields(props)} ${honeypotField(core, (value) => on.honeypot(value))}
      <div class="actions">
        <button class="button" part="button submit" type="submit" aria-disabled=${state.sending ? 'true' : 'false'}>${submitLabel}</button>
        <button class="button secondary" part="button secondary back" type="button" @click=${() => on.back()}>${t.cancel}</button>
      </div>
    </form>
  </section>`;
}
