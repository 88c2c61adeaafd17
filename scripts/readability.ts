// Readability of every catalogue the public reads, French next to French easy-read (FALC), plus
// English and Arabic sentence lengths. Prints a table; no threshold (the FALC rules are checked by
// each widget's easy-read tests). Usage: node --import tsx scripts/readability.ts [--root <checkout>]
//
// Figures per catalogue, over the sentences of its texts (labels of fewer than 5 words left out):
//   words/sentence   average; FALC aims at 12 and never more than 15
//   >15 words        the share of sentences longer than that
//   long words       words of 4 syllables or more (French only)
//   Kandel-Moles     Flesch's index fitted to French (207 − 1.015 × words/sentence − 73.6 × syllables/word):
//                    higher is easier; 60–70 is "standard", 80+ "easy"
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const rootIndex = process.argv.indexOf('--root');
const root = resolve(rootIndex > 0 ? process.argv[rootIndex + 1]! : '.');

/** The catalogues people read (the team's views are left out), by widget and language. */
const catalogues: { widget: string; file: string; language: 'fr' | 'fr-FALC' | 'en' | 'ar' }[] = [];
for (const [widget, folder] of [
  ['core', 'src/core/translations'],
  ['idea-box', 'src/widgets/idea-box/translations'],
  ['satisfaction-survey', 'src/widgets/satisfaction-survey/translations'],
  ['event-signup', 'src/widgets/event-signup/translations'],
] as const) {
  for (const [file, language] of [
    ['fr.ts', 'fr'],
    ['easy.ts', 'fr-FALC'],
    ['en.ts', 'en'],
    ['ar.ts', 'ar'],
  ] as const) {
    if (existsSync(join(root, folder, file))) catalogues.push({ widget, file: join(folder, file), language });
  }
}

const sampleArguments: unknown[][] = [
  ['Maison de santé des Tilleuls', 'Maison de santé des Tilleuls', 'Maison de santé des Tilleuls'],
  [3, 3, 3],
  [new Date('2026-12-03T14:00:00Z'), new Date('2026-12-03T16:00:00Z')],
  ['Maison de santé des Tilleuls', 3],
  [3, new Date('2026-12-03T14:00:00Z')],
];

/** Every text of a catalogue: strings as they are, functions called with sample arguments. */
function texts(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    for (const args of sampleArguments) {
      try {
        const result: unknown = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof result === 'string' && !result.includes('[object') && !result.includes('undefined')) return [result];
      } catch {
        // Try the next kind of argument.
      }
    }
    return [];
  }
  if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    return Object.values(value).flatMap((child) => texts(child, seen));
  }
  return [];
}

const words = (sentence: string) => sentence.split(/[\s\u00a0\u202f]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** French syllables, estimated from vowel groups (a final silent e, es, ent not counted). */
function syllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-zàâäéèêëîïôöùûüÿœæ]/g, '');
  const trimmed = lower.length > 3 ? lower.replace(/(e|es|ent)$/, '') : lower;
  return Math.max(1, (trimmed.match(/[aeiouyàâäéèêëîïôöùûüÿœæ]+/g) ?? []).length);
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?؟…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);
}

interface Figures {
  texts: number;
  sentences: number;
  wordsPerSentence: number;
  over15: number;
  longWords: number;
  kandelMoles: number | undefined;
}

function measure(all: string[], language: string): Figures {
  const prose = all.filter((text) => words(text).length >= 5);
  const sentences = prose.flatMap(sentencesOf);
  const counts = sentences.map((sentence) => words(sentence).length);
  const allWords = sentences.flatMap(words);
  const french = language.startsWith('fr');
  const syllableCount = french ? allWords.reduce((sum, word) => sum + syllables(word), 0) : 0;
  const wordsPerSentence = counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length);
  return {
    texts: prose.length,
    sentences: sentences.length,
    wordsPerSentence,
    over15: counts.filter((count) => count > 15).length / Math.max(1, counts.length),
    longWords: french ? allWords.filter((word) => syllables(word) >= 4).length / Math.max(1, allWords.length) : Number.NaN,
    kandelMoles: french ? 207 - 1.015 * wordsPerSentence - 73.6 * (syllableCount / Math.max(1, allWords.length)) : undefined,
  };
}

const rows: string[][] = [['catalogue', 'lang', 'texts', 'sentences', 'words/sentence', '>15 words', 'long words', 'Kandel-Moles']];
for (const { widget, file, language } of catalogues) {
  const module = (await import(pathToFileURL(join(root, file)).href)) as Record<string, unknown>;
  const catalogue = Object.entries(module).find(([name]) => /(Fr|Easy|En|Ar)$/.test(name))?.[1];
  if (!catalogue) continue;
  const f = measure(texts(catalogue), language);
  rows.push([
    widget,
    language,
    String(f.texts),
    String(f.sentences),
    f.wordsPerSentence.toFixed(1),
    `${(f.over15 * 100).toFixed(0)} %`,
    Number.isNaN(f.longWords) ? '—' : `${(f.longWords * 100).toFixed(0)} %`,
    f.kandelMoles === undefined ? '—' : f.kandelMoles.toFixed(0),
  ]);
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
