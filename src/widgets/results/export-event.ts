import type { SubmissionKind } from '../../core/envelope.js';

/** Detail of `msp-export`: a file was prepared for download. */
export interface ExportDetail {
  /** 'chart': a chart of the view as an image (SVG or PNG); 'yearly-summary': the year's summary for the ACI report (CSV or text). */
  kind: SubmissionKind | 'idea-feed' | 'chart' | 'yearly-summary';
  format: 'csv' | 'json' | 'xlsx' | 'svg' | 'png' | 'txt';
  filename: string;
  /** Lines (CSV) or items (JSON) written. */
  count: number;
  /** True when the team ticked "include personal data". */
  personalData: boolean;
  /** The file's text, for a host that stores it elsewhere (an intranet) instead of downloading; '' for .xlsx (see `blob`). */
  content: string;
  /** The file itself when it is not text (.xlsx, .png). */
  blob?: Blob | undefined;
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
