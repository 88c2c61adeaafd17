import { expect } from '@open-wc/testing';
import { frenchSpacing, withFrenchSpacing } from '../../../core/french-typography.js';
import { eventSignupEn as listEn } from './en.js';
import { eventSignupFr as listFr } from './fr.js';
import { eventSignupLaterEn } from './later.en.js';
import { eventSignupLaterFr } from './later.fr.js';

// Each language's words: the list's catalogue and the form's and confirmation's (later.*.ts).
const eventSignupFr = { ...listFr, ...eventSignupLaterFr };
const eventSignupEn = { ...listEn, ...eventSignupLaterEn };

/** The names teams really give themselves: none may follow a preposition or an article. */
const structures = ['Maison de santé des Tilleuls', 'MSP du Bocage', 'Centre de santé Simone-Veil', 'Pôle santé Sud'];

/** Every string of a catalogue, functions called with a few sample arguments (texts, names, numbers). */
function everyString(value: unknown, samples: readonly unknown[][]): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return samples.flatMap((args) => everyString((value as (...a: unknown[]) => unknown)(...args), samples));
  if (value && typeof value === 'object') return Object.values(value).flatMap((inner) => everyString(inner, samples));
  return [];
}

const samples: unknown[][] = [[undefined], ['Atelier'], [1, 2], [3, 30], [90], ...structures.map((name) => [name, name])];

describe('event-signup translations: French that reads well', () => {
  const french = everyString(eventSignupFr, samples);

  it('has a no-break space before : and inside « », a narrow one before ; ! ? — never an ordinary space', () => {
    expect(french.length).to.be.greaterThan(150);
    for (const text of french) {
      expect(text, text).not.to.match(/ [:;!?»]/);
      expect(text, text).not.to.match(/« /);
      expect(text, text).not.to.match(/\u00a0[;!?]/);
    }
    expect(eventSignupFr.callUs).to.equal('Appelez-nous au');
    expect(eventSignupFr.questionCallUs).to.equal('Une question\u202f? Appelez-nous au');
    expect(eventSignupFr.labels.when).to.equal('Quand');
    expect(eventSignupFr.formHeading('Vivre avec un diabète : bouger')).to.equal('Inscription\u00a0: Vivre avec un diabète\u00a0: bouger');
  });

  it('has no point médian, no "(e)", and no academic reference shown to patients', () => {
    for (const text of french) {
      expect(text, text).not.to.match(/·|\(e\)|\(s\)|HAS|fiche n|d’après|guide/i);
    }
  });

  it('never puts the structure’s name after a preposition or an article, whatever it is', () => {
    for (const name of structures) {
      const withName = [eventSignupFr.intro(name), eventSignupFr.defaultRecipient(name), eventSignupFr.whoSees(eventSignupFr.defaultRecipient(name))];
      for (const text of withName) {
        expect(text, text).to.contain(name);
        expect(text, text).not.to.match(new RegExp(`\\b(de|du|des|par|pour|à|au|chez|la|le|les|l’|d’)\\s+${name}`, 'i'));
      }
    }
    expect(eventSignupFr.intro('MSP du Bocage')).to.match(/^MSP du Bocage\u00a0: ateliers/);
    expect(eventSignupFr.defaultRecipient('Pôle santé Sud')).to.equal('l’équipe qui organise l’événement (Pôle santé Sud)');
    expect(eventSignupFr.intro(undefined)).to.match(/^Ateliers, rencontres/);
  });

  it('the English catalogue keeps English punctuation (no space before : ; ! ?)', () => {
    for (const text of everyString(eventSignupEn, samples)) {
      expect(text, text).not.to.match(/[ \u00a0\u202f][:;!?]/);
    }
  });
});

describe('french-spacing', () => {
  it('mends the spaces a person or a team types', () => {
    expect(frenchSpacing('Merci ! Une question ? Oui ; non : « ici »')).to.equal('Merci\u202f! Une question\u202f? Oui\u202f; non\u00a0: «\u00a0ici\u00a0»');
    expect(frenchSpacing('place n° 2')).to.equal('place n°\u00a02');
    expect(frenchSpacing('https://exemple.fr/?a=1')).to.equal('https://exemple.fr/?a=1');
    expect(frenchSpacing('Déjà\u202f: mal placé')).to.equal('Déjà\u00a0: mal placé');
  });

  it('reaches strings inside objects and what functions return, and leaves numbers alone', () => {
    const mended = withFrenchSpacing({ a: 'Oui !', b: { c: (n: number) => `n° ${n} : ok` }, d: 3 });
    expect(mended.a).to.equal('Oui\u202f!');
    expect(mended.b.c(4)).to.equal('n°\u00a04\u00a0: ok');
    expect(mended.d).to.equal(3);
  });
});
