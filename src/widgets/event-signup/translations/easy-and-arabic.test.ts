import { expect } from '@open-wc/testing';
import { articleless, catalogTexts, frenchProblems, STRUCTURE_NAMES } from '../../../../test/helpers/french.js';
import { eventSignupAr as listAr } from './ar.js';
import { eventSignupEasy as listEasy } from './easy.js';
import { eventSignupEn as listEn } from './en.js';
import { eventSignupFr as listFr } from './fr.js';
import { eventSignupLaterAr } from './later.ar.js';
import { eventSignupLaterEasy } from './later.easy.js';
import { eventSignupLaterEn } from './later.en.js';
import { eventSignupLaterFr } from './later.fr.js';

// Each language's words: the list's catalogue and the form's and confirmation's (later.*.ts).
const eventSignupFr = { ...listFr, ...eventSignupLaterFr };
const eventSignupEasy = { ...listEasy, ...eventSignupLaterEasy };
const eventSignupEn = { ...listEn, ...eventSignupLaterEn };
const eventSignupAr = { ...listAr, ...eventSignupLaterAr };

// The easy-read (FALC) and Arabic catalogues, checked against the rules they were written to
// (I18N-API.md, issue 14): a figure per catalogue is printed (words per sentence, longest sentence,
// a French reading-ease index) so the closing note can show them before and after.

/** Short sample arguments: a title, a structure's name, a day, numbers, a flag. */
const samples: unknown[][] = [
  [undefined],
  ['Atelier cuisine', false],
  ['Atelier cuisine', true],
  ['Atelier cuisine', 'jeudi 4 mars 2027', false],
  ['Atelier cuisine', 'jeudi 4 mars 2027', true],
  [1, 0],
  [2, 30],
  [14, 0],
  [5],
  [90],
  [1440],
  ['Atelier', 'Atelier cuisine', 'jeudi 4 mars 2027, de 14 heures à 16 heures', 'Salle commune'],
  ...STRUCTURE_NAMES.map((name) => [name]),
];

const texts = (catalog: unknown) => catalogTexts(catalog, samples).filter(({ text }) => text.trim() !== '');

/** Sentences of a text (the end of a sentence is . ! ? or a line's end; a colon opens a list, not a sentence). */
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?؟])\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
const words = (sentence: string) => sentence.split(/[\s\u00a0\u202f]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** Vowel groups: a syllable count good enough for a French reading-ease index (final mute e left out). */
const syllables = (word: string) =>
  Math.max(
    1,
    (
      word
        .toLowerCase()
        .replace(/e$/u, '')
        .match(/[aeiouyàâäéèêëîïôöùûü]+/gu) ?? []
    ).length,
  );

interface Readability {
  strings: number;
  sentences: number;
  wordsPerSentence: number;
  longest: number;
  /** Kandel & Moles (Flesch for French): 207 − 1.015 × words/sentence − 73.6 × syllables/word. Higher reads easier. */
  readingEase: number;
}

function readability(catalog: unknown): Readability {
  const all = texts(catalog).flatMap(({ text }) => sentences(text));
  const counts = all.map((sentence) => words(sentence).length);
  const wordList = all.flatMap(words);
  const totalWords = counts.reduce((a, b) => a + b, 0);
  const totalSyllables = wordList.reduce((a, word) => a + syllables(word), 0);
  const wps = totalWords / all.length;
  return {
    strings: texts(catalog).length,
    sentences: all.length,
    wordsPerSentence: Math.round(wps * 10) / 10,
    longest: Math.max(...counts),
    readingEase: Math.round(207 - 1.015 * wps - 73.6 * (totalSyllables / totalWords)),
  };
}

describe('event-signup easy-read French (FALC)', () => {
  const easy = texts(eventSignupEasy);
  const french = new Map(texts(eventSignupFr).map(({ path, text }) => [path, text]));

  it('prints the readability of each catalogue, and easy-read reads easier than French', () => {
    const fr = readability(eventSignupFr);
    const falc = readability(eventSignupEasy);
    console.log(`[readability] event-signup fr: ${JSON.stringify(fr)}`);
    console.log(`[readability] event-signup fr-FALC: ${JSON.stringify(falc)}`);
    console.log(`[readability] event-signup en: ${JSON.stringify(readability(eventSignupEn))}`);
    expect(falc.wordsPerSentence).to.be.below(8);
    expect(falc.wordsPerSentence).to.be.below(fr.wordsPerSentence);
    expect(falc.readingEase).to.be.above(fr.readingEase);
  });

  it('rule 2: no sentence longer than 15 words', () => {
    for (const { path, text } of easy) {
      for (const sentence of sentences(text)) expect(words(sentence).length, `${path}: ${sentence}`).to.be.at.most(15);
    }
  });

  it('rules 1 and 4: no hard word, abbreviation, "…", brackets or semicolon', () => {
    const hard =
      /usager|contribution|pseudonyme|confidentialit|éducation thérapeutique|navigation privée|candidature|facultati|récapitulatif|\betc\b|\bETP\b|\bMSP\b|\.ics|Outlook/iu;
    for (const { path, text: raw } of easy) {
      // The team's own name ("MSP du Bocage") is theirs to write.
      const text = STRUCTURE_NAMES.reduce((rest, name) => rest.replaceAll(name, ''), raw);
      expect(text, `${path}: ${text}`).not.to.match(hard);
      expect(text, `${path}: ${text}`).not.to.match(/…|\.\.\.|[()[\];]/u);
      // "14 h 30", "90 min", "n° 3": written out in easy-read.
      expect(text, `${path}: ${text}`).not.to.match(/\d\s?h\b|\bmin\b|n°/u);
    }
  });

  it('rule 3: addresses the person as "vous" (or "je" on the buttons), never "ne … que"', () => {
    for (const { path, text } of easy) expect(text, `${path}: ${text}`).not.to.match(/\bn[e’']\s*\S+\s+qu[e’']/iu);
    expect(eventSignupEasy.signUp).to.match(/^Je /);
    expect(eventSignupEasy.nameHint).to.match(/\bvous\b/);
  });

  it('rules 5 and 6: numbers in digits, hours in words, no code, no reference, no percentage', () => {
    expect(eventSignupEasy.time(14, 30)).to.equal('14\u00a0heures\u00a030');
    expect(eventSignupEasy.time(9, 0)).to.equal('9\u00a0heures');
    expect(eventSignupEasy.duration(90)).to.equal('1\u00a0heure et 30\u00a0minutes');
    expect(eventSignupEasy.seatsLeft(3)).to.equal('Il reste 3 places');
    expect(eventSignupEasy.reference('35FD-20')).to.equal('');
    for (const { path, text } of easy)
      expect(text, `${path}: ${text}`).not.to.match(
        /erreur|serveur|référence|code|%|\b(?:un|deux|trois|quatre|cinq|six|dix)\b\s+(?:jours?|places?|personnes?|heures?|minutes?)/iu,
      );
  });

  it('rule 7: one word per thing (inscription, proposition, événement, liste d’attente)', () => {
    const all = easy.map(({ text }) => text).join('\n');
    expect(all).not.to.match(/activité|rendez-vous|rencontre|enregistr|réservation\b/iu);
    expect(eventSignupEasy.candidacyReceived).to.contain('proposition');
    expect(eventSignupEasy.whoSeesCandidacy('l’équipe')).to.contain('proposition');
    expect(eventSignupEasy.full).to.contain('liste d’attente');
  });

  it('rule 8: what matters comes first (the state, then what to do)', () => {
    expect(eventSignupEasy.queued('Atelier cuisine')).to.match(/^Attention\u00a0: votre inscription/);
    expect(eventSignupEasy.waiting('Atelier cuisine', 3)).to.match(/^«\u00a0Atelier cuisine\u00a0» est complet\./u);
    expect(eventSignupEasy.confirmed('Atelier cuisine')).to.match(/^C’est fait\./);
  });

  it('is rewritten, not copied: only a handful of words are the same as in French', () => {
    const same = easy.filter(({ path, text }) => french.get(path) === text).map(({ path }) => path);
    // French that was plain already: names of things with no simpler word, short phrases around a number or a day.
    const allowed = ['kinds.atelier', 'callUs', 'phone', 'email', 'addToCalendar', 'labels.seats', 'channelMissing', 'listenNotice', 'duration(1440)'];
    const around = /^(people|seatsOf|seatsLeft|eventSuffix|timeRange|untilDay|spokenEvent|fact)\(/;
    expect(same.filter((path) => !allowed.includes(path) && !around.test(path))).to.deep.equal([]);
  });

  it('keeps French typography, and the structure’s name standing alone', () => {
    for (const { path, text } of easy) expect(frenchProblems(text), `${path}: ${text}`).to.deep.equal([]);
    for (const name of STRUCTURE_NAMES) {
      for (const text of [eventSignupEasy.intro(name), eventSignupEasy.whoSees(eventSignupEasy.defaultRecipient(name))]) {
        expect(text).to.contain(name);
        expect(articleless(text, name), text).to.equal(false);
      }
    }
  });

  it('the queued message of issue 14 (30 words) is now four short sentences', () => {
    const queued = sentences(eventSignupEasy.queued('Atelier cuisine'));
    expect(queued.length).to.equal(4);
    for (const sentence of queued) expect(words(sentence).length).to.be.at.most(12);
  });
});

describe('event-signup Arabic', () => {
  const arabic = texts(eventSignupAr);

  it('uses Arabic punctuation, no French spaces, Latin digits', () => {
    // spokenEvent and eventSuffix only join what they are given (French samples here).
    for (const { path, text } of arabic.filter(({ path }) => !/^(spokenEvent|eventSuffix|formHeading|candidacyHeading|reminder)\(/.test(path))) {
      expect(text, path).not.to.match(/[\u00a0\u202f]/u);
      if (/\p{Script=Arabic}/u.test(text)) expect(text.replace(/\u2066[^\u2069]*\u2069/gu, ''), `${path}: ${text}`).not.to.match(/[,;?]/u);
      expect(text, path).not.to.match(/[\u0660-\u0669\u06f0-\u06f9]/u);
    }
    expect(eventSignupAr.channelLegend).to.match(/؟$/u);
  });

  it('counts the Arabic way: one, two, three to ten, eleven and more', () => {
    expect(eventSignupAr.seatsLeft(1)).to.equal('بقي مقعد واحد');
    expect(eventSignupAr.seatsLeft(2)).to.equal('بقي مقعدان');
    expect(eventSignupAr.seatsLeft(5)).to.equal('بقيت 5 مقاعد');
    expect(eventSignupAr.seatsLeft(12)).to.equal('بقي 12 مقعدًا');
    expect(eventSignupAr.people(3)).to.equal('3 أشخاص');
    expect(eventSignupAr.duration(150)).to.equal('ساعتان و30 دقيقة');
    expect(eventSignupAr.time(9, 5)).to.equal('9:05');
  });

  it('keeps phone numbers and codes left to right inside Arabic sentences', () => {
    expect(eventSignupAr.motivationHintPhone('02 31 00 00 00')).to.contain('\u206602 31 00 00 00\u2069');
    expect(eventSignupAr.reference('35FD-20')).to.contain('\u206635FD-20\u2069');
  });

  it('puts the structure’s name first, on its own', () => {
    for (const name of STRUCTURE_NAMES) expect(eventSignupAr.intro(name).startsWith(`${name}:`)).to.equal(true);
  });
});

describe('event-signup plain messages (every language)', () => {
  for (const [name, catalog] of [
    ['fr', eventSignupFr],
    ['fr-FALC', eventSignupEasy],
    ['en', eventSignupEn],
    ['ar', eventSignupAr],
  ] as const) {
    it(`${name}: no HTTP status, no "server", the reference said with what it is for`, () => {
      const messages = [
        catalog.refused('Atelier cuisine', false),
        catalog.refused('Atelier cuisine', true),
        catalog.refusedForNow('Atelier cuisine', 'jeudi 4 mars 2027', false),
        catalog.queued('Atelier cuisine'),
        catalog.failedSend,
        catalog.failedSave,
        catalog.delivered,
        catalog.full,
        catalog.waitingListNotice,
      ];
      for (const message of messages) expect(message, message).not.to.match(/\b\d{3}\b|erreur|error|serveur|server|خطأ|خادم|navigation privée|private/iu);
      const reference = catalog.reference('35FD-20');
      if (reference) expect(reference.length, reference).to.be.above('35FD-20'.length + 20);
    });
  }
});
