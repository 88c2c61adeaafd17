// One-shot import of the JSON-lines collector's folder (submissions.jsonl, actions.jsonl), so a team
// that ran it loses nothing. Each record keeps its key and first answer (replays still answer the
// same); an event's first-seen capacity becomes the team's definition of it, so the seats a team had
// do not change. A torn line (a crash mid-write: its sender never got a 2xx) is reported, the rest
// imported. Importing twice adds nothing.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { Envelope } from '../src/core/envelope.js';
import { payloadOf } from '../src/contracts/seats.js';
import { canonicalJson } from './canonical.js';
import type { Sql } from './db.js';
import { insertAction, insertImported, lockEvent, type CollectedRecord, type Store } from './store.js';
import type { TeamAction } from './kinds.js';

export interface ImportSummary {
  submissions: number;
  alreadyThere: number;
  actions: number;
  events: number;
  /** Lines that could not be read (file name and 1-based line number). */
  torn: Array<{ file: string; line: number }>;
  /** True when `once` was asked and this folder had been imported before. */
  skipped?: boolean;
}

function readLines(path: string, file: string, torn: ImportSummary['torn']): unknown[] {
  if (!existsSync(path)) return [];
  const items: unknown[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      try {
        items.push(JSON.parse(line));
      } catch {
        torn.push({ file, line: index + 1 });
        // The old collector appended after a torn write on the same line: the record that follows the
        // torn part was acknowledged (201), so it is recovered when it reads whole.
        const recovered = recoverTail(line);
        if (recovered !== undefined) items.push(recovered);
      }
    });
  return items;
}

function recoverTail(line: string): unknown {
  for (let at = line.indexOf('{', 1); at > 0; at = line.indexOf('{', at + 1)) {
    if (!/^\{"(key|type)"/.test(line.slice(at))) continue;
    try {
      return JSON.parse(line.slice(at));
    } catch {
      // not there yet
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is CollectedRecord {
  const record = value as CollectedRecord;
  return Boolean(
    record && typeof record.key === 'string' && record.envelope && typeof record.envelope.id === 'string' && typeof record.envelope.kind === 'string',
  );
}

export async function importJsonLines(store: Store, structureId: number, dir: string, options: { once?: boolean } = {}): Promise<ImportSummary> {
  const source = `jsonl:${structureId}:${realpathSync(dir)}`;
  const summary: ImportSummary = { submissions: 0, alreadyThere: 0, actions: 0, events: 0, torn: [] };
  if (options.once && (await store.db.query('select 1 from imports where source = $1', [source])).length > 0) return { ...summary, skipped: true };
  const lines = readLines(join(dir, 'submissions.jsonl'), 'submissions.jsonl', summary.torn);
  const actions = readLines(join(dir, 'actions.jsonl'), 'actions.jsonl', summary.torn) as TeamAction[];
  const capacities = new Map<string, { capacity: number; envelope: Envelope }>();
  await store.db.transaction(async (tx) => {
    for (const line of lines) {
      if (!isRecord(line)) {
        summary.torn.push({ file: 'submissions.jsonl', line: lines.indexOf(line) + 1 });
        continue;
      }
      const envelope = { ...line.envelope, id: line.envelope.id.toLowerCase() };
      const payload = payloadOf(envelope);
      if (payload?.capacity !== undefined && !capacities.has(payload.eventId)) capacities.set(payload.eventId, { capacity: payload.capacity, envelope });
      const record: CollectedRecord = {
        ...line,
        key: line.key.toLowerCase(),
        envelope,
        // The old hash was of the exact bytes; replays are now compared on canonical JSON.
        bodyHash: createHash('sha256').update(canonicalJson(envelope)).digest('hex'),
      };
      if (await insertImported(tx, structureId, record, payload?.eventId)) summary.submissions++;
      else summary.alreadyThere++;
    }
    summary.events += await defineImportedEvents(tx, structureId, capacities);
    if (!options.once || summary.submissions > 0 || actions.length > 0) {
      const seen = new Set(
        (await tx.query<{ type: string; at: string; data: unknown }>('select type, at, data from actions where structure_id = $1', [structureId])).map((a) =>
          canonicalJson(a),
        ),
      );
      for (const action of actions) {
        if (!action || typeof action.type !== 'string' || !action.data) continue;
        const data = typeof action.data.signupId === 'string' ? { ...action.data, signupId: action.data.signupId.toLowerCase() } : action.data;
        const normalized = { type: action.type, at: action.at, data };
        if (seen.has(canonicalJson(normalized))) continue;
        await insertAction(tx, structureId, normalized);
        summary.actions++;
      }
    }
    await tx.query('insert into imports (source, summary) values ($1, $2) on conflict (source) do update set summary = $2, imported_at = now()', [
      source,
      JSON.stringify(summary),
    ]);
  });
  return summary;
}

/**
 * Each event's first-seen capacity becomes its team definition, as the file collector counted seats:
 * nothing changes for a team that migrates. Returns how many events were defined.
 */
async function defineImportedEvents(tx: Sql, structureId: number, capacities: Map<string, { capacity: number; envelope: Envelope }>): Promise<number> {
  let defined = 0;
  for (const [eventId, { capacity, envelope }] of capacities) {
    await lockEvent(tx, structureId, eventId);
    const payload = payloadOf(envelope)!;
    // The definition the widget knew: enough for the seats and the feed; the team can complete it.
    const definition = {
      id: eventId,
      title: payload.eventTitle,
      kind: payload.eventKind,
      start: payload.eventStart,
      end: payload.eventEnd,
      place: { name: 'Lieu à préciser' },
      objectives: [payload.eventTitle],
      capacity,
    };
    const updated = await tx.query(
      'update events set capacity = $3, definition = coalesce(definition, $4) where structure_id = $1 and event_id = $2 and capacity is null returning event_id',
      [structureId, eventId, capacity, JSON.stringify(definition)],
    );
    defined += updated.length;
  }
  return defined;
}
