// Inline or display math typeset with KaTeX at run time (lessons' own math is typeset at build time).
import katex from 'katex';
import { useMemo } from 'react';

export function Tex({
  math,
  display = false,
  className,
}: {
  math: string;
  display?: boolean;
  className?: string;
}) {
  const html = useMemo(
    () => katex.renderToString(math, { displayMode: display, throwOnError: false }),
    [math, display],
  );
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
