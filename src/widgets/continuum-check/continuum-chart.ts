import { svg, type TemplateResult } from 'lit';

/** One bar of the chart: a dimension and its level (`null` when not concerned). */
export interface ChartRow {
  id: string;
  label: string;
  level: number | null;
  /** Text written at the end of the bar (the level's name, or "non concernée"). */
  valueText: string;
}

/** Width of one level on the chart, in viewBox units; the tests read bars back through it. */
export const LEVEL_UNIT = 100;
const LABEL_WIDTH = 250;
const ROW_HEIGHT = 44;
const TOP = 28;
const MAX_LEVEL = 4;

/** Splits a label into lines of at most `max` characters, at spaces (SVG text does not wrap). */
export function wrapLabel(label: string, max = 34): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 2);
}

/**
 * A horizontal bar chart of levels, as an accessible image: `role="img"` named by its `<title>` and
 * described by its `<desc>` (the same numbers are in the table rendered beside it). Colours come
 * from the widget's custom properties; the level is also written as text, never by colour alone.
 */
export function levelChart(rows: ChartRow[], text: { title: string; desc: string; axis: string[] }): TemplateResult {
  const width = LABEL_WIDTH + MAX_LEVEL * LEVEL_UNIT + 150;
  const height = TOP + rows.length * ROW_HEIGHT + 8;
  return svg`<svg
    class="chart"
    part="chart"
    role="img"
    aria-labelledby="chart-title"
    aria-describedby="chart-desc"
    viewBox="0 0 ${width} ${height}"
    data-unit=${LEVEL_UNIT}
    preserveAspectRatio="xMinYMin meet"
    focusable="false"
  >
    <title id="chart-title">${text.title}</title>
    <desc id="chart-desc">${text.desc}</desc>
    <g class="axis" aria-hidden="true">
      ${Array.from({ length: MAX_LEVEL + 1 }, (_, level) => {
        const x = LABEL_WIDTH + level * LEVEL_UNIT;
        return svg`<line x1=${x} x2=${x} y1=${TOP - 6} y2=${height - 4} class="grid"></line>
          <text x=${x} y=${TOP - 12} text-anchor="middle" class="axis-label">${text.axis[level] ?? String(level)}</text>`;
      })}
    </g>
    ${rows.map((row, index) => {
      const y = TOP + index * ROW_HEIGHT;
      const lines = wrapLabel(row.label);
      const barWidth = (row.level ?? 0) * LEVEL_UNIT;
      return svg`<g class="row" data-dimension=${row.id}>
        <text x="0" y=${y + (lines.length > 1 ? 17 : 26)} class="row-label">
          ${lines.map((line, i) => svg`<tspan x="0" dy=${i === 0 ? 0 : 17}>${line}</tspan>`)}
        </text>
        <rect
          x=${LABEL_WIDTH}
          y=${y + 8}
          width=${barWidth}
          height=${ROW_HEIGHT - 16}
          rx="3"
          class="bar ${row.level === null ? 'not-concerned' : `level-${row.level}`}"
          data-level=${row.level ?? ''}
        ></rect>
        <text x=${LABEL_WIDTH + barWidth + 8} y=${y + 27} class="value">${row.valueText}</text>
      </g>`;
    })}
  </svg>`;
}
