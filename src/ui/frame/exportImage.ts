// Saves a widget's view: a canvas as PNG, a d3 SVG as SVG, and a container of several map
// canvases (and SVG charts and HTML tables) as one PNG composed from them, with their captions,
// as laid out on the page.
import { invisible, paintCellBoxes, paintPlacedText } from './paintCells';

function download(href: string, filename: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.click();
}

/** The first opaque background colour at or above el (widgets are drawn on their frame's surface). */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (c && !invisible(c)) return c;
  }
  return '#ffffff';
}

/** A caption holding KaTeX: its glyphs are spans placed by KaTeX, so it is painted as laid out. */
const isTypeset = (caption: Element) => caption.querySelector('.katex') !== null;

/**
 * The canvases inside `container` drawn into one canvas at their on-page positions. Must run in
 * the task that (re)drew any WebGPU canvas among them, or those come out blank.
 */
export function composeCanvases(container: HTMLElement): HTMLCanvasElement {
  const box = container.getBoundingClientRect();
  const scale = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.ceil(box.width * scale);
  out.height = Math.ceil(box.height * scale);
  const ctx = out.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = backgroundOf(container);
  ctx.fillRect(0, 0, box.width, box.height);
  paintCellBoxes(ctx, container, box);
  ctx.imageSmoothingEnabled = false; // maps are pixel grids
  for (const c of container.querySelectorAll('canvas')) {
    const r = c.getBoundingClientRect();
    ctx.drawImage(c, r.left - box.left, r.top - box.top, r.width, r.height);
  }
  ctx.fillStyle = getComputedStyle(container).color;
  ctx.font = '13px system-ui, sans-serif';
  ctx.textAlign = 'center';
  for (const caption of container.querySelectorAll('figcaption, h4')) {
    if (isTypeset(caption)) continue; // painted in place with the cells (placedTextRoots)
    const r = caption.getBoundingClientRect();
    const lines = wrapText(ctx, captionText(caption), Math.max(r.width, 40));
    lines.forEach((line, i) =>
      ctx.fillText(line, r.left - box.left + r.width / 2, r.top - box.top + 13 + 16 * i),
    );
  }
  return out;
}

/** Elements whose text is painted where it lies on the page: table cells and captions, typeset captions. */
function placedTextRoots(container: HTMLElement): Element[] {
  const roots = [...container.querySelectorAll('th, td, caption, figcaption, h4')].filter(
    (el) => el.matches('th, td, caption') || isTypeset(el),
  );
  return roots.filter((el) => !roots.some((outer) => outer !== el && outer.contains(el)));
}

/** Paints the text of the cells and typeset captions in `container` onto `out` (made by composeCanvases). */
function paintCellText(container: HTMLElement, out: HTMLCanvasElement): void {
  const box = container.getBoundingClientRect();
  const scale = out.width / Math.max(box.width, 1);
  const ctx = out.getContext('2d')!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  paintPlacedText(ctx, placedTextRoots(container), box);
}

/** Paint properties an SVG takes from the page's style sheets, which a serialised copy loses. */
const SVG_STYLE = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/** `svg` as a standalone SVG document with its computed paint inlined, sized as on the page. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = to[i] as SVGElement;
    for (const prop of SVG_STYLE) target.style.setProperty(prop, style.getPropertyValue(prop));
  });
  const box = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  return new XMLSerializer().serializeToString(copy);
}

/** Draws the SVG charts inside `container` onto `out` (made by composeCanvases) at their places. */
export async function drawSvgs(container: HTMLElement, out: HTMLCanvasElement): Promise<void> {
  const box = container.getBoundingClientRect();
  const scale = out.width / Math.max(box.width, 1);
  const ctx = out.getContext('2d')!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0); // page pixels, as composeCanvases drew
  for (const svg of container.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg')) continue; // nested: drawn with its outer SVG
    const r = svg.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(standaloneSvg(svg))}`;
    await img.decode();
    ctx.drawImage(img, r.left - box.left, r.top - box.top, r.width, r.height);
  }
}

const SUPERSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789-'].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁻'[i]]),
);

/** A node's text with exponents as superscripts (r^3 drawn as r³). */
function inlineText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const text = [...node.childNodes].map(inlineText).join('');
  return node.nodeName === 'SUP' ? [...text].map((c) => SUPERSCRIPT[c] ?? c).join('') : text;
}

/**
 * A caption as one line of text, its parts apart by a space where the page has whitespace between
 * them or a gap between two elements (e.g. an element chip and a norm ratio in a flex row).
 */
export function captionText(caption: Element): string {
  let text = '';
  let last: Element | null = null; // the last non-blank part, when an element
  for (const n of caption.childNodes) {
    const part = inlineText(n);
    if (part.trim() === '') {
      text += part;
      continue;
    }
    const el = n instanceof Element ? n : null;
    if (last && el && el.getBoundingClientRect().left - last.getBoundingClientRect().right > 1) text += ' ';
    text += part;
    last = el;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Words of `text` in lines no wider than `width` (a single long word keeps its own line). */
function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && ctx.measureText(`${lines[last]} ${word}`).width <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function exportElementAsImage(el: HTMLElement | SVGSVGElement, name: string): void {
  if (el instanceof HTMLCanvasElement) {
    download(el.toDataURL('image/png'), `${name}.png`);
    return;
  }
  if (el instanceof HTMLElement) {
    // The canvases are copied now, in the task that redrew them; the SVGs load afterwards, and
    // the text of cells and typeset captions goes over them last.
    const out = composeCanvases(el);
    void drawSvgs(el, out)
      .catch((e: unknown) => console.warn('export: an SVG chart could not be drawn', e))
      .then(() => paintCellText(el, out))
      .then(() => download(out.toDataURL('image/png'), `${name}.png`));
    return;
  }
  const svg = new XMLSerializer().serializeToString(el);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  download(url, `${name}.svg`);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
