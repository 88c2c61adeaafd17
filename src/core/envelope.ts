import * as z from 'zod/mini';
import { newId } from './ids.js';

/** Version of the envelope format; endpoints can branch on it. */
export const SCHEMA_VERSION = 1;

/** The kinds of submission, one per widget. Public: endpoints route on them. */
export const submissionKinds = ['idea', 'survey', 'event-signup', 'self-check'] as const;
export type SubmissionKind = (typeof submissionKinds)[number];

/** Kinds sent by the public without identity: their time is kept at day precision (no timing correlation). */
export const anonymousKinds: ReadonlySet<SubmissionKind> = new Set(['idea', 'survey']);

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

export type Envelope<P = Record<string, unknown>> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & { payload: P };

/** The day as the person lives it (their clock, not UTC: 00:30 in Paris is still today). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Builds an envelope; anonymous kinds get a day-precision date, others the instant. */
export function createEnvelope<P extends Record<string, unknown>>(
  kind: SubmissionKind,
  payload: P,
  options: { locale: string; structure?: string | undefined; now?: Date },
): Envelope<P> {
  const now = options.now ?? new Date();
  const createdAt = anonymousKinds.has(kind) ? localDay(now) : now.toISOString();
  const envelope: Envelope<P> = { id: newId(), kind, schemaVersion: SCHEMA_VERSION, createdAt, locale: options.locale, payload };
  if (options.structure) envelope.structure = options.structure;
  return envelope;
}
