// What the collector keeps, in SQL that runs unchanged on PGlite and PostgreSQL. Every decision that
// two requests could race on (a key's first answer, an event's seats, a cancellation's promotions) is
// taken inside one transaction holding the event's row lock (`select … for update`), never by
// re-reading what was stored before.
import { createHash, randomBytes } from 'node:crypto';
import type { Envelope } from '../src/core/envelope.js';
import type { EventItem } from '../src/contracts/event-signup.js';
import {
  allocateSeats,
  NOTIFIED,
  payloadOf,
  PROMOTION,
  promotedBetween,
  registrationOf,
  seatsAnswer,
  type SeatAllocation,
  type SeatsAnswer,
} from '../src/contracts/seats.js';
import { cancelSignup } from './event-signup.js';
import { GroupCommit } from '../src/core/group-commit.js';
import type { Database, Sql } from './db.js';
import type { TeamAction } from './kinds.js';

export type { TeamAction };

/** One team (MSP, centre de santé, CPTS): its own slug, origins, tokens and retention. */
export interface Structure {
  id: number;
  slug: string;
  name: string;
  origins: string[];
  /** Months contacts are kept (after the event, or after the submission). */
  contactsMonths: number;
  /** Months everything else is kept. */
  submissionsMonths: number;
}

/** One accepted submission as the collector keeps it (no IP address, no headers). */
export interface CollectedRecord {
  /** The Idempotency-Key (the envelope id, lower case). */
  key: string;
  /** sha256 of the canonical JSON of the body, to tell a replay from a different body under the same key. */
  bodyHash: string;
  /** The answer given the first time, given again to a replay. */
  status: number;
  response: Record<string, unknown>;
  envelope: Envelope;
  /** Day of receipt for anonymous kinds, instant otherwise. */
  receivedAt: string;
}

/** The team's answer to an idea, as `GET /submissions` and `PUT /ideas/<id>/answer` give it. */
export interface IdeaAnswer {
  ideaId: string;
  status: string;
  answer: string;
  publishText: boolean;
  answeredAt: string;
}

export type AcceptResult = { outcome: 'stored' | 'replay'; status: number; response: Record<string, unknown> } | { outcome: 'key-reused' };

export const DEFAULT_SLUG = 'default';

/** sha256 of a token: tokens are random (144 bits), so a plain hash is enough and lookups stay indexed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The day, as the team lives it (Europe/Paris): what a French team calls "today". */
export function parisDay(date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

interface StructureRow {
  id: number;
  slug: string;
  name: string;
  origins: string[];
  contacts_months: number;
  submissions_months: number;
}

const structureOf = (row: StructureRow): Structure => ({
  id: Number(row.id),
  slug: row.slug,
  name: row.name,
  origins: row.origins,
  contactsMonths: Number(row.contacts_months),
  submissionsMonths: Number(row.submissions_months),
});

interface SubmissionRow {
  key: string;
  body_hash: string;
  status: number;
  response: Record<string, unknown>;
  envelope: Envelope;
  received_at: string;
}

const recordOf = (row: SubmissionRow): CollectedRecord => ({
  key: row.key,
  bodyHash: row.body_hash,
  status: Number(row.status),
  response: row.response,
  envelope: row.envelope,
  receivedAt: row.received_at,
});

export class Store {
  constructor(readonly db: Database) {}

  /** Submissions without an event, stored a group at a time (see `accept`). */
  private readonly plainInserts = new GroupCommit<PlainEntry, AcceptResult>((entries) => this.acceptPlain(entries), {
    maxGroup: 64,
    // The requests whose bytes came in this turn of the event loop join the group.
    gather: () => new Promise((resolve) => setImmediate(resolve)),
  });

  // ---- structures and tokens -------------------------------------------------------------

  async structure(slug: string): Promise<Structure | undefined> {
    const [row] = await this.db.query<StructureRow>('select * from structures where slug = $1', [slug]);
    return row ? structureOf(row) : undefined;
  }

  async structures(): Promise<Array<Structure & { tokens: number; submissions: number }>> {
    const rows = await this.db.query<StructureRow & { tokens: number; submissions: number }>(
      `select s.*,
         (select count(*)::int from tokens t where t.structure_id = s.id and t.revoked_at is null) as tokens,
         (select count(*)::int from submissions x where x.structure_id = s.id) as submissions
       from structures s order by s.slug`,
    );
    return rows.map((row) => ({ ...structureOf(row), tokens: Number(row.tokens), submissions: Number(row.submissions) }));
  }

  /** Creates the structure, or updates the fields given. */
  async saveStructure(input: { slug: string; name?: string; origins?: string[]; contactsMonths?: number; submissionsMonths?: number }): Promise<Structure> {
    const [row] = await this.db.query<StructureRow>(
      `insert into structures (slug, name, origins, contacts_months, submissions_months)
         values ($1, coalesce($2, $1), coalesce($3::jsonb, '[]'::jsonb), coalesce($4, 12), coalesce($5, 36))
       on conflict (slug) do update set
         name = coalesce($2, structures.name),
         origins = coalesce($3::jsonb, structures.origins),
         contacts_months = coalesce($4, structures.contacts_months),
         submissions_months = coalesce($5, structures.submissions_months)
       returning *`,
      [input.slug, input.name ?? null, input.origins ? JSON.stringify(input.origins) : null, input.contactsMonths ?? null, input.submissionsMonths ?? null],
    );
    return structureOf(row!);
  }

  /**
   * A new random token for the structure; `revokeOthers` ends every other one (rotation). The clear
   * token is returned once and never stored.
   */
  async issueToken(structureId: number, label: string, options: { revokeOthers?: boolean } = {}): Promise<string> {
    const token = newToken();
    await this.db.transaction(async (tx) => {
      if (options.revokeOthers) await tx.query('update tokens set revoked_at = now() where structure_id = $1 and revoked_at is null', [structureId]);
      await tx.query('insert into tokens (structure_id, hash, label) values ($1, $2, $3)', [structureId, hashToken(token), label]);
    });
    return token;
  }

  /** The token given in the configuration (option, environment): it replaces the previous configured one. */
  async setConfiguredToken(structureId: number, token: string): Promise<void> {
    const hash = hashToken(token);
    await this.db.transaction(async (tx) => {
      await tx.query(`update tokens set revoked_at = now() where structure_id = $1 and label = 'configuration' and hash <> $2 and revoked_at is null`, [
        structureId,
        hash,
      ]);
      const [existing] = await tx.query('select 1 from tokens where structure_id = $1 and hash = $2', [structureId, hash]);
      if (existing) await tx.query('update tokens set revoked_at = null where structure_id = $1 and hash = $2', [structureId, hash]);
      else await tx.query(`insert into tokens (structure_id, hash, label) values ($1, $2, 'configuration')`, [structureId, hash]);
    });
  }

  async activeTokens(structureId: number): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('select count(*)::int as n from tokens where structure_id = $1 and revoked_at is null', [structureId]);
    return Number(row?.n ?? 0);
  }

  /** True when `token` is a live token of this structure (a token only ever opens the structure it was given for). */
  async tokenOpens(structureId: number, token: string): Promise<boolean> {
    if (!token) return false;
    const rows = await this.db.query('select 1 from tokens where hash = $1 and structure_id = $2 and revoked_at is null', [hashToken(token), structureId]);
    return rows.length === 1;
  }

  // ---- submissions -----------------------------------------------------------------------

  /**
   * Stores a submission once per key, and gives an event signup its place, all in one transaction.
   * `beforeCommit` runs last inside it (the tests' simulated disk failure throws there: nothing kept).
   * A submission without an event (an idea, a survey answer, a self-check) needs no lock: it goes into
   * one multi-row insert with the others that arrive while the previous one runs (group commit); its
   * answer still waits for that insert to commit.
   */
  accept(structureId: number, record: CollectedRecord, options: { beforeCommit?: () => void } = {}): Promise<AcceptResult> {
    if (payloadOf(record.envelope)?.eventId === undefined) return this.plainInserts.add({ structureId, record, ...options });
    return this.acceptOne(structureId, record, options);
  }

  /**
   * A group of submissions without an event in one transaction: one multi-row `insert … on conflict do
   * nothing` keeps the first copy of each key (a key taken meanwhile by another request or collector, even
   * in this same group, is skipped); the keys it did not insert are read back in one query and answered as
   * replays (same body) or refused (another body); each entry's `beforeCommit` runs before the commit. If
   * the transaction fails, each is tried alone, so one bad row (or one failed write) cannot fail the others.
   */
  private async acceptPlain(entries: PlainEntry[]): Promise<Array<AcceptResult | Promise<AcceptResult>>> {
    let group: { stored: boolean[]; existing: Map<string, SubmissionRow> };
    try {
      group = await this.db.transaction(async (tx) => {
        const params: unknown[] = [];
        const rows = entries.map(({ structureId, record }) => {
          const at = params.length;
          params.push(...submissionValues(structureId, record, undefined, plainResponse(record)));
          return `(${SUBMISSION_COLUMNS.map((_, i) => `$${at + i + 1}`).join(', ')})`;
        });
        const inserted = await tx.query<{ structure_id: number; key: string }>(
          `insert into submissions (${SUBMISSION_COLUMNS.join(', ')}) values ${rows.join(', ')}
           on conflict (structure_id, key) do nothing returning structure_id, key`,
          params,
        );
        // A key twice in one group: the first entry is the one inserted; the second reads it back (a replay, or a refusal).
        const fresh = new Set(inserted.map((row) => `${Number(row.structure_id)}:${row.key}`));
        const stored = entries.map(({ structureId, record }) => fresh.delete(`${structureId}:${record.key}`));
        const others = entries.filter((_, i) => !stored[i]);
        const existing = new Map<string, SubmissionRow>();
        if (others.length) {
          const found = await tx.query<SubmissionRow & { structure_id: number }>(
            `select s.structure_id, s.key, s.body_hash, s.status, s.response, s.envelope, s.received_at
             from submissions s join unnest($1::int[], $2::text[]) as asked(structure_id, key)
               on s.structure_id = asked.structure_id and s.key = asked.key`,
            [others.map((entry) => entry.structureId), others.map((entry) => entry.record.key)],
          );
          for (const row of found) existing.set(`${Number(row.structure_id)}:${row.key}`, row);
        }
        for (const entry of entries) entry.beforeCommit?.();
        return { stored, existing };
      });
    } catch (error) {
      if (entries.length === 1) throw error;
      const alone = entries.map(({ structureId, record, beforeCommit }) => this.acceptOne(structureId, record, beforeCommit ? { beforeCommit } : {}));
      await Promise.allSettled(alone);
      return alone;
    }
    return entries.map(({ structureId, record }, i) => {
      if (group.stored[i]) return { outcome: 'stored', status: 201, response: plainResponse(record) };
      const existing = group.existing.get(`${structureId}:${record.key}`);
      // Gone again already (retention ran between the insert and the commit): stored afresh, alone.
      return existing ? answerTo(existing, record.bodyHash) : this.acceptOne(structureId, record);
    });
  }

  /** One submission in its own transaction (event signups, with their event's row lock). */
  private acceptOne(structureId: number, record: CollectedRecord, options: { beforeCommit?: () => void } = {}): Promise<AcceptResult> {
    return this.db.transaction(async (tx) => {
      const signup = payloadOf(record.envelope);
      const eventId = signup?.eventId;
      let capacity: number | null = null;
      if (eventId !== undefined) capacity = (await lockEvent(tx, structureId, eventId)).capacity;

      const existing = await findSubmission(tx, structureId, record.key);
      if (existing) return answerTo(existing, record.bodyHash);

      const response = plainResponse(record);
      if (eventId !== undefined) {
        const state = await eventState(tx, structureId, eventId);
        const allocation = allocateSeats(eventId, [...state.envelopes, record.envelope], state.actions, capacity);
        const registration = registrationOf(allocation, record.envelope.id);
        if (registration) response.registration = registration;
      }
      const inserted = await tx.query(
        `insert into submissions (${SUBMISSION_COLUMNS.join(', ')}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict (structure_id, key) do nothing returning seq`,
        submissionValues(structureId, record, eventId, response),
      );
      if (inserted.length === 0) {
        // The same key, committed by another request while this one waited on the unique index.
        const other = await findSubmission(tx, structureId, record.key);
        return answerTo(other!, record.bodyHash);
      }
      options.beforeCommit?.();
      return { outcome: 'stored', status: 201, response };
    });
  }

  async records(structureId: number, kind?: string | null): Promise<CollectedRecord[]> {
    const rows = await this.db.query<SubmissionRow>(
      `select key, body_hash, status, response, envelope, received_at from submissions
       where structure_id = $1 and ($2::text is null or kind = $2) order by seq`,
      [structureId, kind ?? null],
    );
    return rows.map(recordOf);
  }

  async actions(structureId: number): Promise<TeamAction[]> {
    return this.db.query<TeamAction>('select type, at, data from actions where structure_id = $1 order by seq', [structureId]);
  }

  // ---- events ----------------------------------------------------------------------------

  async eventDefinitions(structureId: number): Promise<Array<{ event: EventItem; capacity: number | null }>> {
    const rows = await this.db.query<{ definition: EventItem; capacity: number | null }>(
      `select definition, capacity from events where structure_id = $1 and definition is not null order by definition->>'start', event_id`,
      [structureId],
    );
    return rows.map((row) => ({ event: row.definition, capacity: row.capacity === null ? null : Number(row.capacity) }));
  }

  /** The seats of one event; capacity null when the team did not define it. */
  async seats(structureId: number, eventId: string): Promise<SeatAllocation> {
    const [row] = await this.db.query<{ capacity: number | null }>('select capacity from events where structure_id = $1 and event_id = $2', [
      structureId,
      eventId,
    ]);
    const state = await eventState(this.db, structureId, eventId);
    return allocateSeats(eventId, state.envelopes, state.actions, row?.capacity == null ? null : Number(row.capacity));
  }

  /**
   * The team defines (or redefines) an event. Raising the capacity promotes people from the waiting
   * list in arrival order (recorded as actions); a capacity that would take back a confirmed seat is
   * refused (the team cancels signups first).
   */
  defineEvent(
    structureId: number,
    event: EventItem,
    now = new Date(),
  ): Promise<{ ok: true; promoted: Array<{ id: string; seats: number }>; seats: SeatsAnswer } | { ok: false; taken: number }> {
    return this.db.transaction(async (tx) => {
      const current = await lockEvent(tx, structureId, event.id);
      const state = await eventState(tx, structureId, event.id);
      const capacity = event.capacity ?? null;
      const before = allocateSeats(event.id, state.envelopes, state.actions, current.capacity);
      const after = allocateSeats(event.id, state.envelopes, state.actions, capacity);
      const kept = new Set(after.confirmed.map((entry) => entry.id));
      if (before.confirmed.some((entry) => !kept.has(entry.id))) return { ok: false, taken: before.taken };
      const promoted = promotedBetween(before, after);
      const { seatsLeft: _ignored, ...definition } = event;
      await tx.query('update events set definition = $3, capacity = $4, updated_at = now() where structure_id = $1 and event_id = $2', [
        structureId,
        event.id,
        JSON.stringify(definition),
        capacity,
      ]);
      for (const entry of promoted)
        await insertAction(tx, structureId, { type: PROMOTION, at: now.toISOString(), data: { eventId: event.id, signupId: entry.id } });
      return { ok: true, promoted, seats: seatsAnswer(after) };
    });
  }

  /** Takes an event out of the feed; its signups and seats stay. False when it was never defined. */
  async withdrawEvent(structureId: number, eventId: string): Promise<boolean> {
    const rows = await this.db.query(
      'update events set definition = null, updated_at = now() where structure_id = $1 and event_id = $2 and definition is not null returning event_id',
      [structureId, eventId],
    );
    return rows.length > 0;
  }

  /** A team member frees a signup's seats; the people promoted are recorded once, here. */
  cancel(structureId: number, eventId: string, body: unknown, now = new Date()) {
    return this.db.transaction(async (tx) => {
      const { capacity } = await lockEvent(tx, structureId, eventId);
      const state = await eventState(tx, structureId, eventId);
      const result = cancelSignup(eventId, body, state.envelopes, state.actions, now, capacity);
      if (result.ok && !result.alreadyCancelled) {
        await insertAction(tx, structureId, result.action);
        for (const entry of result.promoted)
          await insertAction(tx, structureId, { type: PROMOTION, at: now.toISOString(), data: { eventId, signupId: entry.id } });
      }
      return result;
    });
  }

  /** The team told a promoted person; false when there is no such signup for this event. */
  async markNotified(structureId: number, eventId: string, signupId: string, now = new Date()): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ key: string }>('select key from submissions where structure_id = $1 and event_id = $2 and key = $3', [
        structureId,
        eventId,
        signupId.toLowerCase(),
      ]);
      if (!row) return false;
      await insertAction(tx, structureId, { type: NOTIFIED, at: now.toISOString(), data: { eventId, signupId: row.key } });
      return true;
    });
  }

  // ---- ideas -----------------------------------------------------------------------------

  async answerIdea(structureId: number, ideaId: string, answer: Omit<IdeaAnswer, 'ideaId' | 'answeredAt'>, now = new Date()): Promise<IdeaAnswer | undefined> {
    const key = ideaId.toLowerCase();
    const [idea] = await this.db.query('select 1 from submissions where structure_id = $1 and key = $2 and kind = $3', [structureId, key, 'idea']);
    if (!idea) return undefined;
    const answeredAt = parisDay(now);
    await this.db.query(
      `insert into idea_answers (structure_id, idea_id, status, answer, publish_text, answered_at) values ($1, $2, $3, $4, $5, $6)
       on conflict (structure_id, idea_id) do update set status = $3, answer = $4, publish_text = $5, answered_at = $6, updated_at = now()`,
      [structureId, key, answer.status, answer.answer, answer.publishText, answeredAt],
    );
    return { ideaId: key, ...answer, answeredAt };
  }

  async ideaAnswers(structureId: number): Promise<IdeaAnswer[]> {
    const rows = await this.db.query<{ idea_id: string; status: string; answer: string; publish_text: boolean; answered_at: string }>(
      'select idea_id, status, answer, publish_text, answered_at from idea_answers where structure_id = $1 order by updated_at, idea_id',
      [structureId],
    );
    return rows.map((row) => ({ ideaId: row.idea_id, status: row.status, answer: row.answer, publishText: row.publish_text, answeredAt: row.answered_at }));
  }

  /** Answered ideas with what the public feed may show: theme, day, and the text only where the team chose to publish it. */
  async answeredIdeas(structureId: number) {
    return this.db.query<{
      idea_id: string;
      status: string;
      answer: string;
      publish_text: boolean;
      answered_at: string;
      theme: string;
      theme_label: string;
      text: string | null;
      day: string;
    }>(
      `select a.idea_id, a.status, a.answer, a.publish_text, a.answered_at,
              s.envelope->'payload'->>'theme' as theme, s.envelope->'payload'->>'themeLabel' as theme_label,
              case when a.publish_text then s.envelope->'payload'->>'text' end as text,
              substr(s.envelope->>'createdAt', 1, 10) as day
       from idea_answers a join submissions s on s.structure_id = a.structure_id and s.key = a.idea_id
       where a.structure_id = $1 order by day desc, a.idea_id`,
      [structureId],
    );
  }

  // ---- retention and health --------------------------------------------------------------

  /**
   * The structure's retention: contacts first (event signups some months after their event, an idea's
   * participation contact some months after it came), then everything after `submissionsMonths`.
   */
  async applyRetention(structureId: number, now = new Date()): Promise<{ signups: number; contacts: number; submissions: number }> {
    return this.db.transaction(async (tx) => {
      const at = now.toISOString();
      const signups = await tx.query(
        `delete from submissions s using structures st
         where st.id = $1 and s.structure_id = st.id and s.kind = 'event-signup'
           and coalesce((s.envelope->'payload'->>'eventEnd')::timestamptz, s.received) < $2::timestamptz - make_interval(months => st.contacts_months)
         returning s.key`,
        [structureId, at],
      );
      const contacts = await tx.query(
        `update submissions s set envelope = s.envelope #- '{payload,participation}'
         from structures st
         where st.id = $1 and s.structure_id = st.id and s.kind = 'idea' and s.envelope->'payload' ? 'participation'
           and s.received < $2::timestamptz - make_interval(months => st.contacts_months)
         returning s.key`,
        [structureId, at],
      );
      const old = await tx.query(
        `delete from submissions s using structures st
         where st.id = $1 and s.structure_id = st.id and s.received < $2::timestamptz - make_interval(months => st.submissions_months)
         returning s.key`,
        [structureId, at],
      );
      await tx.query(
        `delete from actions a where a.structure_id = $1 and a.data ? 'signupId'
           and not exists (select 1 from submissions s where s.structure_id = a.structure_id and s.key = a.data->>'signupId')`,
        [structureId],
      );
      await tx.query(
        `delete from idea_answers a where a.structure_id = $1
           and not exists (select 1 from submissions s where s.structure_id = a.structure_id and s.key = a.idea_id)`,
        [structureId],
      );
      return { signups: signups.length, contacts: contacts.length, submissions: old.length };
    });
  }

  /** A real write, to tell a writable database from one that only answers reads. */
  async heartbeat(): Promise<void> {
    await this.db.query('insert into heartbeat (id, at) values (1, now()) on conflict (id) do update set at = now()');
  }
}

/** The event's row, created when first seen (capacity null: no limit) and locked until the transaction ends. */
async function lockEvent(tx: Sql, structureId: number, eventId: string): Promise<{ capacity: number | null }> {
  await tx.query('insert into events (structure_id, event_id) values ($1, $2) on conflict do nothing', [structureId, eventId]);
  const [row] = await tx.query<{ capacity: number | null }>('select capacity from events where structure_id = $1 and event_id = $2 for update', [
    structureId,
    eventId,
  ]);
  return { capacity: row?.capacity == null ? null : Number(row.capacity) };
}

/** The event's signups in arrival order, and the team's actions on it. */
async function eventState(sql: Sql, structureId: number, eventId: string): Promise<{ envelopes: Envelope[]; actions: TeamAction[] }> {
  const envelopes = (
    await sql.query<{ envelope: Envelope }>('select envelope from submissions where structure_id = $1 and event_id = $2 order by seq', [structureId, eventId])
  ).map((row) => row.envelope);
  const actions = await sql.query<TeamAction>('select type, at, data from actions where structure_id = $1 and event_id = $2 order by seq', [
    structureId,
    eventId,
  ]);
  return { envelopes, actions };
}

async function insertAction(tx: Sql, structureId: number, action: TeamAction): Promise<void> {
  const eventId = typeof action.data.eventId === 'string' ? action.data.eventId : null;
  await tx.query('insert into actions (structure_id, type, at, event_id, data) values ($1, $2, $3, $4, $5)', [
    structureId,
    action.type,
    action.at,
    eventId,
    JSON.stringify(action.data),
  ]);
}

async function findSubmission(sql: Sql, structureId: number, key: string): Promise<SubmissionRow | undefined> {
  const [row] = await sql.query<SubmissionRow>(
    'select key, body_hash, status, response, envelope, received_at from submissions where structure_id = $1 and key = $2',
    [structureId, key],
  );
  return row;
}

/** A submission without an event as the grouped insert takes it, with what must run before its commit (tests: a failed write). */
interface PlainEntry {
  structureId: number;
  record: CollectedRecord;
  beforeCommit?: (() => void) | undefined;
}

/** The columns of a new submission, in the order of `submissionValues`. */
const SUBMISSION_COLUMNS = ['structure_id', 'key', 'kind', 'event_id', 'envelope', 'body_hash', 'status', 'response', 'received_at'] as const;

/** A submission's values, in the order of `SUBMISSION_COLUMNS` (its first answer, status and body, kept for replays). */
function submissionValues(structureId: number, record: CollectedRecord, eventId: string | undefined, response: unknown, status = 201): unknown[] {
  return [
    structureId,
    record.key,
    record.envelope.kind,
    eventId ?? null,
    JSON.stringify(record.envelope),
    record.bodyHash,
    status,
    JSON.stringify(response),
    record.receivedAt,
  ];
}

/** The first answer to a stored submission, before an event signup's registration is added. */
function plainResponse(record: CollectedRecord): Record<string, unknown> {
  return { id: record.envelope.id, stored: true };
}

function answerTo(existing: SubmissionRow, bodyHash: string): AcceptResult {
  if (existing.body_hash !== bodyHash) return { outcome: 'key-reused' };
  return { outcome: 'replay', status: Number(existing.status), response: existing.response };
}

/** Inserts an imported record as it was (its first answer kept for replays); false when the key was already there. */
export async function insertImported(sql: Sql, structureId: number, record: CollectedRecord, eventId: string | undefined): Promise<boolean> {
  const received = /^\d{4}-\d{2}-\d{2}/.test(record.receivedAt) ? record.receivedAt : null;
  const rows = await sql.query(
    `insert into submissions (${SUBMISSION_COLUMNS.join(', ')}, received)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10::timestamptz, now()))
     on conflict (structure_id, key) do nothing returning seq`,
    [...submissionValues(structureId, record, eventId, record.response, record.status), received],
  );
  return rows.length > 0;
}

export { insertAction, lockEvent };
