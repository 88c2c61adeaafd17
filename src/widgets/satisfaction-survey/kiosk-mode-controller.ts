import type { LitElement, TemplateResult } from 'lit';
import { OnDemand } from '../../core/on-demand.js';
import type { WidgetUi } from '../../core/widget-ui.js';
import type { KioskController, KioskOptions } from './kiosk-controller.js';
import type { KioskMode } from './kiosk.js';
import type { LaterScreens } from './later.js';
import type { SurveyState } from './survey-logic.js';

/** What kiosk mode asks of the survey: the timers' questions, and where the later screens' words are kept. */
export interface KioskModeOptions extends Omit<KioskOptions, 'started' | 'warned' | 'activity' | 'abandoned'> {
  /** Where the person is (kiosk.ts tells from it whether they have begun). */
  progress: () => { step: number; answers: SurveyState };
  /** The later screens (their words are the kiosk's too), made once by whichever of later.ts and kiosk.ts arrives first. */
  later: (module: Pick<typeof import('./later.js'), 'laterScreens'>) => LaterScreens;
  /** Any touch, key or input while watching; `cleared` is the sentence that said the answers were cleared. */
  activity: (cleared: string) => void;
  /** Nobody answered the warning: clear the answers for the next person, and say so with `cleared`. */
  abandoned: (cleared: string) => void;
}

/**
 * Kiosk mode on demand: kiosk.ts (the inactivity watch and the thank-you screen's countdown, the
 * "are you still there?" warning, their look) is loaded through core's OnDemand only when kiosk mode
 * is on, and once; a file that could not be fetched is tried again at the next call.
 */
export class KioskModeController {
  private readonly mode: OnDemand<KioskMode>;

  constructor(host: LitElement, options: KioskModeOptions) {
    this.mode = new OnDemand(host, () => import('./kiosk.js').then((kiosk) => kiosk.startKiosk(host, options)), options.kiosk);
  }

  /** The kiosk's timers, once kiosk.ts is here. */
  get timers(): KioskController | undefined {
    return this.mode.loaded?.timers;
  }

  /** Kiosk mode's timers and warning; undefined when the file could not be fetched (tried again later). */
  load(): Promise<KioskController | undefined> {
    return this.mode.load().then(
      (mode) => mode.timers,
      () => undefined,
    );
  }

  /** "Are you still there?" while it shows. */
  warning(ui: WidgetUi): TemplateResult | undefined {
    return this.mode.loaded?.warning(ui);
  }
}
