// A chart of the view as a file for slides: a standalone SVG (its colours and font written in, since the
// view's stylesheet stays in its shadow root) and a PNG drawn from it at twice its size.

/** The colours and font the chart is drawn with on screen. */
export interface ChartLook {
  bar: string;
  text: string;
  font: string;
}

/** The chart as a standalone SVG document: white background, sizes from its viewBox, styles inlined. */
export function standaloneSvg(chart: SVGSVGElement, look: ChartLook): string {
  const clone = chart.cloneNode(true) as SVGSVGElement;
  const [, , width, height] = (chart.getAttribute('viewBox') ?? '0 0 530 100').split(/\s+/).map(Number);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('class');
  clone.removeAttribute('part');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `.chart-bar{fill:${look.bar}}.chart-label,.chart-value{fill:${look.text};font-family:${look.font};font-size:14px}`;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#fff');
  clone.insertBefore(style, clone.firstChild);
  style.after(background);
  // Everything is drawn for sight in the file: the groups hidden from screen readers in the view are shown.
  for (const group of clone.querySelectorAll('[aria-hidden]')) group.removeAttribute('aria-hidden');
  return new XMLSerializer().serializeToString(clone);
}

/** The SVG document drawn on a canvas at `scale`, as a PNG. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(image.naturalWidth * scale);
  canvas.height = Math.ceil(image.naturalHeight * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}
