import { html, svg, type TemplateResult } from 'lit';

/** One bar of a chart. */
export interface Bar {
  label: string;
  value: number;
  /** What the bar says in words ("Satisfait : 3 (75 %)"). */
  text: string;
}

/**
 * A horizontal bar chart as SVG, with the same figures in words in its accessible name: the table
 * beside it gives them again for those who read tables. Lengths are proportional to the largest value.
 */
export function barChart(id: string, title: string, bars: readonly Bar[]): TemplateResult {
  const rowHeight = 28;
  const labelWidth = 180;
  const barSpace = 260;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * rowHeight + 8;
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    viewBox="0 0 ${labelWidth + barSpace + 90} ${height}"
    preserveAspectRatio="xMinYMin meet"
  >
    <title id="${id}-title">${title}</title>
    <desc id="${id}-desc">${bars.map((bar) => bar.text).join(' ; ')}</desc>
    ${bars.map((bar, index) => {
      const y = index * rowHeight + 4;
      const width = (bar.value / max) * barSpace;
      return svg`<g aria-hidden="true">
        <text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end" class="chart-label">${shorten(bar.label)}</text>
        <rect x="${labelWidth}" y="${y + 4}" width="${Math.max(width, bar.value > 0 ? 2 : 0)}" height="${rowHeight - 10}" class="chart-bar"></rect>
        <text x="${labelWidth + width + 6}" y="${y + 18}" class="chart-value">${bar.value}</text>
      </g>`;
    })}
  </svg>`;
}

function shorten(label: string): string {
  return label.length > 26 ? `${label.slice(0, 25)}…` : label;
}
