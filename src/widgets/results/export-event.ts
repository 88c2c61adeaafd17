import type { SubmissionKind } from '../../core/envelope.js';

/** Detail of `msp-export`: a file was prepared for download. */
export interface ExportDetail {
  kind: SubmissionKind | 'idea-feed';
  format: 'csv' | 'json';
  filename: string;
  /** Lines (CSV) or items (JSON) written. */
  count: number;
  /** True when the team ticked "include personal data". */
  personalData: boolean;
  /** The file's text, for a host that stores it elsewhere (an intranet) instead of downloading. */
  content: string;
}

/** A file was prepared for download (export or idea feed). */
export class MspExportEvent extends CustomEvent<ExportDetail> {
  constructor(detail: ExportDetail) {
    super('msp-export', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'msp-export': MspExportEvent;
  }
}
