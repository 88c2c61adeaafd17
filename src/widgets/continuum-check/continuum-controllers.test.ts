import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { freshDbName } from '../../../test/helpers/collector.js';
import type { SavedAssessment } from './continuum-check.state.js';
import { createAnswerFile } from './continuum-merge.js';
import { HistoryController } from './history-controller.js';
import { MergeController } from './merge-controller.js';

/** A host that only counts the updates it is asked for (the controllers need nothing else). */
class CountingHost implements ReactiveControllerHost {
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(_controller: ReactiveController): void {}
  removeController(_controller: ReactiveController): void {}
  requestUpdate(): void {
    this.updates++;
  }
}

const record = (id: string, assessedAt: string, savedAt = `${assessedAt}T09:00:00.000Z`): SavedAssessment => ({
  id,
  savedAt,
  assessedAt,
  mode: 'individual',
  answers: { dimensions: {}, alibi: {}, obstacles: [] },
  levels: {},
  aciLevel: 0,
  actionPlan: [],
});

describe('HistoryController: past assessments on this device', () => {
  it('starts empty, keeps what it saves in assessment order, and replaces a record saved again', async () => {
    const host = new CountingHost();
    const dbName = freshDbName('history-controller');
    const history = new HistoryController(host, () => dbName);
    await history.load();
    expect(history.assessments).to.deep.equal([]);
    expect(history.last).to.be.undefined;
    await history.save(record('b', '2026-06-01'));
    await history.save(record('a', '2025-01-10'));
    await history.save({ ...record('b', '2026-06-01'), aciLevel: 2 });
    expect(history.assessments.map((a) => [a.id, a.aciLevel])).to.deep.equal([
      ['a', 0],
      ['b', 2],
    ]);
    expect(history.last?.id).to.equal('b');
    expect(host.updates).to.be.at.least(4);
    // Another controller on the same database reads the same history.
    const again = new HistoryController(new CountingHost(), () => dbName);
    await again.load();
    expect(again.assessments.map((a) => a.id)).to.deep.equal(['a', 'b']);
  });
});

describe('MergeController: the members’ files', () => {
  const file = (role: string) =>
    new File(
      [JSON.stringify(createAnswerFile({ dimensions: {}, alibi: {}, obstacles: ['time'] }, { assessedAt: '2026-11-20', respondentRole: role }))],
      `${role}.json`,
      {
        type: 'application/json',
      },
    );

  it('adds readable files to those imported, names the others, and merges them', async () => {
    const host = new CountingHost();
    const merge = new MergeController(host);
    expect(merge.merged).to.be.undefined;
    expect(await merge.import([file('médecin'), new File(['pas du JSON'], 'notes.txt')])).to.equal(1);
    expect(merge.unreadable).to.deep.equal(['notes.txt']);
    expect(await merge.import([file('IDE')])).to.equal(2);
    expect(merge.unreadable, 'only the last import’s problems').to.deep.equal([]);
    expect(merge.merged!.respondents).to.deep.equal(['médecin', 'IDE']);
    expect(merge.merged!.proposal.obstacles).to.deep.equal(['time']);
    expect(merge.merged, 'the same merge while the files do not change').to.equal(merge.merged);
    merge.clear();
    expect([merge.files, merge.unreadable, merge.merged]).to.deep.equal([[], [], undefined]);
    expect(host.updates).to.equal(3);
  });
});
