// Accessibility of every page, checked by axe-core (Deque's rule engine) in the real browser once
// the widgets have rendered, in the light and the dark theme: WCAG 2.x A and AA rules (colour
// contrast included); serious and critical findings fail.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { baseUrl, browserPerFile, openPage } from './browser';

const browser = browserPerFile();
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = [
  '/',
  '/lessons/groups',
  '/lessons/representations',
  '/lessons/lifting',
  '/lessons/group-convolution',
  '/lessons/harmonic-filters',
  '/lessons/steerable-vectors',
];

interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

const CASES = PAGES.flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const));

test.each(CASES)('%s (%s theme) has no serious or critical WCAG A/AA violations', async (path, scheme) => {
  const { page } = await openPage(browser(), 1280, 900);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${baseUrl()}${path}`);
  await page.locator('article h1').waitFor();
  await page.waitForTimeout(1500); // widgets render their SVGs and readouts
  // Readouts still computing dim what the previous frame measured (src/ui/frame/busy.ts), on
  // purpose below text contrast, behind a "computing …" note in full contrast. Check the settled
  // page; what is still busy after a while is checked without its dimmed, stale part.
  await page
    .waitForFunction(() => !document.querySelector('[data-busy="true"]'), null, { timeout: 20_000 })
    .catch(() => undefined);
  await page.addScriptTag({ content: AXE });
  const findings: Finding[] = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: never[] }> } }
    ).axe;
    const result = await axe.run(
      { exclude: [['[data-busy="true"] .busy-stale']] },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    );
    return result.violations.map(
      (v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }),
    );
  });
  const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  if (findings.length > 0) console.log(path, scheme, JSON.stringify(findings, null, 1));
  expect(serious).toEqual([]);
  await page.context().close();
});
