// The self-check's contract: what a team shares of its assessment (kind `self-check`). Shared by the
// self-check, the results view, the collector and the WordPress plugin.
import { z } from '../core/zod.js';
import { text } from '../core/widget-config.js';

const isoDay = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'une date AAAA-MM-JJ'));
const id = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'un identifiant court (a-z, 0-9, -)'));

/** One ticked practice as sent: its cell's level and whether it was built with usagers (Fécop question). */
const practiceSchema = z.strictObject({
  id: id(),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  withUsers: z.boolean(),
  /** Optional (added for issue 13): "with or without usagers" left blank; `withUsers` false then means "not said", not "without". */
  withUsersUnsaid: z.optional(z.literal(true)),
});

/** What the self-check sends (kind `self-check`): only what the team agreed to share. */
export const continuumCheckPayloadSchema = z.strictObject({
  assessedAt: isoDay(),
  mode: z.enum(['individual', 'consensus']),
  respondentRole: z.optional(text(80)),
  /**
   * Optional (added for issue 13): the kind of structure; for an ESP or a CPTS `aciLevel` is what the
   * practices would support, the indicator does not concern them.
   */
  structureType: z.optional(z.enum(['msp', 'cds', 'esp', 'cpts'])),
  dimensions: z
    .array(
      z.strictObject({
        id: id(),
        label: text(120),
        notConcerned: z.boolean(),
        /** 0 none, 1 information, 2 consultation, 3 collaboration, 4 partenariat. */
        level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        practices: z.array(practiceSchema).check(z.maxLength(40)),
      }),
    )
    .check(z.maxLength(12)),
  aciLevel: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  alibiWarnings: z.array(id()).check(z.maxLength(20)),
  obstacles: z.array(id()).check(z.maxLength(20)),
  actionPlan: z
    .array(
      z.strictObject({
        dimensionId: id(),
        practiceId: id(),
        label: text(400),
        who: z.optional(text(120)),
        due: z.optional(isoDay()),
        means: z.optional(text(400)),
      }),
    )
    .check(z.maxLength(40)),
});
export type ContinuumCheckPayload = z.infer<typeof continuumCheckPayloadSchema>;
