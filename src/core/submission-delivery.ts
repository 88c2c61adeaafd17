// What joins a widget's SubmissionController to the page's outbox: joining the outbox of its database
// (which starts flushing what earlier pages left), sending or keeping an envelope, and telling the
// widget that sent an item what the outbox says of it later (delivered, or a problem with the
// endpoint). In the delivery chunk, with outbox.ts: loaded after the first render, never before it.
import type { Envelope } from './envelope.js';
import { MspDeliveredEvent, MspErrorEvent } from './events.js';
import { Outbox, type OutboxEventDetail, type OutboxProblemDetail, type SubmitOutcome } from './outbox.js';
import type { SubmissionController } from './submission-controller.js';

/** Widgets per outbox, so a later delivery is announced once, by the first widget of that kind and endpoint. */
const hostsByOutbox = new WeakMap<Outbox, Set<SubmissionController>>();

/** Joins the page's outbox for the widget's database (which starts flushing leftovers from earlier pages). */
export function join(controller: SubmissionController): Outbox {
  const target = controller.host.submissionTarget;
  const outbox = Outbox.forDatabase(target.dbName, { timeoutMs: target.requestTimeoutMs });
  if (controller.outbox !== outbox) {
    leave(controller);
    controller.outbox = outbox;
    let hosts = hostsByOutbox.get(outbox);
    if (!hosts) {
      hosts = new Set();
      hostsByOutbox.set(outbox, hosts);
      outbox.addEventListener('delivered', (event) => {
        const detail = (event as CustomEvent<OutboxEventDetail>).detail;
        const owner = ownerOf(outbox, detail.item);
        if (owner) announce(owner, detail.item.id, () => delivered(owner, detail));
      });
      outbox.addEventListener('problem', (event) => {
        const detail = (event as CustomEvent<OutboxProblemDetail>).detail;
        const owner = ownerOf(outbox, detail.item);
        if (owner) announce(owner, detail.item.id, () => problem(owner, detail));
      });
    }
    hosts.add(controller);
  }
  return outbox;
}

/** The widget left the page: its outbox no longer announces anything to it. */
export function leave(controller: SubmissionController): void {
  if (controller.outbox) hostsByOutbox.get(controller.outbox)?.delete(controller);
  controller.outbox = undefined;
}

/** Sends the envelope to the endpoint through the outbox, or keeps it in this browser without one. */
export function deliver(controller: SubmissionController, envelope: Envelope, endpoint: string | undefined): Promise<SubmitOutcome> {
  const outbox = join(controller);
  return endpoint ? outbox.submit(envelope, endpoint) : outbox.save(envelope);
}

/** Runs now, or after msp-submitted when it concerns the item being submitted. */
function announce(controller: SubmissionController, id: string, run: () => void): void {
  if (controller.isSubmitting(id)) controller.deferred.push(run);
  else run();
}

/** A delivery of this page's or an earlier page's item (after msp-submitted for its own send). */
function delivered(controller: SubmissionController, detail: OutboxEventDetail): void {
  const { host, outcome } = controller;
  // Queued, or refused for now and retried: it got through after all.
  const waiting = outcome?.status === 'queued' || (outcome?.status === 'rejected' && outcome.retryUntil !== undefined);
  if (outcome?.id === detail.item.id && waiting) {
    const { retryUntil: _retryUntil, personalDataErasedAt: _erasedAt, keptUntil: _keptUntil, httpStatus: _httpStatus, ...rest } = outcome;
    controller.outcome = { ...rest, status: 'sent', kept: true, response: detail.response };
    controller.deliveredLater = true;
    host.requestUpdate();
  }
  const { id, kind } = detail.item;
  host.dispatchEvent(new MspDeliveredEvent({ id, kind, ...(detail.response !== undefined ? { response: detail.response } : {}) }));
}

/** The outbox finds the endpoint redirecting, answering HTML, or unreachable while online. */
function problem(controller: SubmissionController, detail: OutboxProblemDetail): void {
  const { id, kind } = detail.item;
  const { message } = detail;
  console.warn(`[${controller.host.localName}] ${message}`);
  controller.host.dispatchEvent(
    new MspErrorEvent({ id, kind, reason: detail.reason, message, ...(detail.httpStatus ? { httpStatus: detail.httpStatus } : {}) }),
  );
}

/** The widget that sends (or sent) that item, else the first one of the same kind and endpoint on this page. */
function ownerOf(outbox: Outbox, item: { id: string; kind: string; endpoint: string }): SubmissionController | undefined {
  const hosts = [...(hostsByOutbox.get(outbox) ?? [])];
  return hosts.find((c) => c.isSubmitting(item.id)) ?? hosts.find((c) => c.outcome?.id === item.id) ?? hosts.find((c) => c.sendsLike(item.kind, item.endpoint));
}
