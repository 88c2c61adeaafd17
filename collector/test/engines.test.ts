// The collector on both engines (PGlite in a data folder, a real PostgreSQL started here): seats and
// cancellations decided in transactions, the team's routes, federation isolation, the hardening.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventsFile } from '../cli.js';
import { Collector, CollectorServer } from '../collector.js';
import {
  eventDefinition,
  idea,
  pgliteEngine,
  pool,
  post,
  postgresEngine,
  postUntilStored,
  signup,
  startCollector,
  team,
  TOKEN,
  type Engine,
  type Running,
} from './harness.js';

const engines: Array<[string, () => Promise<Engine>]> = [
  ['PGlite', pgliteEngine],
  ['PostgreSQL', postgresEngine],
];

for (const [label, makeEngine] of engines) {
  describe(`collector on ${label}`, () => {
    let engine: Engine;
    let running: Running;
    before(async () => {
      engine = await makeEngine();
    });
    after(async () => {
      await running?.stop().catch(() => {});
      await engine.cleanup();
    });
    const fresh = async (options: Parameters<typeof startCollector>[1] = {}, limits = {}) => {
      await running?.stop().catch(() => {});
      running = await startCollector(engine, options, limits);
      return running;
    };

    test('20 parallel signups for 5 seats: exactly 5 confirmed, 15 waiting in arrival order; a signup’s own capacity is ignored', async () => {
      const { url, collector } = await fresh();
      assert.equal((await team(url, 'PUT', '/events/atelier-1', eventDefinition('atelier-1', 5))).status, 200);
      const signups = Array.from({ length: 20 }, (_, i) => signup('atelier-1', 1, `Personne ${i}`, { capacity: 1000 }));
      const answers = await Promise.all(signups.map((envelope) => post(url, envelope)));
      assert.deepEqual(
        answers.map((a) => a.status),
        signups.map(() => 201),
      );
      const arrival = (await collector.records()).map((record) => record.envelope.id);
      const byId = new Map(signups.map((envelope, i) => [envelope.id, answers[i]!.body.registration]));
      const inOrder = arrival.map((id) => byId.get(id));
      assert.deepEqual(inOrder.slice(0, 5), Array(5).fill({ status: 'confirmed' }));
      assert.deepEqual(
        inOrder.slice(5),
        Array.from({ length: 15 }, (_, i) => ({ status: 'waiting', position: i + 1 })),
      );
      const seats = await fetch(`${url}/events/atelier-1/seats`).then((r) => r.json());
      assert.deepEqual(seats, { eventId: 'atelier-1', capacity: 5, taken: 5, left: 0, waiting: 15 });
    });

    test('concurrent cancellations: each promotion reported once, and recorded once', async () => {
      const { url, collector } = await fresh();
      await team(url, 'PUT', '/events/marche', eventDefinition('marche', 3));
      const people = Array.from({ length: 7 }, (_, i) => signup('marche', 1, `P${i}`));
      for (const envelope of people) assert.equal((await post(url, envelope)).status, 201);
      const ids = (await collector.records()).map((record) => record.envelope.id);
      const cancels = await Promise.all(ids.slice(0, 3).map((signupId) => team(url, 'POST', '/events/marche/cancellations', { signupId })));
      assert.deepEqual(
        cancels.map((c) => c.status),
        [200, 200, 200],
      );
      const promoted = cancels.flatMap((c) => c.body.promoted.map((p: { id: string }) => p.id));
      assert.deepEqual([...promoted].sort(), ids.slice(3, 6).sort(), 'the three first waiting, each once');
      const read = await team(url, 'GET', '/submissions');
      const promotions = read.body.actions
        .filter((a: { type: string }) => a.type === 'event-promotion')
        .map((a: { data: { signupId: string } }) => a.data.signupId);
      assert.deepEqual([...promotions].sort(), ids.slice(3, 6).sort());
      const seats = await fetch(`${url}/events/marche/seats`).then((r) => r.json());
      assert.deepEqual(seats, { eventId: 'marche', capacity: 3, taken: 3, left: 0, waiting: 1 });
      const again = await team(url, 'POST', '/events/marche/cancellations', { signupId: ids[0]!.toUpperCase() });
      assert.equal(again.body.alreadyCancelled, true);
      assert.deepEqual(again.body.promoted, []);
    });

    test('the team defines events: capacity only from there; raising it promotes in order; lowering under the confirmed seats is refused; the public feed shows seats left', async () => {
      const { url } = await fresh();
      assert.equal((await post(url, signup('soiree', 1, 'A', { capacity: 1 }))).body.registration.status, 'confirmed', 'no definition: no limit');
      await team(url, 'PUT', '/events/soiree', eventDefinition('soiree', 2));
      const b = signup('soiree', 1, 'B');
      const c = signup('soiree', 1, 'C');
      const d = signup('soiree', 2, 'D');
      assert.deepEqual((await post(url, b)).body.registration, { status: 'confirmed' });
      assert.deepEqual((await post(url, c)).body.registration, { status: 'waiting', position: 1 });
      assert.deepEqual((await post(url, d)).body.registration, { status: 'waiting', position: 2 });
      const lower = await team(url, 'PUT', '/events/soiree', eventDefinition('soiree', 1));
      assert.equal(lower.status, 409);
      const raised = await team(url, 'PUT', '/events/soiree', eventDefinition('soiree', 5));
      assert.equal(raised.status, 200);
      assert.deepEqual(
        raised.body.promoted.map((p: { id: string }) => p.id),
        [c.id, d.id],
      );
      assert.deepEqual(raised.body.seats, { eventId: 'soiree', capacity: 5, taken: 5, left: 0, waiting: 0 });
      const feed = await fetch(`${url}/events`).then((r) => r.json());
      assert.equal(feed.events.length, 1);
      assert.equal(feed.events[0].id, 'soiree');
      assert.equal(feed.events[0].seatsLeft, 0);
      assert.doesNotMatch(JSON.stringify(feed), /06 12|Camille/);
      assert.equal((await team(url, 'POST', '/events/soiree/notified', { signupId: c.id })).status, 200);
      assert.equal((await team(url, 'POST', '/events/soiree/notified', { signupId: 'inconnu' })).status, 404);
      const read = await team(url, 'GET', '/submissions');
      assert.deepEqual(
        read.body.actions.map((a: { type: string }) => a.type),
        ['event-promotion', 'event-promotion', 'event-notified'],
      );
      assert.equal(read.body.events[0].capacity, 5);
      assert.equal((await team(url, 'PUT', '/events/soiree', { ...eventDefinition('soiree'), title: '' })).status, 422);
      assert.equal((await team(url, 'PUT', '/events/soiree', eventDefinition('autre', 3))).status, 422, 'the body’s id must be the address’s');
      assert.equal((await team(url, 'DELETE', '/events/soiree')).status, 204);
      assert.deepEqual((await fetch(`${url}/events`).then((r) => r.json())).events, []);
      assert.equal((await fetch(`${url}/events/soiree/seats`).then((r) => r.json())).taken, 5, 'signups kept');
    });

    test('events from a config file read at start: their capacity is the team’s', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'msp-events-'));
      const file = join(dir, 'evenements.json');
      writeFileSync(file, JSON.stringify({ version: 1, events: [eventDefinition('fichier', 2), eventDefinition('libre')] }));
      const { url } = await fresh({ events: readEventsFile(file) });
      const answers = [];
      for (const name of ['A', 'B', 'C']) answers.push((await post(url, signup('fichier', 1, name, { capacity: 100 }))).body.registration);
      assert.deepEqual(answers, [{ status: 'confirmed' }, { status: 'confirmed' }, { status: 'waiting', position: 1 }]);
      const feed = await fetch(`${url}/events`).then((r) => r.json());
      assert.deepEqual(
        feed.events.map((e: { id: string; seatsLeft?: number }) => [e.id, e.seatsLeft]),
        [
          ['fichier', 0],
          ['libre', undefined],
        ],
      );
      writeFileSync(file, JSON.stringify({ events: [{ id: 'x' }] }));
      assert.throws(() => readEventsFile(file), /title/);
      rmSync(dir, { recursive: true, force: true });
    });

    test('idea answers are the team’s (server side); the public feed shows answered ideas only, text only when published, never a contact; ETag and 304', async () => {
      const { url } = await fresh({ structureName: 'MSP des Tilleuls' });
      const published = idea('Plus de chaises', true);
      const private_ = idea('Mon voisin de salle parle trop fort');
      const unanswered = idea('Un parking vélo');
      for (const envelope of [published, private_, unanswered]) assert.equal((await post(url, envelope)).status, 201);
      assert.equal((await team(url, 'PUT', `/ideas/${published.id}/answer`, { status: 'retenue', answer: '', publishText: true })).status, 422);
      assert.equal(
        (await team(url, 'PUT', '/ideas/00000000-0000-4000-8000-000000000000/answer', { status: 'a-l-etude', answer: '', publishText: false })).status,
        404,
      );
      assert.equal((await team(url, 'PUT', `/ideas/${published.id}/answer`, { status: 'a-l-etude', answer: 7, publishText: true })).status, 422);
      const saved = await team(url, 'PUT', `/ideas/${published.id.toUpperCase()}/answer`, {
        status: 'realisee',
        answer: 'Six chaises de plus depuis mars.',
        publishText: true,
      });
      assert.equal(saved.status, 200);
      assert.equal(saved.body.ideaId, published.id);
      assert.match(saved.body.answeredAt, /^\d{4}-\d{2}-\d{2}$/);
      await team(url, 'PUT', `/ideas/${private_.id}/answer`, { status: 'non-retenue', answer: 'Nous affichons un rappel au calme.', publishText: false });

      const first = await fetch(`${url}/feed`);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('Cache-Control'), 'public, max-age=60');
      const etag = first.headers.get('ETag');
      assert.ok(etag);
      const feed = await first.json();
      assert.equal(feed.version, 1);
      assert.equal(feed.structure, 'MSP des Tilleuls');
      assert.deepEqual(feed.themes, [{ id: 'accueil', label: 'Accueil' }]);
      assert.equal(feed.ideas.length, 2);
      const shown = feed.ideas.find((i: { id: string }) => i.id === published.id);
      assert.equal(shown.text, 'Plus de chaises');
      assert.equal(shown.status, 'realisee');
      const hidden = feed.ideas.find((i: { id: string }) => i.id === private_.id);
      assert.equal(hidden.text, undefined);
      assert.equal(hidden.answer, 'Nous affichons un rappel au calme.');
      assert.doesNotMatch(JSON.stringify(feed), /06 12|consent|voisin|vélo/);
      const again = await fetch(`${url}/feed`, { headers: { 'If-None-Match': etag! } });
      assert.equal(again.status, 304);
      const read = await team(url, 'GET', '/submissions?kind=idea');
      assert.equal(read.body.submissions.length, 3);
      assert.equal(read.body.answers.length, 2);
      assert.deepEqual(Object.keys(read.body).sort(), ['actions', 'answers', 'events', 'submissions']);
    });

    test('hardening: origins, dates, keys, canonical replays, Bearer, no internal text', async () => {
      const { url, collector } = await fresh({ own: true });
      const envelope = idea();
      for (const origin of ['null', 'pas une url', 'https://www.ailleurs.example', 'file://']) {
        assert.equal((await post(url, envelope, { Origin: origin })).status, 403, origin);
      }
      const allowed = await post(url, idea(), { Origin: 'https://www.msp-exemple.fr' });
      assert.equal(allowed.status, 201);
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://www.msp-exemple.fr');

      const stamped = { ...idea(), createdAt: '2026-11-28T22:15:00.000Z' };
      assert.equal((await post(url, JSON.stringify(stamped), { 'Idempotency-Key': stamped.id })).status, 201);
      for (const createdAt of ['2026-13-45', '2026-02-30', '2026-11-28T25:00:00Z']) {
        const bad = { ...idea(), createdAt };
        const answer = await post(url, JSON.stringify(bad), { 'Idempotency-Key': bad.id });
        assert.equal(answer.status, 422, createdAt);
        assert.equal(answer.body.problems[0].path, 'createdAt');
      }

      const upper = idea('Même idée');
      const lowerBody = JSON.stringify(upper);
      assert.equal((await post(url, lowerBody, { 'Idempotency-Key': upper.id })).status, 201);
      const shouting = JSON.stringify({ ...upper, id: upper.id.toUpperCase() }, null, 2);
      const replay = await post(url, shouting, { 'Idempotency-Key': upper.id.toUpperCase() });
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true', 'same JSON, other case and spacing: a replay');
      const reordered = JSON.stringify(Object.fromEntries(Object.entries(upper).reverse()));
      assert.equal((await post(url, reordered, { 'Idempotency-Key': upper.id })).headers.get('Idempotent-Replayed'), 'true');
      assert.equal((await post(url, JSON.stringify({ ...upper, payload: { ...upper.payload, text: 'Autre' } }), { 'Idempotency-Key': upper.id })).status, 422);

      const records = await collector.records();
      assert.equal(records.filter((r) => r.key === upper.id).length, 1);
      assert.equal(records.find((r) => r.key === stamped.id)?.envelope.createdAt, '2026-11-28', 'an anonymous kind is kept at day precision');

      assert.equal((await team(url, 'GET', '/submissions', undefined, null)).status, 401);
      const raw = await fetch(`${url}/submissions`, { headers: { Authorization: TOKEN } });
      assert.equal(raw.status, 401, 'the token without Bearer');
      assert.equal(raw.headers.get('WWW-Authenticate'), 'Bearer');
      assert.equal((await team(url, 'GET', '/submissions', undefined, 'faux')).status, 401);

      assert.equal((await fetch(`${url}/health`)).status, 200);
      await (await collector.storage()).db.close();
      const broken = await team(url, 'GET', '/submissions');
      assert.equal(broken.status, 500);
      assert.deepEqual(Object.keys(broken.body).sort(), ['error', 'message']);
      assert.doesNotMatch(broken.body.message, /closed|pglite|pool|Error|sql/i);
      const health = await fetch(`${url}/health`);
      assert.equal(health.status, 503);
      assert.deepEqual(await health.json(), { ok: false });
      const storing = await post(url, idea());
      assert.equal(storing.status, 500);
      assert.doesNotMatch(JSON.stringify(storing.body), /closed|pglite|pool|sql/i);
    });

    test('submissions arriving together are written in groups (group commit), each answered as if alone', async () => {
      const { url, collector } = await fresh({ slug: 'group-commit' });
      const ideas = Array.from({ length: 40 }, (_, i) => idea(`Idée arrivée en même temps n° ${i}`));
      const answers = await pool(ideas, 20, (envelope) => post(url, envelope));
      assert.deepEqual(
        answers.map((a) => [a.status, a.body]),
        ideas.map((envelope) => [201, { id: envelope.id, stored: true }]),
      );
      const replays = await pool(ideas.slice(0, 10), 10, (envelope) => post(url, envelope));
      assert.deepEqual(
        replays.map((a) => [a.status, a.headers.get('Idempotent-Replayed')]),
        ideas.slice(0, 10).map(() => [201, 'true']),
      );

      // Groups straight at the store (asked in one tick, so written by one statement): a key twice (same
      // body: the second is a replay of the first), a key reused for another body, a key stored before;
      // then a row that cannot be written (no such structure): that one fails alone, the other is stored.
      const store = await collector.storage();
      const structureId = (await store.structure('group-commit'))!.id;
      const record = (envelope: ReturnType<typeof idea>, bodyHash = `hash-${envelope.id}`) => ({
        key: envelope.id,
        bodyHash,
        status: 201,
        response: {},
        envelope,
        receivedAt: '2026-11-29',
      });
      const [fresh1, fresh2, fresh3, twice] = [idea('Seule'), idea('Seule aussi'), idea('Refusée'), idea('Deux fois')];
      const before = (await collector.records()).find((r) => r.key === ideas[0]!.id)!;
      const outcome = (result: PromiseSettledResult<unknown>) => (result.status === 'fulfilled' ? (result.value as { outcome: string }).outcome : 'failed');
      const group = await Promise.allSettled([
        store.accept(structureId, record(fresh1)),
        store.accept(structureId, record(twice)),
        store.accept(structureId, record(twice)),
        store.accept(structureId, record(twice, 'another body')),
        store.accept(structureId, record(before.envelope, before.bodyHash)),
      ]);
      assert.deepEqual(group.map(outcome), ['stored', 'stored', 'replay', 'key-reused', 'replay']);
      const withBadRow = await Promise.allSettled([store.accept(structureId, record(fresh2)), store.accept(987_654, record(fresh3))]);
      assert.deepEqual(withBadRow.map(outcome), ['stored', 'failed']);
      // A write that fails before its commit (the disk full) in a group: it fails alone, nothing of it
      // kept; the others of the group are stored; its retry is stored for real.
      const [beside, unlucky] = [idea('À côté'), idea('Disque plein')];
      const diskFull = () => {
        throw new Error('ENOSPC (simulé)');
      };
      const withFailedWrite = await Promise.allSettled([
        store.accept(structureId, record(beside)),
        store.accept(structureId, record(unlucky), { beforeCommit: diskFull }),
      ]);
      assert.deepEqual(withFailedWrite.map(outcome), ['stored', 'failed']);
      assert.ok(!(await collector.records()).some((r) => r.key === unlucky.id), 'nothing of the failed write kept');
      assert.equal((await store.accept(structureId, record(unlucky))).outcome, 'stored');
      const keys = (await collector.records()).map((r) => r.key);
      assert.equal(keys.length, 45);
      for (const envelope of [...ideas, fresh1, fresh2, twice, beside, unlucky]) assert.equal(keys.filter((key) => key === envelope.id).length, 1, envelope.id);
      assert.ok(!keys.includes(fresh3.id));
    });

    test('slow clients cannot hold the door: a connection cap, header and request timeouts', async () => {
      const { url } = await fresh({}, { maxConnections: 4, headersTimeout: 600, requestTimeout: 1200 });
      const port = Number(new URL(url).port);
      const sockets = Array.from({ length: 4 }, () => {
        const socket = connect(port, '127.0.0.1');
        socket.on('error', () => {});
        socket.write('POST /submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n'); // never finished
        return socket;
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      const refused = await post(url, idea()).then(
        (answer) => answer.status,
        () => 'refused',
      );
      assert.equal(refused, 'refused', 'over the cap: refused at once, not queued');
      await new Promise((resolve) => setTimeout(resolve, 2500));
      assert.equal((await post(url, idea())).status, 201, 'the slow ones were cut by the timeouts');
      for (const socket of sockets) socket.destroy();
    });

    test('federation: each structure its own routes, origins and tokens; one team’s token never reads another’s data', async () => {
      const { url, collector } = await fresh({ single: false, own: true });
      const store = await collector.storage();
      const a = await store.saveStructure({ slug: 'msp-a', name: 'MSP A', origins: ['https://msp-a.example'] });
      const b = await store.saveStructure({ slug: 'cpts-b', name: 'CPTS B', origins: ['https://cpts-b.example'] });
      const tokenA = await store.issueToken(a.id, 'test');
      const tokenB = await store.issueToken(b.id, 'test');
      assert.equal((await post(url, idea())).status, 404, 'no single-team routes in a federation');
      assert.equal((await post(`${url}/s/msp-a`, idea(), { Origin: 'https://cpts-b.example' })).status, 403, 'B’s site cannot post to A');
      const ideaA = idea('Idée de A');
      const ideaB = idea('Idée de B');
      const signupB = signup('atelier-b', 1, 'Bernard');
      assert.equal((await post(`${url}/s/msp-a`, ideaA, { Origin: 'https://msp-a.example' })).status, 201);
      assert.equal((await post(`${url}/s/cpts-b`, ideaB)).status, 201);
      assert.equal((await post(`${url}/s/cpts-b`, signupB)).status, 201);
      assert.equal((await team(`${url}/s/cpts-b`, 'PUT', '/events/atelier-b', eventDefinition('atelier-b', 4), tokenB)).status, 200);
      assert.equal(
        (await team(`${url}/s/cpts-b`, 'PUT', `/ideas/${ideaB.id}/answer`, { status: 'a-l-etude', answer: '', publishText: false }, tokenB)).status,
        200,
      );
      const routes: Array<[string, string, unknown?]> = [
        ['GET', '/submissions'],
        ['GET', '/submissions?kind=idea'],
        ['PUT', '/events/atelier-b', eventDefinition('atelier-b', 10)],
        ['DELETE', '/events/atelier-b'],
        ['POST', '/events/atelier-b/cancellations', { signupId: signupB.id }],
        ['POST', '/events/atelier-b/notified', { signupId: signupB.id }],
        ['PUT', `/ideas/${ideaB.id}/answer`, { status: 'realisee', answer: 'Fait', publishText: true }],
      ];
      for (const [method, path, body] of routes) {
        const answer = await team(`${url}/s/cpts-b`, method, path, body, tokenA);
        assert.equal(answer.status, 401, `${method} ${path} with A’s token on B`);
        assert.doesNotMatch(JSON.stringify(answer.body), /Bernard|Idée de B/);
      }
      const readA = await team(`${url}/s/msp-a`, 'GET', '/submissions', undefined, tokenA);
      assert.deepEqual(
        readA.body.submissions.map((s: { id: string }) => s.id),
        [ideaA.id],
      );
      assert.deepEqual(readA.body.events, []);
      assert.deepEqual(readA.body.answers, []);
      const readB = await team(`${url}/s/cpts-b`, 'GET', '/submissions', undefined, tokenB);
      assert.equal(readB.body.submissions.length, 2);
      assert.equal(
        (await team(`${url}/s/msp-a`, 'PUT', `/ideas/${ideaB.id}/answer`, { status: 'a-l-etude', answer: '', publishText: false }, tokenA)).status,
        404,
        'B’s idea is not A’s',
      );
      assert.equal((await fetch(`${url}/s/inconnue/submissions`)).status, 404);
      // Rotation: the old token stops at once.
      const rotated = await store.issueToken(b.id, 'rotation', { revokeOthers: true });
      assert.equal((await team(`${url}/s/cpts-b`, 'GET', '/submissions', undefined, tokenB)).status, 401);
      assert.equal((await team(`${url}/s/cpts-b`, 'GET', '/submissions', undefined, rotated)).status, 200);
    });

    test('retention per structure: contacts first, then the rest', async () => {
      const { url, collector } = await fresh();
      const store = await collector.storage();
      const past = signup('vieil-atelier', 1, 'Ancien', { end: '2025-01-10T16:00:00+01:00' });
      const withContact = idea('Je veux participer', true);
      for (const envelope of [past, withContact, signup('futur', 1)]) assert.equal((await post(url, envelope)).status, 201);
      const structure = (await store.structure((collector as unknown as { options: { slug?: string } }).options.slug ?? 'default'))!;
      const counts = await store.applyRetention(structure.id, new Date(Date.now() + 13 * 31 * 24 * 3600 * 1000));
      assert.deepEqual(counts, { signups: 1, contacts: 1, submissions: 0 });
      const kept = await collector.records();
      assert.equal(kept.length, 2);
      assert.equal((kept.find((r) => r.key === withContact.id)!.envelope.payload as { participation?: unknown }).participation, undefined);
      await store.saveStructure({ slug: structure.slug, submissionsMonths: 24 });
      const later = await store.applyRetention(structure.id, new Date(Date.now() + 25 * 31 * 24 * 3600 * 1000));
      assert.equal(later.submissions, 1);
      assert.equal((await collector.records()).length, 0, 'the future event’s signup went with its contacts');
    });

    test('a restart keeps everything, and a replay after it answers the same', async () => {
      const { url, collector } = await fresh({ own: true });
      const first = signup('rando', 2);
      const answer = await post(url, first);
      await running.server.down();
      // same data, a new collector
      const options = (collector as unknown as { options: object }).options;
      await collector.close();
      const again = new Collector(options);
      const server = new CollectorServer(again);
      await server.up();
      running = { server, collector: again, url: server.url, stop: async () => (await server.down(), await again.close()) };
      const replay = await post(server.url, first);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.deepEqual(replay.body, answer.body);
      assert.equal((await again.records()).length, 1);
    });

    if (label === 'PostgreSQL') {
      test('PostgreSQL restarted mid-load: clients retry, nothing lost or doubled', async () => {
        const { url, collector } = await fresh({ own: true });
        const envelopes = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? signup('charge', 1, `P${i}`) : idea(`Idée ${i}`)));
        let done = 0;
        let over = false;
        const restart = (async () => {
          while (done < 50 && !over) await new Promise((resolve) => setTimeout(resolve, 10));
          if (over) return;
          engine.pg!.stop();
          await new Promise((resolve) => setTimeout(resolve, 800));
          engine.pg!.start();
        })();
        let results: Awaited<ReturnType<typeof postUntilStored>>[];
        try {
          results = await pool(envelopes, 10, async (envelope) => {
            const result = await postUntilStored(() => url, envelope);
            done++;
            return result;
          });
        } finally {
          // Even when the load fails: the server is back before the test ends (no restart after the cluster is gone).
          over = true;
          await restart;
        }
        assert.equal(results.length, 200);
        const keys = (await collector.records()).map((r) => r.key);
        assert.equal(keys.length, 200, 'each stored once');
        assert.equal(new Set(keys).size, 200);
        assert.deepEqual(new Set(keys), new Set(envelopes.map((e) => e.id)));
        const signups = results.filter((_, i) => i % 4 === 0);
        assert.equal(signups.filter((r) => r.body.registration?.status === 'confirmed').length, 50, 'no limit defined: all confirmed');
        assert.equal((await fetch(`${url}/health`)).status, 200);
      });
    }
  });
}
