// Saves a widget's view: a canvas as PNG, a d3 SVG as SVG, and a container of several map
// canvases as one PNG composed from them (with their captions), as laid out on the page.

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
    if (c && c !== 'transparent' && !c.endsWith(', 0)')) return c;
  }
  return '#ffffff';
}

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
  ctx.imageSmoothingEnabled = false; // maps are pixel grids
  for (const c of container.querySelectorAll('canvas')) {
    const r = c.getBoundingClientRect();
    ctx.drawImage(c, r.left - box.left, r.top - box.top, r.width, r.height);
  }
  ctx.fillStyle = getComputedStyle(container).color;
  ctx.font = '13px system-ui, sans-serif';
  ctx.textAlign = 'center';
  for (const caption of container.querySelectorAll('figcaption')) {
    const r = caption.getBoundingClientRect();
    ctx.fillText(
      caption.textContent ?? '',
      r.left - box.left + r.width / 2,
      r.top - box.top + r.height * 0.75,
    );
  }
  return out;
}

export function exportElementAsImage(el: HTMLElement | SVGSVGElement, name: string): void {
  if (el instanceof HTMLCanvasElement) {
    download(el.toDataURL('image/png'), `${name}.png`);
    return;
  }
  if (el instanceof HTMLElement) {
    download(composeCanvases(el).toDataURL('image/png'), `${name}.png`);
    return;
  }
  const svg = new XMLSerializer().serializeToString(el);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  download(url, `${name}.svg`);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
