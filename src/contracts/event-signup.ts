// The event signup's contract: the events a team publishes (feed or collector), and the signup the
// widget sends. Shared by the widget, the results view, the collector and the WordPress plugin.
import { z } from '../core/zod.js';
import { fieldSchema, httpUrl, text } from '../core/widget-config.js';
import { isContactValue, teamPhoneField } from './contact.js';
import { eventKinds, isCallForCandidatesKind } from './event-kinds.js';
import { parseDeadline, parseEventTime } from './event-time.js';

export { isContactValue } from './contact.js';

// The kinds are plain data that the widget's list needs before zod loads: they live with it.
export { callForCandidatesKinds, eventKinds, isCallForCandidatesKind, type CallForCandidatesKind, type EventKind } from './event-kinds.js';

/** A phone number the team can be called on ("02 31 00 00 00", "+33 2 31 00 00 00"). */
export const teamPhone = () => fieldSchema(teamPhoneField);

/**
 * What a call for candidates says so that a person can decide (seed 003 §4.1.1: indemnities and
 * « la formation commune » favour engagement; fiche 14: a charter of engagement written together).
 * Every field is plain text the team writes for usagers, shown as it is.
 */
export const callSchema = z.strictObject({
  /** What the person will do, in plain words (the widget has a default per kind). */
  role: z.optional(text(600)),
  /** The time it takes: "2 heures par mois, pendant un an". */
  time: z.optional(text(200)),
  /** The training offered: "Deux demi-journées avec les soignants, offertes". */
  training: z.optional(text(400)),
  /** Expenses or compensation: "Frais de déplacement remboursés ; 50 € par atelier animé". */
  compensation: z.optional(text(400)),
  /** The team's charter of engagement (fiche 14), a page or a PDF. */
  charterUrl: z.optional(httpUrl()),
});
export type CallFacts = z.infer<typeof callSchema>;

const eventId = () => z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/, 'un identifiant court (lettres, chiffres, - _ .)'));

/** A start or end: ISO 8601 with an offset (`2026-10-25T01:30:00+02:00`) or a local time read in Europe/Paris (`2026-10-25T01:30`). */
const eventTime = () =>
  z.string().check(
    z.maxLength(40),
    z.refine((value) => parseEventTime(value) !== undefined, 'une date et heure AAAA-MM-JJTHH:MM (heure de Paris) ou avec décalage (+02:00)'),
  );

/** Where the event takes place, with what a person with a disability needs to know before coming. */
export const placeSchema = z.strictObject({
  /** "Salle de réunion, rez-de-chaussée". */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  address: z.optional(text(300)),
  /** Step-free access, lift, hearing loop, toilets… in plain words. */
  accessibility: z.optional(text(500)),
  /** True when the place is accessible to wheelchair users (shown as a plain sentence). */
  wheelchairAccessible: z.optional(z.boolean()),
});

/** One event of the feed or of the inline config (HAS 2023, fiche 13: title, day, times, place, duration, theme, 1–2 objectives). */
export const eventSchema = z
  .strictObject({
    id: eventId(),
    /** Short title. */
    title: z.string().check(z.minLength(1), z.maxLength(120)),
    kind: z.enum(eventKinds),
    start: eventTime(),
    end: eventTime(),
    place: placeSchema,
    theme: z.optional(text(200)),
    /** One or two objectives, in few words (fiche 13). */
    objectives: z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.minLength(1), z.maxLength(2)),
    /** Who it is for ("personnes vivant avec un diabète et leurs proches"). */
    audience: z.optional(text(300)),
    /** A short extra description. */
    description: z.optional(text(600)),
    /** Seats in all; none means no limit. */
    capacity: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1000))),
    /** Seats left as the team last counted them (used when no endpoint gives the live count). */
    seatsLeft: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1000))),
    /** Last moment to sign up: a day (`2026-10-20`, until 23:59 Paris time) or a date and time. */
    deadline: z.optional(
      z.string().check(
        z.maxLength(40),
        z.refine((value) => parseDeadline(value) !== undefined, 'une date AAAA-MM-JJ ou une date et heure'),
      ),
    ),
    /** Most people one signup may bring (1–10, 4 by default). */
    maxSeatsPerSignup: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10))),
    /** Whether signing up reveals health information (true by default for ETP workshops). */
    healthRelated: z.optional(z.boolean()),
    /**
     * `online` (default): people sign up in the widget. `none`: information only (an open day, a
     * walk): no form, nothing asked; capacity, seats and deadline are then not used.
     */
    signup: z.optional(z.enum(['online', 'none'])),
    /** A number to call about this event (calls: "ou appelez-nous au …"); else the widget's `phone`. */
    phone: z.optional(teamPhone()),
    /** A call for candidates' facts: role, time, training, compensation, charter (only with an `appel-candidatures-*` kind). */
    call: z.optional(callSchema),
  })
  .check(
    z.refine((event) => event.call === undefined || isCallForCandidatesKind(event.kind), {
      message: 'un "kind" d’appel à candidatures (appel-candidatures-…) pour porter "call"',
      path: ['call'],
    }),
    z.refine((event) => event.signup !== 'none' || !isCallForCandidatesKind(event.kind), {
      message: '"online" ou rien : un appel à candidatures reçoit des candidatures',
      path: ['signup'],
    }),
    z.refine(
      (event) => {
        const start = parseEventTime(event.start);
        const end = parseEventTime(event.end);
        return !start || !end || end.getTime() > start.getTime();
      },
      { message: 'une fin ("end") après le début ("start")', path: ['end'] },
    ),
  );
export type EventItem = z.infer<typeof eventSchema>;

/** The events feed the team publishes (`feed="/evenements.json"`). */
export const eventFeedSchema = z.object({
  version: z.optional(z.literal(1)),
  updatedAt: z.optional(z.string().check(z.maxLength(40))),
  events: z.array(eventSchema).check(z.maxLength(100)),
});
export type EventFeed = z.infer<typeof eventFeedSchema>;

const isoWithOffset = () =>
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, 'une date ISO 8601 avec décalage horaire'));

/** What the widget sends (kind 'event-signup'); the collector checks with this same schema. */
export const eventSignupPayloadSchema = z.strictObject({
  eventId: eventId(),
  eventTitle: z.string().check(z.minLength(1), z.maxLength(120)),
  eventKind: z.enum(eventKinds),
  /** ISO 8601 with offset. */
  eventStart: isoWithOffset(),
  eventEnd: isoWithOffset(),
  /** Seats in all, so the collector can keep the waiting list. */
  capacity: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1000))),
  /** First name or pseudonym. */
  name: z.string().check(z.minLength(1), z.maxLength(60)),
  contact: z.strictObject({ channel: z.enum(['phone', 'email']), value: z.string().check(z.minLength(3), z.maxLength(200)) }).check(
    z.refine((contact) => isContactValue(contact.channel, contact.value), {
      message: 'un numéro de téléphone ou une adresse e-mail valable',
      path: ['value'],
    }),
  ),
  seats: z.number().check(z.int(), z.gte(1), z.lte(10)),
  accessNeeds: z.optional(z.string().check(z.maxLength(500))),
  motivation: z.optional(z.string().check(z.maxLength(1000))),
});
export type EventSignupPayload = z.infer<typeof eventSignupPayloadSchema>;
