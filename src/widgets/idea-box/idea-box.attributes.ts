import { field, type ConfigAttributes } from '../../core/config.js';

/**
 * The idea box's own attributes: the JSON key each fills, its name, and what it holds. Read without
 * zod on the first render; the schema (idea-box.schema.ts) checks the same keys with the same rules.
 */
export const ideaBoxAttributes = {
  /** URL of the team's JSON feed of answered ideas. */
  feed: { attribute: 'feed', field: field.url },
} satisfies ConfigAttributes;
