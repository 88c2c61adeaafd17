import { expect } from '@open-wc/testing';
import { TestCollector } from '../helpers/collector.js';

interface Report {
  errors: string[];
  done: boolean;
  status: string;
  submitted?: string;
  text: string | null;
}

/** Runs the no-storage page in a sandboxed iframe (opaque origin: IndexedDB is denied there). */
function runSandboxed(endpoint?: string): Promise<Report> {
  const iframe = document.createElement('iframe');
  iframe.sandbox.add('allow-scripts');
  iframe.src = `${location.origin}/test/fixtures/no-storage-page.html${endpoint ? `?endpoint=${encodeURIComponent(endpoint)}` : ''}`;
  const report = new Promise<Report>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow) return;
      window.removeEventListener('message', onMessage);
      iframe.remove();
      resolve(event.data as Report);
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(iframe);
  return report;
}

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
    expect(report.status).to.contain('ne permet pas d’en garder une copie');
    expect(report.text).to.equal('Envoyée sans stockage local');
  });

  it('without an endpoint, says the browser cannot save it', async () => {
    const report = await runSandboxed();
    expect(report.done).to.be.false;
    expect(report.status).to.contain('ne permet pas d’enregistrer');
    expect(report.text).to.equal('Envoyée sans stockage local');
  });
});
