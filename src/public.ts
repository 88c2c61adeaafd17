// Public all-in-one entry: the four widgets usagers meet on a public site (idea box, survey, event
// signup, the team's self-check), without the team-only results view and its exports.
import './widgets/idea-box/idea-box.js';
import './widgets/satisfaction-survey/satisfaction-survey.js';
import './widgets/event-signup/event-signup.js';
import './widgets/continuum-check/continuum-check.js';

export * from './core/public.js';
export { MspIdeaBox } from './widgets/idea-box/idea-box.component.js';
export { MspSatisfactionSurvey } from './widgets/satisfaction-survey/satisfaction-survey.component.js';
export { MspEventSignup } from './widgets/event-signup/event-signup.component.js';
export { MspContinuumCheck } from './widgets/continuum-check/continuum-check.component.js';
