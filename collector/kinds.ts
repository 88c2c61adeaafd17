import type * as z from 'zod/mini';
import type { Envelope, SubmissionKind } from '../src/core/envelope.js';
import { ideaPayloadSchema } from '../src/widgets/idea-box/idea-box.schema.js';
import type { CollectedRecord } from './store.js';

/** What the collector knows of one kind: its payload schema, and any extra behaviour. */
export interface KindRule {
  /** The widget's own payload schema: the collector checks with exactly what the browser checked. */
  payload: z.core.$ZodType;
  /** Extra fields of the 201 answer (an event signup's seat or waiting-list place). */
  accept?(envelope: Envelope, records: CollectedRecord[]): Record<string, unknown>;
  /** Extra read routes for the widgets (seats left), answered without a token. */
  route?(method: string, path: string, url: URL, records: CollectedRecord[]): { status: number; body: unknown } | undefined;
}


export const kindRules: Partial<Record<SubmissionKind, KindRule>> = {
  idea: { payload: ideaPayloadSchema },
};
