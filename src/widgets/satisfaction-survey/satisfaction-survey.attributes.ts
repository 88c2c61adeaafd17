import { field, type ConfigAttributes } from '../../core/config.js';

/**
 * The survey's own attributes: the JSON key each fills, its name, and what it holds. Read without zod
 * on the first render; the schema (satisfaction-survey.schema.ts) checks the same keys with the same rules.
 */
export const satisfactionSurveyAttributes = {
  /** Campaign id, so that answers of one period stay together ("2026-T4"); the current quarter by default. */
  campaign: {
    attribute: 'campaign',
    field: field.pattern(/^[\w.-]{1,60}$/, 'un identifiant de campagne court (lettres, chiffres, - _ ., 60 au plus)', 60),
  },
  /** Waiting-room tablet: large targets, no drafts, resets itself for the next person. */
  kiosk: { attribute: 'kiosk', field: field.boolean },
  /**
   * As an attribute, the http(s) address of the questionnaire's JSON (the JSON config may also give
   * the object itself: the schema accepts both, and the widget checks which).
   */
  definition: { attribute: 'definition', field: field.url },
} satisfies ConfigAttributes;
