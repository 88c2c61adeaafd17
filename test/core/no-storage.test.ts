import { expect } from '@open-wc/testing';
import { TestCollector } from '../helpers/collector.js';
import { reportFromFrame } from '../helpers/frames.js';

interface Report {
  errors: string[];
  done: boolean;
  status: string;
  submitted?: string;
  text: string | null;
}

/** Runs the no-storage page in a sandboxed iframe (opaque origin: IndexedDB is denied there). */
function runSandboxed(endpoint?: string): Promise<Report> {
  return inSandbox(`${location.origin}/test/fixtures/no-storage-page.html${endpoint ? `?endpoint=${encodeURIComponent(endpoint)}` : ''}`);
}

const inSandbox = <T>(src: string) => reportFromFrame<T>(src, { sandboxed: true });

describe('when this browser gives no IndexedDB (sandboxed iframe, private mode)', () => {
  let collector: TestCollector;
  // The sandboxed page's origin is "null": this collector allows it, as an MSP would for such an embed.
  beforeEach(async () => (collector = await TestCollector.start({ origins: ['null'] })));
  afterEach(async () => collector.stop());

  it('still sends directly when the endpoint answers', async () => {
    const report = await runSandboxed(collector.endpoint);
    expect(report.errors).to.deep.equal([]);
    expect(report.done).to.be.true;
    expect(report.submitted).to.equal('sent');
    expect(report.status).to.equal('');
    const records = await collector.records();
    expect(records).to.have.length(1);
    expect(records[0]!.payload.text).to.equal('Envoyée sans stockage local');
  });

  it('says plainly that no copy could be kept when sending fails, and keeps the text in the form', async () => {
    await collector.down();
    const report = await runSandboxed(collector.endpoint);
    expect(report.done).to.be.false;
    expect(report.status).to.contain('Votre message n’est pas parti');
    expect(report.text).to.equal('Envoyée sans stockage local');
  });
});

interface LoadReport {
  notice: string | null;
  form: boolean;
  consoleErrors: string[];
  mspErrors: string[];
}

describe('a sandboxed frame with no storage and no endpoint: said at load, not after the person wrote', () => {
  for (const script of ['module', 'classic'] as const) {
    it(`${script} script: a polite notice instead of the form, the cause and the fix in the console, msp-error no-storage`, async () => {
      const report = await inSandbox<LoadReport>(`${location.origin}/test/fixtures/no-storage-load.html${script === 'classic' ? '?classic' : ''}`);
      expect(report.notice).to.equal('Ce formulaire ne peut pas garder de réponse sur cette page. Vous pouvez donner votre avis directement à l’accueil.');
      expect(report.form, 'no form to fill in for nothing').to.be.false;
      expect(report.mspErrors).to.deep.equal(['no-storage']);
      expect(report.consoleErrors).to.have.length(1);
      expect(report.consoleErrors[0]).to.contain('endpoint="https://…"').and.to.contain('allow-same-origin');
    });
  }
});
