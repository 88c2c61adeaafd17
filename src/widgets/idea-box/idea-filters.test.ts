import { expect } from '@open-wc/testing';
import { effectiveStatuses, feedList, filterIdeas, sortIdeas, themeLabeler, usedThemes } from './idea-filters.js';
import type { FeedIdea, IdeaFeed } from './idea-box.schema.js';

const idea = (id: string, theme: string, date: string, status: string): FeedIdea => ({ id, theme, date, status });
const ideas = [
  idea('a', 'locaux', '2026-09-02', 'realisee'),
  idea('b', 'rendez-vous', '2026-10-11', 'a-l-etude'),
  idea('c', 'accueil', '2026-10-30', 'recue'),
  idea('d', 'locaux', '2026-10-11', 'recue'),
  idea('e', 'ateliers', '2026-10-11', 'inconnu'),
];
const statuses = [
  { id: 'recue', label: 'Reçue' },
  { id: 'a-l-etude', label: 'À l’étude' },
  { id: 'realisee', label: 'Réalisée', color: '#18753c' },
];
const themes = [
  { id: 'accueil', label: 'Accueil' },
  { id: 'locaux', label: 'Locaux et accessibilité' },
  { id: 'rendez-vous', label: 'Prise de rendez-vous' },
];
const feed: IdeaFeed = { ideas, themes: [{ id: 'ateliers', label: 'Ateliers santé' }] };

describe('idea filters: which ideas the list shows, in which order', () => {
  it('filters by status, by theme, by both; "" lets everything through', () => {
    expect(filterIdeas(ideas, { status: '', theme: '' })).to.have.length(5);
    expect(filterIdeas(ideas, { status: 'recue', theme: '' }).map((i) => i.id)).to.deep.equal(['c', 'd']);
    expect(filterIdeas(ideas, { status: '', theme: 'locaux' }).map((i) => i.id)).to.deep.equal(['a', 'd']);
    expect(filterIdeas(ideas, { status: 'recue', theme: 'locaux' }).map((i) => i.id)).to.deep.equal(['d']);
    expect(filterIdeas(ideas, { status: 'realisee', theme: 'accueil' })).to.deep.equal([]);
  });

  it('sorts newest first; on the same day by the statuses’ order, unknown statuses last; never in place', () => {
    const copy = [...ideas];
    expect(sortIdeas(ideas, statuses).map((i) => i.id)).to.deep.equal(['c', 'd', 'b', 'e', 'a']);
    expect(ideas, 'the input is left alone').to.deep.equal(copy);
  });

  it('labels a theme from the feed, else the widget, else its id', () => {
    const label = themeLabeler(feed, themes);
    expect(label('ateliers')).to.equal('Ateliers santé');
    expect(label('locaux')).to.equal('Locaux et accessibilité');
    expect(label('inconnu')).to.equal('inconnu');
  });

  it('offers only the themes some idea has, in the order they appear', () => {
    expect(usedThemes(ideas)).to.deep.equal(['locaux', 'rendez-vous', 'accueil', 'ateliers']);
  });

  it('takes the feed’s statuses first, then the config’s, then the defaults', () => {
    const defaults = [{ id: 'recue', label: 'Reçue (défaut)' }];
    const configured = [{ id: 'recue', label: 'Bien reçue' }];
    expect(effectiveStatuses({ ideas: [], statuses: [{ id: 'recue', label: 'Du flux' }] }, configured, defaults)[0]!.label).to.equal('Du flux');
    expect(effectiveStatuses({ ideas: [] }, configured, defaults)[0]!.label).to.equal('Bien reçue');
    expect(effectiveStatuses({ ideas: [] }, undefined, defaults)[0]!.label).to.equal('Reçue (défaut)');
  });

  it('feedList: the shown ideas with their labels and statuses, and each filter’s options after "all"', () => {
    const list = feedList(feed, { status: '', theme: 'locaux' }, statuses, themes, 'Tous');
    expect(list.ideas.map((s) => [s.idea.id, s.themeLabel, s.status?.label])).to.deep.equal([
      ['d', 'Locaux et accessibilité', 'Reçue'],
      ['a', 'Locaux et accessibilité', 'Réalisée'],
    ]);
    expect(list.statusOptions.map((o) => o.label)).to.deep.equal(['Tous', 'Reçue', 'À l’étude', 'Réalisée']);
    expect(list.statusOptions[0]!.value).to.equal('');
    expect(list.themeOptions.map((o) => o.value)).to.deep.equal(['', 'locaux', 'rendez-vous', 'accueil', 'ateliers']);
    expect(list.themeOptions.at(-1)!.label).to.equal('Ateliers santé');
    const unknown = feedList(feed, { status: 'inconnu', theme: '' }, statuses, themes, 'Tous');
    expect(unknown.ideas[0]!.status, 'a status the team did not describe').to.be.undefined;
  });
});
