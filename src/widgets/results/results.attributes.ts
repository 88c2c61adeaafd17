import { field, type ConfigAttributes } from '../../core/config.js';

/**
 * The results view's own attributes: the JSON key each fills, its name, and what it holds. Read without
 * zod on the first render; the schema (results.schema.ts) checks the same keys with the same rules.
 */
export const resultsAttributes = {
  /** Base address of the collector to read from (`<source>/submissions`); none → this browser's data. */
  source: { attribute: 'source', field: field.url },
  /** Default retention of local records, in months. */
  retentionMonths: { attribute: 'retention-months', field: field.int(1, 120, 'un nombre entier de mois') },
  /** A WordPress REST nonce (`wp_create_nonce('wp_rest')`). */
  restNonce: { attribute: 'rest-nonce', field: field.pattern(/^[A-Za-z0-9_-]{1,100}$/, 'un nonce WordPress (lettres, chiffres)', 100) },
} satisfies ConfigAttributes;
