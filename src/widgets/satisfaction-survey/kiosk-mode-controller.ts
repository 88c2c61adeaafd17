import type { LitElement, TemplateResult } from 'lit';
import type { LocaleController } from '../../core/i18n.js';
import { trackLoad } from '../../core/on-demand.js';
import type { WidgetUi } from '../../core/widget-ui.js';
import type { KioskController, KioskOptions } from './kiosk-controller.js';
import type { KioskMode } from './kiosk.js';
import type { SurveyLaterStrings } from './translations/later.fr.js';

/** What kiosk mode asks of the survey: the timers' questions, and where the later screens' words are kept. */
export interface KioskModeOptions extends Omit<KioskOptions, 'warned' | 'activity' | 'abandoned'> {
  /** The later screens' words, made once by whichever of later.ts and kiosk.ts arrives first. */
  words: (module: Pick<typeof import('./later.js'), 'laterScreens'>) => LocaleController<SurveyLaterStrings>;
  /** Any touch, key or input while watching; `cleared` is the sentence that said the answers were cleared. */
  activity: (cleared: string) => void;
  /** Nobody answered the warning: clear the answers for the next person, and say so with `cleared`. */
  abandoned: (cleared: string) => void;
}

/**
 * Kiosk mode on demand: kiosk.ts (the inactivity watch and the thank-you screen's countdown, the
 * "are you still there?" warning, their look) is loaded only once kiosk mode is on, and once; a file
 * that could not be fetched is tried again at the next call.
 */
export class KioskModeController {
  private mode: KioskMode | undefined;
  private loading: Promise<KioskController | undefined> | undefined;

  constructor(
    private readonly host: LitElement,
    private readonly options: KioskModeOptions,
  ) {}

  /** The kiosk's timers, once kiosk.ts is here. */
  get timers(): KioskController | undefined {
    return this.mode?.timers;
  }

  /** Kiosk mode's timers and warning; undefined when the file could not be fetched (tried again later). */
  load(): Promise<KioskController | undefined> {
    if (!this.loading) {
      const loading = import('./kiosk.js').then((kiosk) => (this.mode = kiosk.startKiosk(this.host, this.options)).timers);
      trackLoad(this.host, loading);
      this.loading = loading.catch(() => (this.loading = undefined));
    }
    return this.loading;
  }

  /** "Are you still there?" while it shows. */
  warning(ui: WidgetUi): TemplateResult | undefined {
    return this.mode?.warning(ui);
  }
}
