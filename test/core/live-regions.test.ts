import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { freshDbName, waitFor } from '../helpers/collector.js';

// A live region must be in the accessibility tree before its message arrives, or the message is not
// announced: every widget's status region exists, empty and rendered (not display:none), from the start.
const tags = ['msp-idea-box', 'msp-satisfaction-survey', 'msp-event-signup', 'msp-continuum-check', 'msp-results'];

describe('every widget: status regions are live before they speak', () => {
  for (const tag of tags) {
    it(`${tag}`, async () => {
      const el = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)} db-name=${freshDbName(tag)}></${unsafeStatic(tag)}>`);
      await waitFor(() => Boolean(el.shadowRoot?.querySelector('[role=status]')), 5000, `${tag}'s status region`);
      for (const region of el.shadowRoot!.querySelectorAll<HTMLElement>('[role=status], [aria-live]')) {
        expect(getComputedStyle(region).display, `${tag} ${region.className}`).not.to.equal('none');
      }
    });
  }
});
