import { field, type ConfigAttributes } from '../../core/config.js';

/**
 * The self-check's own attributes: the JSON key each fills, its name, and what it holds. Read without
 * zod on the first render; the schema (continuum-check.schema.ts) checks the same keys with the same rules.
 */
export const continuumCheckAttributes = {
  /** Who receives the assessment when an endpoint is set ("la Fédération des MSP d'Occitanie"). */
  recipientName: { attribute: 'recipient-name', field: field.text(200) },
  /** The kind of structure (MSP by default): the ACI indicator concerns MSP and centres de santé, not an ESP or a CPTS. */
  structureType: { attribute: 'structure-type', field: field.oneOf(['msp', 'cds', 'esp', 'cpts']) },
} satisfies ConfigAttributes;
