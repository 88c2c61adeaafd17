import { expect, fixture, html } from '@open-wc/testing';
import { STRUCTURE_NAMES, articleless, catalogTexts, frenchProblems } from '../../../../test/helpers/french.js';
import { freshDbName } from '../../../../test/helpers/collector.js';
import '../idea-box.js';
import type { MspIdeaBox } from '../idea-box.component.js';
import { ideaBoxEn } from './en.js';
import { ideaBoxFr } from './fr.js';

// French that reads well (issue 13), as in the survey's test: the structure's name stands alone
// whatever the team writes, no-break spaces, one term per idea, no "(e)"; English punctuation in English.

const samplesWith = (name: string): unknown[][] => [[name], [undefined], [name, name, name], [2], [1]];

describe('idea box French: the structure’s name stands alone', () => {
  for (const name of STRUCTURE_NAMES) {
    it(`no string puts « ${name} » after de, à, par, en; the rendered box reads well`, async () => {
      for (const catalog of [ideaBoxFr, ideaBoxEn]) {
        const bad = catalogTexts(catalog, samplesWith(name)).filter(({ text }) => articleless(text, name));
        expect(bad.map((b) => `${b.path}: ${b.text}`)).to.deep.equal([]);
      }
      const el = await fixture<MspIdeaBox>(html`<msp-idea-box db-name=${freshDbName('idea-fr')} structure-name=${name}></msp-idea-box>`);
      await el.updateComplete;
      const text = el.shadowRoot!.textContent ?? '';
      expect(text).to.contain(name);
      expect(articleless(text, name), text).to.be.false;
    });
  }
});

describe('idea box French: typography and words', () => {
  it('every French string has no-break spaces, one term per idea, no "(e)"', () => {
    const bad = catalogTexts(ideaBoxFr, samplesWith(STRUCTURE_NAMES[0]!)).flatMap(({ path, text }) =>
      frenchProblems(text).map((p) => `${path}: ${p} in « ${text} »`),
    );
    expect(bad).to.deep.equal([]);
  });

  it('English strings take English punctuation', () => {
    const bad = catalogTexts(ideaBoxEn, samplesWith(STRUCTURE_NAMES[1]!)).filter(({ text }) => /[ \u00a0\u202f][:;!?]/.test(text) || /[«»]/.test(text));
    expect(bad.map((b) => `${b.path}: ${b.text}`)).to.deep.equal([]);
  });

  it('says what is meant: the box is read by the team, and is not a way to reach one’s doctor', () => {
    expect(ideaBoxFr.ideaHint).not.to.contain('n’est pas lu');
    expect(ideaBoxFr.ideaHint).to.contain('pas un moyen de joindre votre médecin');
    expect(ideaBoxFr.invitation(undefined)).to.contain('l’équipe lit chaque message');
  });
});
