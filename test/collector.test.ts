import { expect } from '@open-wc/testing';
import { createEnvelope } from '../src/core/envelope.js';
import { TestCollector } from './helpers/collector.js';

const idea = () => createEnvelope('idea', { theme: 'accueil', themeLabel: 'Accueil', text: 'Plus de lumière' }, { locale: 'fr' });

function post(collector: TestCollector, body: string, key?: string) {
  return fetch(collector.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
    body,
  });
}

describe('collector: the reference endpoint', () => {
  let collector: TestCollector;
  beforeEach(async () => (collector = await TestCollector.start()));
  afterEach(async () => collector.stop());

  it('stores a valid envelope (201) and answers a replay with the stored answer', async () => {
    const envelope = idea();
    const body = JSON.stringify(envelope);
    const first = await post(collector, body, envelope.id);
    expect(first.status).to.equal(201);
    const firstAnswer = await first.json();
    const replay = await post(collector, body, envelope.id);
    expect(replay.status).to.equal(201);
    expect(replay.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(await replay.json()).to.deep.equal(firstAnswer);
    expect(await collector.records()).to.have.length(1);
  });

  it('refuses the same key with another body (422)', async () => {
    const envelope = idea();
    await post(collector, JSON.stringify(envelope), envelope.id);
    const other = await post(collector, JSON.stringify({ ...envelope, payload: { ...envelope.payload, text: 'Autre chose' } }), envelope.id);
    expect(other.status).to.equal(422);
    expect((await other.json()).error).to.equal('key-reused');
  });

  it('says what is wrong: malformed JSON 400, invalid envelope or payload 422 with paths, oversized 413', async () => {
    const malformed = await post(collector, '{"id": ');
    expect(malformed.status).to.equal(400);
    expect((await malformed.json()).message).to.contain('JSON invalide');

    const envelope = idea();
    const badPayload = await post(collector, JSON.stringify({ ...envelope, payload: { theme: 'accueil', text: '' } }), envelope.id);
    expect(badPayload.status).to.equal(422);
    const paths = (await badPayload.json()).problems.map((p: { path: string }) => p.path);
    expect(paths).to.include('payload.themeLabel').and.to.include('payload.text');

    const badKind = await post(collector, JSON.stringify({ ...envelope, kind: 'spam' }), envelope.id);
    expect(badKind.status).to.equal(422);

    const huge = await post(collector, JSON.stringify({ ...envelope, payload: { ...envelope.payload, text: 'x'.repeat(300_000) } }), envelope.id);
    expect(huge.status).to.equal(413);
    expect(await collector.records()).to.have.length(0);
  });

  it('reads only with the token (401 otherwise), and keeps anonymous kinds at day precision', async () => {
    const envelope = idea();
    await post(collector, JSON.stringify(envelope), envelope.id);
    expect((await fetch(`${collector.url}/submissions`)).status).to.equal(401);
    expect((await fetch(`${collector.url}/submissions`, { headers: { Authorization: 'Bearer wrong' } })).status).to.equal(401);
    const read = await fetch(`${collector.url}/submissions?kind=idea`, { headers: { Authorization: `Bearer ${collector.token}` } });
    expect(read.status).to.equal(200);
    const { submissions } = await read.json();
    expect(submissions).to.have.length(1);
    expect(submissions[0].id).to.equal(envelope.id);
    expect(submissions[0].receivedAt).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(submissions)).not.to.match(/127\.0\.0\.1|::1|user-agent/i);
  });

  it('a failed disk write answers 500 and keeps nothing; the retry and later writes are stored for real', async () => {
    await collector.fault({ mode: 'disk-full', count: 1 });
    const envelope = idea();
    const failed = await post(collector, JSON.stringify(envelope), envelope.id);
    expect(failed.status).to.equal(500);
    expect(await collector.records(), 'nothing visible that is not on disk').to.have.length(0);
    const retry = await post(collector, JSON.stringify(envelope), envelope.id);
    expect(retry.status).to.equal(201);
    expect(retry.headers.get('Idempotent-Replayed')).to.be.null;
    const next = idea();
    expect((await post(collector, JSON.stringify(next), next.id)).status).to.equal(201);
    await collector.restart();
    expect((await collector.records()).map((r) => r.id)).to.deep.equal([envelope.id, next.id]);
  });

  it('loses nothing across a restart', async () => {
    const envelope = idea();
    await post(collector, JSON.stringify(envelope), envelope.id);
    await collector.restart();
    expect((await collector.records()).map((r) => r.id)).to.deep.equal([envelope.id]);
    const replay = await post(collector, JSON.stringify(envelope), envelope.id);
    expect(replay.headers.get('Idempotent-Replayed')).to.equal('true');
  });
});

describe('collector: CORS for the configured origin only', () => {
  it('refuses a page of another origin (the browser blocks the request)', async () => {
    const collector = await TestCollector.start({ origins: ['https://www.msp-ailleurs.example'] });
    const envelope = idea();
    let failed = false;
    try {
      await post(collector, JSON.stringify(envelope), envelope.id);
    } catch {
      failed = true;
    }
    expect(failed, 'preflight refused').to.be.true;
    expect(await collector.records()).to.have.length(0);
    await collector.stop();
  });
});

describe('collector: the team routes from a page of the allowed origin (CORS for real)', () => {
  it('answers an idea with PUT and the token (preflight), then the public feed shows it, with its ETag readable', async () => {
    const collector = await TestCollector.start();
    const envelope = idea();
    expect((await post(collector, JSON.stringify(envelope), envelope.id)).status).to.equal(201);
    const answer = await fetch(`${collector.url}/ideas/${envelope.id}/answer`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${collector.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'realisee', answer: 'Deux lampes de plus.', publishText: true }),
    });
    expect(answer.status).to.equal(200);
    const feed = await fetch(`${collector.url}/feed`);
    expect(feed.headers.get('ETag')).to.be.a('string');
    const body = await feed.json();
    expect(body.ideas).to.deep.equal([
      {
        id: envelope.id,
        theme: 'accueil',
        date: envelope.createdAt,
        status: 'realisee',
        text: 'Plus de lumière',
        answer: 'Deux lampes de plus.',
        answeredAt: body.ideas[0].answeredAt,
      },
    ]);
    const read = await fetch(`${collector.url}/submissions`, { headers: { Authorization: `Bearer ${collector.token}` } });
    expect((await read.json()).answers).to.have.length(1);
    await collector.stop();
  });
});
