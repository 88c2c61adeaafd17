import { expect } from '@open-wc/testing';
import { loadDefinition } from './load-definition.js';

// Real requests to the test server (no fetch stub): the fixture, a missing file, a file that is not
// JSON, and JSON that is not a questionnaire.
const here = '/src/widgets/satisfaction-survey';

describe('survey: loading a definition by address', () => {
  it('reads and checks a questionnaire', async () => {
    const result = await loadDefinition(`${here}/fixtures/every-type.json`, new AbortController().signal, 5000);
    expect(result.ok && result.feed.id).to.equal('tous-types');
  });

  it('says HTTP 404 for a missing file, naming the definition attribute', async () => {
    const result = await loadDefinition(`${here}/fixtures/missing.json`, new AbortController().signal, 5000);
    expect(result.ok).to.be.false;
    const [problem] = result.ok ? [] : (result.problems ?? []);
    expect(!result.ok && result.httpStatus).to.equal(404);
    expect(problem).to.include({ source: 'attribute', path: 'definition' });
    expect(problem!.found).to.contain('missing.json').and.to.contain('HTTP 404');
  });

  it('refuses a file that is not JSON', async () => {
    const result = await loadDefinition(`${here}/README.md`, new AbortController().signal, 5000);
    expect(!result.ok && result.problems![0]!.found).to.contain('pas un fichier JSON lisible');
  });

  it('checks JSON that is not a questionnaire like an inline definition, with paths under "definition"', async () => {
    const result = await loadDefinition('/package.json', new AbortController().signal, 5000);
    expect(result.ok).to.be.false;
    expect(!result.ok && result.problems!.every((p) => p.path.startsWith('definition'))).to.be.true;
  });

  it('is bounded in size: a longer file is refused before it is parsed', async () => {
    const url = `${here}/fixtures/every-type.json`;
    expect((await loadDefinition(url, new AbortController().signal, 5000, 100_000)).ok).to.be.true;
    const result = await loadDefinition(url, new AbortController().signal, 5000, 100);
    expect(!result.ok && result.problems![0]!.found).to.contain('pas un fichier JSON lisible');
  });

  it('a request that does not get through (aborted, timed out, offline) ends in a problem, not endless loading', async () => {
    const abort = new AbortController();
    abort.abort();
    const result = await loadDefinition(`${here}/fixtures/every-type.json`, abort.signal, 5000);
    expect(!result.ok && result.problems![0]!.found).to.contain('pas de réponse du serveur');
  });
});
