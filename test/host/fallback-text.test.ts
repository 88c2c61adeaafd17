import { expect } from '@open-wc/testing';
import { reportFromFrame } from '../helpers/frames.js';

interface Report {
  before: { visible: boolean; defined: boolean };
  after: { visible: boolean; defined: boolean };
  form: boolean;
}

/** Loads the fallback page in a frame with the given module and returns what it saw. */
const load = (script: string) => reportFromFrame<Report>(`/test/fixtures/fallback-page.html?script=${encodeURIComponent(script)}`);

// A webmaster can write a sentence inside the tag (docs/recettes.md): the page shows it when the widget's
// script cannot run at all (a module blocked by a sandboxed embed, a file not uploaded), and the widget
// hides it once it draws itself (it has no slot, so what the page put inside is not shown).
describe('the fallback text a webmaster writes inside the tag', () => {
  it('is shown while no script runs, and stays when the module never loads', async () => {
    const report = await load('/msp-widgets/absent/idea-box.js');
    expect(report.before).to.deep.equal({ stage: 'before', visible: true, defined: false });
    expect(report.after).to.deep.equal({ stage: 'after', visible: true, defined: false });
    expect(report.form).to.be.false;
  });

  it('is hidden once the widget draws its form', async () => {
    const report = await load('/src/widgets/idea-box/idea-box.ts');
    expect(report.before.visible).to.be.true;
    expect(report.after).to.deep.equal({ stage: 'after', visible: false, defined: true });
    expect(report.form).to.be.true;
  });
});
