import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SurveyState } from './survey-logic.js';

/** Whether the person has begun (kiosk: only then does inactivity warn and clear). */
export function hasStarted(step: number, state: SurveyState): boolean {
  return step > 0 || Object.keys(state.answers).length > 0 || Object.keys(state.others).length > 0;
}

/** The kiosk's delays, in seconds. */
export interface KioskTiming {
  /** Without a touch before the warning. */
  inactivitySeconds?: number | undefined;
  /** The warning waits for "Continuer". */
  warningSeconds?: number | undefined;
  /** The thank-you screen stays. */
  resetAfterSeconds?: number | undefined;
}

/** What the kiosk asks of the survey. */
export interface KioskOptions {
  /** Kiosk mode is on. */
  kiosk: () => boolean;
  /** The thank-you screen shows (it has its own countdown; no inactivity watch). */
  done: () => boolean;
  /** Whether the person has begun: the warning never shows to a tablet nobody touched. */
  started: () => boolean;
  /** The kiosk's delays in seconds, as configured (defaults: 90 of inactivity, 30 of warning, 15 of thanks). */
  timing: () => KioskTiming;
  /** The warning shows: move focus to its button. */
  warned: () => void;
  /** Any touch, key or input while watching. */
  activity?: () => void;
  /** Nobody answered the warning: clear the answers for the next person. */
  abandoned: () => void;
  /** The thank-you screen's time is up: start again for the next person. */
  reset: () => void;
}

/**
 * The waiting-room tablet's two timers: the inactivity watch ("Êtes-vous toujours là ?", then the
 * answers are cleared so the next person never sees them) and the thank-you screen's countdown.
 * It listens to the host's pointer, key and input events; nothing runs outside kiosk mode. A tablet
 * left for weeks must keep what it could not send yet: in kiosk mode it asks the browser, once, to
 * keep its storage.
 */
export class KioskController implements ReactiveController {
  /** True while "are you still there?" shows. */
  idleWarning = false;
  /** Seconds left on the thank-you screen. */
  countdown = 0;

  /** Seconds the warning waits before the answers are cleared. */
  get warningSeconds(): number {
    return this.options.timing().warningSeconds ?? 30;
  }

  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private warningTimer: ReturnType<typeof setTimeout> | undefined;
  private resetTimer: ReturnType<typeof setInterval> | undefined;
  private persistenceAsked = false;
  private static readonly activityEvents = ['pointerdown', 'keydown', 'input'] as const;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: KioskOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of KioskController.activityEvents) this.host.addEventListener(type, this.onActivity);
  }

  hostUpdate(): void {
    if (this.persistenceAsked || !this.options.kiosk()) return;
    this.persistenceAsked = true;
    void import('../../core/storage.js').then(({ LocalStore }) => LocalStore.requestPersistence());
  }

  hostDisconnected(): void {
    for (const type of KioskController.activityEvents) this.host.removeEventListener(type, this.onActivity);
    this.stop();
  }

  /** "Continuer": the warning goes, the watch starts again. */
  keepGoing(): void {
    this.setWarning(false);
    this.watch();
  }

  /** The thank-you screen shows: count down to the next person. */
  startCountdown(): void {
    clearInterval(this.resetTimer);
    const seconds = this.options.timing().resetAfterSeconds ?? 15;
    const endsAt = Date.now() + seconds * 1000;
    this.countdown = Math.ceil(seconds);
    this.host.requestUpdate();
    this.resetTimer = setInterval(() => {
      const left = Math.ceil((endsAt - Date.now()) / 1000);
      if (left <= 0) this.options.reset();
      else if (left !== this.countdown) {
        this.countdown = left;
        this.host.requestUpdate();
      }
    }, 250);
  }

  /** Every timer stops and the warning goes (sent, restarted, removed from the page). */
  stop(): void {
    clearInterval(this.resetTimer);
    this.stopWatch();
  }

  /** The inactivity watch stops (the thank-you screen has its own countdown). */
  stopWatch(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.warningTimer);
    this.setWarning(false);
  }

  private readonly onActivity = (): void => {
    if (!this.options.kiosk() || this.options.done()) return;
    this.setWarning(false);
    this.options.activity?.();
    this.watch();
  };

  private watch(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.warningTimer);
    this.idleTimer = setTimeout(() => this.warn(), (this.options.timing().inactivitySeconds ?? 90) * 1000);
  }

  private warn(): void {
    if (!this.options.started()) return;
    this.setWarning(true);
    this.options.warned();
    this.warningTimer = setTimeout(() => {
      this.setWarning(false);
      this.options.abandoned();
    }, this.warningSeconds * 1000);
  }

  private setWarning(shown: boolean): void {
    if (this.idleWarning === shown) return;
    this.idleWarning = shown;
    this.host.requestUpdate();
  }
}
