// Tells a person's data from a subject, in the idea box's free text, before anything leaves the
// browser: "ma fille Léa, 4 ans, fait de l'asthme" is about someone; "un atelier sur l'asthme" is a
// topic. Rules, not a model: each one names the words that make a mention personal (first person,
// a relative, a title before a name), so a false alarm can be understood and fixed. Measured on the
// French corpus in personal-data.fixtures.ts (`npm run bench` prints precision and recall).

/** Kinds of personal or health data the idea box warns about before sending. */
export type PersonalDataKind = 'email' | 'phone' | 'social-security' | 'name' | 'health' | 'age' | 'birth-date' | 'address';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The text that matched (shown back to the person so they can find it). */
  match: string;
}

/**
 * Words of a diagnosis or of health status. A word counts only when the sentence says it is about the
 * writer or someone close (see `personalHealthContext`): an idea about a workshop on diabetes is welcome.
 * Teams add their own through `healthWords`.
 */
export const defaultHealthWords = [
  'diabète',
  'diabétique',
  'cancer',
  'tumeur',
  'chimiothérapie',
  'chimio',
  'vih',
  'sida',
  'séropositif',
  'séropositive',
  'hépatite',
  'dépression',
  'dépressif',
  'dépressive',
  'schizophrénie',
  'schizophrène',
  'bipolaire',
  'épilepsie',
  'épileptique',
  'alzheimer',
  'parkinson',
  'sclérose en plaques',
  'insuffisance cardiaque',
  'infarctus',
  'avc',
  'tuberculose',
  'ivg',
  'avortement',
  'fausse couche',
  'grossesse',
  'enceinte',
  'addiction',
  'alcoolique',
  'toxicomanie',
  'anorexie',
  'boulimie',
  'autisme',
  'autiste',
  'psychiatrique',
  'asthme',
  'asthmatique',
  'hypertension',
  'dialyse',
  'handicap',
  'trisomie',
  'burn-out',
  'covid',
  'mon diagnostic',
  'mon traitement',
  'mes médicaments',
  'mon ordonnance',
];

/** People close to the writer: a name, an age or a health word after them is about someone real. */
const kin = [
  'fille',
  'fils',
  'mari',
  'femme',
  'épouse',
  'époux',
  'compagnon',
  'compagne',
  'conjoint',
  'conjointe',
  'mère',
  'père',
  'maman',
  'papa',
  'frère',
  'sœur',
  'soeur',
  'grand-mère',
  'grand-père',
  'mamie',
  'papi',
  'enfant',
  'enfants',
  'bébé',
  'petit-fils',
  'petite-fille',
  'petits-enfants',
  'voisin',
  'voisine',
  'tante',
  'oncle',
  'neveu',
  'nièce',
  'cousin',
  'cousine',
  'belle-mère',
  'beau-père',
  'ami',
  'amie',
];
const kinPattern = kin.map((word) => word.replace('-', '[- ]')).join('|');
const letter = '\\p{L}';

/** "ma fille", "mon mari", "mes enfants" (and "de ma mère"). */
const kinPhrase = new RegExp(`(?<![${letter}])(?:mon|ma|mes|notre|nos)\\s+(?:${kinPattern})(?![${letter}])`, 'iu');

/** Verbs and phrases that put a health word on the writer: "je suis", "j'ai", "je souffre de"… */
const firstPersonHealth = new RegExp(
  `(?<![${letter}])(?:je\\s+suis|j['’]\\s*ai|je\\s+souffre|je\\s+vis\\s+avec|je\\s+fais|je\\s+prends|je\\s+soigne|je\\s+sors\\s+d|je\\s+me\\s+soigne|on\\s+m['’]\\s*a|depuis\\s+mon|depuis\\s+ma|atteinte?\\s+d|diagnostiquée?|suivie?\\s+pour|traitée?\\s+pour)(?![${letter}])`,
  'iu',
);

/** What makes a health word a subject rather than a condition: "un atelier sur le diabète". */
const topicBefore = new RegExp(
  `(?:sur|contre|autour|à\\s+propos|propos|concernant|prévention|dépistage|information|informations|atelier|ateliers|conférence|journée|groupe|campagne|sensibilisation|vaccin|vaccination|lutte)\\s+(?:(?:du|de\\s+la|de\\s+l['’]|des|de|le|la|l['’]|les|au|aux|à\\s+la|à\\s+l['’])\\s*)?$`,
  'iu',
);

const patterns: { kind: Exclude<PersonalDataKind, 'health' | 'age'>; regex: RegExp }[] = [
  { kind: 'email', regex: /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu },
  // French social security number (NIR): sex, year, month, department (2A/2B for Corsica), commune, order, key.
  {
    kind: 'social-security',
    regex: /\b[12][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?(?:\d{2}|2[AB])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?\b/giu,
  },
  // French phone numbers: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, 0033…
  { kind: 'phone', regex: /(?<![\d])(?:(?:\+|00)33[\s.-]?(?:\(0\))?[\s.-]?|0)[1-9](?:[\s.-]?\d{2}){4}(?![\d])/gu },
  // "née le 12/03/1945", "né en 1950", "date de naissance : 3 mai 1962".
  {
    kind: 'birth-date',
    regex:
      /(?:\bn[ée]e?s?\s+(?:le\s+)?(?:\d{1,2}(?:er)?[\s/.-]+(?:\d{1,2}|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)[\s/.-]+\d{2,4}|en\s+\d{4}))|(?:date\s+de\s+naissance\s*:?\s*\d{1,2}(?:er)?[\s/.-]+[\p{L}\d]+[\s/.-]+\d{2,4})/giu,
  },
  // A street address (a number, then a street type) or a postcode with its town.
  {
    kind: 'address',
    regex:
      /(?:\b\d{1,4}\s*(?:bis|ter)?\s*,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|allee|place|route|quai|cours|square|lotissement|résidence|residence|lieu-dit)\s+[\p{L}'’\- ]{2,40})|(?:\b(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\d{3}\s+\p{Lu}[\p{L}'’-]+)/gu,
  },
  // "je m'appelle Jeanne", "Mme Durand", "Docteur Martin", "Jean DUPONT", "ma fille Léa".
  {
    kind: 'name',
    regex: new RegExp(
      [
        `(?:\\b(?:[Jj]e m['’]appelle|[Jj]e me nomme|[Mm]on nom est|[Mm]on nom c['’]est|[Ss]igné\\s*:?)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)`,
        `(?:\\b(?:M\\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dr\\.?|Docteure?)\\s+\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)`,
        // "Jean DUPONT", but not "Mon AVC" or "Le VIH": a determiner is no first name.
        `(?:\\b(?!(?:Mon|Ma|Mes|Le|La|Les|Un|Une|Des|Du|De|Ce|Cet|Cette|Son|Sa|Ses|Notre|Votre|Leur|Au|Aux|En|Et|Pour|Avec|Sans|Sur|Chez|Contre)\\s)\\p{Lu}\\p{Ll}+\\s+\\p{Lu}{2,}(?:-\\p{Lu}{2,})?\\b)`,
        `(?:(?<![${letter}])(?:[Mm]on|[Mm]a|[Mm]es)\\s+(?:${kinPattern}),?\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]*)`,
      ].join('|'),
      'gu',
    ),
  },
];

/** An age: "4 ans", "82 ans"; personal when said of the writer or a relative (see `isPersonalAge`). */
const agePattern = /(?<![\d])(\d{1,3})\s*ans?(?![\p{L}])/giu;
/** Durations and thresholds that are not anyone's age: "depuis 10 ans", "moins de 6 ans". */
const notAnAge =
  /(?:depuis|il\s+y\s+a|pendant|dans|ça\s+fait|ca\s+fait|cela\s+fait|moins\s+de|plus\s+de|tous\s+les|en|après|avant|durant|sous|de\s+\d+\s+à|à)\s*$/iu;

function normalise(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('fr');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sentence around a position (split on . ! ? ; and line breaks). */
function sentenceAround(text: string, index: number): { before: string; after: string } {
  const start =
    Math.max(
      text.lastIndexOf('.', index - 1),
      text.lastIndexOf('!', index - 1),
      text.lastIndexOf('?', index - 1),
      text.lastIndexOf(';', index - 1),
      text.lastIndexOf('\n', index - 1),
    ) + 1;
  const ends = ['.', '!', '?', ';', '\n'].map((mark) => text.indexOf(mark, index)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) : text.length;
  return { before: text.slice(start, index), after: text.slice(index, end) };
}

/** The last `count` words of a text, as one string. */
function lastWords(text: string, count: number): string {
  return text.split(/\s+/).filter(Boolean).slice(-count).join(' ');
}

/**
 * True when a health word at `index` is said of the writer or of someone close: a possessive right
 * before it ("mon cancer"), a first-person verb a few words before ("je suis diabétique", "j'ai de
 * l'asthme"), or a relative earlier in the sentence ("ma mère a la maladie d'Alzheimer") — and the
 * words just before it do not make it a subject ("un atelier sur le diabète").
 */
export function personalHealthContext(lowerText: string, index: number, needle: string): boolean {
  if (/^(mon|ma|mes)\s/.test(needle)) return true;
  const { before } = sentenceAround(lowerText, index);
  if (topicBefore.test(before)) return false;
  // "mon cancer", "ma petite dépression": a possessive at most one word before.
  if (/(?<![\p{L}])(?:mon|ma|mes)(?:\s+[\p{L}'’-]+)?\s*$/u.test(before)) return true;
  const near = lastWords(before, 6);
  if (firstPersonHealth.test(near)) return true;
  return kinPhrase.test(before);
}

/** True when an age is said of the writer ("j'ai 82 ans") or a relative ("ma fille, 4 ans"). */
function isPersonalAge(lowerText: string, index: number): boolean {
  const { before } = sentenceAround(lowerText, index);
  if (notAnAge.test(before)) return false;
  const near = lastWords(before, 5);
  return (
    /(?:j['’]\s*ai|âgée?s?\s+de|agée?s?\s+de|je\s+suis\s+âgée?\s+de)\s*$/iu.test(before) || kinPhrase.test(near) || /(?:^|\s)(?:moi|je),?\s*$/iu.test(near)
  );
}

/**
 * Finds what looks like personal or health data in free text. Runs only in the browser: nothing is
 * sent anywhere to check. Returns each finding once, in the order of the kinds above.
 */
export function findPersonalData(text: string, extraHealthWords: readonly string[] = []): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const seen = new Set<string>();
  const add = (kind: PersonalDataKind, match: string) => {
    const key = `${kind}:${match}`;
    if (!seen.has(key)) {
      seen.add(key);
      findings.push({ kind, match: match.trim() });
    }
  };
  const original = text.normalize('NFC');
  // A social-security number also looks like digits a phone regex could take: mask what each kind found.
  let rest = original;
  for (const { kind, regex } of patterns) {
    for (const match of rest.matchAll(regex)) add(kind, match[0]);
    rest = rest.replace(regex, (m) => ' '.repeat(m.length));
  }
  const lower = normalise(original);
  for (const match of normalise(rest).matchAll(agePattern)) {
    const age = Number(match[1]);
    if (age > 0 && age < 120 && isPersonalAge(lower, match.index ?? 0)) add('age', original.substr(match.index ?? 0, match[0].length));
  }
  for (const word of [...defaultHealthWords, ...extraHealthWords]) {
    const needle = normalise(word).trim();
    if (!needle) continue;
    // Whole words only: "avc" must not match "avec".
    const regex = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(needle)}(?![\\p{L}\\d])`, 'gu');
    for (const found of lower.matchAll(regex)) {
      const index = found.index ?? 0;
      if (personalHealthContext(lower, index, needle)) {
        add('health', original.substr(index, needle.length));
        break;
      }
    }
  }
  return findings;
}
