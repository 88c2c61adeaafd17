// What the "French that reads well" tests of every widget share (issue 13): the names teams write,
// the test for a name left without its article, every string of a catalogue, and French typography.

/** The names teams write, without their article. */
export const STRUCTURE_NAMES = ['Maison de santé des Tilleuls', 'MSP du Bocage', 'Centre de santé Simone-Veil', 'Pôle santé Sud'];

/** A name right after a preposition that needs its article ("l’équipe de Maison de santé…"). */
export const articleless = (text: string, name: string) =>
  new RegExp(`(?:^|[\\s'’])(?:de|à|par|en|du|au)\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(text);

/**
 * Every string of a catalogue: plain strings, and each function called with each sample argument list
 * (names, numbers, flags, lists; a call that does not fit its function is skipped).
 */
export function catalogTexts(value: unknown, samples: unknown[][], path = ''): Array<{ path: string; text: string }> {
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

/** What is wrong with a French string's typography, if anything. */
export function frenchProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[ \u00a0][;!?]/.test(text)) problems.push('a space other than U+202F before ; ! ?');
  if (/[ \u202f]:/.test(text)) problems.push('a space other than U+00A0 before :');
  if (/«[ \u202f]|[ \u202f]»/.test(text)) problems.push('a space other than U+00A0 inside « »');
  if (/\((?:e|es)\)|·/.test(text)) problems.push('"(e)" or a point médian');
  if (/\b(?:courriel|mél|email|mail)\b/i.test(text.replace(/e-mail/gi, ''))) problems.push('another word than "e-mail"');
  if (/\bpseudo\b/i.test(text)) problems.push('"pseudo" (say "pseudonyme")');
  return problems;
}
