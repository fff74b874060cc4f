// The language and category facets, the date and length fields and sort=duration on the search page, against a server of the
// multilingual filter fixtures (tests/fixtures/filters/, started by run.sh): choosing a value narrows
// the results, the URL keeps the state (reload and back work), and chips remove it. Also the
// "Related episodes" list of an episode page, on the netstack.fm server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SERVER, launch, openPage, closePage, expectNoProblems, settled, screenshots } from './harness.mjs';

const FILTERS = process.env.PODSEEK_FILTERS_URL;
if (!FILTERS) throw new Error('PODSEEK_FILTERS_URL is not set: run the tests through tests/browser/run.sh');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const resultCount = (page) => page.locator('#results > li.result').count();
const facetBox = (page, facet, value) => page.locator(`input[data-facet="${facet}"][data-value="${value}"]`);

test('choosing a language narrows the results, keeps the other languages on offer and lives in the URL', async () => {
  const page = await openPage(browser);
  await page.goto(FILTERS + '/');
  await settled(page);
  assert.equal(await resultCount(page), 10);
  // Codes read as language names; the checkbox carries the code the API filters by.
  await page.getByRole('checkbox', { name: /German\s*3/ }).check();
  await page.waitForURL(/language=de/);
  await settled(page);
  assert.equal(await resultCount(page), 3);
  assert.equal(await facetBox(page, 'language', 'de').isChecked(), true);
  // Values of one facet are OR-ed: Catalan is still offered, with its own count, and widens.
  await facetBox(page, 'language', 'ca').check();
  await page.waitForURL((url) => url.searchParams.getAll('language').join() === 'de,ca');
  await settled(page);
  assert.equal(await resultCount(page), 5);
  // The URL is the state: a reload shows the same filtered page.
  await page.reload();
  await settled(page);
  assert.equal(await resultCount(page), 5);
  assert.equal(await facetBox(page, 'language', 'ca').isChecked(), true);
  await page.getByRole('button', { name: 'Remove filter Language: Catalan' }).click();
  await page.waitForURL((url) => url.searchParams.getAll('language').join() === 'de');
  await settled(page);
  assert.equal(await resultCount(page), 3);
  await page.goBack();
  await settled(page);
  assert.equal(await resultCount(page), 5);
  expectNoProblems(page);
  await closePage(page);
});

test('a category facet narrows the results and combines with a language (AND across facets)', async () => {
  const page = await openPage(browser);
  await page.goto(FILTERS + '/');
  await settled(page);
  await facetBox(page, 'category', 'Technology').check();
  await page.waitForURL(/category=Technology/);
  await settled(page);
  assert.equal(await resultCount(page), 7);
  await facetBox(page, 'language', 'es').check();
  await page.waitForURL((url) => url.searchParams.get('language') === 'es' && url.searchParams.get('category') === 'Technology');
  await settled(page);
  assert.equal(await resultCount(page), 2);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.waitForURL((url) => !url.searchParams.has('category') && !url.searchParams.has('language'));
  await settled(page);
  assert.equal(await resultCount(page), 10);
  expectNoProblems(page);
  await closePage(page);
});

test('a category offered by type-ahead becomes a filter, not a query', async () => {
  const page = await openPage(browser);
  await page.goto(FILTERS + '/');
  await settled(page);
  await page.locator('#q').pressSequentially('cours', { delay: 40 });
  const option = page.locator('#suggestions li[role="option"]', { hasText: 'Education > Courses' });
  await option.waitFor();
  assert.equal((await option.locator('.suggestion-kind').textContent()).trim(), 'category');
  await option.click();
  await page.waitForURL((url) => url.searchParams.get('category') === 'Education > Courses' && !url.searchParams.has('q'));
  await settled(page);
  // The podcast's category reaches its two episodes, and the box is cleared of the words that named it.
  assert.equal(await resultCount(page), 2);
  assert.equal(await page.locator('#q').inputValue(), '');
  assert.equal(await facetBox(page, 'category', 'Education > Courses').isChecked(), true);
  expectNoProblems(page);
  await closePage(page);
});

test('a facet chosen in the URL is applied on arrival, and sort=duration puts the longest first', async () => {
  const page = await openPage(browser);
  await page.goto(`${FILTERS}/?category=${encodeURIComponent('Technology > Tech News')}&sort=duration`);
  await settled(page);
  assert.equal(await resultCount(page), 3);
  assert.equal(await facetBox(page, 'category', 'Technology > Tech News').isChecked(), true);
  const titles = await page.locator('#results > li.result h2, #results > li.result h3').allTextContents();
  assert.match(titles[0], /Router für alle/, `longest first: ${titles}`);
  expectNoProblems(page);
  await closePage(page);
});

test('the date and length fields filter, live in the URL, and "Clear all" empties them', async () => {
  const page = await openPage(browser);
  await page.goto(FILTERS + '/?min_duration=60');
  await settled(page);
  assert.equal(await resultCount(page), 3);
  assert.equal(await page.locator('input[data-range="min_duration"]').inputValue(), '60');
  await page.locator('input[data-range="published_after"]').fill('2024-07-01');
  await page.waitForURL((url) => url.searchParams.get('published_after') === '2024-07-01');
  await settled(page);
  assert.equal(await resultCount(page), 1);  // El cable submarino: 70 minutes, September 2024
  await facetBox(page, 'category', 'Technology').check();
  await page.waitForURL(/category=Technology/);
  await settled(page);
  assert.equal(await resultCount(page), 1);
  assert.equal(await page.locator('input[data-range="published_after"]').inputValue(), '2024-07-01');
  await page.getByRole('button', { name: 'Remove filter From: 2024-07-01' }).click();
  await page.waitForURL((url) => !url.searchParams.has('published_after'));
  await settled(page);
  assert.equal(await resultCount(page), 2);  // Technology, an hour or more: Router für alle, El cable submarino
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.waitForURL((url) => !url.search.includes('duration') && !url.searchParams.has('published_after'));
  await settled(page);
  assert.equal(await resultCount(page), 10);
  assert.equal(await page.locator('input[data-range="min_duration"]').inputValue(), '');
  expectNoProblems(page);
  await closePage(page);
});

test('an episode page lists related episodes, each linking to its page, never the episode itself', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/episodes/11');
  const items = page.locator('section.related li');
  await items.first().waitFor();
  assert.ok(await items.count() >= 1);
  const ids = await items.evaluateAll((lis) => lis.map((li) => li.dataset.id));
  assert.ok(!ids.includes('netstack.fm/11'), `related: ${ids}`);
  const reasons = await page.locator('section.related .related-reasons').first().textContent();
  assert.match(reasons, /shares \S/);
  await items.first().locator('a').click();
  await page.waitForURL((url) => url.pathname.startsWith('/episodes/') && !url.pathname.endsWith('11'));
  await page.locator('section.related li').first().waitFor();
  expectNoProblems(page);
  await closePage(page);
});

test('screenshots: the language and category facets, and an episode page with its related episodes', async () => {
  await screenshots(browser, '/?language=de&language=ca', 'search-languages', settled, { base: FILTERS });
  await screenshots(browser, '/episodes/11', 'episode-11-related', async (page) => {
    await page.locator('section.related li').first().waitFor();
    await page.locator('section.related').scrollIntoViewIfNeeded();
  });
});
