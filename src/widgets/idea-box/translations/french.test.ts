import { expect, fixture, html } from '@open-wc/testing';
import { freshDbName } from '../../../../test/helpers/collector.js';
import '../idea-box.js';
import type { MspIdeaBox } from '../idea-box.component.js';
import { ideaBoxEn } from './en.js';
import { ideaBoxFr } from './fr.js';

// French that reads well (issue 13), as in the survey's test: the structure's name stands alone
// whatever the team writes, no-break spaces, one term per idea, no "(e)"; English punctuation in English.

const NAMES = ['Maison de santé des Tilleuls', 'MSP du Bocage', 'Centre de santé Simone-Veil', 'Pôle santé Sud'];
const articleless = (text: string, name: string) =>
  new RegExp(`(?:^|[\\s'’])(?:de|à|par|en|du|au)\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(text);

function catalogTexts(value: unknown, samples: unknown[][], path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    return samples.flatMap((args) => {
      try {
        return catalogTexts((value as (...a: unknown[]) => unknown)(...args), [], `${path}(${args.map(String).join(', ')})`);
      } catch {
        return [];
      }
    });
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => catalogTexts(item, samples, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => catalogTexts(item, samples, path ? `${path}.${key}` : key));
  return [];
}

const samplesWith = (name: string): unknown[][] => [[name], [undefined], [name, name, name], [2], [1]];

function frenchProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[ \u00a0][;!?]/.test(text)) problems.push('a space other than U+202F before ; ! ?');
  if (/[ \u202f]:/.test(text)) problems.push('a space other than U+00A0 before :');
  if (/«[ \u202f]|[ \u202f]»/.test(text)) problems.push('a space other than U+00A0 inside « »');
  if (/\((?:e|es)\)|·/.test(text)) problems.push('"(e)" or a point médian');
  if (/\b(?:courriel|mél|email|mail)\b/i.test(text.replace(/e-mail/gi, ''))) problems.push('another word than "e-mail"');
  if (/\bpseudo\b/i.test(text)) problems.push('"pseudo" (say "pseudonyme")');
  return problems;
}

describe('idea box French: the structure’s name stands alone', () => {
  for (const name of NAMES) {
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
    const bad = catalogTexts(ideaBoxFr, samplesWith(NAMES[0]!)).flatMap(({ path, text }) => frenchProblems(text).map((p) => `${path}: ${p} in « ${text} »`));
    expect(bad).to.deep.equal([]);
  });

  it('English strings take English punctuation', () => {
    const bad = catalogTexts(ideaBoxEn, samplesWith(NAMES[1]!)).filter(({ text }) => /[ \u00a0\u202f][:;!?]/.test(text) || /[«»]/.test(text));
    expect(bad.map((b) => `${b.path}: ${b.text}`)).to.deep.equal([]);
  });

  it('says what is meant: the box is read by the team, and is not a way to reach one’s doctor', () => {
    expect(ideaBoxFr.ideaHint).not.to.contain('n’est pas lu');
    expect(ideaBoxFr.ideaHint).to.contain('pas un moyen de joindre votre médecin');
    expect(ideaBoxFr.invitation(undefined)).to.contain('l’équipe lit chaque message');
  });
});
