// All-in-one entry: defines every widget (each also has its own module, dist/<widget>.js) and
// exports the classes and the shared public API for hosts and CMS plugins.
import './widgets/idea-box/idea-box.js';
import './widgets/satisfaction-survey/satisfaction-survey.js';
import './widgets/event-signup/event-signup.js';
import './widgets/continuum-check/continuum-check.js';
import './widgets/results/results.js';

export * from './core/public.js';
// Tools for hosts and plugins that check, keep or send envelopes themselves (zod and idb come with them).
export { envelopeSchema } from './core/envelope-schema.js';
export { LocalStore } from './core/storage.js';
export { Outbox } from './core/outbox.js';
export { MspIdeaBox } from './widgets/idea-box/idea-box.component.js';
export { MspSatisfactionSurvey } from './widgets/satisfaction-survey/satisfaction-survey.component.js';
export { MspEventSignup } from './widgets/event-signup/event-signup.component.js';
export { MspContinuumCheck } from './widgets/continuum-check/continuum-check.component.js';
export { MspResults } from './widgets/results/results.component.js';
