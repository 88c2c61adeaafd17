// Kiosk mode (the waiting-room tablet) in one file, loaded only when `kiosk` is on: the inactivity
// watch, the thank-you screen's countdown, the "are you still there?" warning, and its look
// (kiosk.styles.ts). Its words are the later screens' (translations/later.ts): it brings later.ts,
// which the kiosk's thanks need anyway.
import type { LitElement, TemplateResult } from 'lit';
import { focusAfterUpdate } from '../../core/focus.js';
import type { WidgetUi } from '../../core/widget-ui.js';
import { KioskController, hasStarted } from './kiosk-controller.js';
import type { KioskModeOptions } from './kiosk-mode-controller.js';
import { kioskStyles } from './kiosk.styles.js';
import { addStyles } from '../../core/later-styles.js';
import { laterScreens } from './later.js';
import { renderIdleWarning } from './views/kiosk.view.js';

/** Kiosk mode at work: its timers, and the warning while it shows. */
export interface KioskMode {
  timers: KioskController;
  /** "Are you still there?" while it shows, in the later screens' words. */
  warning: (ui: WidgetUi) => TemplateResult | undefined;
}

/**
 * Kiosk mode once this file is here (kiosk-mode-controller.ts asks once per element): the later
 * screens' words (made by whichever of later.ts and this file came first), its look joining the
 * host's own (once: adding it again keeps one copy), its timers. "Continuer" keeps the watch going
 * and focus goes back to the step's heading.
 */
export function startKiosk(host: LitElement, options: KioskModeOptions): KioskMode {
  const { words } = options.later({ laterScreens });
  addStyles(host, kioskStyles);
  const timers = new KioskController(host, {
    ...options,
    started: () => {
      const { step, answers } = options.progress();
      return hasStarted(step, answers);
    },
    warned: () => void focusAfterUpdate(host, '#continue-button'),
    activity: () => options.activity(words.t.cleared),
    abandoned: () => options.abandoned(words.t.cleared),
  });
  const onContinue = () => {
    timers.keepGoing();
    void focusAfterUpdate(host, '#step-title');
  };
  host.requestUpdate();
  return {
    timers,
    warning: (ui) =>
      timers.idleWarning ? renderIdleWarning({ t: words.t, ui, state: { seconds: timers.warningSeconds }, on: { continue: onContinue } }) : undefined,
  };
}
