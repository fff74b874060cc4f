// Issue 13, as a listener tries it: the site's identity from options or the index, typing and Enter
// agreeing, the keyboard (Tab, Esc), paging past the end, the empty state, the suggestion list, the
// embed on a phone, caching of static files, and axe-core on every page type at both sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  SERVER, HOST_ALLOWED, OTHER_SERVER, OPTIONS_SERVER, PHONE, launch, openPage, closePage, expectNoProblems,
  shownEpisodes, settled, expectAccessibleAtBothSizes, screenshots,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function apiJson(base, path) {
  const res = await fetch(new URL(path, base));
  return res.json();
}

/** Waits until the header shows the site's name (GET /api/site answered). */
async function identityShown(page) {
  await page.waitForFunction(() => {
    const name = document.querySelector('.brand .brand-name');
    return name && !name.classList.contains('visually-hidden');
  });
}

async function examplesShown(page) {
  await page.locator('#search-help a.example').first().waitFor({ state: 'attached' });
}

// Words of the netstack.fm corpus and of the examples once written into the page.
const NETSTACK_WORDS = /netstack|quic|tokio|uring|lucio|zero copy|rustls|inden/i;

test('another podcast\'s index: title and example queries come from it, nothing from netstack.fm', async () => {
  const site = await apiJson(OTHER_SERVER, '/api/site');
  assert.equal(site.title, 'Packets & People');
  assert.equal(site.from.title, 'index');
  assert.ok(site.examples.length > 0, 'examples from the index');
  const page = await openPage(browser);
  await page.goto(OTHER_SERVER + '/');
  await settled(page);
  await identityShown(page);
  await examplesShown(page);
  assert.equal(await page.locator('.brand .brand-name').innerText(), 'Packets & People');
  assert.equal(await page.title(), 'Packets & People');
  const examples = await page.locator('#search-help a.example').allInnerTexts();
  assert.deepEqual(examples, site.examples);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  assert.doesNotMatch(html, NETSTACK_WORDS, 'no netstack.fm text anywhere on the page');
  // Each example is a link that searches it, and finds episodes of this index.
  await page.locator('#search-help a.example').first().click();
  await page.waitForURL((url) => url.searchParams.get('q') === site.examples[0]);
  await settled(page);
  assert.ok((await page.locator('#results > li.result').count()) > 0, `"${site.examples[0]}" finds episodes`);
  expectNoProblems(page);
  await closePage(page);
});

test('the server\'s options name the site, colour its accent and give its examples', async () => {
  const page = await openPage(browser);
  await page.goto(OPTIONS_SERVER + '/');
  await settled(page);
  await identityShown(page);
  await examplesShown(page);
  assert.match(await page.locator('.brand').innerText(), /Example Radio/);
  assert.equal(await page.title(), 'Example Radio');
  assert.deepEqual(await page.locator('#search-help a.example').allInnerTexts(), ['route leak', 'DNS']);
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector('.search-button')).backgroundColor);
  assert.equal(accent, 'rgb(11, 110, 79)');
  // The netstack.fm server, without options, is named by its own index.
  const netstack = await apiJson(SERVER, '/api/site');
  assert.equal(netstack.title, 'netstack.fm');
  assert.equal(netstack.accent, '#6d28d9');
  expectNoProblems(page);
  await closePage(page);
});

/** The episode numbers and count line shown once the page has settled. */
async function shown(page) {
  await settled(page);
  return { episodes: await shownEpisodes(page), count: await page.locator('#result-count').textContent() };
}

test('typing and Enter agree: "webtr" stays a prefix, a typo is corrected as it is typed', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/');
  await settled(page);
  const box = page.locator('#q');
  await box.pressSequentially('webtr', { delay: 40 });
  await page.waitForFunction(() => /webtr/.test(document.getElementById('result-count').textContent));
  const typed = await shown(page);
  assert.ok(typed.episodes.length > 0, 'as-you-type results for "webtr"');
  await box.press('Enter');
  await page.waitForTimeout(300);
  const entered = await shown(page);
  assert.deepEqual(entered, typed, 'Enter shows what typing showed');
  assert.equal(await page.locator('.corrected').count(), 0, 'no correction to "web"');
  assert.equal(await box.inputValue(), 'webtr');

  await box.fill('');
  await box.pressSequentially('curl stenburg', { delay: 30 });
  const corrected = page.locator('.corrected');
  await corrected.waitFor(); // before any Enter
  assert.match(await corrected.innerText(), /Showing results for curl stenberg/);
  const typedTypo = await shown(page);
  await box.press('Enter');
  await page.waitForTimeout(300);
  assert.deepEqual(await shown(page), typedTypo);
  expectNoProblems(page);
  await closePage(page);
});

test('Tab reaches the guest and "Listen" links of a result', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/?q=QUIC');
  await settled(page);
  const reached = new Set();
  await page.locator('#results .result-link').first().focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => {
      const el = document.activeElement;
      return el.closest('.guests') ? 'guest' : el.closest('.listen') ? 'listen' : el.className || el.tagName;
    }));
  }
  assert.ok(reached.has('guest'), `Tab stops: ${[...reached]}`);
  assert.ok(reached.has('listen'), `Tab stops: ${[...reached]}`);
  expectNoProblems(page);
  await closePage(page);
});

test('Esc closes the suggestions first and keeps the query; a second Esc clears it', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/');
  await settled(page);
  const box = page.locator('#q');
  await box.pressSequentially('webtr', { delay: 40 });
  await page.locator('#suggestions li').first().waitFor();
  await box.press('Escape');
  assert.equal(await page.locator('#suggestions').isHidden(), true);
  assert.equal(await box.inputValue(), 'webtr');
  // From the results, Esc goes back to the box and keeps the query too.
  await settled(page);
  await box.press('ArrowDown');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
  assert.equal(await box.inputValue(), 'webtr');
  await box.press('Escape');
  assert.equal(await box.inputValue(), '');
  expectNoProblems(page);
  await closePage(page);
});

test('the suggestion list pushes the results down instead of covering the count', async () => {
  for (const viewport of [undefined, PHONE]) {
    const page = await openPage(browser, viewport ? { viewport } : {});
    await page.goto(SERVER + '/');
    await settled(page);
    await page.locator('#q').pressSequentially('webtr', { delay: 40 });
    await page.locator('#suggestions li').first().waitFor();
    await settled(page);
    const list = await page.locator('#suggestions').boundingBox();
    const count = await page.locator('#result-count').boundingBox();
    assert.ok(list.y + list.height <= count.y, `suggestions end at ${list.y + list.height}, the count starts at ${count.y}`);
    await closePage(page);
  }
});

test('a page past the last says so and links the last page; the pager never says "Page 99 of 2"', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/?page=99');
  await settled(page);
  assert.equal(await page.locator('#results > li').count(), 0);
  const message = page.locator('.empty-state');
  assert.match(await message.innerText(), /There is no page 99/);
  assert.doesNotMatch(await page.locator('main').innerText(), /Page 99 of/);
  await message.getByRole('link', { name: 'Go to page 2' }).click();
  await page.waitForURL((url) => url.searchParams.get('page') === '2');
  await settled(page);
  assert.deepEqual(await shownEpisodes(page), [1]);
  assert.match(await page.locator('.pager').innerText(), /Page 2 of 2/);
  expectNoProblems(page);
  await closePage(page);
});

test('no results are announced once on screen, not twice', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/?q=xylophonequartet');
  await settled(page);
  // Every element of the page that shows a "match" line on screen (more than the 1px a visually
  // hidden element keeps).
  const onScreen = await page.evaluate(() => [...document.querySelectorAll('main *')]
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /episodes? match/i.test(n.textContent)))
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1; })
    .map((el) => el.textContent));
  assert.deepEqual(onScreen, ['No episodes match “xylophonequartet”']);
  // The count is still there for screen readers (a polite live region).
  assert.match(await page.locator('#result-count').textContent(), /^0 episodes match/);
  expectNoProblems(page);
  await closePage(page);
});

test('the embed corrects typos as it searches', async () => {
  const page = await openPage(browser);
  await page.goto(`${HOST_ALLOWED}/?server=${encodeURIComponent(SERVER)}`);
  const box = page.getByRole('searchbox', { name: 'Search podcast episodes' });
  await box.pressSequentially('curl stenburg', { delay: 30 });
  const corrected = page.locator('.dropdown .corrected');
  await corrected.waitFor();
  assert.match(await corrected.innerText(), /Showing results for curl stenberg/);
  assert.ok(await page.locator('.dropdown .result').count() > 0);
  expectNoProblems(page);
  await closePage(page);
});

test('on a phone the embed\'s results span the screen, not the narrow box', async () => {
  const page = await openPage(browser, { viewport: PHONE });
  await page.goto(`${HOST_ALLOWED}/?narrow&server=${encodeURIComponent(SERVER)}`);
  const box = page.getByRole('searchbox', { name: 'Search podcast episodes' });
  await box.pressSequentially('QUIC', { delay: 30 });
  await page.locator('.dropdown .result').first().waitFor();
  const input = await box.boundingBox();
  const panel = await page.locator('.dropdown').boundingBox();
  assert.ok(input.width < 200, `the box is narrow: ${input.width}px`);
  assert.ok(panel.width >= PHONE.width - 20, `results ${panel.width}px wide on a ${PHONE.width}px screen`);
  assert.ok(panel.x >= 0 && panel.x + panel.width <= PHONE.width, 'within the screen');
  expectNoProblems(page);
  await closePage(page);
});

test('static files carry a strong ETag and answer If-None-Match with 304', async () => {
  for (const path of ['/js/app.js', '/css/site.css', '/embed.js', '/']) {
    const first = await fetch(SERVER + path);
    const etag = first.headers.get('etag');
    assert.match(etag || '', /^"[0-9a-f]{16}"$/, `${path}: ETag ${etag}`);
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const again = await fetch(SERVER + path, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304, path);
    assert.equal((await again.text()).length, 0);
  }
});

// ---- accessibility: every page type at 1280x800 and 390x844 ------------------------------------

test('axe-core: the search page with results has no serious or critical violations', async () => {
  await expectAccessibleAtBothSizes(browser, '/?q=QUIC', 'search with results', settled);
});

test('axe-core: the start page (every episode, no query) has none', async () => {
  await expectAccessibleAtBothSizes(browser, '/', 'start page', async (page) => { await settled(page); await identityShown(page); });
});

test('axe-core: no results, a page past the last, and open suggestions have none', async () => {
  await expectAccessibleAtBothSizes(browser, '/?q=xylophonequartet', 'no results', settled);
  await expectAccessibleAtBothSizes(browser, '/?page=99', 'past the last page', settled);
  await expectAccessibleAtBothSizes(browser, '/?q=QUIC&page=2', 'second page', settled);
  await expectAccessibleAtBothSizes(browser, '/', 'suggestions', async (page) => {
    await settled(page);
    await page.locator('#q').pressSequentially('webtr', { delay: 30 });
    await page.locator('#suggestions li').first().waitFor();
  });
});

test('axe-core: another podcast\'s site, named by its options, has none', async () => {
  await expectAccessibleAtBothSizes(browser, '/?q=dns', 'options-named site', async (page) => { await settled(page); await identityShown(page); }, { base: OPTIONS_SERVER });
});

test('axe-core: the embed, open with results, has none', async () => {
  await expectAccessibleAtBothSizes(browser, `/?server=${encodeURIComponent(SERVER)}`, 'embed', async (page) => {
    await page.getByRole('searchbox', { name: 'Search podcast episodes' }).pressSequentially('QUIC', { delay: 30 });
    await page.locator('.dropdown .result').first().waitFor();
  }, { base: HOST_ALLOWED, include: '#search' });
});

test('axe-core: the guests, topics and episode pages have none', async () => {
  const ready = async (page) => { await page.getByRole('heading', { level: 1 }).waitFor(); await page.waitForTimeout(200); };
  for (const path of ['/guests', '/topics', '/episodes/11']) {
    await expectAccessibleAtBothSizes(browser, path, path, ready);
  }
});

test('screenshots of another podcast\'s site, named by its index and by options', async () => {
  const ready = async (page) => { await settled(page); await identityShown(page); await examplesShown(page); };
  await screenshots(browser, '/', 'other-podcast-index', ready, { base: OTHER_SERVER });
  await screenshots(browser, '/?q=dns', 'other-podcast-options', ready, { base: OPTIONS_SERVER });
  await screenshots(browser, '/?page=99', 'search-past-last', settled);
});
