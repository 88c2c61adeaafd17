import { expect, fixture, html } from '@open-wc/testing';
import { isHttpUrl } from '../../src/core/config.js';
import { checkConfig, describeValue } from '../../src/core/config-problems.js';
import { createEnvelope } from '../../src/core/envelope.js';
import { envelopeSchema } from '../../src/core/envelope-schema.js';
import { matchLocale, plural } from '../../src/core/i18n.js';
import { ideaBoxConfigSchema } from '../../src/widgets/idea-box/idea-box.schema.js';
import '../../src/widgets/idea-box/idea-box.js';
import type { MspIdeaBox } from '../../src/widgets/idea-box/idea-box.component.js';
import { freshDbName } from '../helpers/collector.js';

describe('config: problems a webmaster can fix', () => {
  it('names the JSON path, what was expected and what was found, in French', () => {
    const result = checkConfig(
      ideaBoxConfigSchema,
      {
        themes: [
          { id: 'accueil', label: 'Accueil' },
          { id: 'Mauvais Id', label: 3 },
        ],
        maxLength: 'mille',
      },
      'config',
    );
    expect(result.ok).to.be.false;
    if (result.ok) return;
    expect(result.problems).to.deep.include({ source: 'config', path: 'themes[1].id', expected: 'un identifiant court (a-z, 0-9, -)', found: '"Mauvais Id"' });
    expect(result.problems).to.deep.include({ source: 'config', path: 'themes[1].label', expected: 'du texte', found: '3' });
    expect(result.problems).to.deep.include({ source: 'config', path: 'maxLength', expected: 'un nombre', found: '"mille"' });
  });

  it('flags unknown keys (typos) instead of ignoring them', () => {
    const result = checkConfig(ideaBoxConfigSchema, { endpont: '/x' }, 'config');
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.problems[0]).to.include({ expected: 'aucune clé inconnue (faute de frappe ?)', found: '"endpont"' });
  });

  it('accepts only http(s) addresses', () => {
    for (const good of ['https://msp.example/api', '/api/ideas', 'http://localhost:8787/submissions', 'idees.json']) expect(isHttpUrl(good), good).to.be.true;
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://x',
      'vbscript:x',
      'java\tscript:alert(1)',
      'x'.repeat(3000),
    ])
      expect(isHttpUrl(bad), bad).to.be.false;
  });

  it('describes values briefly and safely', () => {
    expect(describeValue('x'.repeat(100))).to.have.length.below(90);
    expect(describeValue([1, 2])).to.equal('une liste de 2 éléments');
    expect(describeValue(undefined)).to.equal('rien');
  });

  it('logs one console error per problem and shows a polite notice, never a blank box', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = await fixture<MspIdeaBox>(
        html`<msp-idea-box db-name=${freshDbName()} endpoint="javascript:alert(1)" structure-name=${'x'.repeat(300)}></msp-idea-box>`,
      );
      const notice = el.shadowRoot!.querySelector('[part=config-notice]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain('ne peut pas s’afficher').and.to.contain('endpoint').and.to.contain('structure-name');
      expect(logged.some((line) => line.includes('[msp-idea-box]') && line.includes('l\'attribut "endpoint"') && line.includes('"javascript:alert(1)"'))).to.be
        .true;
      expect(logged.some((line) => line.includes('"structure-name"') && line.includes('au plus 200 caractères'))).to.be.true;
      el.setAttribute('endpoint', '/api/idees');
      el.removeAttribute('structure-name');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=config-notice]')).to.be.null;
      expect(el.shadowRoot!.querySelector('form')).to.exist;
    } finally {
      console.error = original;
    }
  });

  it('reads an inline JSON config and reports broken JSON', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const good = await fixture<MspIdeaBox>(
        html`<msp-idea-box db-name=${freshDbName()}
          ><script type="application/json">
            { "invitation": "Dites-nous tout" }
          </script></msp-idea-box
        >`,
      );
      expect(good.shadowRoot!.textContent).to.contain('Dites-nous tout');
      const broken = await fixture<MspIdeaBox>(
        html`<msp-idea-box db-name=${freshDbName()}
          ><script type="application/json">
            {"invitation":
          </script></msp-idea-box
        >`,
      );
      expect(broken.shadowRoot!.querySelector('[part=config-notice]')!.textContent).to.contain('du JSON valide');
    } finally {
      console.error = original;
    }
  });
});

describe('config: fuzzing with random and hostile values', () => {
  // A small seeded generator so a failure can be replayed.
  let seed = 20261123;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const hostileStrings = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    'javascript:window.__pwned=1',
    '"><svg onload="window.__pwned=1">',
    '{{constructor.constructor("window.__pwned=1")()}}',
    '\u202Eevil',
    'x'.repeat(100_000),
    '',
    '__proto__',
  ];
  const value = (depth = 0): unknown => {
    const kind = Math.floor(random() * (depth > 2 ? 5 : 7));
    switch (kind) {
      case 0:
        return pick(hostileStrings);
      case 1:
        return Math.floor(random() * 1e6) * (random() > 0.5 ? -1 : 1);
      case 2:
        return random() > 0.5;
      case 3:
        return null;
      case 4:
        return pick([NaN, Infinity, 1e308, -0]);
      case 5:
        return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      default:
        return Object.fromEntries(
          Array.from({ length: Math.floor(random() * 4) }, () => [pick(['label', 'id', 'enabled', '__proto__', 'constructor', 'x']), value(depth + 1)]),
        );
    }
  };
  const keys = [
    'endpoint',
    'feed',
    'invitation',
    'themes',
    'maxLength',
    'participation',
    'healthWords',
    'statuses',
    'structureName',
    'minSecondsToSubmit',
    'unknownKey',
  ];

  it('200 random configs and attributes: no script runs, nothing throws uncaught, no raw HTML rendered', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    const original = console.error;
    console.error = () => {};
    (window as unknown as Record<string, unknown>).__pwned = undefined;
    try {
      for (let i = 0; i < 200; i++) {
        const config = Object.fromEntries(keys.filter(() => random() > 0.5).map((key) => [key, value()]));
        const el = document.createElement('msp-idea-box') as MspIdeaBox;
        el.setAttribute('db-name', 'fuzz');
        if (random() > 0.5) el.setAttribute('endpoint', String(pick(hostileStrings)));
        if (random() > 0.7) el.setAttribute('structure-name', String(pick(hostileStrings)));
        if (random() > 0.7) el.setAttribute('lang', String(pick(hostileStrings)).slice(0, 50));
        el.config = random() > 0.1 ? config : value();
        document.body.append(el);
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelector('form, [part=config-notice]'), `config #${i} rendered something`).to.exist;
        // Our own pictograms are the only drawings (they carry part="pictogram"): nothing else came from the config.
        expect(root.querySelectorAll('img, script, svg:not([part=pictogram]), iframe, object, embed'), `config #${i} rendered raw HTML`).to.have.length(0);
        el.remove();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((window as unknown as Record<string, unknown>).__pwned).to.be.undefined;
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      console.error = original;
    }
  });
});

describe('envelope and locale basics', () => {
  it('anonymous kinds carry the day only; others the instant', () => {
    expect(createEnvelope('idea', {}, { locale: 'fr' }).createdAt).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(createEnvelope('event-signup', {}, { locale: 'fr' }).createdAt).to.match(/T\d{2}:\d{2}/);
    const envelope = createEnvelope('survey', { a: 1 }, { locale: 'fr', structure: 'MSP' });
    expect(envelopeSchema.safeParse(envelope).success).to.be.true;
    expect(envelope.id).to.match(/^[0-9a-f-]{36}$/);
  });

  it('matches locales and French plurals (0 and 1 are singular)', () => {
    expect(matchLocale('fr-FR')).to.equal('fr');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('de')).to.equal('fr');
    expect(plural('fr', 0, { one: 'idée', other: 'idées' })).to.equal('idée');
    expect(plural('en', 0, { one: 'idea', other: 'ideas' })).to.equal('ideas');
  });
});
