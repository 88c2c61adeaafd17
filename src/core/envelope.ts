import { newId } from './ids.js';

/** Version of the envelope format; endpoints can branch on it. */
export const SCHEMA_VERSION = 1;

/** The kinds of submission, one per widget. Public: endpoints route on them. */
export const submissionKinds = ['idea', 'survey', 'event-signup', 'self-check'] as const;
export type SubmissionKind = (typeof submissionKinds)[number];

/** Kinds sent by the public without identity: their time is kept at day precision (no timing correlation). */
export const anonymousKinds: ReadonlySet<SubmissionKind> = new Set(['idea', 'survey']);

/** The envelope's fields (its schema, with zod, is in envelope-schema.ts: loaded with the delivery). */
export interface EnvelopeFields {
  id: string;
  kind: SubmissionKind;
  schemaVersion: typeof SCHEMA_VERSION;
  createdAt: string;
  locale: string;
  structure?: string | undefined;
}

export type Envelope<P = Record<string, unknown>> = EnvelopeFields & { payload: P };

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
