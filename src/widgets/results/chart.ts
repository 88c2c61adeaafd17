import { html, svg, type TemplateResult } from 'lit';

/** One bar of a chart. */
export interface Bar {
  label: string;
  value: number;
  /** What the bar says in words ("Bien : 3 (75 %)"). */
  text: string;
}

/** Characters per line of a label: the label column (180 units) at 14 px. */
const LABEL_CHARS = 24;
const LINE_HEIGHT = 16;

/** A label in lines of at most `max` characters, cut between words (a longer word stays whole): never truncated. */
export function wrapLabel(label: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * A horizontal bar chart as SVG, with the same figures in words in its accessible name: the table
 * beside it gives them again for those who read tables. Lengths are proportional to the largest value;
 * a long label wraps onto more lines and its row grows ("Ni satisfait ni insatisfait" whole).
 */
export function barChart(id: string, title: string, bars: readonly Bar[]): TemplateResult {
  const labelWidth = 180;
  const barSpace = 260;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const rows = bars.map((bar) => ({ bar, lines: wrapLabel(bar.label) }));
  const heights = rows.map((row) => Math.max(28, row.lines.length * LINE_HEIGHT + 12));
  const height = heights.reduce((sum, h) => sum + h, 0) + 8;
  let top = 4;
  return html`<svg
    class="chart"
    part="chart"
    id=${id}
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    viewBox="0 0 ${labelWidth + barSpace + 90} ${height}"
    preserveAspectRatio="xMinYMin meet"
  >
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">${bars.map((bar) => bar.text).join(' ; ')}</desc>
    ${rows.map(({ bar, lines }, index) => {
      const y = top;
      const rowHeight = heights[index]!;
      top += rowHeight;
      const middle = y + rowHeight / 2;
      const width = (bar.value / max) * barSpace;
      const firstLine = middle - ((lines.length - 1) * LINE_HEIGHT) / 2 + 5;
      return svg`<g aria-hidden="true">
        <text x="${labelWidth - 8}" y="${firstLine}" text-anchor="end" class="chart-label">${lines.map(
          (line, n) => svg`<tspan x="${labelWidth - 8}" y="${firstLine + n * LINE_HEIGHT}">${line}</tspan>`,
        )}</text>
        <rect x="${labelWidth}" y="${middle - 9}" width="${Math.max(width, bar.value > 0 ? 2 : 0)}" height="18" class="chart-bar"></rect>
        <text x="${labelWidth + width + 6}" y="${middle + 5}" class="chart-value">${bar.value}</text>
      </g>`;
    })}
  </svg>`;
}
