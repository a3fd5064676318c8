// HTML table cells on a composed export (exportImage.ts): each cell's background, borders,
// outline and inset highlight, and the text of cells, table captions and typeset captions, each
// word at its on-page place in its computed font and colour (form fields by their value).

type Ctx = CanvasRenderingContext2D;
/** The export's origin on the page. */
type Origin = { left: number; top: number };

/** A filled band along one side of a box (a border, outline or inset shadow). */
interface Band {
  /** Outlines (1) paint over borders and inset shadows (0), as on the page. */
  layer: number;
  x: number;
  y: number;
  w: number;
  h: number;
  colour: string;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
/** Form fields whose value is their text. */
const FIELDS = 'input:not([type]), input[type="text"], input[type="number"], select';

/** Whether a computed colour is fully transparent ('rgba(r, g, b, 0)'; not 'rgb(r, g, 0)'). */
export const invisible = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);

/** The cells of `container` and the form fields inside them, in document order (parents first). */
function boxesIn(container: Element): Element[] {
  return [...container.querySelectorAll('th, td')].flatMap((c) => [c, ...c.querySelectorAll(FIELDS)]);
}

/** Bands of width `w[side]` along the sides of `r`, grown outwards by `grow[side]`. */
function ring(r: DOMRect, o: Origin, w: number[], grow: number[], colours: string[], layer = 0): Band[] {
  const [t, rt, b, l] = grow;
  const x0 = r.left - o.left - l,
    y0 = r.top - o.top - t,
    x1 = r.right - o.left + rt,
    y1 = r.bottom - o.top + b;
  const rects = [
    [x0, y0, x1 - x0, w[0]],
    [x1 - w[1], y0, w[1], y1 - y0],
    [x0, y1 - w[2], x1 - x0, w[2]],
    [x0, y0, w[3], y1 - y0],
  ];
  return rects
    .map(([x, y, bw, bh], i) => ({ layer, x, y, w: bw, h: bh, colour: colours[i] }))
    .filter((band, i) => w[i] > 0 && !invisible(band.colour));
}

/** Border widths of a box, 0 where a side has no visible border. */
function borderWidths(s: CSSStyleDeclaration): number[] {
  return SIDES.map((side) => {
    const style = s.getPropertyValue(`border-${side}-style`);
    return style === 'none' || style === 'hidden'
      ? 0
      : parseFloat(s.getPropertyValue(`border-${side}-width`));
  });
}

/** Borders, outline and a solid inset box-shadow (`colour 0 0 0 spread inset`) of one box. */
function bandsOf(el: Element, o: Origin): Band[] {
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const w = borderWidths(s);
  // A collapsed table's cell box reaches to the middle of its borders (CSS 2 §17.6.2).
  const collapsed = el.matches('th, td') && s.borderCollapse === 'collapse';
  const bands = ring(
    r,
    o,
    w,
    w.map((x) => (collapsed ? x / 2 : 0)),
    SIDES.map((side) => s.getPropertyValue(`border-${side}-color`)),
  );
  const ow = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
  const grow = ow + parseFloat(s.outlineOffset || '0');
  bands.push(...ring(r, o, Array(4).fill(ow), Array(4).fill(grow), Array(4).fill(s.outlineColor), 1));
  const inset = /^(rgba?\([^)]*\)) 0px 0px 0px ([\d.]+)px inset$/.exec(s.boxShadow);
  if (inset) {
    const spread = Number(inset[2]);
    const within = w.map((x) => (collapsed ? -x / 2 : -x));
    bands.push(...ring(r, o, Array(4).fill(spread), within, Array(4).fill(inset[1])));
  }
  return bands;
}

/**
 * Paints the cells of `container` (and the fields in them): backgrounds first, then borders,
 * thinnest first, so a collapsed border's wider side wins as on the page.
 */
export function paintCellBoxes(ctx: Ctx, container: Element, o: Origin): void {
  const boxes = boxesIn(container);
  for (const el of boxes) {
    const s = getComputedStyle(el);
    if (invisible(s.backgroundColor)) continue;
    const r = el.getBoundingClientRect();
    ctx.fillStyle = s.backgroundColor;
    ctx.beginPath();
    ctx.roundRect(r.left - o.left, r.top - o.top, r.width, r.height, parseFloat(s.borderTopLeftRadius) || 0);
    ctx.fill();
  }
  const bands = boxes.flatMap((el) => bandsOf(el, o));
  const thickness = (b: Band) => Math.min(b.w, b.h);
  bands.sort((a, b) => a.layer - b.layer || thickness(a) - thickness(b));
  for (const b of bands) {
    ctx.fillStyle = b.colour;
    ctx.fillRect(b.x, b.y, b.w, b.h);
  }
}

/** The computed font and colour of an element, for the canvas text drawn next. */
function setTextStyle(ctx: Ctx, s: CSSStyleDeclaration): void {
  // The `font` shorthand reads '' when a sub-property (e.g. font-variant-numeric) has no place in it.
  ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  ctx.fillStyle = s.color;
}

/** Each word of a text node at its own place (a wrapped node spans several lines). */
function paintTextNode(ctx: Ctx, node: Text, o: Origin): void {
  const parent = node.parentElement!;
  const s = getComputedStyle(parent);
  if (s.visibility !== 'visible') return;
  setTextStyle(ctx, s);
  const range = document.createRange();
  for (const m of node.data.matchAll(/\S+/g)) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    if (r.width === 0) continue;
    // A text box is as tall as its font's ascent plus descent, so the baseline lies an ascent down.
    const ascent = ctx.measureText(m[0]).fontBoundingBoxAscent;
    ctx.fillText(m[0], r.left - o.left, r.top - o.top + ascent, r.width + 1);
  }
}

/** An input's value or a select's chosen option, placed in the field's content box as the browser does. */
function paintField(ctx: Ctx, field: HTMLInputElement | HTMLSelectElement, o: Origin): void {
  const text = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : field.value;
  const s = getComputedStyle(field);
  const r = field.getBoundingClientRect();
  const inset = (side: string) =>
    parseFloat(s.getPropertyValue(`border-${side}-width`)) +
    parseFloat(s.getPropertyValue(`padding-${side}`));
  const left = r.left - o.left + inset('left');
  const right = r.right - o.left - inset('right');
  const align =
    s.textAlign === 'center' ? 'center' : s.textAlign === 'right' || s.textAlign === 'end' ? 'right' : 'left';
  setTextStyle(ctx, s);
  ctx.textAlign = align;
  const m = ctx.measureText(text);
  const middle = r.top - o.top + r.height / 2;
  const x = align === 'center' ? (left + right) / 2 : align === 'right' ? right : left;
  ctx.fillText(text, x, middle + (m.fontBoundingBoxAscent - m.fontBoundingBoxDescent) / 2, right - left);
  ctx.textAlign = 'left';
}

/** Text that is drawn elsewhere (SVG charts), never shown (KaTeX's MathML copy), or a field's own. */
const SKIP = 'svg, select, textarea, .katex-mathml';

/**
 * Paints the text of `roots` (cells, table captions, typeset figure captions) at its place on the
 * page, and the values of the form fields among them.
 */
export function paintPlacedText(ctx: Ctx, roots: readonly Element[], o: Origin): void {
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (!n.parentElement?.closest(SKIP)) paintTextNode(ctx, n as Text, o);
    for (const field of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>(FIELDS))
      paintField(ctx, field, o);
  }
}
