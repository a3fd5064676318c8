// Saves a widget's view: canvases as PNG, d3 SVGs as SVG.

function download(href: string, filename: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.click();
}

export function exportElementAsImage(el: HTMLCanvasElement | SVGSVGElement, name: string): void {
  if (el instanceof HTMLCanvasElement) {
    download(el.toDataURL('image/png'), `${name}.png`);
    return;
  }
  const svg = new XMLSerializer().serializeToString(el);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  download(url, `${name}.svg`);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
