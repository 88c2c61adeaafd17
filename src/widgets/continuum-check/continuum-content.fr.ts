// The self-check's content in French: the wording of the matrix, the checks and the obstacles, under
// the ids of continuum-content.ts. A chunk of its own, loaded when the widget first needs it (issue 16).
import { withFrenchSpacing } from '../../core/french-typography.js';
import type { ContentText } from './continuum-content.js';

export const contentFr: ContentText = withFrenchSpacing<ContentText>({
  levels: {
    1: {
      name: 'Échange et partage d’information',
      description: 'Équipe et usagers échangent : l’équipe partage ses points forts, ses points faibles et ses moyens, et répond aux questions.',
    },
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

    'gov-info-basics':
      'Nous informons les usagers sur la structure (horaires, professionnels, services, actions de prévention) par affiches, dépliants ou site internet.',
    'gov-info-share':
      'Nous partageons avec les usagers nos points forts, nos points faibles et nos moyens (humains, financiers), et répondons à leurs questions.',
    'gov-info-governance': 'Nous expliquons aux usagers comment la structure est gouvernée, avec les contacts de ses responsables.',
    'gov-info-minutes': 'Nous publions les ordres du jour et affichons les comptes rendus de nos réunions.',
    'gov-consult-organisation': 'Nous interrogeons les usagers sur l’organisation de la structure (accueil, rendez-vous, continuité des soins).',
    'gov-consult-public': 'Nous organisons des consultations publiques (en ligne, réunions publiques, jury citoyen) ou un consensus formalisé.',
    'gov-consult-suggestions': 'Nous recueillons remarques et suggestions (cahier de remarques, boîte à idées) et y répondons.',
    'gov-collab-committee': 'Un comité d’usagers transmet ses conclusions et ses idées aux instances de la structure.',
    'gov-collab-health-project': 'Des usagers ont participé à l’écriture ou à la relecture de notre projet de santé.',
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
  how: {
    'diag-info-announce': 'Une affiche en salle d’attente et une page du site : le but du diagnostic, qui le mène, comment le joindre.',
    'diag-info-debate': 'Annoncez une réunion ouverte (jour, horaire, lieu, durée) et notez ce que les habitants ajoutent au projet.',
    'diag-consult-survey': 'Un questionnaire court, testé d’abord avec quelques usagers, complété par deux ou trois entretiens.',
    'diag-collab-enlist': 'Lancez un appel à candidatures : des usagers aident à recueillir et à lire les réponses.',
    'diag-partner-team': 'Une équipe projet mixte décide ensemble des questions, de la méthode et des conclusions.',
    'diag-lead': 'Soutenez l’association ou le groupe d’usagers qui porte le diagnostic : salle, données, temps de coordination.',
    'sp-info-evening': 'Une soirée d’une heure et demie sur un thème, annoncée par une affiche courte, avec un temps de questions.',
    'sp-info-accessible': 'Faites relire vos documents par des usagers et proposez-en une version FALC ou audio.',
    'sp-consult-habits': 'Un questionnaire sur les habitudes ou le cadre de vie, avec une question ouverte sur les besoins.',
    'sp-consult-project': 'Présentez le projet en réunion ou en ligne et dites ensuite ce que vous avez changé grâce aux avis.',
    'sp-collab-group': 'Un groupe de travail avec au moins deux usagers, autant que possible à parité avec les professionnels.',
    'sp-partner-project': 'Choisissez le thème avec les usagers, et écrivez ensemble les objectifs et les règles (charte).',
    'sp-lead': 'Mettez à disposition une salle, du matériel et un contact dans l’équipe ; laissez les usagers décider.',
    'acc-info-outreach': 'Identifiez avec les partenaires (CCAS, associations) les lieux où aller et qui peut vous présenter.',
    'acc-info-places': 'Une liste à jour des lieux accessibles à tous, affichée et remise à l’accueil.',
    'acc-info-directory': 'Un annuaire d’une page, relu par des usagers, remis à l’accueil et publié sur le site.',
    'acc-consult-complaints': 'Une boîte à idées sur place et en ligne, et une réponse publiée à chaque suggestion.',
    'acc-consult-experience': 'Des entretiens ou un groupe de parole réservé aux usagers, avec un animateur neutre.',
    'acc-collab-etp': 'Invitez un patient ou une association à témoigner dans un atelier, préparé avec lui.',
    'acc-partner-etp': 'Concevez le programme avec des patients formés ; prévoyez une formation commune.',
    'acc-partner-resource': 'Un patient ressource formé, tenu au secret, invité aux réunions pluriprofessionnelles choisies.',
    'acc-partner-peers': 'Une fiche de poste, une rémunération et un appui pour un pair-aidant ou un médiateur en santé.',
    'acc-lead': 'Prêtez une salle et un contact : le groupe d’entraide s’organise lui-même.',
    'gov-info-basics': 'Vérifiez avec quelques usagers que l’affichage et le site disent clairement les horaires et les services.',
    'gov-info-share': 'Présentez une fois par an, en réunion ouverte, ce qui va bien, ce qui manque et vos moyens.',
    'gov-info-governance': 'Une page du site et une affiche : qui décide, comment, et qui contacter.',
    'gov-info-minutes': 'Affichez un résumé de chaque réunion, en langage simple.',
    'gov-consult-organisation': 'Un questionnaire sur l’accueil, les rendez-vous et la continuité des soins, puis un retour affiché.',
    'gov-consult-public': 'Une réunion publique annoncée par affiche, ou une consultation en ligne sur une question précise.',
    'gov-consult-suggestions': 'Une boîte à idées (sur place et en ligne) et une réponse publiée à chaque idée.',
    'gov-collab-committee': 'Un appel à candidatures pour un comité d’au moins deux usagers, et une charte écrite ensemble.',
    'gov-collab-health-project': 'Relisez le projet de santé avec des usagers et notez ce que leurs remarques ont changé.',
    'gov-partner-vote': 'Modifiez les statuts ou le règlement intérieur pour donner une voix délibérative à au moins deux usagers.',
    'gov-lead': 'Appuyez les usagers qui portent la structure : statuts, financements, accompagnement.',
    'eval-info-announce': 'Une affiche : ce qui est évalué, pourquoi, et qui contacter.',
    'eval-info-call': 'Une affiche d’appel à manifestation d’intérêt : le rôle, le temps demandé, ce qui est offert.',
    'eval-consult-inquiry': 'Des entretiens ou un groupe réservé aux usagers, avec un animateur neutre.',
    'eval-consult-satisfaction': 'Un questionnaire de satisfaction testé avec des usagers, puis les résultats affichés.',
    'eval-consult-tracer': 'Suivez le parcours d’un patient volontaire avec lui, dans le respect du secret.',
    'eval-collab-enlist': 'Lancez un appel à candidatures : des usagers aident à mener les entretiens ou à lire les résultats.',
    'eval-partner-team': 'Une équipe projet mixte décide ensemble des questions, de la méthode et des conclusions.',
    'eval-lead': 'Soutenez la recherche portée par des usagers : accès au terrain, temps, données.',
    'form-info-testimony': 'Invitez un patient volontaire à témoigner devant les étudiants, préparé avec lui.',
    'form-consult-knowledge': 'Recueillez avec des patients ce qu’ils savent de leur maladie et intégrez-le aux cours.',
    'form-collab-cotrainer': 'Préparez et animez une séance avec un patient formé, rémunéré ou indemnisé.',
    'form-partner-lead': 'Confiez un enseignement à un patient formé et faites-le siéger dans un jury.',
    'form-lead': 'Soutenez les patients qui conçoivent le programme : salle, temps, lien avec l’université.',
  },
  origins: {
    'has-text': 'D’après le texte de la fiche n° 2 (HAS, 2023) : « points forts, points faibles, moyens ».',
    ours: 'Exemple de l’équipe msp-widgets, au-delà de la matrice HAS.',
    'ours-fecop': 'Exemple de l’équipe msp-widgets, d’après l’enquête Fécop Occitanie (2024) : affiches, flyers, site internet, horaires.',
    'ours-collocc': 'Exemple de l’équipe msp-widgets, d’après le Coll’Occ de la Fécop : intégrer les usagers au projet de santé.',
  },
  tools: {
    survey: 'le questionnaire de satisfaction (msp-satisfaction-survey)',
    ideaBox: 'la boîte à idées (msp-idea-box)',
    events: 'l’inscription aux événements (msp-event-signup)',
    candidates: 'l’appel à candidatures (msp-event-signup)',
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
    recruitment: {
      label: 'Nous avons du mal à trouver des usagers prêts à s’impliquer.',
      lever:
        'Faites connaître la démarche partout et souvent (affiches, site, réseaux sociaux, portes ouvertes, forum des associations, élus et travailleurs sociaux) ; lancez un appel à candidatures qui dit le rôle, le temps demandé et ce qui est offert ; passez par les portes d’entrée existantes (ateliers d’ETP, infirmières Asalée).',
      source: 'Coll’Occ, Fécop ; HAS, 2023, fiches n° 5 et 13',
    },
    'fear-of-criticism': {
      label: 'Des professionnels craignent d’être critiqués (peur d’un « bureau des plaintes »).',
      lever:
        'Commencez petit, sur la communication ou l’accueil ; écrivez ensemble des règles de respect et de confidentialité (charte de l’engagement) ; formez-vous au partenariat avec les usagers, le levier le plus cité par les équipes ; écoutez une équipe qui l’a fait.',
      source: 'FMPS Normandie, 2024 ; enquête Fécop Occitanie, 2024 ; HAS, 2023, fiche n° 14',
    },
    'how-to-start': {
      label: 'Nous ne savons pas par où commencer.',
      lever:
        'Demandez l’accompagnement de votre fédération régionale, écoutez une équipe qui l’a fait (échange entre pairs), et commencez par un outil simple : un questionnaire, une boîte à idées, ou une réunion d’échange annoncée par une affiche.',
      source: 'étude en Pays de la Loire, 2019 ; enquête Fécop Occitanie, 2024 ; HAS, 2023, fiche n° 13',
    },
    time: {
      label: 'Les professionnels manquent de temps.',
      lever: 'Confiez l’animation à des personnes qui ne sont pas des soignants : coordination, direction, qualité.',
      source: 'HAS, 2023, fiche n° 4',
    },
    representativeness: {
      label: 'Les usagers impliqués ne sont pas représentatifs.',
      lever:
        'Pour agir, la disponibilité et les compétences comptent plus que la représentativité. Dans la gouvernance, cherchez les associations les mieux placées pour représenter les usagers, et combinez représentation et participation.',
      source: 'HAS, 2023, fiches n° 4 et 5',
    },
    funding: {
      label: 'Nous n’avons pas de financement.',
      lever:
        'Plusieurs sources existent : l’indicateur « implication des usagers » de l’ACI, l’expérimentation « centres et maisons de santé participatifs » (article 51), les fondations, le mécénat.',
      source: 'HAS, 2023, fiches n° 4 et 10',
    },
    'loss-of-control': {
      label: 'Des professionnels craignent de perdre la maîtrise des décisions.',
      lever:
        'Les usagers ne sont pas des soignants : ils ne décident pas des soins. Commencez par les associer aux diagnostics, puis comme partenaires d’actions.',
      source: 'HAS, 2023, fiche n° 4',
    },
    'unclear-roles': {
      label: 'Le rôle des usagers n’est pas clair.',
      lever: 'Fixez les objectifs ensemble dès le départ, et tenez un relevé de conclusions repris d’une réunion à l’autre.',
      source: 'HAS, 2023, fiche n° 4',
    },
    confidentiality: {
      label: 'Nous craignons des atteintes à la confidentialité.',
      lever: 'Rappelez les règles du secret et de la vie privée, et signez ensemble une charte de l’engagement.',
      source: 'HAS, 2023, fiches n° 4, 6 et 14',
    },
    'no-guidance': {
      label: 'Il n’existe pas de recommandation publique pour nous guider.',
      lever: 'Les partenaires peuvent fixer eux-mêmes leurs règles de fonctionnement, par écrit.',
      source: 'HAS, 2023, fiche n° 4',
    },
    'vulnerable-absent': {
      label: 'Les personnes les plus vulnérables sont absentes.',
      lever:
        'Si elles ne peuvent pas venir, allez recueillir leur avis : entretiens, questionnaires adaptés (FALC, autres langues), personnes relais de leur communauté.',
      source: 'HAS, 2023, fiche n° 4',
    },
    'doctors-uninterested': {
      label: 'Les médecins ne sont pas intéressés.',
      lever:
        'Montrez ce que l’engagement des usagers apporte aux professionnels eux-mêmes : du sens, de la cohésion, la confiance des usagers, des soins plus pertinents.',
      source: 'HAS, 2023, fiches n° 4 et 12',
    },
  },
});
