import { z } from '../../core/zod.js';
import { commonConfigShape, fieldSchema, text } from '../../core/widget-config.js';
import { eventSignupAttributes } from './event-signup.attributes.js';
import { eventSchema } from '../../contracts/event-signup.js';

export { healthRelatedKinds } from '../../contracts/event-kinds.js';
export { contactChannels, type ContactChannel } from '../../contracts/contact.js';

export {
  callForCandidatesKinds,
  callSchema,
  isCallForCandidatesKind,
  eventFeedSchema,
  eventKinds,
  eventSchema,
  eventSignupPayloadSchema,
  isContactValue,
  placeSchema,
  type CallFacts,
  type CallForCandidatesKind,
  type EventFeed,
  type EventItem,
  type EventKind,
  type EventSignupPayload,
} from '../../contracts/event-signup.js';

/** Who sees a signup and for how long (GDPR art. 13); said next to the form. */
export const privacySchema = z.strictObject({
  /** "l'équipe de coordination de la maison de santé". */
  recipient: z.optional(text(300)),
  /** "jusqu'à la fin de l'atelier, puis effacée". */
  retention: z.optional(text(300)),
  /** Where to ask for access or deletion. */
  rightsContact: z.optional(text(300)),
});

/** The widget's JSON config (property or inline script); attributes fill the same keys. */
export const eventSignupConfigSchema = z.strictObject({
  ...commonConfigShape,
  /** URL of the team's events feed (JSON, `eventFeedSchema`). */
  feed: z.optional(fieldSchema(eventSignupAttributes.feed.field)),
  /** Events written in the config itself (shown with the feed's, if both are given). */
  events: z.optional(z.array(eventSchema).check(z.maxLength(100))),
  /** How people are reached: 'phone', 'email' or 'either' (the person chooses). */
  contactChannel: z.optional(fieldSchema(eventSignupAttributes.contactChannel.field)),
  /** The widget's heading ("Prochains ateliers"). */
  heading: z.optional(text(120)),
  privacy: z.optional(privacySchema),
  /** The team's phone number: calls for candidates say "ou appelez-nous au …"; information-only events, "une question ?". An event's own `phone` wins. */
  phone: z.optional(fieldSchema(eventSignupAttributes.phone.field)),
  /** The team's charter of engagement (fiche 14), linked from every call for candidates that has none of its own. */
  charterUrl: z.optional(fieldSchema(eventSignupAttributes.charterUrl.field)),
});
export type EventSignupConfig = z.infer<typeof eventSignupConfigSchema>;
