import { expect } from '@open-wc/testing';
import { STRUCTURE_NAMES, catalogTexts, frenchProblems } from '../../../../test/helpers/french.js';
import { surveyAr as firstAr } from './ar.js';
import { surveyEasy as firstEasy } from './easy.js';
import { surveyFr as firstFr } from './fr.js';
import { surveyAnswersAr } from './answers.ar.js';
import { surveyAnswersEasy } from './answers.easy.js';
import { surveyAnswersFr } from './answers.fr.js';
import { surveyLaterAr } from './later.ar.js';
import { surveyLaterEasy } from './later.easy.js';
import { surveyLaterFr } from './later.fr.js';

// The survey's easy-read (FALC) and Arabic catalogues against the rules they were written to
// (I18N-API.md, issue 14). The default questionnaire is part of each catalogue (`defaultSurvey`),
// so its questions are checked too. `npm run readability` prints the figures.

// Each language's three catalogues as one: the first screen's (fr.ts), the words after "Suivant"
// (answers.fr.ts) and the later screens' (later.fr.ts).
const surveyFr = { ...firstFr, ...surveyAnswersFr, ...surveyLaterFr };
const surveyEasy = { ...firstEasy, ...surveyAnswersEasy, ...surveyLaterEasy };
const surveyAr = { ...firstAr, ...surveyAnswersAr, ...surveyLaterAr };

const samples: unknown[][] = [[STRUCTURE_NAMES[0], true], [STRUCTURE_NAMES[1], false], [2, 5], [1], [30], [['Venir aux réunions']], [[]], ['3 mars']];
/** What a person reads: not the ids, types and conditions of the default questionnaire. */
const texts = (catalog: unknown) =>
  catalogTexts(catalog, samples).filter(({ path, text }) => text.trim() !== '' && !/\.(?:id|type)$|showIf|\.question$/.test(path));
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?؟])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
const words = (sentence: string) => sentence.split(/[\s\u00a0\u202f]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** Rule 1: words the guide asks to avoid (or explain), and the jargon of the plain catalogue. */
const HARD_WORDS =
  /\b(usagers?|contributions?|pseudonymes?|confidentialité|éducation thérapeutique|navigation privée|anonymes?|facultati(f|ve)s?|questionnaire|coordonnées|locaux|dépistages?|serveur|connexion)\b/iu;

describe('survey easy-read French (FALC): the 8 rules', () => {
  const easy = texts(surveyEasy);

  it('rule 2: every sentence has 15 words at most (the aim is 12)', () => {
    const long = easy.flatMap(({ path, text }) =>
      sentences(text)
        .filter((s) => words(s).length > 15)
        .map((s) => `${path}: ${s}`),
    );
    expect(long).to.deep.equal([]);
  });

  it('rule 1: everyday words, no jargon', () => {
    // "Questionnaire" stays only in the team's own text (the notice's source line is not in the catalogue).
    expect(easy.filter(({ text }) => HARD_WORDS.test(text)).map(({ path, text }) => `${path}: ${text}`)).to.deep.equal([]);
  });

  it('rule 4: no abbreviation, parenthesis, semicolon, "etc." nor "…"', () => {
    const bad = easy.filter(({ text }) => /[()…;]|\betc\b|\bMSP\b|\bRDV\b/u.test(text.replace(new RegExp(STRUCTURE_NAMES.join('|'), 'g'), '')));
    expect(bad.map(({ path, text }) => `${path}: ${text}`)).to.deep.equal([]);
  });

  it('rule 3: no "ne … que", no double negative', () => {
    expect(
      easy.filter(({ text }) => /\bn[e’']\s?\S+\s+(?:\S+\s+)?que\b|\bne\s+\S+\s+(?:pas|plus|jamais)\s+(?:rien|personne|aucun)/iu.test(text)).map((e) => e.text),
    ).to.deep.equal([]);
  });

  it('rule 5: numbers in digits', () => {
    const spelled = /\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|trente)\b/iu;
    expect(easy.filter(({ text }) => spelled.test(text)).map(({ path, text }) => `${path}: ${text}`)).to.deep.equal([]);
  });

  it('rule 6: no error code, reference nor percentage', () => {
    expect(easy.filter(({ text }) => /\b\d{3}\b|%|référence|erreur/iu.test(text)).map((e) => e.text)).to.deep.equal([]);
  });

  it('rule 7: one word per thing (the device, the steps, the answers)', () => {
    const all = easy.map(({ text }) => text).join(' ');
    expect(all).to.not.match(/\bappareils?\b|\bpage suivante\b/iu);
    expect(all).to.not.match(/\bcoordonnées\b/iu);
    expect(all).to.contain('Étape suivante').and.to.contain('Étape d’avant');
  });

  it('rule 8 and typography: every string rewritten, French spacing, no "(e)"', () => {
    const plain = new Map(texts(surveyFr).map(({ path, text }) => [path, text]));
    // Labels that were already plain everyday words stay as they were (the faces' words, "Oui", "Quel âge
    // avez-vous ?", "Vivre avec un diabète"): they pass every rule above like the rest. Everything else is rewritten.
    const same = easy.filter(({ path, text }) => plain.get(path) === text);
    console.log(`[survey easy-read] ${easy.length} strings, ${same.length} kept as in plain French: ${same.map((s) => s.text).join(' | ')}`);
    expect(same.length / easy.length).to.be.below(0.3);
    expect(easy.flatMap(({ path, text }) => frenchProblems(text).map((p) => `${path}: ${p}`))).to.deep.equal([]);
  });

  it('keeps the default questionnaire’s ids, types and conditions', () => {
    const shape = (s: typeof surveyFr.defaultSurvey) =>
      s.sections.map((section) => [
        section.id,
        section.questions.map((q) => [q.id, q.type, JSON.stringify(q.showIf ?? null), 'options' in q ? q.options.map((o) => o.id) : []]),
      ]);
    expect(shape(surveyEasy.defaultSurvey)).to.deep.equal(shape(surveyFr.defaultSurvey));
    expect(shape(surveyAr.defaultSurvey)).to.deep.equal(shape(surveyFr.defaultSurvey));
  });
});

describe('survey Arabic', () => {
  const arabic = texts(surveyAr);

  it('Arabic punctuation, Latin digits, no French no-break space nor French quotation spacing', () => {
    const bad = arabic.filter(({ text }) => /[\u00a0\u202f]|[,;?](?=\s|$)|[\u0660-\u0669]|« | »/u.test(text));
    expect(bad.map(({ path, text }) => `${path}: ${text}`)).to.deep.equal([]);
  });

  it('counts agree with their number (1, 2, 3–10, 11 and more)', () => {
    expect(surveyAr.duration(1)).to.contain('دقيقة واحدة');
    expect(surveyAr.duration(2)).to.contain('دقيقتان');
    expect(surveyAr.duration(4)).to.contain('4 دقائق');
    expect(surveyAr.duration(15)).to.contain('15 دقيقة');
    expect(surveyAr.atMostChoices(3)).to.contain('3 أجوبة');
  });

  it('plain messages: no code, no "server"', () => {
    expect(Object.values(surveyAr.outcome).map((m) => (typeof m === 'function' ? m('3 مارس') : m))).to.satisfy((all: string[]) =>
      all.every((m) => !/\d{3}|خادم|خطأ/u.test(m)),
    );
  });
});
