// Writes dist/envelope.schema.json: the submission envelope and each kind's payload as JSON Schema,
// for people who write their own endpoint (the collector is the reference implementation).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { SCHEMA_VERSION, submissionKinds } from '../src/core/envelope.js';
import { envelopeSchema } from '../src/core/envelope-schema.js';
import { payloadSchemas } from '../src/contracts/payloads.js';

const payloads = Object.fromEntries(submissionKinds.map((kind) => [kind, z.toJSONSchema(payloadSchemas[kind], { unrepresentable: 'any' })]));

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `msp-widgets/envelope/v${SCHEMA_VERSION}`,
  title: 'msp-widgets submission envelope',
  description:
    'POSTed as JSON with an Idempotency-Key header equal to `id`. Answer 2xx only once it is stored; the same key with the same body must get the same answer, another body 422. 408, 409, 429 (with Retry-After) and 5xx are retried by the widget; other 4xx are kept on the device as rejected.',
  ...z.toJSONSchema(envelopeSchema, { unrepresentable: 'any' }),
  'x-payloads': payloads,
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/envelope.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log(`dist/envelope.schema.json: envelope v${SCHEMA_VERSION} with payloads for ${Object.keys(payloads).join(', ')}`);
