// Reading the typed answers these exercises need beyond answerParsing: whole grids of numbers,
// tensor shapes such as "[8, 4, 32, 32]", and one verdict from several independently checked parts.
import type { CheckResult } from './Exercise';
import { parseNumber } from './answerParsing';

/** Every field as a number, or null when any field is not one. */
export function parseNumbers(values: readonly string[]): number[] | null {
  const out = values.map(parseNumber);
  return out.some((v) => v === null) ? null : (out as number[]);
}

/** A whole number (a count typed with or without thousands separators), else null. */
export function parseCount(text: string): number | null {
  const t = text.trim().replace(/[\s_'’]/g, '');
  const grouped = /^\d{1,3}(,\d{3})+$/.test(t) ? t.replace(/,/g, '') : t;
  return /^\d+$/.test(grouped) ? Number(grouped) : null;
}

/** '[8, 4, 32, 32]', '(8,4,32,32)', '8×4×32×32', '8 x 4 x 32 x 32' -> [8, 4, 32, 32]; else null. */
export function parseShape(text: string): number[] | null {
  const inner = text
    .trim()
    .replace(/^[[(]\s*/, '')
    .replace(/\s*[\])]$/, '');
  if (inner === '') return null;
  const parts = inner.split(/\s*[,×x*]\s*|\s+/i);
  if (parts.some((p) => !/^\d+$/.test(p))) return null;
  return parts.map(Number);
}

export const shapeText = (shape: readonly number[]) => `[${shape.join(', ')}]`;

export const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((n, i) => n === b[i]);

/** A typed count against the right one; `mistakes` pairs typical wrong counts with their feedback. */
export function checkCount(
  typed: number | null,
  right: number,
  mistakes: readonly (readonly [number, string])[] = [],
): CheckResult {
  if (typed === null) return { correct: false, feedback: 'type a whole number' };
  if (typed === right) return true;
  return { correct: false, feedback: mistakes.find(([v]) => v === typed)?.[1] };
}

/** Ends a clause with a full stop unless it already has closing punctuation. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

const verdictOf = (r: CheckResult) => (typeof r === 'boolean' ? { correct: r } : r);

/**
 * One verdict for an answer in named parts: correct when every part is; otherwise the feedback
 * names the wrong parts, with each part's own feedback.
 */
export function combineParts(parts: readonly { name: string; result: CheckResult }[]): CheckResult {
  const verdicts = parts.map((p) => ({ name: p.name, ...verdictOf(p.result) }));
  const wrong = verdicts.filter((v) => !v.correct);
  if (wrong.length === 0) {
    const notes = verdicts.filter((v) => v.feedback).map((v) => `${v.name}: ${v.feedback}`);
    return notes.length ? { correct: true, feedback: notes.join(' ') } : true;
  }
  // "<part> — not right", not "<part> is not right": part names may be plural ("The weights").
  const feedback = wrong.map((v) => `${v.name} — not right${v.feedback ? `: ${sentence(v.feedback)}` : '.'}`);
  return { correct: false, feedback: feedback.join(' ') };
}
