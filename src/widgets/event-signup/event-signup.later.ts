// What the event list does not need, loaded on demand in one module (one request): the signup form
// and its checks, the confirmation and its text, their words (translations/later.ts), the calendar
// files (the signup's, and each information-only event's in the list), and the console's word on
// what a call for candidates leaves unsaid. The component asks for it through an OnDemand: it comes
// when the browser is idle after the list is drawn, or sooner when a view needs it.
export { warnAboutCalls } from './call-warnings.js';
export { SignupScreens, type ScreenState } from './signup-screens.js';
