import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the kiosk asks of the survey. */
export interface KioskOptions {
  /** True while a person may be answering: kiosk mode, and the thank-you screen not shown. */
  watching: () => boolean;
  /** Whether the person has begun: the warning never shows to a tablet nobody touched. */
  started: () => boolean;
  /** Seconds without a touch before the warning (default 90). */
  inactivitySeconds: () => number;
  /** Seconds the warning waits for "Continuer" (default 30). */
  warningSeconds: () => number;
  /** Seconds the thank-you screen stays (default 15). */
  resetAfterSeconds: () => number;
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
 * It listens to the host's pointer, key and input events; nothing runs outside kiosk mode.
 */
export class KioskController implements ReactiveController {
  /** True while "are you still there?" shows. */
  idleWarning = false;
  /** Seconds left on the thank-you screen. */
  countdown = 0;

  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private warningTimer: ReturnType<typeof setTimeout> | undefined;
  private resetTimer: ReturnType<typeof setInterval> | undefined;
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
    const seconds = this.options.resetAfterSeconds();
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
    if (!this.options.watching()) return;
    this.setWarning(false);
    this.options.activity?.();
    this.watch();
  };

  private watch(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.warningTimer);
    this.idleTimer = setTimeout(() => this.warn(), this.options.inactivitySeconds() * 1000);
  }

  private warn(): void {
    if (!this.options.started()) return;
    this.setWarning(true);
    this.options.warned();
    this.warningTimer = setTimeout(() => {
      this.setWarning(false);
      this.options.abandoned();
    }, this.options.warningSeconds() * 1000);
  }

  private setWarning(shown: boolean): void {
    if (this.idleWarning === shown) return;
    this.idleWarning = shown;
    this.host.requestUpdate();
  }
}
