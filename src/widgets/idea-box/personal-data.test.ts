import { expect } from '@open-wc/testing';
import { findPersonalData } from './personal-data.js';
import { personalSamples, subjectSamples } from './personal-data.fixtures.js';

const kinds = (text: string, extra: string[] = []) => findPersonalData(text, extra).map((f) => f.kind);

describe('personal-data detection (runs in the browser only)', () => {
  const positives: [string, string][] = [
    ['Écrivez-moi à jeanne.durand@example.fr pour en parler', 'email'],
    ['Mon numéro : 06 12 34 56 78', 'phone'],
    ['appelez le 06.12.34.56.78', 'phone'],
    ['Tél 0612345678', 'phone'],
    ['+33 6 12 34 56 78 le soir', 'phone'],
    ['mon numéro de sécu 1 85 05 78 006 084 36', 'social-security'],
    ['2 94 03 2A 123 456 78', 'social-security'],
    ['Je m’appelle Jeanne Durand et je viens souvent', 'name'],
    ['Mme Dupont à l’accueil a été très aimable', 'name'],
    ['Le Docteur Martin est toujours en retard', 'name'],
    ['Signé : Paul MARTIN', 'name'],
    ['Je suis diabétique et les ateliers me manquent', 'health'],
    ['depuis mon cancer je ne peux plus monter', 'health'],
    ['Mon AVC m’empêche de prendre l’escalier', 'health'],
  ];
  for (const [text, kind] of positives) {
    it(`warns on ${kind}: « ${text} »`, () => {
      expect(kinds(text)).to.include(kind);
    });
  }

  const negatives = [
    'Il faudrait plus de chaises dans la salle d’attente.',
    'Le site internet ne marche pas avec mon téléphone.',
    'Merci à toute l’équipe pour l’accueil, c’est parfait !',
    'Les rendez-vous en ligne avec Doctolib seraient pratiques.',
    'Ouvrir le samedi matin de 9 h à 12 h, au moins 2 fois par mois.',
    'Avec un ascenseur ce serait mieux pour les poussettes.',
    'Un atelier sur la nutrition serait le bienvenu.',
    'Il y a 12 marches à l’entrée, en 2025 ce n’est plus possible.',
  ];
  for (const text of negatives) {
    it(`stays quiet on « ${text} »`, () => {
      expect(kinds(text)).to.deep.equal([]);
    });
  }

  it('adds the team’s own health words, as whole words only', () => {
    expect(kinds('Je fais de la dialyse le mardi', ['dialyse'])).to.deep.equal(['health']);
    expect(kinds('avec plaisir', ['avc'])).to.deep.equal([]);
  });

  it('gives back the matched text so the person can find it', () => {
    const [finding] = findPersonalData('contact : jeanne@example.fr');
    expect(finding).to.deep.equal({ kind: 'email', match: 'jeanne@example.fr' });
  });

  it('does not count a social security number as a phone number too', () => {
    expect(kinds('1 85 05 78 006 084 36')).to.deep.equal(['social-security']);
  });

  describe('a person’s data, told from a subject (corpus written for the purpose)', () => {
    it('holds at least 40 samples of each', () => {
      expect(personalSamples.length).to.be.at.least(40);
      expect(subjectSamples.length).to.be.at.least(40);
    });
    for (const sample of personalSamples) {
      it(`finds ${sample.kinds.join(' + ')} in « ${sample.text} »`, () => {
        expect([...new Set(kinds(sample.text))].sort()).to.deep.equal([...sample.kinds].sort());
      });
    }
    for (const text of subjectSamples) {
      it(`sees only a subject in « ${text} »`, () => {
        expect(findPersonalData(text)).to.deep.equal([]);
      });
    }
  });
});
