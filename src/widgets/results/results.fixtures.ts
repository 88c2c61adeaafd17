// Fixed fixtures for the results view's tests: small enough to count by hand (the expected numbers
// in the tests are worked out in the comments here).
import { createEnvelope, type SubmissionKind } from '../../core/envelope.js';
import type { ItemOrigin, ResultItem } from './sources.js';
import type { EventSignupPayload, SelfCheckPayload, SurveyAnswer, SurveyPayload } from './payloads.js';

export function item(kind: SubmissionKind, payload: object, day: string, origin: ItemOrigin = 'stored'): ResultItem {
  const envelope = createEnvelope(kind, payload as Record<string, unknown>, { locale: 'fr', structure: 'MSP des Tilleuls', now: new Date(`${day}T10:00:00Z`) });
  return { id: envelope.id, kind, envelope, receivedAt: envelope.createdAt, origin };
}

const rating = (questionId: string, label: string, value: number): SurveyAnswer => ({ questionId, type: 'rating', section: 'accueil', label, value });
const accueil = (v: number) => rating('accueil', 'Comment jugez-vous l’accueil ?', v);
const global = (v: number) => rating('global', 'Dans l’ensemble, êtes-vous satisfait ?', v);
const recommend = (v: boolean): SurveyAnswer => ({ questionId: 'recommend', type: 'yesno', label: 'Recommanderiez-vous la maison de santé ?', value: v });
const canal = (id: string, label: string): SurveyAnswer => ({
  questionId: 'canal',
  type: 'single',
  label: 'Comment prenez-vous rendez-vous ?',
  value: id,
  valueLabels: [label],
});
const needLabels: Record<string, string> = { nutrition: 'Nutrition', sommeil: 'Sommeil', activite: 'Activité physique', autre: 'Autre' };
const needs = (ids: string[], other?: string): SurveyAnswer => ({
  questionId: 'needs',
  type: 'multiple',
  label: 'Quels thèmes de santé ou ateliers vous intéressent ?',
  value: ids,
  valueLabels: ids.map((id) => needLabels[id]!),
  ...(other ? { other } : {}),
});
const comment = (text: string): SurveyAnswer => ({ questionId: 'comment', type: 'long-text', label: 'Une remarque ?', value: text });

const survey = (campaign: string, answers: SurveyAnswer[]): SurveyPayload => ({
  campaign,
  surveyId: 'accueil-2026',
  surveyTitle: 'Votre avis sur la maison de santé',
  kiosk: false,
  answers,
});

/**
 * 2026-T4 (4 responses): accueil 5,4,3,5 → 3 satisfied of 4 (75 %), mean 4.25; global 4,2,5 → 2 of 3
 * (66.7 %), mean 3.667; recommend yes 2 no 1; canal phone 2 web 1; needs nutrition 3, sommeil 2,
 * activité 1, autre 1 ("Yoga"); comments "Très bon accueil ; merci" and "=1+1".
 * 2026-T3 (2 responses): accueil 2,1; global 3,4 → 1 satisfied of 4 ratings.
 * Plus one unreadable survey item.
 */
export function surveyItems(): ResultItem[] {
  return [
    item(
      'survey',
      survey('2026-T4', [
        accueil(5),
        global(4),
        recommend(true),
        canal('phone', 'Téléphone'),
        needs(['nutrition', 'sommeil']),
        comment('Très bon accueil ; merci'),
      ]),
      '2026-11-02',
    ),
    item(
      'survey',
      survey('2026-T4', [accueil(4), global(2), recommend(false), canal('web', 'Site internet'), needs(['nutrition', 'autre'], 'Yoga')]),
      '2026-11-03',
    ),
    item(
      'survey',
      survey('2026-T4', [accueil(3), global(5), canal('phone', 'Téléphone'), needs(['sommeil', 'activite']), comment('=1+1')]),
      '2026-11-04',
      'pending',
    ),
    item('survey', survey('2026-T4', [accueil(5), recommend(true), needs(['nutrition'])]), '2026-11-05'),
    item('survey', survey('2026-T3', [accueil(2), global(3), recommend(true), canal('guichet', 'À l’accueil')]), '2026-08-10'),
    item('survey', survey('2026-T3', [accueil(1), global(4), comment('Attente trop longue\n"vraiment"')]), '2026-08-11'),
    item('survey', { unexpected: true }, '2026-08-12'),
  ];
}

const signup = (event: 'A' | 'B', name: string, seats: number, extra: Partial<EventSignupPayload> = {}): EventSignupPayload => ({
  ...(event === 'A'
    ? {
        eventId: 'atelier-nutrition',
        eventTitle: 'Atelier nutrition',
        eventKind: 'atelier',
        eventStart: '2026-12-03T14:00:00+01:00',
        eventEnd: '2026-12-03T16:00:00+01:00',
        capacity: 5,
      }
    : {
        eventId: 'marche',
        eventTitle: 'Groupe de marche',
        eventKind: 'groupe-de-marche',
        eventStart: '2026-12-10T09:30:00+01:00',
        eventEnd: '2026-12-10T11:00:00+01:00',
      }),
  name,
  contact: { channel: 'phone', value: `06 00 00 00 0${seats}` },
  seats,
  ...extra,
});

/**
 * Atelier (capacity 5, strict queue): Anne 2 ✓, Bruno 2 ✓ (4/5), Chloé 3 → waiting #1, Driss 1 → waiting #2
 * (nobody overtakes Chloé), Emma 1 → waiting #3, Farid (outbox) unsent. Marche (no capacity): Gaëlle 1, Hugo 3.
 */
export function signupItems(): ResultItem[] {
  const at = (day: string, time: string, payload: EventSignupPayload, origin: ItemOrigin = 'stored') => {
    const i = item('event-signup', payload, day, origin);
    i.envelope.createdAt = `${day}T${time}:00.000Z`;
    i.receivedAt = i.envelope.createdAt;
    return i;
  };
  return [
    at('2026-11-10', '09:00', signup('A', 'Anne', 2)),
    at('2026-11-10', '10:00', signup('A', 'Bruno', 2, { accessNeeds: 'Fauteuil roulant' })),
    at('2026-11-11', '08:00', signup('A', 'Chloé', 3)),
    at('2026-11-12', '08:00', signup('A', 'Driss', 1)),
    at('2026-11-13', '08:00', signup('A', '=Emma', 1, { contact: { channel: 'email', value: 'emma@example.org' } })),
    at('2026-11-14', '08:00', signup('A', 'Farid', 1), 'pending'),
    at('2026-11-15', '08:00', signup('B', 'Gaëlle', 1)),
    at('2026-11-16', '08:00', signup('B', 'Hugo', 3)),
  ];
}

const dims = (d1: number, d2: number, d3: number | null) => [
  { id: 'diagnostics', label: 'Diagnostics et états des lieux', notConcerned: false, level: d1, practices: [] },
  { id: 'sante-publique', label: 'Actions de santé publique', notConcerned: false, level: d2, practices: [] },
  { id: 'formation', label: 'Formation initiale', notConcerned: d3 === null, level: d3 ?? 0, practices: [] },
];
const check = (assessedAt: string, levels: [number, number, number | null], aciLevel: 0 | 1 | 2): SelfCheckPayload =>
  ({
    assessedAt,
    mode: 'consensus',
    dimensions: dims(...levels),
    aciLevel,
    alibiWarnings: aciLevel === 2 ? [] : ['usager-seul'],
    obstacles: ['temps', 'recrutement'],
    actionPlan: [],
  }) as unknown as SelfCheckPayload;

/** Three assessments given out of order: diagnostics 1→2→3, santé publique 0→1→1, formation n/c, n/c, 2; ACI 1, 1, 2. */
export function selfCheckItems(): ResultItem[] {
  return [
    item('self-check', check('2026-01-15', [2, 1, null], 1), '2026-01-15'),
    item('self-check', check('2026-09-01', [3, 1, 2], 2), '2026-09-01'),
    item('self-check', check('2025-06-10', [1, 0, null], 1), '2025-06-10'),
  ];
}

/** Four ideas: accueil 1 Oct, locaux 15 Oct (with a contact), accueil 2 Nov (refused by the endpoint), autre 20 Nov (formula-like). */
export function ideaItems(): ResultItem[] {
  return [
    item('idea', { theme: 'accueil', themeLabel: 'Accueil', text: 'Mettre plus de chaises dans la salle d’attente' }, '2026-10-01'),
    item(
      'idea',
      {
        theme: 'locaux',
        themeLabel: 'Locaux et accessibilité',
        text: 'Une rampe à l’entrée',
        participation: { contact: 'jeanne@example.org', consent: true, consentText: 'J’accepte d’être recontactée.' },
      },
      '2026-10-15',
    ),
    item('idea', { theme: 'accueil', themeLabel: 'Accueil', text: 'Un écran pour l’ordre de passage' }, '2026-11-02', 'rejected'),
    item('idea', { theme: 'autre', themeLabel: 'Autre', text: "=cmd|' /C calc'!A0" }, '2026-11-20'),
  ];
}
