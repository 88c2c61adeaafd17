// Kiosk mode (the waiting-room tablet) in one file, loaded only when `kiosk` is on: the inactivity
// watch, the thank-you screen's countdown and the "are you still there?" warning. Its words and look are
// the later screens' (translations/later.ts, later.styles.ts): it brings later.ts, which the kiosk's thanks need anyway.
export { KioskController } from './kiosk-controller.js';
export { renderIdleWarning } from './views/kiosk.view.js';
export { laterScreens } from './later.js';
