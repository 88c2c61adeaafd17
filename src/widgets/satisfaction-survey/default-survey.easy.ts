import type { SurveyDefinition } from './satisfaction-survey.schema.js';
import { withFrenchSpacing } from '../../core/french-typography.js';

/**
 * The default questionnaire in French easy-read (FALC): the same ids and the same meaning as
 * `default-survey.ts` (a "yes" means the same thing in both, so the results add up), every question
 * rewritten with everyday words ("confidentialité" → "vos informations restent secrètes", "locaux" →
 * "les lieux", "dépistage" explained), one idea per sentence, no parentheses, numbers in digits.
 */
export const defaultSurveyEasy: SurveyDefinition = withFrenchSpacing<SurveyDefinition>({
  id: 'satisfaction-msp',
  title: 'Votre avis sur la maison de santé',
  intro: 'Aidez-nous à mieux vous accueillir. Vos réponses nous aident à faire mieux.',
  estimatedMinutes: 4,
  sections: [
    {
      id: 'accueil',
      title: 'L’accueil et le téléphone',
      questions: [
        { id: 'accueil', type: 'rating', label: 'Comment trouvez-vous l’accueil ?' },
        { id: 'accueil-ameliorer', type: 'short-text', label: 'Que faut-il changer à l’accueil ?', showIf: { question: 'accueil', atMost: 2 } },
        {
          id: 'joignabilite',
          type: 'yesno',
          label: 'Est-ce facile de nous appeler ou de nous écrire ?',
          notConcerned: true,
          notConcernedLabel: 'Je n’ai pas essayé',
        },
      ],
    },
    {
      id: 'rendez-vous',
      title: 'Les rendez-vous',
      questions: [
        { id: 'prise-rendez-vous', type: 'rating', label: 'Comment trouvez-vous la prise de rendez-vous ?' },
        {
          id: 'moyen-rendez-vous',
          type: 'multiple',
          label: 'Comment prenez-vous rendez-vous ?',
          options: [
            { id: 'telephone', label: 'Par téléphone' },
            { id: 'sur-place', label: 'À l’accueil' },
            { id: 'internet', label: 'Sur internet' },
          ],
          other: true,
        },
        { id: 'delai-rendez-vous', type: 'rating', label: 'Comment trouvez-vous le temps pour avoir un rendez-vous ?' },
        {
          id: 'rendez-vous-jour-meme',
          type: 'yesno',
          label: 'Vous aviez besoin de voir un soignant le jour même. Était-ce possible ?',
          notConcerned: true,
          notConcernedLabel: 'Cela ne m’est pas arrivé',
        },
        { id: 'attente', type: 'rating', label: 'Comment trouvez-vous le temps d’attente dans la salle d’attente ?' },
      ],
    },
    {
      id: 'lieux',
      title: 'Votre suivi, les informations et les lieux',
      questions: [
        {
          id: 'continuite',
          type: 'yesno',
          label: 'Vous revenez. L’équipe connaît-elle déjà votre situation ?',
          notConcerned: true,
          notConcernedLabel: 'Je viens pour la première fois',
        },
        { id: 'information', type: 'rating', label: 'Comment trouvez-vous les informations ? Par exemple les horaires et les affiches.' },
        {
          id: 'connaitre-offre',
          type: 'single',
          label: 'Savez-vous tout ce que fait la maison de santé ? Par exemple les soins et les ateliers.',
          options: [
            { id: 'oui', label: 'Oui' },
            { id: 'en-partie', label: 'Un peu' },
            { id: 'non', label: 'Non' },
          ],
        },
        { id: 'locaux', type: 'rating', label: 'Comment trouvez-vous les lieux ? Pensez à la propreté, au confort et à l’entrée.' },
        { id: 'confidentialite', type: 'yesno', label: 'À l’accueil et en salle d’attente, vos informations restent-elles secrètes ?' },
      ],
    },
    {
      id: 'global',
      title: 'Votre avis en général et vos envies',
      questions: [
        { id: 'satisfaction-globale', type: 'rating', label: 'En général, comment trouvez-vous la maison de santé ?', required: true },
        {
          id: 'needs',
          type: 'multiple',
          label: 'De quels sujets de santé voulez-vous parler avec nous ?',
          options: [
            { id: 'alimentation', label: 'Bien manger' },
            { id: 'activite-physique', label: 'Bouger, marcher' },
            { id: 'sommeil', label: 'Bien dormir' },
            { id: 'stress', label: 'Le stress, se sentir bien' },
            { id: 'tabac-alcool', label: 'Arrêter le tabac ou l’alcool' },
            { id: 'diabete', label: 'Vivre avec un diabète' },
            { id: 'coeur', label: 'Le cœur et la tension' },
            { id: 'depistage-vaccins', label: 'Les vaccins et les examens pour trouver une maladie tôt' },
            { id: 'enfants', label: 'La santé des enfants, être parent' },
            { id: 'bien-vieillir', label: 'Bien vieillir, la mémoire' },
            { id: 'numerique', label: 'Faire ses démarches de santé sur internet' },
          ],
          other: true,
        },
      ],
    },
    {
      id: 'profil',
      title: 'Pour mieux vous connaître',
      intro: 'Vous pouvez passer ces questions. Elles nous aident à savoir qui répond.',
      questions: [
        {
          id: 'repondant',
          type: 'single',
          label: 'Pour qui répondez-vous ?',
          options: [
            { id: 'pour-soi', label: 'Pour moi' },
            { id: 'proche-aidant', label: 'Pour une personne que j’aide. Par exemple mon enfant ou mon parent.' },
          ],
        },
        {
          id: 'age',
          type: 'single',
          label: 'Quel âge avez-vous ?',
          options: [
            { id: 'moins-18', label: 'Moins de 18 ans' },
            { id: '18-29', label: 'De 18 à 29 ans' },
            { id: '30-44', label: 'De 30 à 44 ans' },
            { id: '45-59', label: 'De 45 à 59 ans' },
            { id: '60-74', label: 'De 60 à 74 ans' },
            { id: '75-plus', label: '75 ans ou plus' },
          ],
        },
        {
          id: 'frequence',
          type: 'single',
          label: 'Vous venez souvent à la maison de santé ?',
          options: [
            { id: 'premiere-fois', label: 'C’est la première fois' },
            { id: 'quelques-fois-an', label: 'Quelques fois par an' },
            { id: 'chaque-mois', label: 'Tous les mois ou plus souvent' },
          ],
        },
        { id: 'commentaire', type: 'long-text', label: 'Voulez-vous nous dire autre chose ?', maxLength: 1000 },
      ],
    },
  ],
});
