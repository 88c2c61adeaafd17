import type { ReactiveControllerHost } from 'lit';
import type { LocalStore } from '../../../core/storage.js';
import type { ResultsContext } from '../results.state.js';
import { RemoteSource } from '../sources.js';
import type { ResultsLoadController } from './load.controller.js';

/** Documents-store namespace of read tokens kept on this device (key: the source). */
export const TOKEN_NAMESPACE = 'msp-results:token';

/**
 * The read token of a remote source: asked for, sent to that server only, kept on this device only
 * when the team asks and only once the server accepted it, forgotten on request.
 */
export class AccessController {
  token = '';
  error: string | undefined;
  remember = false;
  /** A token is kept on this device for this source. */
  remembered = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
    private readonly loader: ResultsLoadController,
  ) {}

  private get source(): string {
    return this.context.settings.source!;
  }

  input(value: string): void {
    this.token = value;
    this.error = undefined;
    this.host.requestUpdate();
  }

  setRemember(checked: boolean): void {
    this.remember = checked;
    this.host.requestUpdate();
  }

  /** Reads with the token kept on this device, if any. */
  async restore(store: LocalStore | undefined): Promise<void> {
    const saved = store ? await store.getDocument<string>(TOKEN_NAMESPACE, this.source).catch(() => undefined) : undefined;
    this.remembered = Boolean(saved);
    this.host.requestUpdate();
    if (!saved) return;
    this.token = saved;
    this.remember = true;
    await this.read(saved);
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.context.t;
    const token = this.token.trim();
    if (!token) {
      this.error = t.tokenRequired;
      this.context.say('');
      this.host.requestUpdate();
      await this.context.focus('#token');
      return;
    }
    this.error = undefined;
    if (!(await this.read(token))) return;
    await this.keep(token);
  }

  /** Forgets the token on this device and what it showed. */
  async forget(): Promise<void> {
    const store = await this.context.openStore();
    try {
      await store?.deleteDocument(TOKEN_NAMESPACE, this.source);
    } catch {
      this.context.say(this.context.t.storageUnavailable);
      return;
    }
    this.remembered = false;
    this.remember = false;
    this.token = '';
    this.loader.reset();
    this.context.say(this.context.t.forgotten);
  }

  /** Reads the source with the token; true when the server accepted it. */
  private async read(token: string): Promise<boolean> {
    const state = await this.loader.load(new RemoteSource(this.source, token, this.context.settings.requestTimeoutMs));
    if (state.status === 'error' && state.reason === 'unauthorized') {
      this.error = this.context.t.tokenRefused;
      this.host.requestUpdate();
      await this.context.focus('#token');
    }
    return state.status === 'ready';
  }

  /** Kept only when asked, and only once the server accepted it; a storage failure is said, not hidden. */
  private async keep(token: string): Promise<void> {
    if (!this.remember && !this.remembered) return;
    const store = await this.context.openStore();
    try {
      if (!store) throw new Error('storage unavailable');
      if (this.remember) await store.putDocument(TOKEN_NAMESPACE, this.source, token);
      else await store.deleteDocument(TOKEN_NAMESPACE, this.source);
      this.remembered = this.remember;
    } catch {
      this.context.say(this.context.t.tokenNotKept);
    }
    this.host.requestUpdate();
  }
}
