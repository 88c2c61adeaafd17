// The default questionnaire's order, shared by the survey (which checks its definition against it)
// and the results view (which orders summaries by it): widgets never import each other.

/** A question of the default questionnaire: its id, and for a choice question its options (id, French label). */
export interface CanonicalQuestion {
  id: string;
  options?: ReadonlyArray<readonly [id: string, label: string]>;
}

/**
 * The default questionnaire of `<msp-satisfaction-survey>` (its default-survey.ts), in its order: ids
 * only, plus the options of its choice questions. The results view orders summaries by it; the survey's
 * own tests check that this list and its definition never drift apart.
 */
export const DEFAULT_QUESTIONNAIRE: readonly CanonicalQuestion[] = [
  { id: 'accueil' },
  { id: 'accueil-ameliorer' },
  { id: 'joignabilite' },
  { id: 'prise-rendez-vous' },
  {
    id: 'moyen-rendez-vous',
    options: [
      ['telephone', 'Par téléphone'],
      ['sur-place', 'Sur place, à l’accueil'],
      ['internet', 'Sur internet'],
    ],
  },
  { id: 'delai-rendez-vous' },
  { id: 'rendez-vous-jour-meme' },
  { id: 'attente' },
  { id: 'continuite' },
  { id: 'information' },
  {
    id: 'connaitre-offre',
    options: [
      ['oui', 'Oui'],
      ['en-partie', 'En partie'],
      ['non', 'Non'],
    ],
  },
  { id: 'locaux' },
  { id: 'confidentialite' },
  { id: 'satisfaction-globale' },
  {
    id: 'needs',
    options: [
      ['alimentation', 'Bien manger'],
      ['activite-physique', 'Bouger, marcher'],
      ['sommeil', 'Sommeil'],
      ['stress', 'Stress, bien-être'],
      ['tabac-alcool', 'Arrêter le tabac ou l’alcool'],
      ['diabete', 'Vivre avec un diabète'],
      ['coeur', 'Cœur et tension'],
      ['depistage-vaccins', 'Dépistages et vaccins'],
      ['enfants', 'Santé des enfants, être parent'],
      ['bien-vieillir', 'Bien vieillir, mémoire'],
      ['numerique', 'Démarches de santé sur internet'],
    ],
  },
  {
    id: 'repondant',
    options: [
      ['pour-soi', 'Pour vous-même'],
      ['proche-aidant', 'Pour un proche que vous accompagnez (enfant, parent, conjoint…)'],
    ],
  },
  {
    id: 'age',
    options: [
      ['moins-18', 'Moins de 18 ans'],
      ['18-29', '18 à 29 ans'],
      ['30-44', '30 à 44 ans'],
      ['45-59', '45 à 59 ans'],
      ['60-74', '60 à 74 ans'],
      ['75-plus', '75 ans et plus'],
    ],
  },
  {
    id: 'frequence',
    options: [
      ['premiere-fois', 'Pour la première fois'],
      ['quelques-fois-an', 'Quelques fois par an'],
      ['chaque-mois', 'Tous les mois ou plus'],
    ],
  },
  { id: 'commentaire' },
];

/** The questions of the default questionnaire, in order. */
