// One notation across the course: every lesson has one notation table drawn from the glossary, no two
// glossary entries write the same symbol, and the clashes the lessons once had do not come back.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GLOSSARY } from '../../../src/ui/notation/glossary';

const LESSONS = readdirSync('lessons', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const mdx = (slug: string) => readFileSync(`lessons/${slug}/index.mdx`, 'utf8');

test('glossary symbols are distinct', () => {
  const texs = Object.values(GLOSSARY).map((e) => e.tex);
  expect(new Set(texs).size).toBe(texs.length);
});

describe.each(LESSONS)('%s', (slug) => {
  test('one notation table, every symbol in the glossary', () => {
    const tables = [...mdx(slug).matchAll(/<NotationTable symbols="([^"]*)" \/>/g)];
    expect(tables).toHaveLength(1);
    const keys = tables[0][1].split(/\s+/);
    for (const k of keys) expect(Object.keys(GLOSSARY), k).toContain(k);
    expect(new Set(keys).size).toBe(keys.length);
  });
  test('correlations put the input first; ψ is a filter, s a mirror', () => {
    const text = mdx(slug);
    expect(text).not.toMatch(/W_[mn] \\star/); // filter first
    expect(text).not.toMatch(/\(k \\star f\)/);
    expect(text).not.toMatch(/\\psi\[/); // ψ as a feature transformation
    expect(text).not.toMatch(/\\psi_\{?\d/); // ψ_m as an irrep
    expect(text).not.toMatch(/\(\\mathbf\{x\}, s\)/); // s as a scale
  });
});
