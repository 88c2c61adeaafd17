// The survey's later states in one file, loaded on demand (core's OnDemand, when the browser is idle
// after the first screen): the thank-you screen, "already answered", and the invitation to take part
// (its decisions, its form and its sending), and the status region's sentence once the answers left;
// with their words (translations/later.ts) and their look (later.styles.ts), all at work in
// LaterScreens (later-screens.ts). A survey's first download holds only its steps, their words and
// their look.
import type { MspWidget } from '../../core/widget-base.js';
import type { LaterScreensOptions } from './later-screens-controller.js';
import { LaterScreens } from './later-screens.js';

export type { LaterScreens };

/** Called once when this module (or kiosk.ts, which brings it) arrives: the later screens at work for `host`. */
export function laterScreens(host: MspWidget, options: LaterScreensOptions): LaterScreens {
  return new LaterScreens(host, options);
}
