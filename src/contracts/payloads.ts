// Each submission kind's payload schema, in one place: the collector checks an envelope's payload with
// exactly what the widget checked, and dist/envelope.schema.json (the WordPress plugin's validator) is
// written from the same map.
import type * as z from 'zod/mini';
import type { SubmissionKind } from '../core/envelope.js';
import { eventSignupPayloadSchema } from './event-signup.js';
import { ideaPayloadSchema } from './idea.js';
import { continuumCheckPayloadSchema } from './self-check.js';
import { satisfactionSurveyPayloadSchema } from './survey.js';

export const payloadSchemas = {
  idea: ideaPayloadSchema,
  survey: satisfactionSurveyPayloadSchema,
  'event-signup': eventSignupPayloadSchema,
  'self-check': continuumCheckPayloadSchema,
} satisfies Record<SubmissionKind, z.core.$ZodType>;
