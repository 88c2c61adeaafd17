import { z } from '../../core/zod.js';
import { submissionKinds } from '../../core/envelope.js';
import { commonConfigShape, fieldSchema } from '../../core/widget-config.js';
import { resultsAttributes } from './results.attributes.js';
import { statusSchema } from '../../contracts/idea.js';

/**
 * The results view's JSON config (property or inline script); attributes fill the same keys.
 * It submits nothing: `endpoint` from the common keys is not used.
 */
export const resultsConfigSchema = z.strictObject({
  ...commonConfigShape,
  /** Base address of the collector to read from (`<source>/submissions`); none → this browser's data. */
  source: z.optional(fieldSchema(resultsAttributes.source.field)),
  /**
   * A WordPress REST nonce (`wp_create_nonce('wp_rest')`): the view then reads and writes `source`
   * with the logged-in cookie of the same site and `X-WP-Nonce`, and asks for no token.
   */
  restNonce: z.optional(fieldSchema(resultsAttributes.restNonce.field)),
  /** Kinds to show, in this order (all four by default). */
  kinds: z.optional(z.array(z.enum(submissionKinds)).check(z.minLength(1), z.maxLength(4))),
  /** Default retention of local records, in months. */
  retentionMonths: z.optional(fieldSchema(resultsAttributes.retentionMonths.field)),
  /** The idea statuses the team uses (same as the idea box's `statuses`); the defaults otherwise. */
  statuses: z.optional(z.array(statusSchema).check(z.minLength(1), z.maxLength(20))),
});
export type ResultsConfig = z.infer<typeof resultsConfigSchema>;

export { teamAnswerSchema } from '../../contracts/idea.js';
