import { z } from '../../core/zod.js';
import { text } from '../../core/widget-config.js';
import { commonConfigShape, fieldSchema } from '../../core/widget-config.js';
import { ideaBoxAttributes } from './idea-box.attributes.js';
import { statusSchema } from '../../contracts/idea.js';

export {
  defaultStatuses,
  defaultThemes,
  feedIdeaSchema,
  ideaFeedSchema,
  ideaPayloadSchema,
  statusSchema,
  type FeedIdea,
  type IdeaFeed,
  type IdeaPayload,
} from '../../contracts/idea.js';

const slug = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'un identifiant court (a-z, 0-9, -)'));

/**
 * The participation offer and the information notice shown before a contact is sent (GDPR art. 13).
 * Offered as soon as the team says who reads the contacts (`recipient`), unless `enabled` is false.
 */
export const participationSchema = z.strictObject({
  /** Default true once `recipient` is given (it was required before: `true` still works); false hides the offer. */
  enabled: z.optional(z.boolean()),
  /** Who receives the contact, with its article ("la coordinatrice de la maison de santé"). */
  recipient: text(300),
  /** How long it is kept ("12 mois après le dernier échange"). */
  retention: text(300),
  /** How to exercise one's rights (an address or e-mail). */
  rightsContact: text(300),
  contactLabel: z.optional(text(120)),
});

/** The idea box's JSON config (property or inline script); attributes fill the same keys. */
export const ideaBoxConfigSchema = z.strictObject({
  ...commonConfigShape,
  /** URL of the team's JSON feed of answered ideas. */
  feed: z.optional(fieldSchema(ideaBoxAttributes.feed.field)),
  /** The invitation shown above the form. */
  invitation: z.optional(text(1000)),
  themes: z.optional(z.array(z.strictObject({ id: slug(), label: text(80) })).check(z.minLength(1), z.maxLength(30))),
  /** Most characters an idea may have. */
  maxLength: z.optional(z.number().check(z.int(), z.gte(100), z.lte(5000))),
  participation: z.optional(participationSchema),
  /** Words of a diagnosis that trigger the personal-data warning, added to the built-in list. */
  healthWords: z.optional(z.array(text(60)).check(z.maxLength(300))),
  /** The feed's statuses when the feed does not bring its own. */
  statuses: z.optional(z.array(statusSchema).check(z.minLength(1), z.maxLength(20))),
});
export type IdeaBoxConfig = z.infer<typeof ideaBoxConfigSchema>;
