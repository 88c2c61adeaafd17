import type { SurveyDefinition } from './satisfaction-survey.schema.js';

/** The default questionnaire in English: same ids as the French one, so the results add up. */
export const defaultSurveyEn: SurveyDefinition = {
  id: 'satisfaction-msp',
  title: 'Your opinion of the health centre',
  intro: 'Help us improve the welcome and services of the health centre. Your answers are anonymous.',
  estimatedMinutes: 4,
  sections: [
    {
      id: 'accueil',
      title: 'Welcome and contact',
      questions: [
        { id: 'accueil', type: 'rating', label: 'What do you think of the welcome?' },
        { id: 'accueil-ameliorer', type: 'short-text', label: 'What could be better at the reception desk?', showIf: { question: 'accueil', atMost: 2 } },
        { id: 'joignabilite', type: 'yesno', label: 'Is it easy to reach us (phone, message)?', notConcerned: true, notConcernedLabel: 'I have not tried' },
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
        {
          id: 'rendez-vous-jour-meme',
          type: 'yesno',
          label: 'When you needed to see someone the same day, was it possible?',
          notConcerned: true,
          notConcernedLabel: 'I did not need to',
        },
        { id: 'attente', type: 'rating', label: 'What do you think of the time spent in the waiting room?' },
      ],
    },
    {
      id: 'lieux',
      title: 'Follow-up, information, premises and privacy',
      questions: [
        {
          id: 'continuite',
          type: 'yesno',
          label: 'When you come back, does the team already know your situation?',
          notConcerned: true,
          notConcernedLabel: 'This is my first visit',
        },
        { id: 'information', type: 'rating', label: 'What do you think of the information given (opening hours, notices, explanations)?' },
        {
          id: 'connaitre-offre',
          type: 'single',
          label: 'Do you know what the health centre offers (care, workshops, prevention)?',
          options: [
            { id: 'oui', label: 'Yes' },
            { id: 'en-partie', label: 'Partly' },
            { id: 'non', label: 'No' },
          ],
        },
        { id: 'locaux', type: 'rating', label: 'What do you think of the premises and access (cleanliness, comfort, accessibility)?' },
        { id: 'confidentialite', type: 'yesno', label: 'Is your privacy respected (at the desk, in the waiting room)?' },
      ],
    },
    {
      id: 'global',
      title: 'Your overall opinion and your needs',
      questions: [
        { id: 'satisfaction-globale', type: 'rating', label: 'Overall, what do you think of the health centre?', required: true },
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
          id: 'repondant',
          type: 'single',
          label: 'You are answering…',
          options: [
            { id: 'pour-soi', label: 'For yourself' },
            { id: 'proche-aidant', label: 'For someone close to you whom you look after (child, parent, partner…)' },
          ],
        },
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
