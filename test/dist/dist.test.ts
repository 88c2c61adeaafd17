import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers/collector.js';

// These load what `npm run build` wrote (npm test builds first): a build that emits code the browser
// cannot run fails here, not on an MSP's website.

const widgetTags = ['msp-idea-box', 'msp-satisfaction-survey', 'msp-event-signup', 'msp-continuum-check', 'msp-results'];

function frameWith(body: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  document.body.append(iframe);
  return new Promise((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
}

const errorsOf = (frame: HTMLIFrameElement) => ((frame.contentWindow as unknown as { errors?: string[] }).errors ?? []);
const catchErrors = `<script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>`;

describe('dist: the built files run in the browser', () => {
  it('the all-in-one ES module and a per-widget module, loaded together, define and render each widget', async () => {
    const frame = await frameWith(`${catchErrors}
      <script type="module" src="${location.origin}/dist/msp-widgets.js"></script>
      <script type="module" src="${location.origin}/dist/idea-box.js"></script>
      <msp-idea-box db-name="dist-es"></msp-idea-box>`);
    const win = frame.contentWindow!;
    await waitFor(() => widgetTags.every((tag) => win.customElements.get(tag)), 10_000, 'elements defined');
    const box = frame.contentDocument!.querySelector('msp-idea-box')!;
    await waitFor(() => Boolean(box.shadowRoot?.querySelector('form textarea')), 5000, 'the idea box to render');
    expect(errorsOf(frame)).to.deep.equal([]);
    frame.remove();
  });

  it('the classic-script (IIFE) bundle, loaded twice next to the ES module, does not throw', async () => {
    const frame = await frameWith(`${catchErrors}
      <script src="${location.origin}/dist/msp-widgets.iife.js"></script>
      <script src="${location.origin}/dist/msp-widgets.iife.js"></script>
      <script type="module" src="${location.origin}/dist/msp-widgets.js"></script>
      <msp-idea-box db-name="dist-iife"></msp-idea-box>`);
    const win = frame.contentWindow! as Window & { MspWidgets?: Record<string, unknown> };
    await waitFor(() => Boolean(win.customElements.get('msp-idea-box')), 10_000, 'element defined');
    expect(win.MspWidgets, 'the IIFE global').to.have.property('MspIdeaBox');
    const box = frame.contentDocument!.querySelector('msp-idea-box')!;
    await waitFor(() => Boolean(box.shadowRoot?.querySelector('form textarea')), 5000, 'the idea box to render');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errorsOf(frame)).to.deep.equal([]);
    frame.remove();
  });

  it('leaks no global CSS: the host page keeps its own styles', async () => {
    const frame = await frameWith(`<p id="host">texte de la page</p>
      <script type="module" src="${location.origin}/dist/msp-widgets.js"></script>
      <msp-idea-box db-name="dist-css"></msp-idea-box>`);
    const doc = frame.contentDocument!;
    await waitFor(() => Boolean(doc.querySelector('msp-idea-box')?.shadowRoot?.querySelector('form')), 10_000);
    expect(doc.styleSheets.length).to.equal(0);
    expect(doc.adoptedStyleSheets.length).to.equal(0);
    frame.remove();
  });

  it('every built widget (template text minified) shows the same words, spaces included, as the source', async () => {
    // The build minifies the text of Lit templates; a space lost between an interpolation and the
    // next word ("(facultatif)" glued to its label) would show here and nowhere else.
    const widgets = widgetTags.map((tag) => `<${tag} db-name="dist-text-${tag}" structure-name="MSP des Tilleuls"></${tag}>`).join('');
    const built = await frameWith(`<script type="module" src="${location.origin}/dist/msp-widgets.js"></script>${widgets}`);
    const source = await frameWith(`<script type="module" src="${location.origin}/src/index.ts"></script>${widgets}`);
    const textOf = (frame: HTMLIFrameElement, tag: string) => {
      // innerText follows the rendering: a block boundary reads as a line break in both builds.
      const base = frame.contentDocument!.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
      return (base?.innerText ?? '').replace(/\s+/g, ' ').trim();
    };
    for (const tag of widgetTags) {
      await waitFor(() => textOf(built, tag).length > 40 && textOf(source, tag).length > 40, 10_000, `${tag} to render`);
      // Both settle (drafts, feeds) before the words are compared.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(textOf(built, tag), tag).to.equal(textOf(source, tag));
    }
    built.remove();
    source.remove();
  });

  it('publishes the envelope JSON Schema for endpoint implementers', async () => {
    const schema = await (await fetch('/dist/envelope.schema.json')).json();
    expect(schema.properties.kind.enum).to.deep.equal(['idea', 'survey', 'event-signup', 'self-check']);
    expect(schema.required).to.include.members(['id', 'kind', 'schemaVersion', 'createdAt', 'locale', 'payload']);
    expect(schema['x-payloads']).to.have.property('idea');
  });
});
