// Starts SurveyJS on the bench page (surveyjs.html), as its plain-JavaScript guide does.
/* global Survey, surveyJson */
const survey = new Survey.Model(surveyJson);
survey.locale = 'fr';
document.addEventListener('DOMContentLoaded', () => survey.render(document.getElementById('surveyContainer')));
