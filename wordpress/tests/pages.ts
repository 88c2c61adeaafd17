// The pages the WordPress tests create: block markup as the block editor saves it.
export const eventStart = '2027-03-09T14:00';
export const ideaPage = '<!-- wp:paragraph --><p>Dites-nous.</p><!-- /wp:paragraph -->\n<!-- wp:msp/idea-box /-->';

const event = {
  id: 'marche-mars-2027',
  title: 'Groupe de marche du mardi',
  kind: 'groupe-de-marche',
  start: eventStart,
  end: '2027-03-09T16:00',
  place: { name: 'Parvis de la maison de santé', accessibility: 'Parcours plat, 3 km' },
  objectives: ['Bouger ensemble, à son rythme'],
  capacity: 3,
};
export const eventPage = `<!-- wp:msp/event-signup ${JSON.stringify({ contactChannel: 'either', events: [event] })} /-->`;
export const shortcodePage = '<!-- wp:shortcode -->[msp_satisfaction_survey campaign="2026-T4"]<!-- /wp:shortcode -->';

export const testPages = {
  'boite-a-idees': ideaPage,
  ateliers: eventPage,
  questionnaire: shortcodePage,
  'page-sans-widget': '<!-- wp:paragraph --><p>Rien ici.</p><!-- /wp:paragraph -->',
};
export const testEvent = event;
