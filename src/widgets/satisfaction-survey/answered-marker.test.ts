import { expect } from '@open-wc/testing';
import { LocalStore } from '../../core/storage.js';
import { freshDbName } from '../../../test/helpers/collector.js';
import { ANSWERED, hasAnswered, markAnswered, markerKey } from './answered-marker.js';

describe('survey: the "already answered" marker', () => {
  it('is kept per questionnaire and campaign, with the day only', async () => {
    const dbName = freshDbName('marker');
    expect(await hasAnswered(dbName, 'satisfaction-msp', '2026-T4')).to.be.false;
    await markAnswered(dbName, 'satisfaction-msp', '2026-T4', new Date(2026, 10, 23, 14, 5));
    expect(await hasAnswered(dbName, 'satisfaction-msp', '2026-T4')).to.be.true;
    expect(await hasAnswered(dbName, 'satisfaction-msp', '2027-T1'), 'another campaign').to.be.false;
    expect(await hasAnswered(dbName, 'autre', '2026-T4'), 'another questionnaire').to.be.false;
    const store = await LocalStore.open(dbName);
    expect(await store.getDocument(ANSWERED, markerKey('satisfaction-msp', '2026-T4'))).to.deep.equal({ answeredOn: '2026-11-23' });
  });
});
