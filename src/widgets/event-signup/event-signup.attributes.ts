import { field, type ConfigAttributes } from '../../core/config.js';
import { contactChannels, teamPhoneField } from '../../contracts/contact.js';

/**
 * The event signup's own attributes: the JSON key each fills, its name, and what it holds. Read without
 * zod on the first render; the schema (event-signup.schema.ts) checks the same keys with the same rules.
 */
export const eventSignupAttributes = {
  /** URL of the team's events feed (JSON, `eventFeedSchema`). */
  feed: { attribute: 'feed', field: field.url },
  /** How people are reached: 'phone', 'email' or 'either' (the person chooses). */
  contactChannel: { attribute: 'contact-channel', field: field.oneOf(contactChannels) },
  /** The team's phone number (calls for candidates, information-only events); an event's own `phone` wins. */
  phone: { attribute: 'phone', field: teamPhoneField },
  /** The team's charter of engagement (fiche 14), linked from every call for candidates that has none of its own. */
  charterUrl: { attribute: 'charter-url', field: field.url },
} satisfies ConfigAttributes;
