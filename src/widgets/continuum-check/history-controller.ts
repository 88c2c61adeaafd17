import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HISTORY_NAMESPACE } from '../../contracts/continuum-history.js';
import { sortHistory } from './continuum-shell.js';
import type { SavedAssessment } from './continuum-check.state.js';

/** The store comes with the delivery chunk, after the first render (render first, restore after: issue 16). */
import { openLocalStore } from '../../core/storage-probe.js';

/**
 * The team's past assessments, kept in this device's documents store (the results view reads them
 * too, under the history namespace). Loaded once the host knows its database, re-read after a save.
 */
export class HistoryController implements ReactiveController {
  /** Past assessments, oldest first. */
  assessments: SavedAssessment[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's database name, known once its config is resolved. */
    private readonly dbName: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The last one saved, if any. */
  get last(): SavedAssessment | undefined {
    return this.assessments.at(-1);
  }

  /** Reads the history; an unreadable store gives an empty history, not a broken widget. */
  async load(): Promise<void> {
    try {
      const documents = await (await openLocalStore(this.dbName())).listDocuments<SavedAssessment>(HISTORY_NAMESPACE);
      this.assessments = sortHistory(documents.map((d) => d.value));
    } catch {
      this.assessments = [];
    }
    this.host.requestUpdate();
  }

  /** Keeps an assessment (replacing the one with its id), then re-reads the history. Rejects when the store fails. */
  async save(record: SavedAssessment): Promise<void> {
    await (await openLocalStore(this.dbName())).putDocument(HISTORY_NAMESPACE, record.id, record);
    await this.load();
  }
}
