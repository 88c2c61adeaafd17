import type { SurveyDefinition } from './satisfaction-survey.schema.js';
import { withFrenchSpacing } from '../../core/french-typography.js';

/**
 * The default questionnaire: satisfaction and needs for the ACI indicator "implication des usagers",
 * niveau 1 (accueil, joignabilité, rendez-vous et rendez-vous le jour même, délais, suivi, information
 * et connaissance de ce que propose la structure, locaux, confidentialité, satisfaction globale; the
 * health topics and workshops that interest people; answering for oneself or as a relative or carer).
 * About 4 minutes. Sources, for the team (never shown to patients): HAS, 2023, « Engagement des
 * usagers… » (fiche n° 2, consultation; fiche n° 1: results are always reported back) and the Fécop
 * Occitanie survey (2024). Seed 001 warns against the « questionnaire consommateur »: no "would you
 * recommend us" (README: how a team adds it). Facts (can you reach us, is privacy respected) are yes/no,
 * not a quality scale; "non concerné" where not everyone has lived it.
 * The HAS asks that a questionnaire be tested with usagers before use: it is a starting point, and
 * every word of it can be replaced by the team's own definition.
 * The ids are stable: the results view and the English version use the same ones.
 */
export const defaultSurveyFr: SurveyDefinition = withFrenchSpacing<SurveyDefinition>({
  id: 'satisfaction-msp',
  title: 'Votre avis sur la maison de santé',
  intro: 'Aidez-nous à améliorer l’accueil et les services de la maison de santé. Vos réponses sont anonymes.',
  estimatedMinutes: 4,
  sections: [
    {
      id: 'accueil',
      title: 'Accueil et contact',
      questions: [
        { id: 'accueil', type: 'rating', label: 'Que pensez-vous de l’accueil ?' },
        {
          id: 'accueil-ameliorer',
          type: 'short-text',
          label: 'Qu’est-ce qui pourrait être amélioré à l’accueil ?',
          showIf: { question: 'accueil', atMost: 2 },
        },
        {
          id: 'joignabilite',
          type: 'yesno',
          label: 'Est-il facile de nous joindre (téléphone, message) ?',
          notConcerned: true,
          notConcernedLabel: 'Je n’ai pas essayé',
        },
      ],
    },
    {
      id: 'rendez-vous',
      title: 'Rendez-vous et délais',
      questions: [
        { id: 'prise-rendez-vous', type: 'rating', label: 'Que pensez-vous de la prise de rendez-vous ?' },
        {
          id: 'moyen-rendez-vous',
          type: 'multiple',
          label: 'Comment prenez-vous rendez-vous ?',
          options: [
            { id: 'telephone', label: 'Par téléphone' },
            { id: 'sur-place', label: 'Sur place, à l’accueil' },
            { id: 'internet', label: 'Sur internet' },
          ],
          other: true,
        },
        { id: 'delai-rendez-vous', type: 'rating', label: 'Que pensez-vous du délai pour avoir un rendez-vous ?' },
        {
          id: 'rendez-vous-jour-meme',
          type: 'yesno',
          label: 'Quand vous avez eu besoin de voir un soignant le jour même, est-ce que c’était possible ?',
          notConcerned: true,
          notConcernedLabel: 'Je n’en ai pas eu besoin',
        },
        { id: 'attente', type: 'rating', label: 'Que pensez-vous du temps d’attente en salle d’attente ?' },
      ],
    },
    {
      id: 'lieux',
      title: 'Suivi, information, locaux et confidentialité',
      questions: [
        {
          id: 'continuite',
          type: 'yesno',
          label: 'Quand vous revenez, l’équipe connaît-elle déjà votre situation ?',
          notConcerned: true,
          notConcernedLabel: 'C’est ma première visite',
        },
        { id: 'information', type: 'rating', label: 'Que pensez-vous des informations données (horaires, affichage, explications) ?' },
        {
          id: 'connaitre-offre',
          type: 'single',
          label: 'Savez-vous ce que propose la maison de santé (soins, ateliers, prévention) ?',
          options: [
            { id: 'oui', label: 'Oui' },
            { id: 'en-partie', label: 'En partie' },
            { id: 'non', label: 'Non' },
          ],
        },
        { id: 'locaux', type: 'rating', label: 'Que pensez-vous des locaux et de leur accès (propreté, confort, accessibilité) ?' },
        { id: 'confidentialite', type: 'yesno', label: 'La confidentialité est-elle respectée (à l’accueil, en salle d’attente) ?' },
      ],
    },
    {
      id: 'global',
      title: 'Votre avis général et vos besoins',
      questions: [
        { id: 'satisfaction-globale', type: 'rating', label: 'Dans l’ensemble, que pensez-vous de la maison de santé ?', required: true },
        {
          id: 'needs',
          type: 'multiple',
          label: 'Quels thèmes de santé ou ateliers vous intéressent ?',
          options: [
            { id: 'alimentation', label: 'Bien manger' },
            { id: 'activite-physique', label: 'Bouger, marcher' },
            { id: 'sommeil', label: 'Sommeil' },
            { id: 'stress', label: 'Stress, bien-être' },
            { id: 'tabac-alcool', label: 'Arrêter le tabac ou l’alcool' },
            { id: 'diabete', label: 'Vivre avec un diabète' },
            { id: 'coeur', label: 'Cœur et tension' },
            { id: 'depistage-vaccins', label: 'Dépistages et vaccins' },
            { id: 'enfants', label: 'Santé des enfants, être parent' },
            { id: 'bien-vieillir', label: 'Bien vieillir, mémoire' },
            { id: 'numerique', label: 'Démarches de santé sur internet' },
          ],
          other: true,
        },
      ],
    },
    {
      id: 'profil',
      title: 'Pour mieux vous connaître',
      intro: 'Ces questions sont facultatives. Elles nous aident à savoir si nous entendons tout le monde.',
      questions: [
        {
          id: 'repondant',
          type: 'single',
          label: 'Vous répondez…',
          options: [
            { id: 'pour-soi', label: 'Pour vous-même' },
            { id: 'proche-aidant', label: 'Pour un proche que vous accompagnez (enfant, parent, conjoint…)' },
          ],
        },
        {
          id: 'age',
          type: 'single',
          label: 'Quel âge avez-vous ?',
          options: [
            { id: 'moins-18', label: 'Moins de 18 ans' },
            { id: '18-29', label: '18 à 29 ans' },
            { id: '30-44', label: '30 à 44 ans' },
            { id: '45-59', label: '45 à 59 ans' },
            { id: '60-74', label: '60 à 74 ans' },
            { id: '75-plus', label: '75 ans et plus' },
          ],
        },
        {
          id: 'frequence',
          type: 'single',
          label: 'Vous venez à la maison de santé…',
          options: [
            { id: 'premiere-fois', label: 'Pour la première fois' },
            { id: 'quelques-fois-an', label: 'Quelques fois par an' },
            { id: 'chaque-mois', label: 'Tous les mois ou plus' },
          ],
        },
        { id: 'commentaire', type: 'long-text', label: 'Avez-vous autre chose à nous dire ?', maxLength: 1000 },
      ],
    },
  ],
});
