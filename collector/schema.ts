// The collector's schema, as numbered migrations applied at start (each once, in order, inside one
// transaction holding an advisory lock, so two collectors starting on one PostgreSQL do not race).
// Never edit a migration that has shipped: add the next one.
import type { Database } from './db.js';

export const migrations: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'structures, tokens, submissions, actions, events, idea answers',
    sql: `
      create table structures (
        id serial primary key,
        slug text not null unique,
        name text not null,
        origins jsonb not null default '[]',
        contacts_months int not null default 12,
        submissions_months int not null default 36,
        created_at timestamptz not null default now()
      );
      create table tokens (
        id serial primary key,
        structure_id int not null references structures(id) on delete cascade,
        hash text not null,
        label text not null default '',
        created_at timestamptz not null default now(),
        revoked_at timestamptz,
        unique (structure_id, hash)
      );
      create index tokens_hash on tokens (hash);
      create table submissions (
        seq bigserial primary key,
        structure_id int not null references structures(id) on delete cascade,
        key text not null,
        kind text not null,
        event_id text,
        envelope jsonb not null,
        body_hash text not null,
        status int not null,
        response jsonb not null,
        received_at text not null,
        received timestamptz not null default now(),
        unique (structure_id, key)
      );
      create index submissions_kind on submissions (structure_id, kind, seq);
      create index submissions_event on submissions (structure_id, event_id, seq) where event_id is not null;
      create table actions (
        seq bigserial primary key,
        structure_id int not null references structures(id) on delete cascade,
        type text not null,
        at text not null,
        event_id text,
        data jsonb not null
      );
      create index actions_event on actions (structure_id, event_id, seq);
      create table events (
        structure_id int not null references structures(id) on delete cascade,
        event_id text not null,
        definition jsonb,
        capacity int,
        updated_at timestamptz not null default now(),
        primary key (structure_id, event_id)
      );
      create table idea_answers (
        structure_id int not null references structures(id) on delete cascade,
        idea_id text not null,
        status text not null,
        answer text not null,
        publish_text boolean not null,
        answered_at text not null,
        updated_at timestamptz not null default now(),
        primary key (structure_id, idea_id)
      );
      create table imports (
        source text primary key,
        imported_at timestamptz not null default now(),
        summary jsonb not null
      );
      create table heartbeat (id int primary key, at timestamptz not null);
    `,
  },
];

/** Applies the migrations this database has not seen; returns the versions applied now. */
export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(4242001)');
    await tx.query('create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())');
    const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      // One statement at a time: the same code path on both engines (pg's extended protocol takes one).
      for (const statement of migration.sql
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
