// Shared set-up for the browser suites: one Chromium per test file, pages that record console
// errors, and screenshots at desktop and phone widths. run.sh sets the environment.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import path from 'node:path';

export const SERVER = process.env.PODSEEK_URL;
export const HOST_ALLOWED = process.env.HOST_ALLOWED;
export const HOST_OTHER = process.env.HOST_OTHER;
// Servers of another podcast's index (tests/fixtures/feeds/other-podcast.xml): with the site's
// identity left to the index, and with it given by options (run.sh lists them).
export const OTHER_SERVER = process.env.PODSEEK_OTHER_URL;
export const OPTIONS_SERVER = process.env.PODSEEK_OPTIONS_URL;
// A server of netstack.fm beside a podcast of very long and right-to-left titles that shares its
// episode numbers 1 and 2 (tests/fixtures/browser/long-and-rtl.json).
export const STRESS_SERVER = process.env.PODSEEK_STRESS_URL;
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;
if (!SERVER) throw new Error('PODSEEK_URL is not set: run the tests through tests/browser/run.sh');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts Chromium with a fresh profile (playwright-core makes a new user-data-dir per launch). */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A new page whose console errors, uncaught exceptions and CSP violations are collected in
 * page.problems; call expectNoProblems(page) at the end of a test.
 */
// A tiny image answered in place of a podcast's artwork on its own host.
const FAKE_ARTWORK = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#888"/></svg>';

/**
 * Tests talk to 127.0.0.1 only: an image on another host (a feed's artwork) is faked with a tiny SVG
 * and counted in page.fakedImages; any other request off the machine is refused and is a problem.
 */
async function keepToLoopback(context, page) {
  page.fakedImages = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => {
    const request = route.request();
    if (request.resourceType() === 'image') {
      page.fakedImages.push(request.url());
      return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: FAKE_ARTWORK });
    }
    page.problems.push(`request off the machine refused: ${request.url()}`);
    return route.abort('blockedbyclient');
  });
}

export async function openPage(browser, { viewport = DESKTOP, ignore = [] } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.problems = [];
  await keepToLoopback(context, page);
  const ignored = (text, url) => ignore.some((re) => re.test(text) || re.test(url || ''));
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    const where = msg.location() && msg.location().url;
    if (msg.type() === 'warning' && !/Content.Security.Policy/i.test(msg.text())) return;
    if (!ignored(msg.text(), where)) page.problems.push(`console ${msg.type()}: ${msg.text()} (${where || '?'})`);
  });
  page.on('pageerror', (err) => {
    if (!ignored(err.message)) page.problems.push(`uncaught: ${err.message}`);
  });
  page.on('requestfailed', (req) => {
    const failure = req.failure() ? req.failure().errorText : '';
    // Aborted requests are the page cancelling superseded searches on purpose.
    if (/ERR_ABORTED/.test(failure) || ignored(failure, req.url())) return;
    page.problems.push(`request failed: ${req.url()} ${failure}`);
  });
  return page;
}

export function expectNoProblems(page) {
  assert.deepEqual(page.problems, [], `problems on ${page.url()}`);
}

export async function closePage(page) {
  await page.context().close();
}

/** Episode numbers of the results shown, in order. */
export async function shownEpisodes(page) {
  return page.locator('#results > li.result').evaluateAll((items) => items.map((li) => Number(li.dataset.episode)));
}

/** Waits until no search is in flight and the results list is settled. */
export async function settled(page) {
  await page.waitForFunction(() => {
    const r = document.getElementById('results');
    return r && !r.hasAttribute('aria-busy') && document.getElementById('result-count').textContent !== '';
  });
}

/**
 * Opens url (relative to base) at desktop and at phone width, runs prepare(page) on each, and writes
 * SCREENSHOT_DIR/NAME-desktop.png and NAME-phone.png. Also checks each for console problems.
 */
export async function screenshots(browser, url, name, prepare = async () => {}, { base = SERVER, ignore = [] } = {}) {
  for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    const page = await openPage(browser, { viewport, ignore });
    await page.goto(new URL(url, base).href);
    await prepare(page);
    if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${label}.png`) });
    expectNoProblems(page);
    await closePage(page);
  }
}

// axe-core's script, read once. It is evaluated through the DevTools protocol, which the pages'
// strict CSP (script-src 'self') does not govern, so no page needs loosening for the check.
let axeSource = null;
async function axeScript() {
  if (!axeSource) {
    const { readFile } = await import('node:fs/promises');
    const { createRequire } = await import('node:module');
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  }
  return axeSource;
}

/** The impacts that fail a page: axe-core's "serious" and "critical". */
export const FAILING_IMPACTS = ['serious', 'critical'];

/**
 * Runs axe-core (WCAG 2.0-2.2 A/AA rules and best practices) on the page as it is now, shadow DOM
 * included, and fails with every serious or critical violation listed: rule, impact, what to fix
 * and the elements. `label` names the page and size in the message; `include` (a CSS selector)
 * limits the check to part of the page, e.g. the embed on a host page. Returns all violations.
 */
export async function expectAccessible(page, label, { include = null } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(await axeScript());
  const result = await page.evaluate((selector) => window.axe.run(selector ? { include: [selector] } : document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  }), include);
  const failing = result.violations.filter((v) => FAILING_IMPACTS.includes(v.impact));
  const described = failing.map((v) => `${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n'));
  assert.deepEqual(described, [], `accessibility of ${label}`);
  return result.violations;
}

/** Opens url at desktop and at phone width, runs prepare(page), and checks each with expectAccessible. */
export async function expectAccessibleAtBothSizes(browser, url, name, prepare = async () => {}, { base = SERVER, include = null } = {}) {
  for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    const page = await openPage(browser, { viewport });
    await page.goto(new URL(url, base).href);
    await prepare(page);
    await expectAccessible(page, `${name} at ${label} ${viewport.width}x${viewport.height}`, { include });
    expectNoProblems(page);
    await closePage(page);
  }
}
