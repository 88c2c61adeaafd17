import type { TemplateResult } from 'lit';
import { choiceGroup } from '../../../ui/form.js';
import type { Answers } from '../continuum-check.schema.js';
import type { ViewProps } from '../continuum-check.state.js';
import { obstacleIds } from '../continuum-content.js';

export interface ObstaclesOn {
  obstacles(obstacles: Answers['obstacles']): void;
}

/** What holds the team back; the results propose a lever for each (HAS, 2023, fiche n° 4). */
export function renderObstacles({ t, core, state, on }: ViewProps<{ answers: Answers }, ObstaclesOn>): TemplateResult {
  return choiceGroup({
    id: 'obstacles',
    legend: t.obstaclesLegend,
    hint: t.obstaclesHint,
    type: 'checkbox',
    options: obstacleIds.map((id) => ({ value: id, label: t.content.obstacles[id].label })),
    selected: state.answers.obstacles,
    onChange: (selected) => on.obstacles(selected as Answers['obstacles']),
    t: core,
  });
}
