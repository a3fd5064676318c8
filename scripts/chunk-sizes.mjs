// Sizes of a built site's chunks: every .js and .css under assets/, raw and gzipped (level 9), and
// what index.html loads at start (its module script, the chunks it modulepreloads, its
// stylesheets). Fails when the start JavaScript, gzipped, is over a budget.
//
//   node scripts/chunk-sizes.mjs [DIR] [--budget-kb N] [--report-only]
//
// DIR is the built site (default dist). --budget-kb is the budget for the gzipped start JavaScript
// in kB of 1,000 bytes, as Vite reports them (default 120). --report-only prints the same report
// but never fails over the budget (a missing or unbuilt DIR still fails).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const USAGE = 'usage: node scripts/chunk-sizes.mjs [DIR] [--budget-kb N] [--report-only]';

function fail(message, code = 2) {
  console.error(`[chunk-sizes] ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  const options = { dir: 'dist', budgetKb: 120, reportOnly: false };
  let dirGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--report-only') {
      options.reportOnly = true;
    } else if (arg === '--budget-kb' || arg.startsWith('--budget-kb=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const n = Number(value);
      if (value === undefined || value === '' || !Number.isFinite(n) || n <= 0)
        fail(`--budget-kb wants a positive number of kB, got ${JSON.stringify(value ?? '')}\n${USAGE}`);
      options.budgetKb = n;
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else if (!dirGiven) {
      options.dir = arg;
      dirGiven = true;
    } else {
      fail(`one site directory only, got ${options.dir} and ${arg}\n${USAGE}`);
    }
  }
  return options;
}

/** Every file under `dir`, as paths relative to `root` with forward slashes. */
function filesUnder(root, dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(root, path));
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

/** The attributes of each `<name ...>` tag in `html`, as lower-cased name → value maps. */
function tags(html, name) {
  const found = [];
  for (const [, body] of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))) {
    const attributes = {};
    for (const [, key, , , v1, v2, v3] of body.matchAll(
      /([^\s=/]+)(\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    ))
      attributes[key.toLowerCase()] = v1 ?? v2 ?? v3 ?? '';
    found.push(attributes);
  }
  return found;
}

/** The site file that a URL in index.html names: by its path, or else by its longest matching tail (a base path). */
function siteFile(url, files) {
  const path = decodeURI(url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '')).replace(/^\.?\//, '');
  if (files.includes(path)) return path;
  return files.filter((f) => path.endsWith(`/${f}`)).sort((a, b) => b.length - a.length)[0];
}

const { dir, budgetKb, reportOnly } = parseArgs(process.argv.slice(2));
const indexPath = join(dir, 'index.html');
try {
  if (!statSync(dir).isDirectory()) fail(`${dir} is not a directory; build the site first (npx vite build)`);
  statSync(indexPath);
} catch {
  fail(`no ${indexPath}; build the site first (npx vite build --outDir ${dir})`);
}

const files = filesUnder(dir, dir);
const html = readFileSync(indexPath, 'utf8');

/** How index.html loads each file at start: 'entry', 'preload' or 'css'. */
const atStart = new Map();
const mark = (url, how) => {
  const file = siteFile(url, files);
  if (!file) fail(`index.html names ${url}, which is not in ${dir}`);
  if (!atStart.has(file)) atStart.set(file, how);
};
for (const s of tags(html, 'script')) if (s.type === 'module' && s.src) mark(s.src, 'entry');
for (const l of tags(html, 'link')) {
  const rel = (l.rel ?? '').toLowerCase().split(/\s+/);
  if (!l.href) continue;
  if (rel.includes('modulepreload')) mark(l.href, 'preload');
  else if (rel.includes('stylesheet')) mark(l.href, 'css');
}
if (![...atStart.values()].includes('entry')) fail(`${indexPath} has no <script type="module" src=...>`);

const measured = [
  ...new Set([...files.filter((f) => f.startsWith('assets/') && /\.(js|css)$/.test(f)), ...atStart.keys()]),
].map((file) => {
  const bytes = readFileSync(join(dir, file));
  const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  return { file, raw: bytes.length, gzip, start: atStart.get(file) ?? '' };
});
measured.sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));

const kB = (n) => (n / 1000).toFixed(2);
const sum = (rows, key) => rows.reduce((n, r) => n + r[key], 0);
const rows = [
  ['file', 'raw kB', 'gzip kB', 'at start'],
  ...measured.map((r) => [r.file, kB(r.raw), kB(r.gzip), r.start]),
  ['total', kB(sum(measured, 'raw')), kB(sum(measured, 'gzip')), `${measured.length} files`],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) =>
  r
    .map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
    .join('  ')
    .trimEnd();
console.log(`Chunks of ${dir} (kB = 1,000 bytes; gzip level 9):\n`);
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1, -1)) console.log(line(r));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(line(rows.at(-1)));

const start = measured.filter((r) => r.start);
const startJs = start.filter((r) => r.file.endsWith('.js'));
const startCss = start.filter((r) => !r.file.endsWith('.js'));
const jsGzip = sum(startJs, 'gzip');
console.log(
  `\nAt start (index.html): ${kB(sum(start, 'gzip'))} kB gzip = JavaScript ${kB(jsGzip)} kB ` +
    `(entry and ${startJs.length - 1} modulepreload${startJs.length === 2 ? '' : 's'}) + CSS ${kB(sum(startCss, 'gzip'))} kB; ` +
    `raw ${kB(sum(start, 'raw'))} kB.`,
);
if (jsGzip > budgetKb * 1000) {
  const message =
    `start JavaScript is ${kB(jsGzip)} kB gzip, over the budget of ${budgetKb} kB by ${kB(jsGzip - budgetKb * 1000)} kB ` +
    '(entry + modulepreloads; load the rest lazily, or raise --budget-kb)';
  if (reportOnly) console.log(`[chunk-sizes] ${message} (report only: not failing)`);
  else fail(message, 1);
} else {
  console.log(`Within the budget of ${budgetKb} kB gzip for the start JavaScript.`);
}
