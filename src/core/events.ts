import type { SubmissionKind } from './envelope.js';
import type { ConfigProblem } from './config.js';

/** Detail of `msp-submitted`: the submission left the form. */
export interface SubmittedDetail {
  id: string;
  kind: SubmissionKind;
  /** `sent` (endpoint answered 2xx), `queued` (kept, will be sent), `saved` (no endpoint: kept locally). */
  status: 'sent' | 'queued' | 'saved';
  /** The endpoint's JSON answer, when sent. */
  response?: unknown;
}

/** Detail of `msp-delivered`: the submission reached the endpoint (always after its `msp-submitted`; later for a queued one). */
export interface DeliveredDetail {
  id: string;
  kind: SubmissionKind;
  response?: unknown;
}

/** Detail of `msp-error`. */
export interface ErrorDetail {
  /** The kind of submission concerned; absent for a widget that submits nothing (the results view). */
  kind?: SubmissionKind;
  /**
   * `rejected` (endpoint 4xx, kept), `failed` (neither sent nor kept), `config` (bad configuration),
   * `feed` (feed unreadable); and for the webmaster, while the submission stays kept and retried:
   * `redirect` (the endpoint redirects: never a delivery), `invalid-response` (a 2xx that is not JSON:
   * an HTML page), `unreachable` (online, yet the endpoint cannot be reached: CORS, DNS, TLS).
   */
  reason: 'rejected' | 'failed' | 'config' | 'feed' | 'redirect' | 'invalid-response' | 'unreachable' | 'no-storage';
  id?: string;
  httpStatus?: number;
  problems?: ConfigProblem[];
  message?: string;
}

const init = { bubbles: true, composed: true } as const;

/** A submission left the form (sent, queued or saved). */
export class MspSubmittedEvent extends CustomEvent<SubmittedDetail> {
  constructor(detail: SubmittedDetail) {
    super('msp-submitted', { ...init, detail });
  }
}

/** A submission reached the endpoint: right after `msp-submitted`, or later (this page or a later one) when it was queued. */
export class MspDeliveredEvent extends CustomEvent<DeliveredDetail> {
  constructor(detail: DeliveredDetail) {
    super('msp-delivered', { ...init, detail });
  }
}

/** Something the host page may want to know went wrong. */
export class MspErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('msp-error', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'msp-submitted': MspSubmittedEvent;
    'msp-delivered': MspDeliveredEvent;
    'msp-error': MspErrorEvent;
  }
}
