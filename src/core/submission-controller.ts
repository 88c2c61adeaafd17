import type { ReactiveController } from 'lit';
import { createEnvelope, type Envelope } from './envelope.js';
import { MspDeliveredEvent, MspErrorEvent, MspSubmittedEvent } from './events.js';
import type { Outbox, OutboxEventDetail, OutboxProblemDetail, SubmitOutcome } from './outbox.js';

/**
 * The outbox and the store (outbox.ts, storage.ts, idb) are not in a widget's first download: they
 * load once the form is on screen (to deliver what earlier pages left waiting), or at the first send.
 */
let delivery: Promise<typeof import('./outbox.js')> | undefined;
export const loadDelivery = () => (delivery ??= import('./outbox.js'));
import type { MspWidget } from './widget-base.js';

export type SubmissionState = 'idle' | 'sending' | 'done';

/** Hosts per outbox, so a later delivery is announced once, by the first widget of that kind and endpoint. */
const hostsByOutbox = new WeakMap<Outbox, Set<SubmissionController>>();

/**
 * One widget's path from form to endpoint or local store: the spam guards (honeypot, minimum time),
 * the envelope, the outbox, the `msp-*` events, and the state the widget renders (idle, sending, done
 * with an outcome). A queued item delivered later updates the confirmation and is announced.
 */
export class SubmissionController implements ReactiveController {
  state: SubmissionState = 'idle';
  /** The last outcome; the widget renders it while `state` is `done` (and `failed` next to the form). */
  outcome: SubmitOutcome | undefined;
  /** The envelope last submitted (for the confirmation's details). */
  envelope: Envelope | undefined;
  /** Set when a queued submission of this page got through later. */
  deliveredLater = false;
  /** What a bot typed in the honeypot. */
  honeypot = '';
  private shownAt = Date.now();
  private outbox: Outbox | undefined;
  /** The id being submitted: what the outbox says about it waits until `msp-submitted` is out. */
  private submittingId: string | undefined;
  private deferred: Array<() => void> = [];

  constructor(private readonly host: MspWidget) {
    host.addController(this);
  }

  hostConnected(): void {
    this.shownAt = Date.now();
    // The database and timeout come from the config, resolved in the host's first update.
    void this.host.updateComplete.then(async () => {
      await loadDelivery();
      if (this.host.isConnected) await this.attach();
    });
  }

  hostDisconnected(): void {
    if (this.outbox) hostsByOutbox.get(this.outbox)?.delete(this);
    this.outbox = undefined;
  }

  /** Joins the page's outbox for this widget's database (which starts flushing leftovers from earlier pages). */
  private async attach(): Promise<Outbox> {
    const { Outbox } = await loadDelivery();
    const target = this.host.submissionTarget;
    const outbox = Outbox.forDatabase(target.dbName, { timeoutMs: target.requestTimeoutMs });
    if (this.outbox !== outbox) {
      if (this.outbox) hostsByOutbox.get(this.outbox)?.delete(this);
      this.outbox = outbox;
      let hosts = hostsByOutbox.get(outbox);
      if (!hosts) {
        hosts = new Set();
        hostsByOutbox.set(outbox, hosts);
        outbox.addEventListener('delivered', (event) => announceDelivery(outbox, (event as CustomEvent<OutboxEventDetail>).detail));
        outbox.addEventListener('problem', (event) => announceProblem(outbox, (event as CustomEvent<OutboxProblemDetail>).detail));
      }
      hosts.add(this);
    }
    return outbox;
  }

  /** Seconds the person must still wait before sending (spam guard); 0 when they may send. */
  get secondsToWait(): number {
    const elapsed = (Date.now() - this.shownAt) / 1000;
    return Math.max(0, Math.ceil(this.host.submissionTarget.minSecondsToSubmit - elapsed));
  }

  /**
   * Sends or keeps a payload. Returns `too-fast` when the form was sent sooner than a person could;
   * a filled honeypot is answered like a success and nothing leaves the page.
   */
  async submit(payload: Record<string, unknown>): Promise<SubmitOutcome | 'too-fast'> {
    if (this.state === 'sending') return this.outcome ?? 'too-fast';
    if (this.secondsToWait > 0) return 'too-fast';
    const target = this.host.submissionTarget;
    if (!target.kind) throw new Error(`${this.host.localName} submits nothing`);
    // The outbox checks it against the envelope's schema before it keeps or sends it.
    const envelope = createEnvelope(target.kind, payload, { locale: target.locale, structure: target.structure });
    this.envelope = envelope;
    this.deliveredLater = false;
    if (this.honeypot) {
      this.finish({ status: target.endpoint ? 'sent' : 'saved', id: envelope.id, kept: false });
      return this.outcome!;
    }
    this.state = 'sending';
    this.host.requestUpdate();
    let outcome: SubmitOutcome;
    this.submittingId = envelope.id;
    try {
      // The outbox's file may still be on its way (or, offline, never come): a failure, text kept.
      const outbox = await this.attach();
      outcome = target.endpoint ? await outbox.submit(envelope, target.endpoint) : await outbox.save(envelope);
    } catch {
      // Never leave the form stuck on "sending": the person keeps their text and can try again.
      outcome = { status: 'failed', id: envelope.id, kept: false };
    }
    this.finish(outcome);
    const { id, kind } = envelope;
    if (outcome.status === 'sent' || outcome.status === 'queued' || outcome.status === 'saved') {
      this.host.dispatchEvent(
        new MspSubmittedEvent({ id, kind, status: outcome.status, ...(outcome.response !== undefined ? { response: outcome.response } : {}) }),
      );
    } else {
      // The person reads a plain sentence; the code is for the webmaster, here and in msp-error.
      if (outcome.status === 'rejected') console.warn(`[${this.host.localName}] Envoi refusé par l’adresse de réception (HTTP ${outcome.httpStatus ?? '?'}).`);
      this.host.dispatchEvent(new MspErrorEvent({ id, kind, reason: outcome.status, ...(outcome.httpStatus ? { httpStatus: outcome.httpStatus } : {}) }));
    }
    // Then what happened during the send: msp-submitted always comes before msp-delivered or a problem.
    this.submittingId = undefined;
    for (const announce of this.deferred.splice(0)) announce();
    return outcome;
  }

  /** True while this widget is submitting that item (its own send's news waits for msp-submitted). */
  isSubmitting(id: string): boolean {
    return this.submittingId === id;
  }

  /** Runs now, or after msp-submitted when it concerns the item being submitted. */
  private announce(id: string, run: () => void): void {
    if (this.submittingId === id) this.deferred.push(run);
    else run();
  }

  /** Back to an empty form (after "write another", or the kiosk's reset). */
  reset(): void {
    this.state = 'idle';
    this.outcome = undefined;
    this.envelope = undefined;
    this.deliveredLater = false;
    this.honeypot = '';
    this.shownAt = Date.now();
    this.host.requestUpdate();
  }

  private finish(outcome: SubmitOutcome): void {
    this.outcome = outcome;
    // A failure leaves the form filled in so the person loses nothing; everything else is done.
    this.state = outcome.status === 'failed' ? 'idle' : 'done';
    this.host.requestUpdate();
  }

  /** True when this widget submits that kind to that endpoint. */
  sendsLike(kind: string, endpoint: string): boolean {
    const target = this.host.submissionTarget;
    return target.kind === kind && target.endpoint === endpoint;
  }

  /** Called for a delivery of this page's or an earlier page's item (after msp-submitted for its own send). */
  onDelivered(detail: OutboxEventDetail): void {
    this.announce(detail.item.id, () => {
      // Queued, or refused for now and retried: it got through after all.
      const waiting = this.outcome?.status === 'queued' || (this.outcome?.status === 'rejected' && this.outcome.retryUntil !== undefined);
      if (this.outcome?.id === detail.item.id && waiting) {
        const { retryUntil: _retryUntil, personalDataErasedAt: _erasedAt, keptUntil: _keptUntil, httpStatus: _httpStatus, ...rest } = this.outcome;
        this.outcome = { ...rest, status: 'sent', kept: true, response: detail.response };
        this.deliveredLater = true;
        this.host.requestUpdate();
      }
      const { id, kind } = detail.item;
      this.host.dispatchEvent(new MspDeliveredEvent({ id, kind, ...(detail.response !== undefined ? { response: detail.response } : {}) }));
    });
  }

  /** Called when the outbox finds the endpoint redirecting, answering HTML, or unreachable while online. */
  onProblem(detail: OutboxProblemDetail): void {
    this.announce(detail.item.id, () => {
      const { id, kind } = detail.item;
      const { message } = detail;
      console.warn(`[${this.host.localName}] ${message}`);
      this.host.dispatchEvent(new MspErrorEvent({ id, kind, reason: detail.reason, message, ...(detail.httpStatus ? { httpStatus: detail.httpStatus } : {}) }));
    });
  }
}

/** The widget that sends (or sent) that item, else the first one of the same kind and endpoint on this page. */
function ownerOf(outbox: Outbox, item: { id: string; kind: string; endpoint: string }): SubmissionController | undefined {
  const hosts = [...(hostsByOutbox.get(outbox) ?? [])];
  return hosts.find((c) => c.isSubmitting(item.id)) ?? hosts.find((c) => c.outcome?.id === item.id) ?? hosts.find((c) => c.sendsLike(item.kind, item.endpoint));
}

function announceDelivery(outbox: Outbox, detail: OutboxEventDetail): void {
  ownerOf(outbox, detail.item)?.onDelivered(detail);
}

function announceProblem(outbox: Outbox, detail: OutboxProblemDetail): void {
  ownerOf(outbox, detail.item)?.onProblem(detail);
}
