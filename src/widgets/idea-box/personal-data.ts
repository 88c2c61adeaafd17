/** Kinds of personal or health data the idea box warns about before sending. */
export type PersonalDataKind = 'email' | 'phone' | 'social-security' | 'name' | 'health';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The text that matched (shown back to the person so they can find it). */
  match: string;
}

/**
 * Words of a diagnosis or of health status: an idea about the waiting room needs none of them, and
 * the team is bound by professional secrecy. Kept short on purpose (false alarms tire people);
 * teams add their own through `healthWords`.
 */
export const defaultHealthWords = [
  'diabète', 'diabétique', 'cancer', 'tumeur', 'chimiothérapie', 'vih', 'sida', 'séropositif', 'séropositive', 'hépatite',
  'dépression', 'dépressif', 'dépressive', 'schizophrénie', 'bipolaire', 'épilepsie', 'alzheimer', 'parkinson',
  'sclérose en plaques', 'insuffisance cardiaque', 'infarctus', 'avc', 'tuberculose', 'ivg', 'avortement', 'fausse couche',
  'grossesse', 'enceinte', 'addiction', 'alcoolique', 'toxicomanie', 'anorexie', 'boulimie', 'autisme', 'psychiatrique',
  'mon diagnostic', 'mon traitement',
];

const patterns: { kind: Exclude<PersonalDataKind, 'health'>; regex: RegExp }[] = [
  { kind: 'email', regex: /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu },
  // French social security number (NIR): sex, year, month, department (2A/2B for Corsica), commune, order, key.
  {
    kind: 'social-security',
    regex: /\b[12][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?(?:\d{2}|2[AB])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?\b/giu,
  },
  // French phone numbers: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, 0033…
  { kind: 'phone', regex: /(?<![\d])(?:(?:\+|00)33[\s.-]?(?:\(0\))?[\s.-]?|0)[1-9](?:[\s.-]?\d{2}){4}(?![\d])/gu },
  // "je m'appelle Jeanne", "Mme Durand", "Docteur Martin", "Jean DUPONT".
  {
    kind: 'name',
    regex:
      /(?:\b(?:[Jj]e m['’]appelle|[Jj]e me nomme|[Mm]on nom est|[Mm]on nom c['’]est)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)|(?:\b(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dr\.?|Docteure?)\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)|(?:\b\p{Lu}\p{Ll}+\s+\p{Lu}{2,}(?:-\p{Lu}{2,})?\b)/gu,
  },
];

function normalise(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('fr');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  // A social-security number also looks like digits a phone regex could take: mask what each kind found.
  let rest = text.normalize('NFC');
  for (const { kind, regex } of patterns) {
    for (const match of rest.matchAll(regex)) add(kind, match[0]);
    rest = rest.replace(regex, (m) => ' '.repeat(m.length));
  }
  const lower = normalise(text);
  for (const word of [...defaultHealthWords, ...extraHealthWords]) {
    const needle = normalise(word).trim();
    if (!needle) continue;
    // Whole words only: "avc" must not match "avec".
    const regex = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(needle)}(?![\\p{L}\\d])`, 'u');
    const found = lower.match(regex);
    if (found) add('health', text.normalize('NFC').substr(found.index ?? 0, needle.length));
  }
  return findings;
}
