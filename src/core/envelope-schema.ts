// The envelope's schema: the widgets check what they send with it, and the collector checks what it
// receives. With zod, so loaded with the delivery (outbox.ts), never on a widget's first render.
import { z } from './zod.js';
import { SCHEMA_VERSION, submissionKinds, type EnvelopeFields } from './envelope.js';

const uuidV4 = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** The envelope every widget sends and stores; the collector checks it with this same schema. */
export const envelopeSchema = z.object({
  id: z.string().check(z.regex(uuidV4, 'un identifiant UUID v4')),
  kind: z.enum(submissionKinds),
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: z.string().check(z.refine((s) => isoDay.test(s) || isoInstant.test(s), 'une date ISO 8601 (AAAA-MM-JJ ou instant UTC)')),
  locale: z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/, 'une langue BCP 47 (fr, en, fr-FALC…)')),
  structure: z.optional(z.string().check(z.maxLength(200))),
  payload: z.record(z.string(), z.unknown()),
});

// The schema and the type in envelope.ts say the same thing: a change to one without the other fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type EnvelopeSchemaMatchesType = Assert<Same<Omit<z.infer<typeof envelopeSchema>, 'payload'>, EnvelopeFields>>;
