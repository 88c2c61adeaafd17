import type { ReactiveControllerHost } from 'lit';
import { downloadFile, fileSlug } from '../../../core/download.js';
import { standaloneSvg, svgToPng } from '../chart-file.js';
import { localDay } from '../../../core/envelope.js';
import { deletableAfterExport, feedFile, personalKinds, planExport, type ExportPlan } from '../export-plan.js';
import type { ExportFile } from '../exports.js';
import { MspExportEvent, type ExportDetail } from '../export-event.js';
import type { PanelView, ResultsContext } from '../results.state.js';
import type { ExportHandlers, ExportState } from '../views/export.view.js';
import type { ResultsLoadController } from './load.controller.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Exports of what is shown, the idea feed file, and delete-after-export (on this device only, after a confirmation). */
export class ExportController {
  /** The team ticked "include personal data". */
  includePersonal = false;
  /** The last export of the kind shown: what a delete-after-export removes. */
  last: ExportPlan | undefined;
  confirmingDelete = false;

  /** The export view's callbacks. */
  readonly on: ExportHandlers = {
    includePersonal: (checked) => this.setIncludePersonal(checked),
    export: (format, raw) => void this.export(format, raw),
    askDelete: () => void this.askDelete(),
    cancelDelete: () => void this.cancelDelete(),
    confirmDelete: () => void this.confirmDelete(),
  };

  constructor(
    private readonly host: Host,
    private readonly context: ResultsContext,
    private readonly loader: ResultsLoadController,
    private readonly panel: () => PanelView,
    private readonly statusLabel: (id: string) => string,
  ) {}

  /** What the export view shows for the kind shown. */
  get view(): ExportState {
    const personalOffered = personalKinds.has(this.panel().kind);
    const rawOffered = this.panel().kind === 'survey';
    return { personalOffered, rawOffered, includePersonal: this.includePersonal, deletable: this.deletable, confirmingDelete: this.confirmingDelete };
  }

  /** Items of the last export this device may delete. */
  get deletable(): number {
    const last = this.last?.kind === this.panel().kind ? this.last : undefined;
    return deletableAfterExport(last, this.loader.local).length;
  }

  /** A new kind shown, or a new source: nothing exported yet. */
  reset(): void {
    this.includePersonal = false;
    this.last = undefined;
    this.confirmingDelete = false;
    this.host.requestUpdate();
  }

  setIncludePersonal(checked: boolean): void {
    this.includePersonal = checked;
    this.host.requestUpdate();
  }

  /** Writes what is shown as CSV, JSON or .xlsx (surveys: the summary, or one row per response when `raw`). */
  async export(format: 'csv' | 'json' | 'xlsx', raw = false): Promise<void> {
    const t = this.context.t;
    const plan = planExport(this.loader.data, this.panel(), {
      format,
      raw,
      includePersonal: this.includePersonal,
      structure: this.context.settings.structureName,
      statusLabel: this.statusLabel,
      text: t.exportText,
      now: new Date(),
    });
    let filename = plan.file.filename;
    if (format === 'xlsx') {
      try {
        // Loaded only now: the writer never weighs on a page that does not export.
        const { toXlsx, XLSX_TYPE } = await import('../xlsx.js');
        const blob = await toXlsx(plan.file.sheet!);
        filename = filename.replace(/\.csv$/, '.xlsx');
        downloadFile(filename, blob, XLSX_TYPE);
        this.host.dispatchEvent(
          new MspExportEvent({ kind: plan.kind, format, filename, count: plan.file.count, personalData: plan.personalData, content: '', blob }),
        );
      } catch {
        this.context.say(t.xlsxFailed);
        return;
      }
    } else this.offer(plan.file, plan.kind, format, plan.personalData);
    this.last = plan;
    this.confirmingDelete = false;
    this.context.say(t.exported(filename, plan.file.count));
    this.host.requestUpdate();
  }

  /** The "vous avez dit, nous avons fait" feed as a file. */
  exportFeed(): void {
    const { settings } = this.context;
    const rows = this.loader.data.ideaRows(this.panel().answers);
    const file = feedFile(rows, { structure: settings.structureName, statuses: settings.statuses, updatedAt: localDay(new Date()) });
    this.offer(file, 'idea-feed', 'json', false);
    this.context.say(this.context.t.feedDone);
  }

  async askDelete(): Promise<void> {
    this.confirmingDelete = true;
    await this.context.focus('#delete-confirm');
  }

  async cancelDelete(): Promise<void> {
    this.confirmingDelete = false;
    await this.context.focus('#delete-exported');
  }

  async confirmDelete(): Promise<void> {
    const items = deletableAfterExport(this.last, this.loader.local);
    if (!items.length) return;
    const closed = () => {
      this.last = undefined;
      this.confirmingDelete = false;
    };
    if (!(await this.loader.deleteLocal(items, closed, (count) => this.context.t.deleted(count)))) return;
    // The confirmation and its buttons are gone: focus goes to the section, not to the page.
    await this.context.focus('#export-title');
  }

  /** Copies the feed's address for the team to paste in the idea box's `feed`; selects it when the browser refuses. */
  async copyFeedAddress(address: string): Promise<void> {
    const t = this.context.t;
    try {
      await navigator.clipboard.writeText(address);
      this.context.say(t.feedAddressCopied);
    } catch {
      // No clipboard (an http page, a refused permission): the address is selected for Ctrl+C.
      this.context.say(t.feedAddressNotCopied);
      const field = this.host.renderRoot.querySelector<HTMLInputElement>('#feed-address');
      field?.focus();
      field?.select();
    }
  }

  /** A chart as a file for slides: a standalone SVG, or a PNG drawn from it. */
  async downloadChart(id: string, title: string, format: 'svg' | 'png'): Promise<void> {
    const chart = this.host.renderRoot.querySelector<SVGSVGElement>(`svg[id="${id}"]`);
    if (!chart) return;
    const bar = chart.querySelector('.chart-bar');
    const label = chart.querySelector('.chart-label');
    const look = {
      bar: bar ? getComputedStyle(bar).fill : '#1d4f91',
      text: label ? getComputedStyle(label).fill : '#1e1e1e',
      font: getComputedStyle(this.host).fontFamily || 'sans-serif',
    };
    const svgText = standaloneSvg(chart, look);
    const filename = `graphique-${fileSlug(title, 60)}.${format}`;
    try {
      const blob = format === 'png' ? await svgToPng(svgText) : undefined;
      downloadFile(filename, blob ?? svgText, format === 'png' ? 'image/png' : 'image/svg+xml');
      this.host.dispatchEvent(new MspExportEvent({ kind: 'chart', format, filename, count: 1, personalData: false, content: blob ? '' : svgText, blob }));
      this.context.say(this.context.t.chartDownloaded(filename));
    } catch {
      this.context.say(this.context.t.chartFailed);
    }
  }

  private offer(file: ExportFile, kind: ExportDetail['kind'], format: 'csv' | 'json', personalData: boolean): void {
    downloadFile(file.filename, file.content, file.mimeType);
    this.host.dispatchEvent(new MspExportEvent({ kind, format, filename: file.filename, count: file.count, personalData, content: file.content }));
  }
}
