// Every component tag a lesson uses must be registered, or MDX throws at render time.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LESSONS } from '../../src/app/lessons';
import { WIDGETS } from '../../src/widgets/registry';

const registered = new Set(Object.keys(WIDGETS));

test('there is one MDX file per lesson and no stray one', () => {
  const files = readdirSync('lessons')
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  expect(files).toEqual(LESSONS.map((l) => `${l.slug}.mdx`).sort());
});

test.each(LESSONS.map((l) => l.slug))('lesson %s only embeds registered widgets', (slug) => {
  const source = readFileSync(`lessons/${slug}.mdx`, 'utf8');
  const tags = new Set([...source.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1]));
  for (const tag of tags) expect(registered, `<${tag}> in ${slug}.mdx`).toContain(tag);
});
