import { expect } from '@open-wc/testing';
import { STRUCTURE_NAMES, articleless, catalogTexts, frenchProblems } from '../../../../test/helpers/french.js';
import { ideaBoxAr } from './ar.js';
import { ideaBoxEasy } from './easy.js';
import { ideaBoxFr } from './fr.js';

// The easy-read (FALC) and Arabic catalogues, string by string (issue 14). The type makes a missing
// key a compile error; these tests also catch a string copied instead of rewritten, and each FALC rule
// that a machine can check.

const samples: unknown[][] = [['Pôle santé Sud'], [undefined], ['la coordinatrice', '12 mois', 'l’accueil'], [1000], ['3F9A-2C']];
const texts = (catalog: unknown) => new Map(catalogTexts(catalog, samples).map(({ path, text }) => [path, text]));
const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
/** Sentences end with . ! ? or a colon that introduces something (FALC counts each one). */
const sentences = (text: string) => text.split(/[.!?:](?:\s|$)|[.!?]$/u).filter((s) => words(s).length > 0);

/** Words the FALC rules ask us to avoid (rule 1) or that mean nothing to the person (rule 6). */
const hardWords = [
  'usager',
  'contribution',
  'pseudonyme',
  'confidentialité',
  'anonyme',
  'coordonnées',
  'éducation thérapeutique',
  'navigation privée',
  'serveur',
  'erreur',
  'référence',
  'destinataire',
  'facultati',
  'caractère',
];

describe('idea box easy-read French (FALC)', () => {
  const easy = texts(ideaBoxEasy);
  const normal = texts(ideaBoxFr);

  it('has every string of the French catalogue, and no other', () => {
    expect([...easy.keys()].sort()).to.deep.equal([...normal.keys()].sort());
    expect(easy.size).to.be.greaterThan(60);
  });

  it('rewrites every string, except those already short (8 words or fewer)', () => {
    const copied = [...easy].filter(([path, text]) => text === normal.get(path) && words(text).length > 8);
    expect(copied).to.deep.equal([]);
    const rewritten = [...easy].filter(([path, text]) => text !== normal.get(path)).length;
    expect(rewritten / easy.size, 'most strings are rewritten').to.be.greaterThan(0.75);
  });

  it('rule 2: one idea per sentence, 12 words at most (never more than 15), shorter than the normal French', () => {
    expect([...easy.values()].flatMap(sentences).filter((s) => words(s).length > 12)).to.deep.equal([]);
    // Average words per sentence in the texts (strings of more than 8 words; labels would flatter it).
    const average = (catalog: Map<string, string>) => {
      const all = [...catalog.values()].filter((text) => words(text).length > 8).flatMap(sentences);
      return all.reduce((sum, s) => sum + words(s).length, 0) / all.length;
    };
    expect(average(easy)).to.be.at.most(7);
    expect(average(easy)).to.be.lessThan(average(normal));
  });

  it('rules 1, 4 and 6: everyday words, no abbreviation, parenthesis, "…", semicolon, "etc." nor code', () => {
    const bad = [...easy].filter(
      ([, text]) => hardWords.some((word) => text.toLowerCase().includes(word)) || /[()…;]|\.\.\.|\betc\b|\b(?:MSP|RGPD|CPTS|HTTP)\b|\b[45]\d\d\b/u.test(text),
    );
    expect(bad).to.deep.equal([]);
  });

  it('rule 3: speaks to the person ("vous"), with no "ne … que"', () => {
    const all = [...easy.values()].join(' ');
    expect(all).to.match(/\bvous\b/i);
    expect(all).not.to.match(/\bn[e’']\s*\S+\s+que\b/i);
  });

  it('rule 7: one word for one thing: "téléphone ou e-mail", "accueil", "idée"', () => {
    const all = [...easy.values()].join(' ');
    expect(all).not.to.match(/secrétariat|joindre|suggestion|remarque|message de santé/i);
    expect(all).to.contain('téléphone ou votre e-mail');
  });

  it('French typography, and the structure’s name standing alone', () => {
    const problems = [...easy].flatMap(([path, text]) => frenchProblems(text).map((problem) => `${path}: ${problem}`));
    expect(problems).to.deep.equal([]);
    for (const name of STRUCTURE_NAMES) {
      const bad = catalogTexts(ideaBoxEasy, [[name], [name, name, name]]).filter(({ text }) => articleless(text, name));
      expect(bad).to.deep.equal([]);
    }
  });
});

describe('idea box Arabic', () => {
  const arabic = texts(ideaBoxAr);

  it('has every string of the French catalogue', () => {
    expect([...arabic.keys()].sort()).to.deep.equal([...texts(ideaBoxFr).keys()].sort());
  });

  it('is written in Arabic, with Arabic punctuation and no French spaces', () => {
    // The team's values (names, the reference) sit in isolates: leave them out of the check.
    // listLabel only adds a colon to a label given to it.
    const own = [...arabic]
      .filter(([path]) => !path.startsWith('listLabel'))
      .map(([path, text]) => [path, text.replace(/\u2068[^\u2069]*\u2069/gu, '')] as const);
    expect(own.filter(([, text]) => !/\p{Script=Arabic}/u.test(text))).to.deep.equal([]);
    expect(own.filter(([, text]) => /[?;]|[\u00a0\u202f]|[«»]|, /u.test(text))).to.deep.equal([]);
  });

  it('counts with the right Arabic form and Latin digits', () => {
    expect(['0', '1', '2', '3', '11', '100'].map((n) => ideaBoxAr.feedCount(Number(n)))).to.deep.equal([
      'لا توجد أفكار',
      'فكرة واحدة',
      'فكرتان',
      '3 أفكار',
      '11 فكرة',
      '100 فكرة',
    ]);
    expect(ideaBoxAr.ideaTooLong(1000)).to.contain('1000 حرف');
  });

  it('isolates what the team typed, so a Latin name cannot reorder the sentence', () => {
    expect(ideaBoxAr.invitation('Pôle santé Sud')).to.match(/^\u2068Pôle santé Sud\u2069: /u);
  });
});
