// The public API shared by every widget: events, envelope and storage types, for hosts and plugins.
export { MspSubmittedEvent, MspDeliveredEvent, MspErrorEvent } from './events.js';
export type { SubmittedDetail, DeliveredDetail, ErrorDetail } from './events.js';
export { submissionKinds, SCHEMA_VERSION } from './envelope.js';
export { envelopeSchema } from './envelope-schema.js';
export type { Envelope, SubmissionKind } from './envelope.js';
export { LocalStore } from './storage.js';
export { Outbox } from './outbox.js';
