import type * as z from 'zod/mini';
import type { Envelope, SubmissionKind } from '../src/core/envelope.js';
import { ideaPayloadSchema } from '../src/contracts/idea.js';
import { continuumCheckPayloadSchema } from '../src/contracts/self-check.js';
import { satisfactionSurveyPayloadSchema } from '../src/contracts/survey.js';
import { eventSignupRule } from './event-signup.js';
import type { CollectedRecord } from './store.js';

/** A team action the collector keeps next to the submissions (append-only): a cancelled signup… */
export interface TeamAction {
  type: string;
  /** ISO instant. */
  at: string;
  data: Record<string, unknown>;
}

/** What a rule's route may know of the request beyond its path. */
export interface RuleContext {
  /** The request carried the read token. */
  authorized: boolean;
  /** The JSON body of a POST (undefined otherwise, or when it is not JSON). */
  body: unknown;
  /** The team actions stored so far, in order. */
  actions: readonly TeamAction[];
}

/** What the collector knows of one kind: its payload schema, and any extra behaviour. */
export interface KindRule {
  /** The widget's own payload schema: the collector checks with exactly what the browser checked. */
  payload: z.core.$ZodType;
  /** Extra fields of the 201 answer (an event signup's seat or waiting-list place). */
  accept?(envelope: Envelope, records: CollectedRecord[], actions: readonly TeamAction[]): Record<string, unknown>;
  /**
   * Extra routes: reads for the widgets (seats left, no token) and team actions (check
   * `context.authorized`). Actions listed in `store` are appended durably before the answer is sent.
   */
  route?(
    method: string,
    path: string,
    url: URL,
    records: CollectedRecord[],
    context: RuleContext,
  ): { status: number; body: unknown; headers?: Record<string, string>; store?: TeamAction[] } | undefined;
}

export const kindRules: Partial<Record<SubmissionKind, KindRule>> = {
  idea: { payload: ideaPayloadSchema },
  survey: { payload: satisfactionSurveyPayloadSchema },
  'event-signup': eventSignupRule,
  'self-check': { payload: continuumCheckPayloadSchema },
};
