// Kiosk mode (the waiting-room tablet) in one file, loaded only when `kiosk` is on: the inactivity
// watch, the thank-you screen's countdown, the "are you still there?" warning, and its look
// (kiosk.styles.ts). Its words are the later screens' (translations/later.ts): it brings later.ts,
// which the kiosk's thanks need anyway.
import type { LitElement } from 'lit';
import { kioskStyles } from './kiosk.styles.js';
import { addStyles } from './later.js';

export { KioskController } from './kiosk-controller.js';
export { renderIdleWarning } from './views/kiosk.view.js';
export { laterScreens } from './later.js';

/** Kiosk mode's look joins the host's own (once: adding it again keeps one copy). */
export function addKioskStyles(host: LitElement): void {
  addStyles(host, kioskStyles);
}
