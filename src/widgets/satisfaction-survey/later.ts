// The survey's later states in one file, loaded on demand (core's OnDemand, when the browser is idle
// after the first screen): the thank-you screen, "already answered", and the invitation to take part
// (its decisions, its form and its sending), and the status region's sentence once the answers left;
// with their words (translations/later.ts) and their look (later.styles.ts). A survey's first download
// holds only its steps, their words and their look.
import type { LitElement } from 'lit';
import { addStyles } from '../../core/later-styles.js';
import { LocaleController } from '../../core/i18n.js';
import { laterStyles } from './later.styles.js';
import { surveyLaterCatalog } from './translations/later.js';
import type { SurveyLaterStrings } from './translations/later.fr.js';

export { InvitationController } from './invitation-controller.js';
export { offeredInvitation } from './invitation.js';
export { surveyStatus } from './outcome-message.js';
export { renderAlreadyAnswered, renderEnd } from './views/screens.view.js';

/**
 * Called once when this module arrives: the later screens' look joins the host's own, and their words
 * come for `host` in its language, following its changes like the survey's own (French at once;
 * another language or easy-read loads, and the host's `updateComplete` waits for it).
 */
export function laterScreens(host: LitElement & { easyRead?: boolean }): LocaleController<SurveyLaterStrings> {
  addStyles(host, laterStyles);
  return new LocaleController(host, surveyLaterCatalog);
}
