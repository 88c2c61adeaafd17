// The idea box's contract with whoever reads ideas: the payload it sends, the statuses and the
// "vous avez dit, nous avons fait" feed. Shared by the idea box, the results view, the collector
// and (through dist/envelope.schema.json) the WordPress plugin.
import { z } from '../core/zod.js';
import { text } from '../core/widget-config.js';

const slug = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'un identifiant court (a-z, 0-9, -)'));
const hexColor = () => z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'une couleur #rrggbb'));
const isoDay = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'une date AAAA-MM-JJ'));

export { decidedStatuses, defaultStatuses, defaultThemes, RECEIVED_STATUS } from './idea-statuses.js';

export const statusSchema = z.strictObject({
  id: slug(),
  label: text(60),
  /** Colour of the status badge; text stays readable whatever it is (the label is always written). */
  color: z.optional(hexColor()),
  description: z.optional(text(300)),
});

/** What the idea box sends: the theme, the idea, and (only if offered and chosen) a contact with consent. */
export const ideaPayloadSchema = z.strictObject({
  theme: slug(),
  themeLabel: text(80),
  text: z.string().check(z.minLength(1), z.maxLength(5000)),
  /** The person saw the personal-data warning and chose to send anyway. */
  sentDespiteWarning: z.optional(z.boolean()),
  participation: z.optional(
    z.strictObject({
      contact: z.string().check(z.minLength(3), z.maxLength(200)),
      consent: z.literal(true),
      /** The consent sentence the person agreed to, word for word. */
      consentText: text(1000),
    }),
  ),
});
export type IdeaPayload = z.infer<typeof ideaPayloadSchema>;

/** What the team writes about an idea: kept by the collector (or on the device, without one). */
export const teamAnswerSchema = z.object({
  status: z.string().check(z.maxLength(40)),
  answer: z.string().check(z.maxLength(5000)),
  publishText: z.boolean(),
  answeredAt: z.optional(isoDay()),
});
export type TeamAnswer = z.infer<typeof teamAnswerSchema>;

/** One answered idea in the feed. Text fields are shown as text, never as HTML. */
export const feedIdeaSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  theme: slug(),
  /** Day the idea came in (YYYY-MM-DD). */
  date: isoDay(),
  status: slug(),
  /** The idea as published, if the team chose to publish it. */
  text: z.optional(text(5000)),
  /** The team's answer: what was done, or why not. */
  answer: z.optional(text(5000)),
  answeredAt: z.optional(isoDay()),
});

/** The JSON feed the team publishes ("vous avez dit, nous avons fait"); the results view and the collector write it. */
export const ideaFeedSchema = z.object({
  version: z.optional(z.literal(1)),
  structure: z.optional(text(200)),
  updatedAt: z.optional(z.string().check(z.maxLength(40))),
  /** The team's own statuses (labels, colours, order); the defaults otherwise. */
  statuses: z.optional(z.array(statusSchema).check(z.minLength(1), z.maxLength(20))),
  /** Theme labels for ids the widget does not know. */
  themes: z.optional(z.array(z.strictObject({ id: slug(), label: text(80) })).check(z.maxLength(50))),
  ideas: z.array(feedIdeaSchema).check(z.maxLength(2000)),
});
export type IdeaFeed = z.infer<typeof ideaFeedSchema>;
export type FeedIdea = z.infer<typeof feedIdeaSchema>;
