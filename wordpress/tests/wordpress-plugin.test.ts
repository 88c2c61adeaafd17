// The plugin in a real WordPress (Debian's 6.1, PHP 8.2, MariaDB 10.11), installed from the zip:
// the REST contract, modules only where a widget is, and in Chromium a visitor's idea (also through
// a 503 → queued → delivered once), signups until the waiting list, the editor's page in wp-admin
// answering the idea, the answer on the public page; capabilities, privacy tools, retention, uninstall.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { clickIn, launchChromium, recordWidgetEvents, sleep, typeIn, waitInShadow, widgetEvents } from './browser.js';
import { testEvent, testPages } from './pages.js';
import { checkConfig } from '../../src/core/config-problems.js';
import { eventSignupConfigSchema } from '../../src/widgets/event-signup/event-signup.schema.js';
import { phpString, WordPressSite } from './wordpress-server.js';

let site: WordPressSite;
let browser: Browser;
let api: string;

const idea = (id = randomUUID(), changes: Record<string, unknown> = {}) => ({
  id,
  kind: 'idea',
  schemaVersion: 1,
  createdAt: '2026-11-28T10:11:12.000Z',
  locale: 'fr',
  payload: { theme: 'accueil', themeLabel: 'Accueil', text: 'Un écran pour annoncer les retards' },
  ...changes,
});

const signup = (eventId: string, name: string, contact: string, seats = 1, id = randomUUID()) => ({
  id,
  kind: 'event-signup',
  schemaVersion: 1,
  createdAt: new Date().toISOString(),
  locale: 'fr',
  payload: {
    eventId,
    eventTitle: 'Atelier',
    eventKind: 'atelier',
    eventStart: '2027-04-06T14:00:00+02:00',
    eventEnd: '2027-04-06T16:00:00+02:00',
    capacity: 500, // ignored: the team's definition decides
    name,
    contact: { channel: contact.includes('@') ? 'email' : 'phone', value: contact },
    seats,
  },
});

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const key = typeof body === 'object' && body && 'id' in body ? String((body as { id: string }).id) : undefined;
  const response = await fetch(`${api}/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
    body: text,
  });
  return { status: response.status, json: await response.json().catch(() => undefined), headers: response.headers };
}

/** A logged-in team member's request (cookie + X-WP-Nonce). */
async function asUser(auth: { cookie: string; nonce: string }, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { Cookie: auth.cookie, 'X-WP-Nonce': auth.nonce, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: await response.json().catch(() => undefined) };
}

/** A page in its own browser context: each person has their own cookies and storage. */
async function newPage(): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await recordWidgetEvents(page);
  return page;
}

async function loginInBrowser(page: Page, login: string, password: string): Promise<void> {
  await page.goto(`${site.url}/wp-login.php`);
  await page.type('#user_login', login);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
}

/** The visitor writes an idea on the page and sends it (the widget asks for 3 seconds at least). */
async function sendIdeaFromPage(page: Page, text: string): Promise<void> {
  await page.goto(site.pages['boite-a-idees']!.url);
  await waitInShadow(page, 'msp-idea-box', "root.querySelector('#idea')");
  await clickIn(page, 'msp-idea-box', '#theme input[value="accueil"]');
  await typeIn(page, 'msp-idea-box', '#idea', text);
  await sleep(3200);
  await clickIn(page, 'msp-idea-box', 'button[type=submit]');
  await waitInShadow(page, 'msp-idea-box', "root.querySelector('#done-title')");
}

async function signUpOnPage(page: Page, name: string, phone: string, seats: number): Promise<string> {
  const tag = 'msp-event-signup';
  await page.goto(site.pages.ateliers!.url);
  await waitInShadow(page, tag, `root.querySelector('#signup-${testEvent.id}')`);
  await clickIn(page, tag, `#signup-${testEvent.id}`);
  await waitInShadow(page, tag, "root.querySelector('form #name')");
  await typeIn(page, tag, '#name', name);
  await clickIn(page, tag, '#channel input[value="phone"]');
  await typeIn(page, tag, '#contact', phone);
  if (seats > 1) await typeIn(page, tag, '#seats', String(seats), 'change');
  await sleep(3200);
  await clickIn(page, tag, 'button[type=submit]');
  await waitInShadow(page, tag, "root.querySelector('#done-title')");
  return page.evaluate(() => document.querySelector('msp-event-signup')!.shadowRoot!.querySelector('#done-title')!.textContent!.replace(/\s+/g, ' '));
}

const count = (sql: string) => Number(site.sql(sql)[0]?.[0] ?? 0);

describe('the WordPress plugin in a real WordPress', { timeout: 240_000 }, () => {
  before(async () => {
    site = await WordPressSite.start({ pages: testPages });
    api = `${site.url}/wp-json/msp/v1`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('was installed from the zip, activated, with its tables, schema version and capability', () => {
    const state = site.eval<{ active: boolean; version: number; editor: boolean; subscriber: boolean; cron: boolean }>(
      "return array( 'active' => is_plugin_active( 'msp-widgets/msp-widgets.php' ), 'version' => (int) get_option( 'msp_widgets_db_version' ), 'editor' => get_role( 'editor' )->has_cap( 'msp_read_results' ), 'subscriber' => get_role( 'subscriber' )->has_cap( 'msp_read_results' ), 'cron' => (bool) wp_next_scheduled( 'msp_widgets_retention' ) );",
    );
    assert.deepEqual(state, { active: true, version: 2, editor: true, subscriber: false, cron: true });
    assert.deepEqual(site.sql("SHOW TABLES LIKE 'wp_msp_%'").flat().sort(), ['wp_msp_actions', 'wp_msp_answers', 'wp_msp_events', 'wp_msp_submissions']);
    assert.equal(site.sql("SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_NAME = 'wp_msp_events'")[0]![0], 'InnoDB');
  });

  it('enqueues a widget’s module only on a page that shows it, as type="module"', async () => {
    const ideaHtml = await (await fetch(site.pages['boite-a-idees']!.url)).text();
    assert.match(ideaHtml, /<script type="module" src='[^']*\/msp-widgets\/dist\/idea-box\.js/);
    assert.match(
      ideaHtml,
      new RegExp(`<msp-idea-box structure-name="Maison de santé des Tilleuls" lang="fr" endpoint="${api}/submissions" feed="${api}/feed">`),
    );
    assert.doesNotMatch(ideaHtml, /event-signup\.js|satisfaction-survey\.js/);
    const surveyHtml = await (await fetch(site.pages.questionnaire!.url)).text();
    assert.match(surveyHtml, /<msp-satisfaction-survey [^>]*campaign="2026-T4"/);
    assert.match(surveyHtml, /<script type="module" src='[^']*satisfaction-survey\.js/);
    const plain = await (await fetch(site.pages['page-sans-widget']!.url)).text();
    assert.doesNotMatch(plain, /msp-widgets/);
  });

  it('calls for candidates and information-only events: the shortcode’s phone and charter_url, the block’s events kept and cleaned as the widget’s schema wants them', () => {
    const shortcode = site.eval<string>(`return do_shortcode( '[msp_event_signup phone="02 31 00 00 00" charter_url="/charte-engagement.pdf"]' );`);
    assert.match(shortcode, /<msp-event-signup [^>]*phone="02 31 00 00 00" charter-url="\/charte-engagement\.pdf"/);
    assert.doesNotMatch(site.eval<string>(`return do_shortcode( '[msp_event_signup charter_url="javascript:alert(1)"]' );`), /charter-url|javascript/);
    const base = { start: '2027-02-02T18:00', end: '2027-02-02T19:30', place: { name: 'Salle du 1er' }, objectives: ['Préparer ensemble'] };
    const events = [
      {
        ...base,
        id: 'groupe-accueil',
        title: 'Améliorer l’accueil',
        kind: 'appel-candidatures-groupe-de-travail',
        phone: ' 02 31 00 00 01 ',
        signup: 'none', // a call always receives candidacies: dropped
        call: {
          role: 'Vous préparez <b>un projet</b>',
          time: '3 réunions',
          training: '',
          compensation: 'Frais remboursés',
          charterUrl: '/charte.pdf',
          surplus: 'x',
        },
      },
      {
        ...base,
        id: 'etp-coanim',
        title: 'Animer un atelier',
        kind: 'appel-candidatures-co-animation-etp',
        call: { charterUrl: 'javascript:alert(1)', time: '' },
      },
      { ...base, id: 'portes-ouvertes', title: 'Portes ouvertes', kind: 'portes-ouvertes', signup: 'none', phone: '', call: { role: 'pas pour un atelier' } },
      { ...base, id: 'atelier', title: 'Atelier', kind: 'atelier', signup: 'online' },
    ];
    const html = site.eval<string>(
      `return MSP_Widgets_Render::render( 'event-signup', array( 'phone' => '02 31 00 00 00', 'charterUrl' => 'https://msp.example/charte.pdf', 'events' => json_decode( ${phpString(JSON.stringify(events))}, true ) ) );`,
    );
    assert.match(html, /<msp-event-signup [^>]*phone="02 31 00 00 00" charter-url="https:\/\/msp\.example\/charte\.pdf"/);
    const config = JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(html)![1]!) as { events: Array<Record<string, unknown>> };
    const [call, emptyCall, info, workshop] = config.events;
    assert.deepEqual(
      { phone: call!.phone, signup: call!.signup, call: call!.call },
      {
        phone: '02 31 00 00 01',
        signup: undefined,
        call: { role: 'Vous préparez un projet', time: '3 réunions', compensation: 'Frais remboursés', charterUrl: '/charte.pdf' },
      },
    );
    assert.equal(emptyCall!.call, undefined, 'no empty call, no javascript: charter');
    assert.deepEqual({ signup: info!.signup, phone: info!.phone, call: info!.call }, { signup: 'none', phone: undefined, call: undefined });
    assert.equal(workshop!.signup, undefined);
    const checked = checkConfig(eventSignupConfigSchema, config, 'config');
    assert.ok(checked.ok, JSON.stringify(checked));
  });

  it('an external endpoint in the settings sends the widgets to the federation’s collector', async () => {
    const federation = 'https://collecte.federation.example/s/msp-tilleuls/submissions';
    site.eval(
      `update_option( 'msp_widgets_settings', array_merge( MSP_Widgets_Settings::all(), array( 'external_endpoint' => '${federation}' ) ) ); return true;`,
    );
    try {
      const html = await (await fetch(site.pages['boite-a-idees']!.url)).text();
      assert.match(html, new RegExp(`endpoint="${federation}" feed="https://collecte.federation.example/s/msp-tilleuls/feed"`));
    } finally {
      site.eval("update_option( 'msp_widgets_settings', array_merge( MSP_Widgets_Settings::all(), array( 'external_endpoint' => '' ) ) ); return true;");
    }
  });

  it('answers the collector’s contract: 201, replay, key reuse, 400, 413, 422 with paths; day-only dates; nothing about the sender stored', async () => {
    const body = idea();
    const first = await post(body, { 'User-Agent': 'Mozilla/5.0 (Tracker)', 'X-Forwarded-For': '203.0.113.9' });
    assert.equal(first.status, 201);
    assert.deepEqual(first.json, { id: body.id, stored: true });
    // The same content with other spacing and key order, and the key in capitals: the first answer again.
    const reordered = JSON.stringify({ payload: body.payload, locale: 'fr', createdAt: body.createdAt, schemaVersion: 1, kind: 'idea', id: body.id }, null, 2);
    const replay = await post(reordered, { 'Idempotency-Key': body.id.toUpperCase() });
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(replay.json, first.json);
    const reused = await post({ ...body, payload: { ...body.payload, text: 'Autre chose' } });
    assert.equal(reused.status, 422);
    assert.equal(reused.json.error, 'key-reused');
    assert.equal((await post('{"id": ')).status, 400);
    assert.equal((await post('{"id": ')).json.error, 'malformed-json');
    const big = await post(JSON.stringify(idea(randomUUID(), { payload: { theme: 'accueil', themeLabel: 'Accueil', text: 'x'.repeat(300_000) } })));
    assert.equal(big.status, 413);
    const invalid = await post(idea(randomUUID(), { payload: { theme: 'Accueil', themeLabel: 'Accueil', text: '' } }));
    assert.equal(invalid.status, 422);
    assert.equal(invalid.json.error, 'invalid');
    assert.deepEqual(invalid.json.problems.map((p: { path: string }) => p.path).sort(), ['payload.text', 'payload.theme']);
    const mismatch = await post(idea(), { 'Idempotency-Key': randomUUID() });
    assert.equal(mismatch.status, 422);

    const [stored] = site.sql(`SELECT envelope, received_at FROM wp_msp_submissions WHERE id = '${body.id}'`);
    assert.equal(JSON.parse(stored![0]!).createdAt, '2026-11-28', 'an anonymous kind keeps the day only');
    assert.match(stored![1]!, /^\d{4}-\d{2}-\d{2}$/);
    const everything = site.sql('SELECT * FROM wp_msp_submissions').flat().join(' ');
    assert.doesNotMatch(everything, /203\.0\.113\.9|127\.0\.0\.1|Tracker|Mozilla/);
    assert.equal(count(`SELECT COUNT(*) FROM wp_msp_submissions WHERE id = '${body.id}'`), 1);

    const health = await fetch(`${api}/health`);
    assert.deepEqual([health.status, await health.json()], [200, { ok: true }]);
  });

  it('a visitor sends an idea from the page', async () => {
    const page = await newPage();
    await sendIdeaFromPage(page, 'Des chaises plus hautes dans la salle d’attente');
    const events = await widgetEvents(page);
    const submitted = events.find((event) => event.type === 'msp-submitted')!;
    assert.equal(submitted.detail.status, 'sent');
    assert.equal(count(`SELECT COUNT(*) FROM wp_msp_submissions WHERE id = '${submitted.detail.id}' AND kind = 'idea'`), 1);
    await page.close();
  });

  it('an idea sent while the route answers 503 is queued, then delivered exactly once', async () => {
    const page = await newPage();
    const text = 'Un distributeur d’eau fraîche, idée envoyée pendant une panne';
    site.setFault(true);
    try {
      await sendIdeaFromPage(page, text);
      const submitted = (await widgetEvents(page)).find((event) => event.type === 'msp-submitted')!;
      assert.equal(submitted.detail.status, 'queued');
      assert.ok(site.faultHits() >= 1, 'the widget met the 503');
      assert.equal(count(`SELECT COUNT(*) FROM wp_msp_submissions WHERE envelope LIKE '%distributeur d’eau%'`), 0);
    } finally {
      site.setFault(false);
    }
    // The outbox sends again when the page is opened again (and on its own timer): delivered once.
    await page.goto(site.pages['boite-a-idees']!.url);
    const until = Date.now() + 60_000;
    while (count(`SELECT COUNT(*) FROM wp_msp_submissions WHERE envelope LIKE '%distributeur d’eau%'`) === 0 && Date.now() < until) await sleep(250);
    await sleep(3000); // any second send would have come by now
    assert.equal(count(`SELECT COUNT(*) FROM wp_msp_submissions WHERE envelope LIKE '%distributeur d’eau%'`), 1);
    await page.close();
  });

  it('signs up on the page until the event is full, then on the waiting list', async () => {
    const page = await newPage();
    assert.match(await signUpOnPage(page, 'Camille', '06 12 34 56 78', 2), /inscri/i);
    assert.match(await signUpOnPage(page, 'Dominique', '06 98 76 54 32', 1), /inscri/i);
    assert.deepEqual(await (await fetch(`${api}/events/${testEvent.id}/seats`)).json(), { eventId: testEvent.id, capacity: 3, taken: 3, left: 0, waiting: 0 });
    const waiting = await signUpOnPage(page, 'Alix', '07 11 22 33 44', 1);
    assert.match(waiting, /liste d’attente/);
    assert.match(waiting, /1/);
    assert.deepEqual(await (await fetch(`${api}/events/${testEvent.id}/seats`)).json(), { eventId: testEvent.id, capacity: 3, taken: 3, left: 0, waiting: 1 });
    const feed = await (await fetch(`${api}/events`)).json();
    assert.equal(feed.events.find((event: { id: string }) => event.id === testEvent.id).seatsLeft, 0);
    assert.doesNotMatch(JSON.stringify(feed), /Camille|06 12/);
    await page.close();
  });

  it('10 signups at once for 3 seats: exactly 3 confirmed, the others waiting in order', async () => {
    const editor = await site.login(site.users.editor);
    const defined = await asUser(editor, 'PUT', '/events/atelier-parallele', {
      id: 'atelier-parallele',
      title: 'Atelier sommeil',
      kind: 'atelier',
      start: '2027-04-06T14:00',
      end: '2027-04-06T16:00',
      place: { name: 'Salle 2' },
      objectives: ['Mieux dormir'],
      capacity: 3,
    });
    assert.equal(defined.status, 200);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => post(signup('atelier-parallele', `Personne ${i}`, `personne${i}@example.fr`))));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      Array(10).fill(201),
    );
    const confirmed = answers.filter((answer) => answer.json.registration.status === 'confirmed');
    assert.equal(confirmed.length, 3);
    const positions = answers
      .filter((answer) => answer.json.registration.status === 'waiting')
      .map((answer) => answer.json.registration.position)
      .sort((a, b) => a - b);
    assert.deepEqual(positions, [1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(await (await fetch(`${api}/events/atelier-parallele/seats`)).json(), {
      eventId: 'atelier-parallele',
      capacity: 3,
      taken: 3,
      left: 0,
      waiting: 7,
    });

    // The team cancels one confirmed signup: the first person waiting is promoted, and it is recorded.
    const firstWaiting = answers.find((answer) => answer.json.registration.position === 1)!.json.id;
    const cancelled = await asUser(editor, 'POST', '/events/atelier-parallele/cancellations', { signupId: confirmed[0]!.json.id });
    assert.equal(cancelled.status, 200);
    assert.deepEqual(cancelled.json.promoted, [{ id: firstWaiting, seats: 1 }]);
    const notified = await asUser(editor, 'POST', '/events/atelier-parallele/notified', { signupId: firstWaiting });
    assert.deepEqual(notified.json, { eventId: 'atelier-parallele', signupId: firstWaiting, notified: true });
    const read = await asUser(editor, 'GET', '/submissions?kind=event-signup');
    assert.deepEqual(
      read.json.actions
        .filter((action: { data: { eventId: string } }) => action.data.eventId === 'atelier-parallele')
        .map((action: { type: string }) => action.type),
      ['event-cancellation', 'event-promotion', 'event-notified'],
    );
  });

  it('an editor sees ideas and signups in wp-admin, answers an idea, and the public page shows the answer', async () => {
    const page = await newPage();
    await loginInBrowser(page, site.users.editor.login, site.users.editor.password);
    await page.goto(`${site.url}/wp-admin/admin.php?page=msp-participation`);
    const source = await page.$eval('msp-results', (el) => [el.getAttribute('source'), el.getAttribute('rest-nonce')]);
    assert.equal(source[0], api);
    assert.match(source[1]!, /^[0-9a-f]{10}$/);
    await waitInShadow(page, 'msp-results', 'root.querySelector(\'#kinds input[value="idea"]\')', 20_000);
    await clickIn(page, 'msp-results', '#kinds input[value="event-signup"]');
    await waitInShadow(page, 'msp-results', "root.textContent.includes('Camille') && root.textContent.includes('Alix')");
    await clickIn(page, 'msp-results', '#kinds input[value="idea"]');
    await waitInShadow(page, 'msp-results', "root.textContent.includes('Des chaises plus hautes')");
    const ideaId = site.sql("SELECT id FROM wp_msp_submissions WHERE envelope LIKE '%Des chaises plus hautes%'")[0]![0]!;
    const answer = 'Six fauteuils avec accoudoirs arrivent en janvier.';
    const viaView = await page.evaluate(
      (id: string) => Boolean(document.querySelector('msp-results')!.shadowRoot!.querySelector(`[data-save="${id}"]`)),
      ideaId,
    );
    if (viaView) {
      await typeIn(page, 'msp-results', `#status-${ideaId}`, 'realisee', 'change');
      await typeIn(page, 'msp-results', `#answer-${ideaId}`, answer);
      await clickIn(page, 'msp-results', `#publish-${ideaId}`);
      await clickIn(page, 'msp-results', `[data-save="${ideaId}"]`);
    } else {
      assert.fail('the results view offers no answer form for the idea');
    }
    const until = Date.now() + 15_000;
    while (count(`SELECT COUNT(*) FROM wp_msp_answers WHERE idea_id = '${ideaId}'`) === 0 && Date.now() < until) await sleep(200);
    assert.deepEqual(site.sql(`SELECT status, answer, publish_text FROM wp_msp_answers WHERE idea_id = '${ideaId}'`), [['realisee', answer, '1']]);

    // The public feed (no personal data) and the idea box on the page show it.
    const feedResponse = await fetch(`${api}/feed`);
    assert.equal(feedResponse.headers.get('cache-control'), 'public, max-age=60');
    const feed = await feedResponse.json();
    assert.deepEqual(
      feed.ideas.map((item: { id: string; status: string; answer: string; text: string }) => [item.id, item.status, item.answer, item.text]),
      [[ideaId, 'realisee', answer, 'Des chaises plus hautes dans la salle d’attente']],
    );
    const etag = feedResponse.headers.get('etag')!;
    assert.equal((await fetch(`${api}/feed`, { headers: { 'If-None-Match': etag } })).status, 304);
    const visitor = await newPage();
    await visitor.goto(site.pages['boite-a-idees']!.url);
    await waitInShadow(visitor, 'msp-idea-box', `root.textContent.includes(${JSON.stringify(answer)})`);
    await page.close();
    await visitor.close();

    // A decided idea always carries an answer (HAS, fiche 1); an unknown idea is 404.
    const editor = await site.login(site.users.editor);
    assert.equal((await asUser(editor, 'PUT', `/ideas/${ideaId}/answer`, { status: 'retenue', answer: ' ', publishText: false })).status, 422);
    assert.equal((await asUser(editor, 'PUT', `/ideas/${randomUUID()}/answer`, { status: 'recue', answer: '', publishText: false })).status, 404);
  });

  it('a subscriber gets 403 on the team’s routes, a visitor without an account 401', async () => {
    const subscriber = await site.login(site.users.subscriber);
    for (const [method, path, body] of [
      ['GET', '/submissions', undefined],
      ['GET', '/submissions?kind=event-signup', undefined],
      ['PUT', `/ideas/${randomUUID()}/answer`, { status: 'recue', answer: '', publishText: false }],
      ['POST', '/events/atelier-parallele/cancellations', { signupId: randomUUID() }],
      ['PUT', '/events/x', { title: 'x' }],
    ] as const) {
      assert.equal((await asUser(subscriber, method, path, body)).status, 403, `${method} ${path}`);
    }
    assert.equal((await fetch(`${api}/submissions`)).status, 401);
    const admin = await fetch(`${site.url}/wp-admin/admin.php?page=msp-participation`, { headers: { Cookie: subscriber.cookie }, redirect: 'manual' });
    assert.equal(admin.status, 403);
    const page = await newPage();
    await loginInBrowser(page, site.users.subscriber.login, site.users.subscriber.password);
    const response = await page.goto(`${site.url}/wp-admin/admin.php?page=msp-participation`);
    assert.equal(response!.status(), 403);
    await page.close();
  });

  it('the personal-data exporter finds a signup by e-mail; the eraser removes it and nothing else', async () => {
    const before = site.sql('SELECT id FROM wp_msp_submissions ORDER BY seq').flat();
    const target = site.sql("SELECT id FROM wp_msp_submissions WHERE contact = 'personne4@example.fr'")[0]![0]!;
    const exported = site.eval<{ data: Array<{ item_id: string; data: Array<{ name: string; value: string }> }> }>(
      "$e = apply_filters( 'wp_privacy_personal_data_exporters', array() ); return call_user_func( $e['msp-widgets']['callback'], 'Personne4@Example.fr', 1 );",
    );
    assert.deepEqual(
      exported.data.map((item) => item.item_id),
      [`msp-${target}`],
    );
    assert.ok(exported.data[0]!.data.some((field) => field.value === 'Personne 4'));
    const erased = site.eval<{ items_removed: boolean }>(
      "$e = apply_filters( 'wp_privacy_personal_data_erasers', array() ); return call_user_func( $e['msp-widgets']['callback'], 'personne4@example.fr', 1 );",
    );
    assert.equal(erased.items_removed, true);
    const after = site.sql('SELECT id FROM wp_msp_submissions ORDER BY seq').flat();
    assert.deepEqual(
      after,
      before.filter((id) => id !== target),
    );
    assert.equal(count(`SELECT COUNT(*) FROM wp_msp_actions WHERE signup_id = '${target}'`), 0);
    // The suggested privacy-policy text, as the privacy guide in wp-admin collects it (during admin_init).
    const policy = site.eval<Array<{ plugin_name: string; policy_text: string }>>(
      "set_current_screen( 'dashboard' ); global $wp_current_filter; $wp_current_filter[] = 'admin_init'; MSP_Widgets_Privacy::policy_text(); array_pop( $wp_current_filter ); return array_values( array_filter( WP_Privacy_Policy_Content::get_suggested_policy_text(), function ( $p ) { return false !== strpos( $p['plugin_name'], 'MSP' ); } ) );",
    );
    assert.equal(policy.length, 1);
    assert.match(policy[0]!.policy_text, /Boîte à idées/);
    assert.match(policy[0]!.policy_text, /12 mois après l’atelier/);
  });

  it('retention by WP-Cron: contacts first, then everything past the long limit', () => {
    const ideas = count("SELECT COUNT(*) FROM wp_msp_submissions WHERE kind = 'idea'");
    // 13 months after the events: signups (contacts) go, ideas stay; 40 months: everything goes.
    const first = site.eval<{ signups: number; submissions: number }>("return MSP_Widgets_Privacy::retention( strtotime( '2028-06-01' ) );");
    assert.ok(first.signups > 0);
    assert.equal(first.submissions, 0);
    assert.equal(count("SELECT COUNT(*) FROM wp_msp_submissions WHERE kind = 'event-signup'"), 0);
    assert.equal(count("SELECT COUNT(*) FROM wp_msp_submissions WHERE kind = 'idea'"), ideas);
    const second = site.eval<{ submissions: number }>("return MSP_Widgets_Privacy::retention( strtotime( '+40 months' ) );");
    assert.equal(second.submissions, ideas);
    assert.equal(count('SELECT COUNT(*) FROM wp_msp_submissions'), 0);
  });

  it('uninstall keeps the data unless the administrator chose to remove it', () => {
    const uninstall =
      "define( 'WP_UNINSTALL_PLUGIN', 'msp-widgets/msp-widgets.php' ); include WP_PLUGIN_DIR . '/msp-widgets/uninstall.php'; global $wpdb; return $wpdb->get_col( \"SHOW TABLES LIKE 'wp_msp_%'\" );";
    assert.equal(site.eval<string[]>(uninstall).length, 4);
    site.eval("update_option( 'msp_widgets_settings', array_merge( MSP_Widgets_Settings::all(), array( 'drop_on_uninstall' => true ) ) ); return true;");
    assert.deepEqual(site.eval<string[]>(uninstall), []);
  });
});
