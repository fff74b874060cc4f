// The search page: typing, results and chapter links, facets and chips, history, spelling,
// empty and error states, paging, sorting and the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  SERVER, launch, openPage, closePage, expectNoProblems, shownEpisodes, settled, screenshots,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const QUIC_CHAPTER = 'https://netstack.fm/?t=582#episode-11';

async function apiJson(path) {
  const res = await fetch(new URL(path, SERVER));
  return { status: res.status, body: res.status < 500 ? await res.json().catch(() => null) : null };
}

test('typing QUIC shows episodes 11, 7, 8 and 2 with the 09:42 chapter link', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/');
  await page.locator('#q').pressSequentially('QUIC', { delay: 60 });
  // Search as you type: the results arrive without pressing Enter.
  const chapter = page.locator(`#results a.chapter-link[href="${QUIC_CHAPTER}"]`);
  await chapter.waitFor();
  await page.keyboard.press('Enter');
  await settled(page);
  const episodes = await shownEpisodes(page);
  assert.equal(episodes[0], 11, `top result: ${episodes}`);
  assert.deepEqual([...episodes].sort((a, b) => a - b), [2, 7, 8, 11]);
  assert.match(await page.locator('#result-count').textContent(), /^4 episodes match “QUIC”/);
  const line = (await chapter.innerText()).replace(/\s+/g, ' ').trim();
  assert.equal(line, '09:42 QUIC and HTTP/3 in Firefox');
  // Highlighting arrives as real <mark> elements and nothing else.
  assert.ok(await page.locator('#results .snippet mark').count() > 0, 'snippets highlight QUIC');
  const tags = await page.locator('#results .snippet *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
  assert.deepEqual(tags, ['MARK']);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'QUIC');
  expectNoProblems(page);
  await closePage(page);
});

test('API text is shown as text: only <mark> becomes markup', async () => {
  const page = await openPage(browser);
  const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  await page.route('**/api/search?*', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({
      query: 'x', corrected_query: null, suggestion: null, total: 1, page: 1, per_page: 10,
      results: [{
        id: 'p/1', episode: 1, title: `Title ${evil}`, url: 'javascript:alert(1)', podcast: 'p', guests: [evil],
        topics: [], snippet: `a &lt;b&gt; &amp; <mark>x</mark> ${evil}`, transcript: [],
        chapters: [{ title: evil, title_html: `<mark>x</mark> ${evil}`, start: '00:01', start_seconds: 1, deep_link: 'javascript:alert(2)' }],
      }],
      facets: { guest: [{ value: evil, count: 1 }], topic: [] }, took_ms: 0,
    }),
  }));
  await page.goto(SERVER + '/?q=x');
  await settled(page);
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.match(await page.locator('.snippet').innerText(), /^a <b> & x <img src=x/);
  assert.equal(await page.locator('.snippet mark').innerText(), 'x');
  assert.match(await page.locator('.result-title').innerText(), /<script>/);
  // Non-http(s) links from the API are not made clickable.
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  expectNoProblems(page);
  await closePage(page);
});

test('a newer search is never replaced by a slower, older response', async () => {
  const page = await openPage(browser);
  // Hold back every answer for "tokio" so that it would arrive after the answer for "QUIC".
  await page.route('**/api/search?*', async (route) => {
    if (new URL(route.request().url()).searchParams.get('q') === 'tokio') await new Promise((r) => setTimeout(r, 1200));
    await route.continue().catch(() => {}); // the page may have aborted it meanwhile
  });
  await page.goto(SERVER + '/');
  await page.locator('#q').fill('tokio');
  await page.waitForTimeout(300); // the debounced "tokio" request is now in flight
  await page.locator('#q').fill('QUIC');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1600); // long after the held-back "tokio" answer would have come
  await settled(page);
  const episodes = await shownEpisodes(page);
  assert.deepEqual([...episodes].sort((a, b) => a - b), [2, 7, 8, 11]);
  expectNoProblems(page);
  await closePage(page);
});

test('a guest facet narrows the results, a second guest widens them, and chips remove them', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/?q=QUIC');
  await settled(page);
  assert.equal((await shownEpisodes(page)).length, 4);
  await page.getByRole('checkbox', { name: /Max Inden/ }).check();
  await page.waitForURL(/guest=Max\+Inden/);
  await settled(page);
  assert.deepEqual(await shownEpisodes(page), [11]);
  // Guests are OR-ed: the other guests stay on offer, and a second one widens the results.
  await page.getByRole('checkbox', { name: /Bruno Dal Bo Silva/ }).check();
  await page.waitForURL(/guest=Max\+Inden&guest=Bruno/);
  await settled(page);
  assert.deepEqual([...await shownEpisodes(page)].sort((a, b) => a - b), [8, 11]);
  await page.getByRole('button', { name: 'Remove filter Guest: Bruno Dal Bo Silva' }).click();
  await page.waitForURL((url) => url.searchParams.getAll('guest').length === 1);
  await settled(page);
  assert.deepEqual(await shownEpisodes(page), [11]);
  const chip = page.getByRole('button', { name: 'Remove filter Guest: Max Inden' });
  await chip.click();
  await page.waitForURL((url) => !url.searchParams.has('guest'));
  await settled(page);
  assert.equal((await shownEpisodes(page)).length, 4);
  assert.equal(await page.locator('.chip').count(), 0);
  expectNoProblems(page);
  await closePage(page);
});

test('a topic and a guest filter combine (AND across facets) and "Clear all" removes both', async () => {
  const all = (await apiJson('/api/search?q=')).body;
  const topic = all.facets.topic.find((t) => t.count > 1 && t.count < all.total);
  assert.ok(topic, 'a topic that some but not all episodes have');
  const page = await openPage(browser);
  await page.goto(`${SERVER}/?topic=${encodeURIComponent(topic.value)}`);
  await settled(page);
  const withTopic = await shownEpisodes(page);
  assert.equal(withTopic.length, Math.min(topic.count, 10));
  assert.equal(await page.getByRole('checkbox', { name: new RegExp(topic.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).isChecked(), true);
  const expected = (await apiJson(`/api/search?q=&topic=${encodeURIComponent(topic.value)}`)).body;
  const guest = expected.facets.guest[0];
  await page.getByRole('checkbox', { name: guest.value }).check();
  await page.waitForURL(/guest=/);
  await settled(page);
  assert.equal((await shownEpisodes(page)).length, guest.count);
  assert.equal(await page.locator('.chip').count(), 3, 'two chips and "Clear all"');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.waitForURL((url) => !url.searchParams.has('guest') && !url.searchParams.has('topic'));
  await settled(page);
  assert.equal(await page.locator('.chip').count(), 0);
  expectNoProblems(page);
  await closePage(page);
});

test('a long facet list shows a few values until "Show all" is pressed', async () => {
  const all = (await apiJson('/api/search?q=')).body;
  const topics = all.facets.topic.length;
  assert.ok(topics > 7, `enough topics to collapse (${topics})`);
  const page = await openPage(browser);
  await page.goto(SERVER + '/');
  await settled(page);
  const fieldset = page.locator('fieldset.facet', { has: page.locator('legend', { hasText: 'Topics' }) });
  assert.equal(await fieldset.getByRole('checkbox').count(), 6);
  const more = fieldset.getByRole('button', { name: `Show all ${topics}` });
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  await more.click();
  assert.equal(await fieldset.getByRole('checkbox').count(), topics);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Show fewer');
  expectNoProblems(page);
  await closePage(page);
});

test('back, forward and reload keep the query, filters and page', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/');
  await settled(page);
  await page.locator('#q').pressSequentially('QUIC', { delay: 40 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/q=QUIC/);
  await settled(page);
  await page.getByRole('checkbox', { name: /Max Inden/ }).check();
  await page.waitForURL(/guest=Max\+Inden/);
  await settled(page);

  await page.reload();
  await settled(page);
  assert.equal(await page.locator('#q').inputValue(), 'QUIC');
  assert.equal(await page.getByRole('checkbox', { name: /Max Inden/ }).isChecked(), true);
  assert.deepEqual(await shownEpisodes(page), [11]);

  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('q') === 'QUIC' && !url.searchParams.has('guest'));
  await settled(page);
  assert.equal(await page.locator('#q').inputValue(), 'QUIC');
  assert.equal((await shownEpisodes(page)).length, 4);
  assert.equal(await page.locator('.chip').count(), 0);

  await page.goBack(); // before typing: every episode
  await page.waitForURL((url) => !url.searchParams.has('q'));
  await settled(page);
  assert.equal(await page.locator('#q').inputValue(), '');
  assert.match(await page.locator('#result-count').textContent(), /^11 episodes/);

  await page.goForward();
  await page.goForward();
  await page.waitForURL(/guest=Max\+Inden/);
  await settled(page);
  assert.deepEqual(await shownEpisodes(page), [11]);
  expectNoProblems(page);
  await closePage(page);
});

test('paging and sorting: 11 episodes make two pages; oldest first starts at episode 1', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/');
  await settled(page);
  assert.equal((await shownEpisodes(page))[0], 11, 'empty query lists newest first');
  assert.match(await page.locator('.pager').innerText(), /Page 1 of 2/);
  await page.getByRole('link', { name: 'Next →' }).click();
  await page.waitForURL(/page=2/);
  await settled(page);
  assert.deepEqual(await shownEpisodes(page), [1]);
  await page.locator('#sort').selectOption('oldest');
  await page.waitForURL((url) => url.searchParams.get('sort') === 'oldest' && !url.searchParams.has('page'));
  await settled(page);
  assert.deepEqual((await shownEpisodes(page)).slice(0, 3), [1, 2, 3]);
  await page.reload();
  await settled(page);
  assert.equal(await page.locator('#sort').inputValue(), 'oldest');
  expectNoProblems(page);
  await closePage(page);
});

test('a misspelled query shows "did you mean" or "showing results for"', async (t) => {
  const typo = 'quik';
  const api = (await apiJson(`/api/search?q=${typo}`)).body;
  if (!api.suggestion && !api.corrected_query) {
    t.skip(`the server returns no suggestion or correction for "${typo}" yet`);
    return;
  }
  const page = await openPage(browser);
  await page.goto(`${SERVER}/?q=${typo}`);
  await settled(page);
  if (api.corrected_query) {
    assert.match(await page.locator('.corrected').innerText(), new RegExp(`Showing results for ${api.corrected_query}`));
    assert.ok((await shownEpisodes(page)).length > 0);
  }
  if (api.suggestion && api.suggestion !== api.corrected_query) {
    const link = page.locator('.did-you-mean a');
    assert.equal(await link.innerText(), api.suggestion);
    await link.click();
    await page.waitForURL((url) => url.searchParams.get('q') === api.suggestion);
    await settled(page);
    assert.equal(await page.locator('#q').inputValue(), api.suggestion);
  }
  expectNoProblems(page);
  await closePage(page);
});

test('a query with no results shows the empty state', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/?q=xylophonequartet');
  await settled(page);
  assert.equal(await page.locator('#results > li').count(), 0);
  assert.match(await page.locator('#result-count').textContent(), /^0 episodes/);
  const empty = page.locator('.empty-state');
  assert.match(await empty.innerText(), /No episodes match “xylophonequartet”/);
  assert.ok(await empty.getByRole('link', { name: 'guest' }).isVisible());
  expectNoProblems(page);
  await closePage(page);
});

test('an unreachable server shows a clear error state with a retry', async () => {
  const page = await openPage(browser, { ignore: [/ERR_CONNECTION_REFUSED|ERR_FAILED/] });
  let down = true;
  await page.route('**/api/search?*', (route) => (down ? route.abort('connectionrefused') : route.continue()));
  await page.goto(SERVER + '/?q=QUIC');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Cannot reach the server/);
  assert.equal(await page.locator('#result-count').textContent(), 'Search failed');
  down = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator(`a[href="${QUIC_CHAPTER}"]`).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await closePage(page);
});

test('keyboard: "/" focuses the box, arrows walk the results, Enter opens, Esc clears', async () => {
  const page = await openPage(browser);
  await page.goto(SERVER + '/?q=QUIC');
  await settled(page);
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
  await page.keyboard.press('ArrowDown');
  assert.match(await page.evaluate(() => document.activeElement.className), /result-link/);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '/episodes/11');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), QUIC_CHAPTER);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/episodes\/11$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.goBack();
  await settled(page);
  await page.locator('#q').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#q').inputValue(), '');
  await page.waitForURL((url) => !url.searchParams.has('q'));
  expectNoProblems(page);
  await closePage(page);
});

test('type-ahead suggestions from /api/suggest can be chosen with the keyboard', async (t) => {
  const probe = await apiJson('/api/suggest?q=webtr&limit=8');
  if (probe.status === 404) {
    t.skip('the server has no /api/suggest yet');
    return;
  }
  assert.ok(probe.body.suggestions.length > 0, 'suggestions for "webtr"');
  const page = await openPage(browser);
  await page.goto(SERVER + '/');
  await page.locator('#q').pressSequentially('webtr', { delay: 60 });
  const chosen = probe.body.suggestions[0];
  await page.getByRole('option', { name: new RegExp(`^${chosen.text}`) }).first().waitFor();
  assert.equal(await page.locator('#q').getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#q').getAttribute('aria-activedescendant'), 'suggestion-0');
  await page.keyboard.press('Enter');
  if (chosen.kind === 'episode') {
    await page.waitForURL(new RegExp(`/episodes/${chosen.episode}$`));
  } else if (chosen.kind === 'term') {
    await page.waitForURL((url) => url.searchParams.get('q') === chosen.text);
  } else {
    await page.waitForURL((url) => url.searchParams.getAll(chosen.kind).includes(chosen.text));
  }
  expectNoProblems(page);
  await closePage(page);
});

test('screenshots of the search page at desktop and phone width', async () => {
  await screenshots(browser, '/?q=QUIC', 'search-quic', settled);
  await screenshots(browser, '/?q=QUIC&guest=Max%20Inden', 'search-filtered', settled);
  await screenshots(browser, '/', 'search-all', settled);
  await screenshots(browser, '/?q=xylophonequartet', 'search-empty', settled);
  await screenshots(browser, '/?q=webtr', 'search-suggestions', async (page) => {
    await settled(page);
    await page.locator('#q').focus();
    await page.locator('#q').press('End');
    await page.locator('#q').pressSequentially('a', { delay: 50 });
    await page.locator('#q').press('Backspace');
    await page.waitForTimeout(500);
  });
});
