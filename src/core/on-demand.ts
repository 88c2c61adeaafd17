import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * Work an element waits for before its `updateComplete` resolves: catalogues of another language,
 * views loaded on demand, the check of its config. Per element, so that one slow widget never holds
 * another's `updateComplete`.
 */
const pendingLoads = new WeakMap<object, Set<Promise<unknown>>>();

/** Counts `load` among the host's pending work until it settles (whatever the outcome). */
export function trackLoad(host: object, load: Promise<unknown>): void {
  let pending = pendingLoads.get(host);
  if (!pending) pendingLoads.set(host, (pending = new Set()));
  const settled = load.then(
    () => undefined,
    () => undefined,
  );
  pending.add(settled);
  void settled.then(() => pending.delete(settled));
}

/** Resolves once everything the host started loading has arrived or failed (loads started meanwhile too). */
export async function loadsSettled(host: object): Promise<void> {
  for (let pending = pendingLoads.get(host); pending?.size; pending = pendingLoads.get(host)) await Promise.all(pending);
}

/**
 * Runs `then` when the browser has a moment (after the first paint), or soon where it cannot say;
 * returns what cancels it. A page that keeps the browser busy can hold the call for its whole 2 s.
 */
function whenIdle(then: () => void): () => void {
  if ('requestIdleCallback' in globalThis) return cancelIdleCallback.bind(globalThis, requestIdleCallback(then, { timeout: 2000 }));
  return clearTimeout.bind(globalThis, setTimeout(then, 200));
}

/**
 * A module of a widget's later states (the thank-you screen, the results of a self-check, a chart)
 * kept out of its first download. It starts loading when the browser is idle after the first render,
 * so that it is usually there before the person gets to it, and sooner if the view asks first.
 * A load that fails (offline) is tried again by its retry button, the next explicit `load()`, or when
 * the browser comes back online.
 *
 * ```ts
 * private readonly results = new OnDemand(this, () => import('./views/results.view.js'));
 * // in render:
 * this.results.render((views) => views.resultsView(state), this.coreText.t)
 * ```
 */
export class OnDemand<Module> implements ReactiveController {
  private module: Module | undefined;
  private loading: Promise<Module> | undefined;
  private failed = false;
  /** A press is waiting for the module (`forAction`). */
  private pressWaiting = false;
  /** Cancels the idle prefetch asked for on connection, until it ran. */
  private cancelIdle: (() => void) | undefined;

  /**
   * `needed` says whether this page will use the module at all (a feed is configured, say): it is
   * asked when the browser is idle, and a module never needed is never fetched. Always, by default.
   */
  constructor(
    private readonly host: ReactiveControllerHost & object,
    private readonly importer: () => Promise<Module>,
    private readonly needed: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.retry);
    if (!this.module)
      this.cancelIdle ??= whenIdle(() => {
        this.cancelIdle = undefined;
        // Asked for already (loading, here, or failed and waiting for the person's retry): nothing to do.
        if (!this.loading && !this.module && !this.failed && this.needed()) void this.load().catch(() => undefined);
      });
  }

  /**
   * Off the page: the idle prefetch is cancelled (coming back asks again). Pending, it held the element
   * and all its nodes for up to 2 s after removal, then loaded the module for an element no longer shown.
   */
  hostDisconnected(): void {
    removeEventListener('online', this.retry);
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }

  /**
   * A load that failed, tried again: by the notice's button, or when the browser is back online (what
   * has no button of its own, the read-aloud buttons asked for through `value`, comes back without a reload).
   */
  private readonly retry = (): void => {
    if (this.failed) void this.load().catch(() => undefined);
  };

  /** The module if it has arrived, without asking for it. */
  get loaded(): Module | undefined {
    return this.module;
  }

  /** The module if it has arrived; otherwise undefined, and it is on its way (the host updates on arrival). */
  get value(): Module | undefined {
    if (!this.module && !this.failed) void this.load().catch(() => undefined);
    return this.module;
  }

  /** Loads the module (once; again after a failure). The host's `updateComplete` waits for it. */
  load(): Promise<Module> {
    if (this.module) return Promise.resolve(this.module);
    if (!this.loading) {
      // A retry: the alert gives way to the loading line at once.
      if (this.failed) this.host.requestUpdate();
      this.failed = false;
      this.loading = this.importer().then(
        (module) => {
          this.module = module;
          this.host.requestUpdate();
          return module;
        },
        (error: unknown) => {
          this.loading = undefined;
          this.failed = true;
          this.host.requestUpdate();
          throw error;
        },
      );
      trackLoad(this.host, this.loading);
    }
    return this.loading;
  }

  /**
   * The module for what the person just did (a press on "Suivant"): at once when it is here; else
   * waited for, the status line (`status()` reads it, `status(text)` writes it) saying "Chargement…"
   * meanwhile, or that it could not come (offline): undefined then, and the next press tries again.
   * Undefined too for another press while one waits (`waiting`): the first one goes on. And undefined
   * when the view moved on meanwhile (a step back, a kiosk reset: the status line no longer says
   * "Chargement…"): the old press must not act on a screen it was not made on.
   */
  async forAction(status: (text?: string) => string, t: { loading: string; loadFailed: string }): Promise<Module | undefined> {
    // Here, or undefined for a press while another waits.
    if (this.module || this.pressWaiting) return this.module;
    status(t.loading);
    this.pressWaiting = true;
    const module = await this.load().catch(() => undefined);
    this.pressWaiting = false;
    // The view moved on meanwhile: the old press does nothing and says nothing.
    if (status() !== t.loading) return undefined;
    status(module ? '' : t.loadFailed);
    return module;
  }

  /** A press is waiting for the module (`forAction`): another one meanwhile does nothing. */
  get waiting(): boolean {
    return this.pressWaiting;
  }

  /**
   * Renders with the module once it is here; meanwhile a polite "loading" line, or, when the load
   * failed, what happened and a button to try again.
   */
  render<Result>(view: (module: Module) => Result, t: { loading: string; loadFailed: string; tryAgain: string }): Result | TemplateResult {
    const module = this.value;
    if (module) return view(module);
    return this.failed ? loadFailedNotice(t, this.retry) : loadingLine(t);
  }
}

/** What shows while a part of a widget is on its way: a polite status line. */
export function loadingLine(t: { loading: string }): TemplateResult {
  return html`<p class="loading" part="loading" role="status">${t.loading}</p>`;
}

/** A part of a widget that could not be loaded (offline): what happened, and a button to try again. */
export function loadFailedNotice(t: { loadFailed: string; tryAgain: string }, retry: () => void): TemplateResult {
  return html`<div class="notice error" part="load-notice" role="alert">
    <p>${t.loadFailed}</p>
    <button type="button" part="button" @click=${retry}>${t.tryAgain}</button>
  </div>`;
}
