import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trackLoad } from '../../core/on-demand.js';

/** What the survey tells the controller. */
export interface RestoreOptions<Draft> {
  /** What one person's answers belong to (database, questionnaire, campaign, mode); undefined while the questionnaire is unknown. */
  key: () => string | undefined;
  /** Whether this device already answered (undefined: the survey does not check, as in kiosk mode). */
  answered: () => Promise<boolean> | undefined;
  /** The draft kept from an earlier visit, if any. */
  draft: () => Promise<Draft | undefined>;
  /** A draft was found: the survey takes it back unless the person already changed something. */
  restore: (draft: Draft) => void;
}

/**
 * Once per questionnaire, campaign and database: the "already answered" marker and the draft, read
 * while the form is already on screen (render first, restore after: issue 16). `preparing` is true
 * while they are read; the host's `updateComplete` waits for them. A draft is handed to `restore`,
 * which keeps what the person typed meanwhile. A blocked IndexedDB (another tab upgrading it) must
 * not hold anything up: each read gives up after a moment.
 */
export class RestoreController<Draft> implements ReactiveController {
  /** True when this device already sent an answer for this questionnaire and campaign. */
  alreadyAnswered = false;
  /** True while the marker and the draft are read. */
  preparing = false;
  private preparedFor: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & object,
    private readonly options: RestoreOptions<Draft>,
  ) {
    host.addController(this);
  }

  /** After the host's `willUpdate` (its config is resolved): starts reading when the key changed. */
  hostUpdate(): void {
    const key = this.options.key();
    if (!key || key === this.preparedFor) return;
    this.preparedFor = key;
    trackLoad(this.host, this.prepare(key));
  }

  hostDisconnected(): void {
    this.preparedFor = undefined;
  }

  private async prepare(key: string): Promise<void> {
    this.alreadyAnswered = false;
    this.preparing = true;
    try {
      const answered = this.options.answered();
      if (answered) {
        const already = await settleWithin(answered, false);
        if (this.preparedFor !== key) return;
        this.alreadyAnswered = already;
      }
      const draft = await settleWithin(this.options.draft(), undefined);
      if (this.preparedFor === key && draft) this.options.restore(draft);
    } finally {
      if (this.preparedFor === key) {
        this.preparing = false;
        this.host.requestUpdate();
      }
    }
  }
}

/**
 * The promise's value, or `fallback` after `ms`: a blocked IndexedDB (another tab upgrading it)
 * must not keep the survey hidden behind "loading".
 */
export function settleWithin<T>(promise: Promise<T>, fallback: T, ms = 1500): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
