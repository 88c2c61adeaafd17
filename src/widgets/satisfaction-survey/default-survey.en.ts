import type { SurveyDefinition } from './satisfaction-survey.schema.js';

/** The default questionnaire in English: same ids as the French one, so the results add up. */
export const defaultSurveyEn: SurveyDefinition = {
  id: 'satisfaction-msp',
  title: 'Your opinion of the health centre',
  intro: 'Help us improve the welcome and services of the health centre. Your answers are anonymous.',
  estimatedMinutes: 3,
  source: 'questions based on the HAS guide “Engagement des usagers” (2023) and the Fécop Occitanie survey (2024)',
  sections: [
    {
      id: 'accueil',
      title: 'Welcome and contact',
      questions: [
        { id: 'accueil', type: 'rating', label: 'What do you think of the welcome?' },
        { id: 'accueil-ameliorer', type: 'short-text', label: 'What could be better at the reception desk?', showIf: { question: 'accueil', atMost: 2 } },
        { id: 'joignabilite', type: 'rating', label: 'Is it easy to reach us (phone, message)?' },
      ],
    },
    {
      id: 'rendez-vous',
      title: 'Appointments and waiting times',
      questions: [
        { id: 'prise-rendez-vous', type: 'rating', label: 'What do you think of making an appointment?' },
        {
          id: 'moyen-rendez-vous',
          type: 'multiple',
          label: 'How do you make appointments?',
          options: [
            { id: 'telephone', label: 'By phone' },
            { id: 'sur-place', label: 'At the reception desk' },
            { id: 'internet', label: 'Online' },
          ],
          other: true,
        },
        { id: 'delai-rendez-vous', type: 'rating', label: 'What do you think of the time it takes to get an appointment?' },
        { id: 'attente', type: 'rating', label: 'What do you think of the time spent in the waiting room?' },
      ],
    },
    {
      id: 'lieux',
      title: 'Information, premises and privacy',
      questions: [
        { id: 'information', type: 'rating', label: 'What do you think of the information given (opening hours, notices, explanations)?' },
        { id: 'locaux', type: 'rating', label: 'What do you think of the premises and access (cleanliness, comfort, accessibility)?' },
        { id: 'confidentialite', type: 'rating', label: 'Is your privacy respected (at the desk, in the waiting room)?' },
      ],
    },
    {
      id: 'global',
      title: 'Your overall opinion and your needs',
      questions: [
        { id: 'satisfaction-globale', type: 'rating', label: 'Overall, what do you think of the health centre?', required: true },
        { id: 'recommander', type: 'yesno', label: 'Would you recommend the health centre to someone close to you?' },
        {
          id: 'needs',
          type: 'multiple',
          label: 'Which health topics or workshops interest you?',
          options: [
            { id: 'alimentation', label: 'Eating well' },
            { id: 'activite-physique', label: 'Moving, walking' },
            { id: 'sommeil', label: 'Sleep' },
            { id: 'stress', label: 'Stress, well-being' },
            { id: 'tabac-alcool', label: 'Stopping tobacco or alcohol' },
            { id: 'diabete', label: 'Living with diabetes' },
            { id: 'coeur', label: 'Heart and blood pressure' },
            { id: 'depistage-vaccins', label: 'Screening and vaccines' },
            { id: 'enfants', label: 'Children’s health, parenting' },
            { id: 'bien-vieillir', label: 'Ageing well, memory' },
            { id: 'numerique', label: 'Health services online' },
          ],
          other: true,
        },
      ],
    },
    {
      id: 'profil',
      title: 'About you',
      intro: 'These questions are optional. They help us know whether we hear everyone.',
      questions: [
        {
          id: 'age',
          type: 'single',
          label: 'How old are you?',
          options: [
            { id: 'moins-18', label: 'Under 18' },
            { id: '18-29', label: '18 to 29' },
            { id: '30-44', label: '30 to 44' },
            { id: '45-59', label: '45 to 59' },
            { id: '60-74', label: '60 to 74' },
            { id: '75-plus', label: '75 or over' },
          ],
        },
        {
          id: 'frequence',
          type: 'single',
          label: 'You come to the health centre…',
          options: [
            { id: 'premiere-fois', label: 'For the first time' },
            { id: 'quelques-fois-an', label: 'A few times a year' },
            { id: 'chaque-mois', label: 'Every month or more' },
          ],
        },
        { id: 'commentaire', type: 'long-text', label: 'Is there anything else you would like to tell us?', maxLength: 1000 },
      ],
    },
  ],
};
