// Makes sure a Chromium exists before browser tests run: an explicit path
// (CHROMIUM_PATH), the usual locations, or on Debian as root `apt-get install chromium`.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser-path.mjs';

function fail(message) {
  console.error(`\n[ensure-browser] ${message}\n`);
  process.exit(1);
}

if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  fail(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
}

let found = findBrowser();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!found && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("[ensure-browser] no Chromium found; installing Debian's chromium with apt-get");
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: ['ignore', 'ignore', 'inherit'], // apt's progress output is noise in CI logs
    });
  } catch {
    fail('apt-get could not install chromium.');
  }
  found = findBrowser();
}
if (!found) {
  fail(
    'No Chromium found. Install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its executable. Browser tests never download a browser.',
  );
}
console.log(`[ensure-browser] using ${found}`);
