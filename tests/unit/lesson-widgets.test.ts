// Every component tag a lesson uses must be in that lesson's widgets.ts, or MDX throws at render time.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LESSONS } from '../../src/app/lessons';

test('there is one folder per lesson, each with index.mdx and widgets.ts, and no stray one', () => {
  const folders = readdirSync('lessons', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  expect(folders).toEqual(LESSONS.map((l) => l.slug).sort());
  for (const slug of folders) {
    const files = readdirSync(`lessons/${slug}`);
    expect(files).toContain('index.mdx');
    expect(files).toContain('widgets.ts');
  }
});

test.each(LESSONS.map((l) => l.slug))('lesson %s only embeds its own widgets', async (slug) => {
  const { widgets } = await import(`../../lessons/${slug}/widgets.ts`);
  const source = readFileSync(`lessons/${slug}/index.mdx`, 'utf8');
  const tags = new Set([...source.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1]));
  expect(tags.size).toBeGreaterThan(0);
  for (const tag of tags) expect(Object.keys(widgets), `<${tag}> in ${slug}/index.mdx`).toContain(tag);
  // and nothing registered that the lesson does not use (it would only add to the lesson's chunk)
  for (const name of Object.keys(widgets)) expect(tags, `${name} in ${slug}/widgets.ts`).toContain(name);
});
