import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps } from '../../src/ui/style-props.js';

// styleProps sets style properties through the CSSOM: no `style` attribute is ever parsed from markup,
// which a strict CSP (style-src 'self') would block (test/csp/ proves it on the built widgets).
describe('styleProps: style through the CSSOM', () => {
  it('sets, changes and removes custom properties; undefined sets nothing', async () => {
    // A plain element, not open-wc's fixture(): fixture waits for an animation frame, which a test
    // page in a background tab (two files run at once) may never get.
    const host = document.body.appendChild(document.createElement('div'));
    const draw = (props: Record<string, string | undefined>) => render(html`<span ${styleProps(props)}>statut</span>`, host);
    draw({ '--status-color': '#18753c', '--other': undefined });
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('--status-color')).to.equal('#18753c');
    expect(span.style.getPropertyValue('--other')).to.equal('');
    draw({ '--status-color': '#8a1c1c' });
    expect(span.style.getPropertyValue('--status-color')).to.equal('#8a1c1c');
    draw({ '--status-color': undefined });
    expect(span.style.getPropertyValue('--status-color')).to.equal('');
    expect(span.getAttribute('style') ?? '').to.equal('');
    host.remove();
  });

  it('refuses an attribute position, where it could not work', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span title=${styleProps({})}></span>`, host)).to.throw(/goes in an element/);
  });
});
