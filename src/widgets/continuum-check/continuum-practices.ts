// The practices of the self-check's matrix, cell by cell: what a team ticks in the steps, what the
// scoring counts and the next steps propose. Apart from the ids (continuum-content.ts), which the
// start screen and the config's check read: this list is only read by the later screens (issue 16).
import type { PracticeDef } from './continuum-content.js';

/**
 * The practices, cell by cell (HAS 2023, fiche n° 2, "Exemples de modalités d'engagement"), plus a
 * few marked with their `origin`. Every practice of collaboration or more names usagers in its
 * statement (`involvesUsers`). Fiches: 1 the dimensions (gouvernances, diagnostics, actions,
 * évaluation), 2 the matrix, 3 alibi participation, 5 recruiting and representativeness (calls for
 * candidates, a users' committee, at least two usagers), 7 training, 8 facilitators, 11 usagers at the
 * initiative, 13 a poster for an engagement action, 14 a charter of engagement.
 */
export const practices: readonly PracticeDef[] = [
  { id: 'diag-info-announce', dimension: 'diagnostics', level: 1, fiches: [1] },
  { id: 'diag-info-debate', dimension: 'diagnostics', level: 1, fiches: [1, 13], tool: 'events' },
  { id: 'diag-consult-survey', dimension: 'diagnostics', level: 2, measures: true, fiches: [1], tool: 'survey' },
  { id: 'diag-collab-enlist', dimension: 'diagnostics', level: 3, involvesUsers: true, fiches: [1, 5], tool: 'candidates' },
  { id: 'diag-partner-team', dimension: 'diagnostics', level: 4, involvesUsers: true, fiches: [1, 8] },
  { id: 'diag-lead', dimension: 'diagnostics', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },

  { id: 'sp-info-evening', dimension: 'sante-publique', level: 1, fiches: [13], tool: 'events' },
  { id: 'sp-info-accessible', dimension: 'sante-publique', level: 1, fiches: [1] },
  { id: 'sp-consult-habits', dimension: 'sante-publique', level: 2, measures: true, fiches: [1], tool: 'survey' },
  { id: 'sp-consult-project', dimension: 'sante-publique', level: 2, fiches: [1, 13], tool: 'events' },
  { id: 'sp-collab-group', dimension: 'sante-publique', level: 3, involvesUsers: true, fiches: [3, 5], tool: 'candidates' },
  { id: 'sp-partner-project', dimension: 'sante-publique', level: 4, involvesUsers: true, fiches: [7, 14] },
  { id: 'sp-lead', dimension: 'sante-publique', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },

  { id: 'acc-info-outreach', dimension: 'accompagnement', level: 1, fiches: [1] },
  { id: 'acc-info-places', dimension: 'accompagnement', level: 1, fiches: [1] },
  { id: 'acc-info-directory', dimension: 'accompagnement', level: 1, fiches: [1] },
  { id: 'acc-consult-complaints', dimension: 'accompagnement', level: 2, measures: true, fiches: [1], tool: 'ideaBox' },
  { id: 'acc-consult-experience', dimension: 'accompagnement', level: 2, measures: true, fiches: [1, 3], tool: 'survey' },
  { id: 'acc-collab-etp', dimension: 'accompagnement', level: 3, involvesUsers: true, fiches: [5, 7], tool: 'candidates' },
  { id: 'acc-partner-etp', dimension: 'accompagnement', level: 4, involvesUsers: true, fiches: [7, 14] },
  { id: 'acc-partner-resource', dimension: 'accompagnement', level: 4, involvesUsers: true, fiches: [6, 14], tool: 'candidates' },
  { id: 'acc-partner-peers', dimension: 'accompagnement', level: 4, involvesUsers: true, fiches: [8, 9], tool: 'candidates' },
  { id: 'acc-lead', dimension: 'accompagnement', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },

  { id: 'gov-info-basics', dimension: 'gouvernance', level: 1, origin: 'ours-fecop', fiches: [1] },
  { id: 'gov-info-share', dimension: 'gouvernance', level: 1, origin: 'has-text', fiches: [2] },
  { id: 'gov-info-governance', dimension: 'gouvernance', level: 1, fiches: [1] },
  { id: 'gov-info-minutes', dimension: 'gouvernance', level: 1, fiches: [1] },
  { id: 'gov-consult-organisation', dimension: 'gouvernance', level: 2, measures: true, fiches: [1], tool: 'survey' },
  { id: 'gov-consult-public', dimension: 'gouvernance', level: 2, fiches: [1, 13], tool: 'events' },
  { id: 'gov-consult-suggestions', dimension: 'gouvernance', level: 2, measures: true, fiches: [1], tool: 'ideaBox' },
  { id: 'gov-collab-committee', dimension: 'gouvernance', level: 3, involvesUsers: true, fiches: [1, 5], tool: 'candidates' },
  { id: 'gov-collab-health-project', dimension: 'gouvernance', level: 3, involvesUsers: true, origin: 'ours-collocc', fiches: [1, 5] },
  { id: 'gov-partner-vote', dimension: 'gouvernance', level: 4, involvesUsers: true, fiches: [1, 5, 14] },
  { id: 'gov-lead', dimension: 'gouvernance', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },

  { id: 'eval-info-announce', dimension: 'evaluation', level: 1, fiches: [1] },
  { id: 'eval-info-call', dimension: 'evaluation', level: 1, fiches: [13], tool: 'candidates' },
  { id: 'eval-consult-inquiry', dimension: 'evaluation', level: 2, fiches: [1, 3] },
  { id: 'eval-consult-satisfaction', dimension: 'evaluation', level: 2, measures: true, fiches: [1], tool: 'survey' },
  { id: 'eval-consult-tracer', dimension: 'evaluation', level: 2, fiches: [1, 6] },
  { id: 'eval-collab-enlist', dimension: 'evaluation', level: 3, involvesUsers: true, fiches: [1, 5], tool: 'candidates' },
  { id: 'eval-partner-team', dimension: 'evaluation', level: 4, involvesUsers: true, fiches: [1, 8] },
  { id: 'eval-lead', dimension: 'evaluation', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },

  { id: 'form-info-testimony', dimension: 'formation', level: 1, involvesUsers: true, fiches: [2] },
  { id: 'form-consult-knowledge', dimension: 'formation', level: 2, fiches: [2] },
  { id: 'form-collab-cotrainer', dimension: 'formation', level: 3, involvesUsers: true, fiches: [2, 7] },
  { id: 'form-partner-lead', dimension: 'formation', level: 4, involvesUsers: true, fiches: [2, 7] },
  { id: 'form-lead', dimension: 'formation', level: 5, involvesUsers: true, origin: 'ours', fiches: [11] },
];
