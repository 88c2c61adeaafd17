import type { ReactiveControllerHost } from 'lit';
import type { LocalStore } from '../../../core/storage.js';
import { DEFAULT_RETENTION_MONTHS, parseRetentionMonths, planPurge, purgeOrder, type PurgePlan } from '../retention.js';
import type { ResultsContext } from '../results.state.js';
import type { RetentionHandlers, RetentionState } from '../views/retention.view.js';
import type { ResultsLoadController } from './load.controller.js';

/** Documents-store namespace of the view's own settings on this device. */
export const SETTINGS_NAMESPACE = 'msp-results:settings';

/** How long this device keeps contributions: the setting (kept on the device) and the purge, after a confirmation. */
export class RetentionController {
  /** The months typed. */
  input = '';
  error: string | undefined;
  /** The purge waiting for the team's confirmation. */
  plan: PurgePlan | undefined;
  /** The retention the team set on this device (undefined: never set, nothing is offered at opening). */
  private kept: number | undefined;

  /** The retention view's callbacks. */
  readonly on: RetentionHandlers = {
    input: (value) => this.setInput(value),
    prepare: () => void this.prepare(),
    cancel: () => void this.cancel(),
    confirm: () => void this.confirm(),
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
    private readonly loader: ResultsLoadController,
  ) {}

  /** What the retention view shows. */
  get view(): RetentionState {
    return { input: this.input, error: this.error, plan: this.plan };
  }

  /** The setting kept on this device, else the configured one, else 12 months. */
  async restore(store: LocalStore | undefined): Promise<void> {
    const kept = store ? await store.getDocument<number>(SETTINGS_NAMESPACE, 'retentionMonths').catch(() => undefined) : undefined;
    this.kept = parseRetentionMonths(String(kept ?? ''));
    this.input = String(kept ?? this.context.settings.retentionMonths ?? DEFAULT_RETENTION_MONTHS);
    this.plan = undefined;
    this.host.requestUpdate();
  }

  /**
   * At each opening, once the team has set a retention on this device: when records are older than
   * it, the purge is offered (the same confirmation as the button's; nothing is deleted without it).
   */
  offerAtOpening(): void {
    if (this.kept === undefined || !this.loader.local) return;
    const plan = planPurge(this.loader.data.items, this.kept, new Date());
    if (plan.personal.length + plan.other.length === 0) return;
    this.plan = plan;
    this.host.requestUpdate();
  }

  setInput(value: string): void {
    this.input = value;
    this.plan = undefined;
    this.host.requestUpdate();
  }

  /** Checks the setting, keeps it, and asks to confirm the purge (or says there is nothing to delete). */
  async prepare(): Promise<void> {
    const t = this.context.t;
    const months = parseRetentionMonths(this.input);
    if (months === undefined) {
      this.error = t.retentionInvalid;
      await this.context.focus('#retention');
      return;
    }
    this.error = undefined;
    const store = await this.context.openStore();
    try {
      if (!store) throw new Error('storage unavailable');
      await store.putDocument(SETTINGS_NAMESPACE, 'retentionMonths', months);
    } catch {
      this.context.say(t.storageUnavailable);
      return;
    }
    const plan = planPurge(this.loader.data.items, months, new Date());
    if (plan.personal.length + plan.other.length === 0) {
      this.plan = undefined;
      this.context.say(t.purgeNothing(this.context.format.day(plan.cutoff)));
      this.host.requestUpdate();
      return;
    }
    this.plan = plan;
    this.context.say('');
    await this.context.focus('#purge-confirm');
  }

  async cancel(): Promise<void> {
    this.plan = undefined;
    await this.context.focus('#prepare-purge');
  }

  /** Deletes the planned records, personal data first. */
  async confirm(): Promise<void> {
    const plan = this.plan;
    if (!plan) return;
    const closed = () => (this.plan = undefined);
    if (await this.loader.deleteLocal(purgeOrder(plan), closed, (count) => this.context.t.purged(count))) await this.context.focus('#retention-title');
  }
}
