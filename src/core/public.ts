// The public API shared by every widget: events, the envelope's kinds and types, for hosts and
// plugins. Light on purpose (the public all-in-one carries it on every page); the envelope's schema,
// the outbox and the store come with the full all-in-one, msp-widgets.js (src/index.ts).
export { MspSubmittedEvent, MspDeliveredEvent, MspErrorEvent } from './events.js';
export type { SubmittedDetail, DeliveredDetail, ErrorDetail } from './events.js';
export { submissionKinds, SCHEMA_VERSION } from './envelope.js';
export type { Envelope, SubmissionKind } from './envelope.js';
