import { nothing, svg, type TemplateResult } from 'lit';

/** One bar of the chart: a dimension and its level (`null` when not concerned). */
export interface ChartRow {
  id: string;
  label: string;
  level: number | null;
  /** Text written at the end of the bar (the level's name, or "non concernée"). */
  valueText: string;
}

export interface ChartText {
  title: string;
  desc: string;
}

/**
 * How the chart is laid out: `wide` puts each label beside its bar (a box of 42em or more), `narrow`
 * stacks label, bar and level name (a phone, a sidebar), so that its text, scaled with the viewBox,
 * is still drawn at 12 CSS px or more in a 260 px box.
 */
export type ChartLayout = 'wide' | 'narrow';

/** Width of one level on the wide chart, in viewBox units; the tests read bars back through it. */
export const LEVEL_UNIT = 100;
const MAX_LEVEL = 4;

/** Splits a label into lines of at most `max` characters, at spaces (SVG text does not wrap); three lines at most. */
export function wrapLabel(label: string, max = 32): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 3) return lines;
  return [...lines.slice(0, 2), lines.slice(2).join(' ')];
}

/** Geometry of one layout, in viewBox units. */
interface Geometry {
  width: number;
  /** Where level 0 is, and the width of one level. */
  plotStart: number;
  unit: number;
  lineHeight: number;
  wrapAt: number;
  /** Axis labels' baseline. */
  top: number;
}

const geometries: Record<ChartLayout, Geometry> = {
  wide: { width: 250 + MAX_LEVEL * LEVEL_UNIT + 130, plotStart: 250, unit: LEVEL_UNIT, lineHeight: 18, wrapAt: 32, top: 24 },
  narrow: { width: 280, plotStart: 10, unit: 65, lineHeight: 19, wrapAt: 30, top: 18 },
};

/**
 * A horizontal bar chart of levels, as an accessible image (the axis says 0 to 4, each bar its level's
 * name, the table's caption what each number means): `role="img"` named by its `<title>` and
 * described by its `<desc>` (the same numbers are in the table rendered beside it). Colours come from
 * the widget's custom properties (system colours under forced colours); the level is also written as
 * text, never by colour alone. Right to left, the chart is mirrored: bars grow from the right.
 */
export function levelChart(rows: ChartRow[], text: ChartText, layout: ChartLayout = 'wide', dir: 'ltr' | 'rtl' = 'ltr'): TemplateResult {
  const g = geometries[layout];
  const rtl = dir === 'rtl';
  /** A point's x, mirrored right to left. */
  const x = (value: number) => (rtl ? g.width - value : value);
  let y = g.top + 6;
  const drawn = rows.map((row) => {
    const drawnRow = layout === 'wide' ? wideRow(row, y, g, x, rtl) : narrowRow(row, y, g, x, rtl);
    y += drawnRow.height;
    return drawnRow.template;
  });
  const height = y + 4;
  return svg`<svg
    class="chart chart-${layout}"
    part="chart"
    role="img"
    aria-labelledby="chart-title"
    aria-describedby="chart-desc"
    viewBox="0 0 ${g.width} ${height}"
    data-unit=${g.unit}
    data-layout=${layout}
    preserveAspectRatio="xMinYMin meet"
    focusable="false"
  >
    <title id="chart-title">${text.title}</title>
    <desc id="chart-desc">${text.desc}</desc>
    <g class="axis" aria-hidden="true">
      ${Array.from({ length: MAX_LEVEL + 1 }, (_, level) => {
        const at = x(g.plotStart + level * g.unit);
        // Narrow, the labels run across the whole width: each row draws its own grid beside its bar.
        const grid = layout === 'wide' ? svg`<line x1=${at} x2=${at} y1=${g.top + 6} y2=${height - 4} class="grid"></line>` : nothing;
        return svg`${grid}
          <text x=${at} y=${g.top} text-anchor="middle" class="axis-label">${level}</text>`;
      })}
    </g>
    ${drawn}
  </svg>`;
}

type Drawn = { template: TemplateResult; height: number };

/** The bar itself: from the plot's start, `level` units long (mirrored right to left). */
function bar(row: ChartRow, top: number, barHeight: number, g: Geometry, rtl: boolean): TemplateResult {
  const barWidth = (row.level ?? 0) * g.unit;
  const left = rtl ? g.width - g.plotStart - barWidth : g.plotStart;
  return svg`<rect
    x=${left}
    y=${top}
    width=${barWidth}
    height=${barHeight}
    rx="3"
    class="bar ${row.level === null ? 'not-concerned' : `level-${row.level}`}"
    data-level=${row.level ?? ''}
  ></rect>`;
}

/** Label on the left (two or three lines), bar beside it, level name after the bar. */
function wideRow(row: ChartRow, top: number, g: Geometry, x: (value: number) => number, rtl: boolean): Drawn {
  const lines = wrapLabel(row.label, g.wrapAt);
  const height = Math.max(42, lines.length * g.lineHeight + 8);
  const middle = top + height / 2;
  const firstBaseline = middle - ((lines.length - 1) * g.lineHeight) / 2 + 5;
  const barWidth = (row.level ?? 0) * g.unit;
  return {
    height,
    template: svg`<g class="row" data-dimension=${row.id}>
      <text x=${x(0)} y=${firstBaseline} class="row-label">
        ${lines.map((line, i) => svg`<tspan x=${x(0)} dy=${i === 0 ? 0 : g.lineHeight}>${line}</tspan>`)}
      </text>
      ${bar(row, middle - 13, 26, g, rtl)}
      <text x=${x(g.plotStart + barWidth + 8)} y=${middle + 5} class="value">${row.valueText}</text>
    </g>`,
  };
}

/** Label above (full width), then the bar, then the level name under it. */
function narrowRow(row: ChartRow, top: number, g: Geometry, x: (value: number) => number, rtl: boolean): Drawn {
  const lines = wrapLabel(row.label, g.wrapAt);
  const barTop = top + lines.length * g.lineHeight + 6;
  return {
    height: lines.length * g.lineHeight + 62,
    template: svg`<g class="row" data-dimension=${row.id}>
      <text x=${x(0)} y=${top + 15} class="row-label">
        ${lines.map((line, i) => svg`<tspan x=${x(0)} dy=${i === 0 ? 0 : g.lineHeight}>${line}</tspan>`)}
      </text>
      <g class="axis" aria-hidden="true">
        ${Array.from({ length: MAX_LEVEL + 1 }, (_, level) => {
          const at = x(g.plotStart + level * g.unit);
          return svg`<line x1=${at} x2=${at} y1=${barTop - 4} y2=${barTop + 22} class="grid"></line>`;
        })}
      </g>
      ${bar(row, barTop, 18, g, rtl)}
      <text x=${x(g.plotStart)} y=${barTop + 38} class="value">${row.valueText}</text>
    </g>`,
  };
}
