// The survey's later states in one file, loaded on demand (core's OnDemand, when the browser is idle
// after the first screen): the thank-you screen, "already answered", and the invitation to take part
// (its decisions, its form and its sending). A survey's first download holds only its steps.
export { InvitationController } from './invitation-controller.js';
export { offeredInvitation } from './invitation.js';
export { renderAlreadyAnswered, renderEnd } from './views/screens.view.js';
