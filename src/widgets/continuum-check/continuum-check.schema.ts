import { z } from '../../core/zod.js';
import { httpUrl, text } from '../../core/widget-config.js';
import { commonConfigShape, fieldSchema } from '../../core/widget-config.js';
import { continuumCheckAttributes } from './continuum-check.attributes.js';
import { alibiCheckIds, dimensionIds, obstacleIds } from './continuum-content.js';

const isoDay = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'une date AAAA-MM-JJ'));
const id = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'un identifiant court (a-z, 0-9, -)'));

/** The self-check's JSON config (property or inline script); attributes fill the same keys. */
export const continuumCheckConfigSchema = z.strictObject({
  ...commonConfigShape,
  /** Who receives the assessment when an endpoint is set ("la Fédération des MSP d'Occitanie"). */
  recipientName: z.optional(fieldSchema(continuumCheckAttributes.recipientName.field)),
  /** The kind of structure (MSP by default): the ACI indicator concerns MSP and centres de santé, not an ESP or a CPTS. */
  structureType: z.optional(fieldSchema(continuumCheckAttributes.structureType.field)),
  /** The team's pages where the suite's other widgets live, linked from the next steps that they help with. */
  toolPages: z.optional(
    z.strictObject({
      survey: z.optional(httpUrl()),
      ideaBox: z.optional(httpUrl()),
      events: z.optional(httpUrl()),
      candidates: z.optional(httpUrl()),
    }),
  ),
});
export type ContinuumCheckConfig = z.infer<typeof continuumCheckConfigSchema>;

export { continuumCheckPayloadSchema, type ContinuumCheckPayload } from '../../contracts/self-check.js';
export { HISTORY_NAMESPACE } from '../../contracts/continuum-history.js';

/** One dimension as answered: "not concerned", or the practices ticked, each with or without usagers. */
export const dimensionAnswerSchema = z.strictObject({
  notConcerned: z.boolean(),
  /** Practice id → built with usagers (`true`), without (`false`), not said (`null`: never read as "without"). */
  practices: z.record(id(), z.nullable(z.boolean())),
});
export type DimensionAnswer = z.infer<typeof dimensionAnswerSchema>;

/** Everything a person (or the team) answers before the results. */
export const answersSchema = z.strictObject({
  dimensions: z.partialRecord(z.enum(dimensionIds), dimensionAnswerSchema),
  alibi: z.partialRecord(z.enum(alibiCheckIds), z.enum(['yes', 'no', 'na'])),
  obstacles: z.array(z.enum(obstacleIds)).check(z.maxLength(obstacleIds.length)),
});
export type Answers = z.infer<typeof answersSchema>;

/** The file a member exports after answering alone, and the team imports to build the consensus. */
export const answerFileSchema = z.strictObject({
  format: z.literal('msp-continuum-answers'),
  version: z.literal(1),
  assessedAt: isoDay(),
  respondentRole: z.optional(text(80)),
  structure: z.optional(text(200)),
  answers: answersSchema,
});
export type AnswerFile = z.infer<typeof answerFileSchema>;

/** One step of the action plan the team chose, kept with the assessment. */
export const actionItemSchema = z.strictObject({
  dimensionId: z.enum(dimensionIds),
  practiceId: id(),
  who: text(120),
  due: z.union([isoDay(), z.literal('')]),
  means: text(400),
});
export type ActionItem = z.infer<typeof actionItemSchema>;
