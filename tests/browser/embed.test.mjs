// The embeddable search box on a page from another origin: it works where --allow-origin lists
// the origin, is refused by CORS where it does not, and keeps its styles to itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  SERVER, HOST_ALLOWED, HOST_OTHER, launch, openPage, closePage, expectNoProblems, screenshots,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const hostPage = (origin) => `${origin}/?server=${encodeURIComponent(SERVER)}`;

test('the embed on an allowed origin searches and shows chapter deep links', async () => {
  const page = await openPage(browser);
  await page.goto(hostPage(HOST_ALLOWED));
  const box = page.getByRole('searchbox', { name: 'Search podcast episodes' });
  await box.waitFor();
  assert.equal(await box.getAttribute('placeholder'), 'Search netstack.fm');
  await box.pressSequentially('QUIC', { delay: 50 });
  const chapter = page.locator('a.chapter[href="https://netstack.fm/?t=582#episode-11"]');
  await chapter.waitFor();
  assert.equal((await chapter.innerText()).replace(/\s+/g, ' ').trim(), '09:42 QUIC and HTTP/3 in Firefox');
  const titles = await page.locator('.result a.title').allInnerTexts();
  assert.ok(titles[0].includes('#11'), `first result: ${titles[0]}`);
  assert.ok(titles.length >= 4 || (await page.locator('a.more').count()) === 1, 'the four QUIC episodes, or a link to all');
  // Themed by the host's custom property; untouched by the host's own rules for a and input.
  const colour = await chapter.locator('time').evaluate((el) => getComputedStyle(el).color);
  assert.equal(colour, 'rgb(0, 128, 0)');
  assert.notEqual(await chapter.evaluate((el) => getComputedStyle(el).color), 'rgb(255, 0, 0)');
  assert.notEqual(await box.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(0, 0, 0)');
  // Keyboard: ArrowDown enters the dropdown, Escape closes it.
  await box.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.querySelector('#search').shadowRoot.activeElement.tagName), 'A');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.dropdown').isVisible(), false);
  expectNoProblems(page);
  await closePage(page);
});

test('the embed honours data-limit and data-label, highlights matches and links to all results', async () => {
  const page = await openPage(browser);
  await page.goto(`${hostPage(HOST_ALLOWED)}&limit=2&label=Search%20the%20show`);
  const box = page.getByRole('searchbox', { name: 'Search the show' });
  await box.pressSequentially('QUIC', { delay: 50 });
  // Wait for the answer to the whole word: a fast server may first show the results for "Q".
  const more = page.locator('a.more[href$="?q=QUIC"]');
  await more.waitFor();
  assert.equal(await page.locator('.result').count(), 2);
  // The link to every result goes to the podseek site (the script's origin), not the host page.
  assert.equal(await more.getAttribute('href'), `${new URL(SERVER).origin}/?q=QUIC`);
  assert.match(await more.innerText(), /^All \d+ results \u2192$/);
  // Highlighting (web/js/dom.js): real <mark> elements, and no markup left as text.
  const marks = await page.locator('.result mark').allInnerTexts();
  assert.ok(marks.length > 0 && marks.every((m) => /quic/i.test(m)), `marks: ${marks}`);
  assert.doesNotMatch(await page.locator('.dropdown').innerText(), /<\/?mark>|&(amp|lt|gt|quot|#\d+);/);
  // Every link is an absolute http(s) URL.
  const hrefs = await page.locator('.dropdown a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((href) => /^https?:\/\//.test(href)), `hrefs: ${hrefs}`);
  expectNoProblems(page);
  await closePage(page);
});

test('the embed on an origin that is not allowed is refused by CORS and says so', async () => {
  const page = await openPage(browser, { ignore: [/CORS|Access-Control-Allow-Origin|ERR_FAILED|Failed to fetch/] });
  let corsRefusal = false;
  page.on('console', (msg) => { if (/CORS|Access-Control-Allow-Origin/.test(msg.text())) corsRefusal = true; });
  await page.goto(hostPage(HOST_OTHER));
  const box = page.getByRole('searchbox', { name: 'Search podcast episodes' });
  await box.pressSequentially('QUIC', { delay: 50 });
  await page.locator('.message.error').waitFor();
  assert.match(await page.locator('.message.error').innerText(), /unavailable/);
  assert.equal(await page.locator('a.chapter').count(), 0);
  assert.ok(corsRefusal, 'Chromium reported a CORS refusal');
  expectNoProblems(page);
  await closePage(page);
});

test('CORS headers, preflight included, go only to the listed origin', async () => {
  const search = `${SERVER}/api/search?q=QUIC`;
  const allowed = await fetch(search, { headers: { Origin: HOST_ALLOWED } });
  assert.equal(allowed.status, 200);
  assert.equal(allowed.headers.get('access-control-allow-origin'), HOST_ALLOWED);
  assert.match(allowed.headers.get('vary') || '', /Origin/i);

  const other = await fetch(search, { headers: { Origin: HOST_OTHER } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);

  const none = await fetch(search);
  assert.equal(none.headers.get('access-control-allow-origin'), null);

  const preflight = await fetch(search, {
    method: 'OPTIONS',
    headers: { Origin: HOST_ALLOWED, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'accept' },
  });
  assert.ok(preflight.status === 204 || preflight.status === 200, `preflight status ${preflight.status}`);
  assert.equal(preflight.headers.get('access-control-allow-origin'), HOST_ALLOWED);
  assert.match(preflight.headers.get('access-control-allow-methods') || '', /GET/);

  const refused = await fetch(search, {
    method: 'OPTIONS', headers: { Origin: HOST_OTHER, 'Access-Control-Request-Method': 'GET' },
  });
  assert.equal(refused.headers.get('access-control-allow-origin'), null);

  const script = await fetch(`${SERVER}/embed.js`, { headers: { Origin: HOST_ALLOWED } });
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('access-control-allow-origin'), HOST_ALLOWED);
  // The site's pages are not for other origins.
  const home = await fetch(`${SERVER}/`, { headers: { Origin: HOST_ALLOWED } });
  assert.equal(home.headers.get('access-control-allow-origin'), null);
});

test('screenshots of the embed at desktop and phone width', async () => {
  await screenshots(browser, hostPage(HOST_ALLOWED), 'embed', async (page) => {
    await page.getByRole('searchbox', { name: 'Search podcast episodes' }).pressSequentially('QUIC', { delay: 30 });
    await page.locator('a.chapter').first().waitFor();
  }, { base: HOST_ALLOWED });
});
