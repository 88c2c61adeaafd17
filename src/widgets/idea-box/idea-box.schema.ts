import * as z from 'zod/mini';
import { httpUrl, text } from '../../core/config.js';
import { commonConfigShape } from '../../core/widget-config.js';

const slug = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'un identifiant court (a-z, 0-9, -)'));
const hexColor = () => z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'une couleur #rrggbb'));

/** Default themes (DOMAIN.md, "Idea box"). */
export const defaultThemes = [
  { id: 'accueil', label: 'Accueil' },
  { id: 'rendez-vous', label: 'Prise de rendez-vous' },
  { id: 'delais', label: 'Délais' },
  { id: 'locaux', label: 'Locaux et accessibilité' },
  { id: 'information', label: 'Information et affichage' },
  { id: 'site-internet', label: 'Site internet' },
  { id: 'prevention', label: 'Prévention et ateliers' },
  { id: 'autre', label: 'Autre' },
];

/** Default statuses of the "vous avez dit, nous avons fait" list, in order. */
export const defaultStatuses = [
  { id: 'recue', label: 'Reçue', color: '#4a4a4a' },
  { id: 'a-l-etude', label: 'À l’étude', color: '#1d4f91' },
  { id: 'retenue', label: 'Retenue', color: '#7a4f00' },
  { id: 'realisee', label: 'Réalisée', color: '#18753c' },
  { id: 'non-retenue', label: 'Non retenue', color: '#8a1c1c' },
];

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

/** The information notice shown before a contact is sent (GDPR art. 13). */
export const participationSchema = z.strictObject({
  enabled: z.boolean(),
  /** Who receives the contact ("la coordinatrice de la maison de santé"). */
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
  feed: z.optional(httpUrl()),
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

/** One answered idea in the feed. Text fields are shown as text, never as HTML. */
export const feedIdeaSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  theme: slug(),
  /** Day the idea came in (YYYY-MM-DD). */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'une date AAAA-MM-JJ')),
  status: slug(),
  /** The idea as published, if the team chose to publish it. */
  text: z.optional(text(5000)),
  /** The team's answer: what was done, or why not. */
  answer: z.optional(text(5000)),
  answeredAt: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'une date AAAA-MM-JJ'))),
});

/** The JSON feed the team publishes ("vous avez dit, nous avons fait"); the results view writes it. */
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
