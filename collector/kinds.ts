import type * as z from 'zod/mini';
import type { SubmissionKind } from '../src/core/envelope.js';
import { payloadSchemas } from '../src/contracts/payloads.js';

/** A team action the collector keeps next to the submissions (append-only): a cancelled signup, a promotion… */
export interface TeamAction {
  type: string;
  /** ISO instant. */
  at: string;
  data: Record<string, unknown>;
}

/** Each kind's payload schema: the collector checks with exactly what the widget checked in the browser. */
export const kindPayloads: Record<SubmissionKind, z.core.$ZodType> = payloadSchemas;
