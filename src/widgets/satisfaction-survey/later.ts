// The survey's later states in one file, loaded on demand (core's OnDemand, when the browser is idle
// after the first screen): the thank-you screen, "already answered", and the invitation to take part
// (its decisions, its form and its sending), with their words (translations/later.ts). A survey's
// first download holds only its steps and their words.
import { LocaleController } from '../../core/i18n.js';
import { surveyLaterCatalog } from './translations/later.js';
import type { SurveyLaterStrings } from './translations/later.fr.js';

export { InvitationController } from './invitation-controller.js';
export { offeredInvitation } from './invitation.js';
export { renderAlreadyAnswered, renderEnd } from './views/screens.view.js';

/**
 * The later screens' words for `host`, in its language, following its changes like the survey's own
 * (French at once; another language or easy-read loads, and the host's `updateComplete` waits for it).
 */
export function laterText(host: ConstructorParameters<typeof LocaleController>[0]): LocaleController<SurveyLaterStrings> {
  return new LocaleController(host, surveyLaterCatalog);
}
