import type { ReactiveElement } from 'lit';
import { FormController } from '../../../core/form-controller.js';
import type { LocalStore } from '../../../core/storage.js';
import type { ResultsContext } from '../results.state.js';
import type { AccessHandlers, AccessState } from '../views/access.view.js';
import { RemoteSource } from '../sources.js';
import type { ResultsLoadController } from './load.controller.js';

/** Documents-store namespace of read tokens kept on this device (key: the source). */
export const TOKEN_NAMESPACE = 'msp-results:token';

/**
 * The read token of a remote source: asked for, sent to that server only, kept on this device only
 * when the team asks and only once the server accepted it, forgotten on request. Its state lives
 * here; each change requests the host's update.
 */
export class AccessController {
  token = '';
  remember = false;
  /** A token is kept on this device for this source. */
  remembered = false;
  /** The token was changed since the server refused it: its refusal no longer applies. */
  private changedSinceRead = false;
  // One field: a failed attempt focuses it directly, the error beside it (an error summary listing
  // one link to the only field would add a step for nothing).
  private readonly form: FormController;

  /** The token form's callbacks. */
  readonly on: AccessHandlers = {
    submit: (event) => void this.submit(event),
    input: (value) => this.input(value),
    touch: () => this.touch(),
    remember: (checked) => this.setRemember(checked),
    forget: () => void this.forget(),
  };

  constructor(
    private readonly host: ReactiveElement,
    private readonly context: ResultsContext,
    private readonly loader: ResultsLoadController,
  ) {
    this.form = new FormController(host, {
      errors: () => (this.token.trim() ? [] : [{ fieldId: 'token', message: this.context.t.tokenRequired }]),
      summaryId: 'token',
    });
  }

  private get source(): string {
    return this.context.settings.source!;
  }

  /** What the token form shows. */
  get view(): AccessState {
    return { token: this.token, error: this.error, remember: this.remember, remembered: this.remembered, loading: this.loader.state.status === 'loading' };
  }

  /** The message under the token field now. */
  get error(): string | undefined {
    return this.form.errorFor('token') ?? (this.refused ? this.context.t.tokenRefused : undefined);
  }

  /** The server refused the token last sent (read from the load itself, so the message and the field agree). */
  private get refused(): boolean {
    const state = this.loader.state;
    return !this.changedSinceRead && state.status === 'error' && state.reason === 'unauthorized';
  }

  input(value: string): void {
    this.token = value;
    this.changedSinceRead = true;
    this.form.input('token');
    this.host.requestUpdate();
  }

  touch(): void {
    this.form.touch('token');
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
    if (!(await this.form.attempt())) {
      this.context.say('');
      return;
    }
    const token = this.token.trim();
    if (!(await this.read(token))) return;
    await this.keep(token);
    // Issue 14: the form the focus was in may be gone; the view's heading says where the person is.
    await this.context.focus('#results-title, #panel-title');
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
    this.form.reset();
    await this.loader.reset();
    this.context.say(this.context.t.forgotten);
  }

  /** Reads the source with the token; true when the server accepted it. */
  private async read(token: string): Promise<boolean> {
    this.changedSinceRead = false;
    const state = await this.loader.load(new RemoteSource(this.source, { token }, this.context.settings.requestTimeoutMs));
    if (this.refused) await this.context.focus('#token');
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
