import * as z from 'zod/mini';
import { httpUrl } from '../../core/config.js';
import { submissionKinds } from '../../core/envelope.js';
import { commonConfigShape } from '../../core/widget-config.js';
import { statusSchema } from '../../contracts/idea.js';

/**
 * The results view's JSON config (property or inline script); attributes fill the same keys.
 * It submits nothing: `endpoint` from the common keys is not used.
 */
export const resultsConfigSchema = z.strictObject({
  ...commonConfigShape,
  /** Base address of the collector to read from (`<source>/submissions`); none → this browser's data. */
  source: z.optional(httpUrl()),
  /**
   * A WordPress REST nonce (`wp_create_nonce('wp_rest')`): the view then reads and writes `source`
   * with the logged-in cookie of the same site and `X-WP-Nonce`, and asks for no token.
   */
  restNonce: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/, 'un nonce WordPress (lettres, chiffres)'))),
  /** Kinds to show, in this order (all four by default). */
  kinds: z.optional(z.array(z.enum(submissionKinds)).check(z.minLength(1), z.maxLength(4))),
  /** Default retention of local records, in months. */
  retentionMonths: z.optional(z.number().check(z.int('un nombre entier de mois'), z.gte(1), z.lte(120))),
  /** The idea statuses the team uses (same as the idea box's `statuses`); the defaults otherwise. */
  statuses: z.optional(z.array(statusSchema).check(z.minLength(1), z.maxLength(20))),
});
export type ResultsConfig = z.infer<typeof resultsConfigSchema>;

export { teamAnswerSchema } from '../../contracts/idea.js';
