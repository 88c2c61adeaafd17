import type { ReactiveControllerHost } from 'lit';
import { nextInLine, type EventSummary, type SignupRow } from '../events.js';
import type { ResultsContext } from '../results.state.js';
import type { ResultsStrings } from '../translations/fr.js';
import { NotFoundError, RefusedError, RemoteSource, RemoteUnavailableError, UnauthorizedError, type SeatChange } from '../sources.js';
import type { EventsHandlers, EventsView } from '../views/events.view.js';
import type { ResultsLoadController } from './load.controller.js';

/** A change of seats on the collector (one of its token routes), and what to say once it is done. */
interface SeatAction {
  run(source: RemoteSource, event: EventSummary, row: SignupRow): Promise<SeatChange>;
  /** The outcome, with the names of the people the change promoted (to tell them). */
  done(t: ResultsStrings, row: SignupRow, promoted: string[]): string;
}

/** Cancel a signup, add seats (the collector promotes those waiting), mark a promoted person as told. */
const seatActions = {
  cancel: { run: (source, event, row) => source.cancelSignup(event.eventId, row.id), done: (t, row, promoted) => t.signupCancelled(row.name, promoted) },
  promote: { run: (source, event, row) => source.addSeats(event.eventId, row.seats), done: (t, row, promoted) => t.seatsAdded(row.seats, promoted) },
  notified: {
    run: (source, event, row) => source.markNotified(event.eventId, row.id).then(() => ({ promoted: [] })),
    done: (t, row) => t.notifiedDone(row.name),
  },
} satisfies Record<string, SeatAction>;

/**
 * Seats managed from the view, on the collector (its token routes, TEAM-API.md): cancel a signup
 * (after a confirmation), add seats to promote the first person waiting, mark a promoted person as
 * told; and the sign-in sheet of an event to print. Every change is followed by a new read, so the
 * places shown are always the collector's.
 */
export class SeatsController {
  /** The signup whose cancellation waits for the team's confirmation. */
  private confirming: string | undefined;
  /** The event whose sign-in sheet is shown (to print). */
  private sheet: string | undefined;
  private busy = false;

  readonly on: EventsHandlers = {
    askCancel: (row) => this.ask(row),
    keep: () => this.keep(),
    confirmCancel: (event, row) => void this.change(event, row, seatActions.cancel),
    promote: (event, row) => void this.promote(event, row),
    notified: (event, row) => void this.change(event, row, seatActions.notified),
    showSheet: (event) => void this.showSheet(event),
    closeSheet: () => void this.closeSheet(),
    print: () => window.print(),
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: ResultsContext,
    private readonly loader: ResultsLoadController,
  ) {}

  /** What the events view needs beyond the figures. */
  get view(): EventsView {
    return { manage: this.remote !== undefined, confirming: this.confirming, sheet: this.sheet, busy: this.busy };
  }

  /** Back to the list (a new source, another kind shown). */
  reset(): void {
    this.confirming = undefined;
    this.sheet = undefined;
  }

  private get remote(): RemoteSource | undefined {
    const source = this.loader.source;
    return source instanceof RemoteSource ? source : undefined;
  }

  private ask(row: SignupRow): void {
    this.confirming = row.id;
    void this.context.focus(`[id="cancel-confirm-${row.id}"]`);
  }

  private keep(): void {
    const id = this.confirming;
    this.confirming = undefined;
    this.host.requestUpdate();
    if (id) void this.context.focus(`[data-cancel="${id}"]`);
  }

  /** Adds the seats the first person waiting asks for: the collector promotes them (nobody overtakes). */
  private async promote(event: EventSummary, row: SignupRow): Promise<void> {
    if (nextInLine(event)?.id === row.id) await this.change(event, row, seatActions.promote);
  }

  /** Runs one change on the collector, reads again, and says the outcome (the names promoted, to tell them). */
  private async change(event: EventSummary, row: SignupRow, what: SeatAction): Promise<void> {
    const source = this.remote;
    if (!source || this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      const change = await what.run(source, event, row);
      const names = change.promoted.map((entry) => event.rows.find((signup) => signup.id.toLowerCase() === entry.id.toLowerCase())?.name ?? entry.id);
      this.confirming = undefined;
      await this.loader.refresh();
      this.context.say(what.done(this.context.t, row, names));
    } catch (error) {
      this.context.say(this.failureMessage(error));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private async showSheet(event: EventSummary): Promise<void> {
    this.sheet = event.eventId;
    await this.context.focus('#sheet-title');
  }

  private async closeSheet(): Promise<void> {
    const id = this.sheet;
    this.sheet = undefined;
    this.host.requestUpdate();
    if (id) await this.context.focus(`[data-sheet="${id}"]`);
  }

  private failureMessage(error: unknown): string {
    const t = this.context.t;
    if (error instanceof UnauthorizedError) return t.seatsUnauthorized;
    if (error instanceof NotFoundError || error instanceof RefusedError) return t.seatsRefused;
    if (error instanceof RemoteUnavailableError) return t.seatsUnavailable;
    return t.seatsUnavailable;
  }
}
