// The form's and the confirmation's words (translations/later.ts), loaded with them in the later
// module (event-signup.later.ts): the component asks for them once that module is here.
import { LocaleController } from '../../core/i18n.js';
import type { SignupText } from './event-signup.state.js';
import type { EventSignupStrings } from './translations/fr.js';
import { eventSignupLaterCatalog } from './translations/later.js';
import type { EventSignupLaterStrings } from './translations/later.fr.js';

/**
 * The form's and the confirmation's words for `host`, in its language, following its changes like
 * the list's (a controller added once the host is connected: Lit calls its hostConnected).
 */
export function laterText(host: ConstructorParameters<typeof LocaleController>[0]): LocaleController<EventSignupLaterStrings> {
  return new LocaleController(host, eventSignupLaterCatalog);
}

const joined = new WeakMap<EventSignupStrings, WeakMap<EventSignupLaterStrings, SignupText>>();

/**
 * The list's words and the later screens' as one object, made once per pair: the same object while
 * neither changes (a calendar file is made again only when its words change, see calendar-files.ts).
 */
export function signupText(list: EventSignupStrings, later: EventSignupLaterStrings): SignupText {
  let byLater = joined.get(list);
  if (!byLater) joined.set(list, (byLater = new WeakMap()));
  let text = byLater.get(later);
  if (!text) byLater.set(later, (text = { ...list, ...later }));
  return text;
}
