// A group element's name with exponents as superscripts ('r^3 s' -> r³s), and a coloured chip.
import type { PlanarGroup } from '../../math';
import { elementStyle } from './elementColors';

/** Splits a plain label like 'r^3 s' into text and superscript parts. */
export function labelParts(label: string): { text: string; sup?: string }[] {
  return label.split(' ').map((word) => {
    const [text, sup] = word.split('^');
    return sup === undefined ? { text } : { text, sup };
  });
}

export function ElementLabel({ group, a }: { group: PlanarGroup; a: number }) {
  return (
    <>
      {labelParts(group.label(a)).map((p, i) => (
        <span key={i}>
          {p.text}
          {p.sup && <sup>{p.sup}</sup>}
        </span>
      ))}
    </>
  );
}

/** The element as a small coloured chip with its label (colour never alone). */
export function ElementChip({ group, a }: { group: PlanarGroup; a: number }) {
  return (
    <span
      className="element-chip"
      style={elementStyle(group, a)}
      data-element={a}
      aria-label={group.label(a)}
    >
      <ElementLabel group={group} a={a} />
    </span>
  );
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 'r^3 s' -> 'r³s', for SVG text where <sup> is not available. */
export function compactLabel(label: string): string {
  return label
    .replace(/\^(\d+)/g, (_, k: string) => [...k].map((d) => SUPERSCRIPTS[Number(d)]).join(''))
    .replace(/ /g, '');
}
