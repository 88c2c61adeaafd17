// The self-check's content: the HAS matrix (guide « Engagement des usagers dans les maisons, centres
// et territoires de santé », 2023, fiche ressource n° 2), the ACI indicator's levels, fiche 3 (alibi
// participation) and fiche 4 (obstacles and levers), with the Fécop Occitanie question "with usagers or
// without?" (2024). The structure (ids, levels, tags) is here with the French wording, written for this
// product from the HAS examples; the English wording is in translations/en.ts under the same ids.

/** The six dimensions of the HAS matrix, in the guide's order. */
export const dimensionIds = ['diagnostics', 'sante-publique', 'accompagnement', 'gouvernance', 'evaluation', 'formation'] as const;
export type DimensionId = (typeof dimensionIds)[number];

/**
 * A practice's level on the continuum: 1 échange et partage d'information, 2 consultation,
 * 3 collaboration, 4 partenariat, 5 leadership des usagers (beyond the matrix, HAS fiche 2).
 */
export type PracticeLevel = 1 | 2 | 3 | 4 | 5;
/** A dimension's level: 0 nothing yet, then 1 to 4 as above (leadership counts as partenariat and beyond). */
export type ContinuumLevel = 0 | 1 | 2 | 3 | 4;

export const practiceLevels: readonly PracticeLevel[] = [1, 2, 3, 4, 5];

/** One concrete statement a team can tick, placed in one cell of the matrix. */
export interface PracticeDef {
  id: string;
  dimension: DimensionId;
  level: PracticeLevel;
  /** Measures satisfaction or needs: what the ACI indicator's niveau 1 asks for besides information. */
  measures?: true;
}

/** The practices, cell by cell (HAS 2023, fiche n° 2, "Exemples de modalités d'engagement"). */
export const practices: readonly PracticeDef[] = [
  { id: 'diag-info-announce', dimension: 'diagnostics', level: 1 },
  { id: 'diag-info-debate', dimension: 'diagnostics', level: 1 },
  { id: 'diag-consult-survey', dimension: 'diagnostics', level: 2, measures: true },
  { id: 'diag-collab-enlist', dimension: 'diagnostics', level: 3 },
  { id: 'diag-partner-team', dimension: 'diagnostics', level: 4 },
  { id: 'diag-lead', dimension: 'diagnostics', level: 5 },

  { id: 'sp-info-evening', dimension: 'sante-publique', level: 1 },
  { id: 'sp-info-accessible', dimension: 'sante-publique', level: 1 },
  { id: 'sp-consult-habits', dimension: 'sante-publique', level: 2, measures: true },
  { id: 'sp-consult-project', dimension: 'sante-publique', level: 2 },
  { id: 'sp-collab-group', dimension: 'sante-publique', level: 3 },
  { id: 'sp-partner-project', dimension: 'sante-publique', level: 4 },
  { id: 'sp-lead', dimension: 'sante-publique', level: 5 },

  { id: 'acc-info-outreach', dimension: 'accompagnement', level: 1 },
  { id: 'acc-info-places', dimension: 'accompagnement', level: 1 },
  { id: 'acc-info-directory', dimension: 'accompagnement', level: 1 },
  { id: 'acc-consult-complaints', dimension: 'accompagnement', level: 2, measures: true },
  { id: 'acc-consult-experience', dimension: 'accompagnement', level: 2, measures: true },
  { id: 'acc-collab-etp', dimension: 'accompagnement', level: 3 },
  { id: 'acc-partner-etp', dimension: 'accompagnement', level: 4 },
  { id: 'acc-partner-resource', dimension: 'accompagnement', level: 4 },
  { id: 'acc-partner-peers', dimension: 'accompagnement', level: 4 },
  { id: 'acc-lead', dimension: 'accompagnement', level: 5 },

  { id: 'gov-info-governance', dimension: 'gouvernance', level: 1 },
  { id: 'gov-info-minutes', dimension: 'gouvernance', level: 1 },
  { id: 'gov-consult-organisation', dimension: 'gouvernance', level: 2, measures: true },
  { id: 'gov-consult-public', dimension: 'gouvernance', level: 2 },
  { id: 'gov-consult-suggestions', dimension: 'gouvernance', level: 2, measures: true },
  { id: 'gov-collab-committee', dimension: 'gouvernance', level: 3 },
  { id: 'gov-partner-vote', dimension: 'gouvernance', level: 4 },
  { id: 'gov-lead', dimension: 'gouvernance', level: 5 },

  { id: 'eval-info-announce', dimension: 'evaluation', level: 1 },
  { id: 'eval-info-call', dimension: 'evaluation', level: 1 },
  { id: 'eval-consult-inquiry', dimension: 'evaluation', level: 2 },
  { id: 'eval-consult-satisfaction', dimension: 'evaluation', level: 2, measures: true },
  { id: 'eval-consult-tracer', dimension: 'evaluation', level: 2 },
  { id: 'eval-collab-enlist', dimension: 'evaluation', level: 3 },
  { id: 'eval-partner-team', dimension: 'evaluation', level: 4 },
  { id: 'eval-lead', dimension: 'evaluation', level: 5 },

  { id: 'form-info-testimony', dimension: 'formation', level: 1 },
  { id: 'form-consult-knowledge', dimension: 'formation', level: 2 },
  { id: 'form-collab-cotrainer', dimension: 'formation', level: 3 },
  { id: 'form-partner-lead', dimension: 'formation', level: 4 },
  { id: 'form-lead', dimension: 'formation', level: 5 },
];

/** The alibi-participation checks (HAS 2023, fiche n° 3; fiche n° 5 for "at least two"). */
export const alibiChecks = [
  /** A usager alone among professionals in a group or a body. */
  { id: 'lone-user', warnWhen: 'yes' },
  /** Groups that gather usagers' voice include professionals other than neutral facilitators. */
  { id: 'mixed-listening-group', warnWhen: 'yes' },
  /** Participants are not told what became of their contribution. */
  { id: 'no-feedback', warnWhen: 'no' },
  /** Records of decisions are written without usagers. */
  { id: 'decisions-without-users', warnWhen: 'no' },
] as const satisfies readonly { id: string; warnWhen: AlibiAnswer }[];
export type AlibiCheckId = (typeof alibiChecks)[number]['id'];
export const alibiCheckIds = alibiChecks.map((check) => check.id) as [AlibiCheckId, ...AlibiCheckId[]];
/** `na`: the team has no such group or meeting yet. */
export type AlibiAnswer = 'yes' | 'no' | 'na';

/** The obstacles of fiche n° 4, each answered by its lever in the results. */
export const obstacleIds = [
  'time',
  'representativeness',
  'funding',
  'loss-of-control',
  'unclear-roles',
  'confidentiality',
  'no-guidance',
  'vulnerable-absent',
  'doctors-uninterested',
] as const;
export type ObstacleId = (typeof obstacleIds)[number];

/** The wording of the content, one object per language, under the ids above. */
export interface ContentText {
  levels: Record<PracticeLevel, { name: string; description: string }>;
  /** Level 0 of a dimension. */
  noLevel: string;
  dimensions: Record<DimensionId, { label: string; hint: string }>;
  practices: Record<string, string>;
  alibi: Record<AlibiCheckId, { question: string; hint: string; warning: string }>;
  obstacles: Record<ObstacleId, { label: string; lever: string; source: string }>;
}

export const contentFr: ContentText = {
  levels: {
    1: { name: 'Échange et partage d’information', description: 'L’équipe informe les usagers et partage ce qu’elle sait.' },
    2: { name: 'Consultation', description: 'L’équipe demande l’avis, les attentes ou l’expérience des usagers.' },
    3: { name: 'Collaboration', description: 'Des usagers participent à l’action, sans en être les décideurs.' },
    4: { name: 'Partenariat', description: 'Usagers et professionnels décident ensemble, de l’idée au bilan.' },
    5: { name: 'Leadership des usagers', description: 'Les usagers prennent l’initiative et pilotent, l’équipe les soutient.' },
  },
  noLevel: 'Pas encore de pratique',
  dimensions: {
    diagnostics: { label: 'Diagnostics et états des lieux', hint: 'Connaître les besoins de santé de la patientèle ou du territoire.' },
    'sante-publique': {
      label: 'Actions de santé publique et de promotion de la santé',
      hint: 'Prévention, dépistage, soirées thématiques, déterminants de santé.',
    },
    accompagnement: { label: 'Actions d’accompagnement', hint: 'Aller-vers, orientation, éducation à la santé et éducation thérapeutique (ETP).' },
    gouvernance: { label: 'Gouvernance', hint: 'Organisation et décisions de la structure, instances, comités.' },
    evaluation: { label: 'Évaluation et recherche', hint: 'Mesurer ce que la structure fait, mener ou accueillir une recherche.' },
    formation: { label: 'Formation initiale des futurs professionnels', hint: 'Étudiants et internes accueillis ou formés par l’équipe.' },
  },
  practices: {
    'diag-info-announce': 'Nous annonçons qu’un diagnostic est en cours, avec les coordonnées des personnes qui le mènent.',
    'diag-info-debate': 'Nous avons tenu une réunion publique pour affiner le projet de diagnostic.',
    'diag-consult-survey':
      'Nous interrogeons usagers ou habitants pour construire le diagnostic (questionnaire, entretiens, groupe de discussion, boîte à idées, appel à contributions).',
    'diag-collab-enlist': 'Des usagers ou des habitants participent à la réalisation du diagnostic (recueil, analyse).',
    'diag-partner-team': 'Une équipe projet de professionnels et d’usagers conçoit et conduit le diagnostic ensemble.',
    'diag-lead': 'Des usagers ou une association d’usagers ont lancé le diagnostic et le pilotent, avec notre appui.',

    'sp-info-evening':
      'Nous organisons des soirées d’information sur un thème choisi par les professionnels (vaccination, dépistage, écrans…) ou sur les déterminants de santé.',
    'sp-info-accessible': 'Nos documents d’information existent en versions accessibles (FALC, braille, audio, autres langues).',
    'sp-consult-habits':
      'Nous interrogeons les habitants sur leurs avis et leurs habitudes (alimentation, activité physique, dépistage, tabac) ou sur leur cadre de vie.',
    'sp-consult-project': 'Nous demandons l’avis des usagers sur un projet préparé par les professionnels.',
    'sp-collab-group': 'Un groupe de travail avec des usagers ou des habitants avance sur un thème choisi par les professionnels.',
    'sp-partner-project': 'Nous menons avec des usagers un projet dont le thème a été choisi, conçu et réalisé ensemble.',
    'sp-lead': 'Des usagers portent eux-mêmes une action de prévention, avec l’appui de l’équipe.',

    'acc-info-outreach': 'Nous allons vers les personnes éloignées du soin pour les informer et les inviter à venir.',
    'acc-info-places': 'Nous faisons connaître les lieux de soins accessibles à tous (bas seuil, quelle que soit la situation administrative).',
    'acc-info-directory':
      'Nous tenons à jour un annuaire des personnes ressources (assistante sociale…) et des offres proches (activité physique adaptée, associations locales).',
    'acc-consult-complaints': 'Nous recueillons et traitons les plaintes, réclamations et suggestions.',
    'acc-consult-experience': 'Nous recueillons l’expérience et les besoins des usagers sur l’accompagnement et les soins.',
    'acc-collab-etp': 'Des usagers interviennent dans nos programmes d’éducation à la santé ou d’ETP, comme témoins ou comme ressource associative.',
    'acc-partner-etp': 'Un programme d’ETP, d’éducation à la santé ou de littératie en santé est conçu et animé avec des usagers.',
    'acc-partner-resource': 'Un patient ressource participe à nos réunions de concertation pluriprofessionnelle.',
    'acc-partner-peers': 'Des pairs-aidants ou des médiateurs en santé font partie de l’équipe.',
    'acc-lead': 'Des usagers animent eux-mêmes des groupes d’entraide, avec notre soutien.',

    'gov-info-governance': 'Nous expliquons aux usagers comment la structure est gouvernée, avec les contacts de ses responsables.',
    'gov-info-minutes': 'Nous publions les ordres du jour et affichons les comptes rendus de nos réunions.',
    'gov-consult-organisation': 'Nous interrogeons les usagers sur l’organisation de la structure (accueil, rendez-vous, continuité des soins).',
    'gov-consult-public': 'Nous organisons des consultations publiques (en ligne, réunions publiques, jury citoyen) ou un consensus formalisé.',
    'gov-consult-suggestions': 'Nous recueillons remarques et suggestions (cahier de remarques, boîte à idées) et y répondons.',
    'gov-collab-committee': 'Un comité d’usagers transmet ses conclusions et ses idées aux instances de la structure.',
    'gov-partner-vote': 'Des usagers siègent dans nos instances de décision avec une voix délibérative, pas seulement consultative.',
    'gov-lead': 'Des usagers sont à l’origine de la structure ou la codirigent (centre de santé communautaire, par exemple).',

    'eval-info-announce': 'Nous annonçons qu’une évaluation ou une recherche est en cours, avec des contacts.',
    'eval-info-call': 'Nous affichons un appel à manifestation d’intérêt pour y participer.',
    'eval-consult-inquiry':
      'Nous interrogeons les usagers pour une évaluation ou une recherche (entretiens, observation, questionnaires, groupes de discussion).',
    'eval-consult-satisfaction': 'Nous mesurons la satisfaction des usagers (questionnaire de satisfaction, sur papier ou en ligne).',
    'eval-consult-tracer': 'Nous pratiquons la méthode du patient traceur.',
    'eval-collab-enlist': 'Des usagers ou des habitants participent à la réalisation d’une évaluation.',
    'eval-partner-team': 'Une équipe projet de professionnels et d’usagers conçoit et conduit l’évaluation ou la recherche.',
    'eval-lead': 'Des usagers mènent eux-mêmes une évaluation ou une recherche communautaire, avec notre appui.',

    'form-info-testimony': 'Des patients témoignent auprès des étudiants de leur vie avec la maladie.',
    'form-consult-knowledge': 'Les savoirs d’expérience des patients font partie de nos enseignements.',
    'form-collab-cotrainer': 'Un patient intervient comme co-formateur.',
    'form-partner-lead': 'Un patient est responsable d’un enseignement et siège dans les jurys.',
    'form-lead': 'Des patients conçoivent et dirigent un programme de formation.',
  },
  alibi: {
    'lone-user': {
      question: 'Arrive-t-il qu’un usager siège seul parmi des professionnels (groupe de travail, comité, instance) ?',
      hint: 'Jamais un seul : au moins deux usagers, pour qu’ils se soutiennent.',
      warning:
        'Un usager seul dans un groupe de professionnels : c’est une participation alibi. Prévoyez toujours au moins deux usagers, et autant que possible la parité dans les groupes de travail.',
    },
    'mixed-listening-group': {
      question:
        'Quand vous recueillez la parole des usagers (groupe de discussion, groupe test), des professionnels autres que l’animateur y participent-ils ?',
      hint: 'Un animateur neutre est admis ; des soignants de la structure, non.',
      warning:
        'Des professionnels présents dans un groupe de parole d’usagers freinent la parole libre. Réservez ces groupes aux usagers, avec un animateur neutre.',
    },
    'no-feedback': {
      question: 'Dites-vous aux participants ce que leur contribution est devenue ?',
      hint: 'Par exemple « vous avez dit, nous avons fait » affiché ou publié.',
      warning: 'Les participants ne savent pas ce que leur contribution est devenue. Faites-leur toujours un retour, même quand une idée n’est pas retenue.',
    },
    'decisions-without-users': {
      question: 'Les relevés de décisions sont-ils rédigés avec les usagers, ou au moins validés avec eux ?',
      hint: 'Compte rendu relu par les usagers présents avant diffusion, par exemple.',
      warning: 'Des décisions sont consignées sans les usagers. Rédigez les relevés de décisions avec eux, ou au moins faites-les valider par eux.',
    },
  },
  obstacles: {
    time: {
      label: 'Les professionnels manquent de temps.',
      lever: 'Confiez l’animation à des personnes qui ne sont pas des soignants : coordination, gestion, qualité.',
      source: 'fiche n° 4',
    },
    representativeness: {
      label: 'Les usagers impliqués ne sont pas représentatifs.',
      lever:
        'Pour agir, la disponibilité et les compétences comptent plus que la représentativité. Dans la gouvernance, cherchez les associations les mieux placées pour représenter les usagers, et combinez représentation et participation.',
      source: 'fiches n° 4 et 5',
    },
    funding: {
      label: 'Nous n’avons pas de financement.',
      lever:
        'Plusieurs sources existent : l’indicateur « implication des usagers » de l’ACI, l’expérimentation « centres et maisons de santé participatifs » (article 51), les fondations, le mécénat.',
      source: 'fiches n° 4 et 10',
    },
    'loss-of-control': {
      label: 'Des professionnels craignent de perdre la maîtrise (peur du « bureau des plaintes »).',
      lever:
        'Les usagers ne sont pas des soignants : ils ne décident pas des soins. Commencez par les associer aux diagnostics, puis comme partenaires d’actions.',
      source: 'fiche n° 4',
    },
    'unclear-roles': {
      label: 'Le rôle des usagers n’est pas clair.',
      lever: 'Fixez les objectifs ensemble dès le départ, et tenez un relevé de conclusions repris d’une réunion à l’autre.',
      source: 'fiche n° 4',
    },
    confidentiality: {
      label: 'Nous craignons des atteintes à la confidentialité.',
      lever: 'Rappelez les règles de confidentialité à chaque réunion et signez ensemble une charte d’engagement.',
      source: 'fiches n° 4, 6 et 14',
    },
    'no-guidance': {
      label: 'Il n’existe pas de recommandation publique pour nous guider.',
      lever: 'Les partenaires peuvent fixer eux-mêmes leurs règles de fonctionnement, par écrit.',
      source: 'fiche n° 4',
    },
    'vulnerable-absent': {
      label: 'Les personnes les plus vulnérables sont absentes.',
      lever:
        'Si elles ne peuvent pas venir, allez recueillir leur avis : entretiens, questionnaires adaptés (FALC, autres langues), personnes relais de leur communauté.',
      source: 'fiche n° 4',
    },
    'doctors-uninterested': {
      label: 'Les médecins ne sont pas intéressés.',
      lever: 'Montrez ce que l’engagement des usagers apporte aux professionnels eux-mêmes : sens du travail, actions mieux ciblées, relations apaisées.',
      source: 'fiches n° 4 et 12',
    },
  },
};
