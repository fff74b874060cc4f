// The listener's pages on an index of two podcasts (run.sh: PODSEEK_MIXED_URL): the player
// (a chapter time or transcript moment plays the enclosure from that second, the current chapter
// is marked, keyboard and media session), episode facts and artwork in results, the pages of one
// podcast, guest and episode, and 404 for what the index does not have. netstack.fm (PODSEEK_URL)
// has no enclosures: its times stay deep links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  SERVER, HOST_ALLOWED, launch, openPage, closePage, expectNoProblems, settled, screenshots,
} from './harness.mjs';

const MIXED = process.env.PODSEEK_MIXED_URL;
if (!MIXED) throw new Error('PODSEEK_MIXED_URL is not set: run the tests through tests/browser/run.sh');
// Requests whose failure a test expects: none (every page's API calls must succeed).
const IGNORE = [];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const audioTime = (page) => page.evaluate(() => document.querySelector('.player audio').currentTime);

/** Waits until the page's player plays at about `seconds` (within 1 s), and returns its time. */
async function expectPlayingAt(page, seconds) {
  await page.waitForFunction((s) => {
    const audio = document.querySelector('.player audio');
    return audio && audio.readyState >= 1 && Math.abs(audio.currentTime - s) <= 1;
  }, seconds);
  const t = await audioTime(page);
  assert.ok(Math.abs(t - seconds) <= 1, `currentTime ${t}, expected ${seconds}`);
  return t;
}

test('pressing a matching chapter in the results plays the episode from that chapter', async () => {
  const page = await openPage(browser, { ignore: IGNORE });
  await page.goto(`${MIXED}/?q=${encodeURIComponent('quiet rooms')}`);
  await settled(page);
  const result = page.locator('li.result', { hasText: 'Listening to silence with Ada Example' });
  // What a listener chooses by: the podcast (two in this index), date, duration, season/episode, explicit.
  const facts = result.locator('.facts');
  assert.equal(await facts.locator('.fact-podcast').innerText(), 'Fixture Radio');
  assert.equal(await facts.locator('.fact-podcast').getAttribute('href'), '/podcasts/fixture-radio');
  assert.equal(await facts.locator('time').innerText(), '3 Mar 2025');
  assert.match(await facts.innerText(), /2 min/);
  assert.match(await facts.innerText(), /S2 · E3/);
  assert.equal(await facts.locator('.explicit').getAttribute('aria-label'), 'Explicit');
  const art = result.locator('img.artwork');
  assert.equal(await art.getAttribute('width'), '56');
  assert.equal(await art.getAttribute('height'), '56');
  assert.equal(await art.getAttribute('loading'), 'lazy');

  const chapter = result.getByRole('button', { name: /01:00 Quiet rooms around the world/ });
  await chapter.click();
  await expectPlayingAt(page, 60);
  // One player for the page, with the episode's title and its current chapter marked.
  assert.equal(await page.locator('.player').count(), 1);
  assert.match(await page.locator('.player-title').innerText(), /Listening to silence/);
  await page.waitForFunction(() => /Quiet rooms around the world/.test(document.querySelector('.player-chapter').textContent));
  await page.locator('.chapter-link.is-playing[aria-current="true"]').waitFor();
  const session = await page.evaluate(() => navigator.mediaSession.metadata &&
    { title: navigator.mediaSession.metadata.title, artist: navigator.mediaSession.metadata.artist,
      artwork: navigator.mediaSession.metadata.artwork.map((a) => a.src) });
  assert.equal(session.title, 'Listening to silence with Ada Example');
  assert.equal(session.artist, 'Fixture Radio');
  assert.match(session.artwork[0], /\/art\.svg$/);
  expectNoProblems(page);
  await closePage(page);
});

test('episodes without an enclosure keep their times as deep links and show no player', async () => {
  const page = await openPage(browser);
  await page.goto(`${SERVER}/?q=QUIC`);
  await settled(page);
  assert.equal(await page.locator('.play-at, .play-button').count(), 0);
  assert.ok(await page.locator('a.chapter-link[href^="https://netstack.fm/?t="]').count() > 0);
  assert.equal(await page.locator('.player').count(), 0);
  expectNoProblems(page);
  await closePage(page);
});

test('the episode page plays from a chapter chosen with the keyboard and marks it as current', async () => {
  const page = await openPage(browser, { ignore: IGNORE });
  await page.goto(`${MIXED}/episodes/${encodeURIComponent('fixture-radio/3')}`);
  await page.locator('article.episode').waitFor();
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Listening to silence with Ada Example/);
  const chapters = page.locator('.chapter-table button.chapter-link');
  assert.equal(await chapters.count(), 4);
  assert.equal(await page.locator('.episode-head img.artwork').getAttribute('width'), '160');
  await chapters.nth(1).focus();
  await page.keyboard.press('Enter');
  await expectPlayingAt(page, 30);
  await page.waitForFunction(() => {
    const current = document.querySelector('.chapter-table [aria-current="true"]');
    return current && /Why record silence/.test(current.textContent);
  });
  // Previous and next are this podcast's own episodes; the newest has no next.
  assert.equal(await page.getByRole('link', { name: /Previous episode/ }).getAttribute('href'), '/episodes/fixture-radio%2F2');
  assert.equal(await page.getByRole('link', { name: /Next episode/ }).count(), 0);
  assert.equal(await page.locator('.episode-meta a[href="/guests/Ada%20Example"]').count(), 1);
  // The player's own controls are reachable, and it closes.
  await page.getByRole('button', { name: 'Close the player' }).click();
  assert.equal(await page.locator('.player').isHidden(), true);
  expectNoProblems(page);
  await closePage(page);
});

test('the show page has artwork, description, categories, hosts and episodes newest first', async () => {
  const page = await openPage(browser);
  await page.goto(`${MIXED}/podcasts/fixture-radio`);
  await page.locator('article.show').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Fixture Radio');
  assert.match(await page.locator('.show-head .description').innerText(), /quiet rooms/);
  assert.deepEqual(await page.locator('.tags li').allInnerTexts(), ['Arts > Performing Arts', 'Technology']);
  assert.match(await page.locator('.show-head .episode-meta').innerText(), /Hana Host/);
  const art = page.locator('.show-head img.artwork');
  assert.equal(await art.getAttribute('width'), '200');
  assert.equal(await art.getAttribute('height'), '200');
  const titles = await page.locator('.episode-card-title').allInnerTexts();
  assert.deepEqual(titles.map((t) => t.replace(/\s+/g, ' ').replace(/^(#\d+) ?/, '$1 ').trim()),
    ['#3 Listening to silence with Ada Example', '#2 Quiet codecs with Ben Sample', '#1 Pilot']);
  assert.match(await page.locator('.episode-card').nth(2).locator('.facts').innerText(), /trailer/i);
  await page.getByRole('button', { name: 'Play: Quiet codecs with Ben Sample' }).click();
  await expectPlayingAt(page, 0);
  expectNoProblems(page);
  await closePage(page);
});

test('a show page pages through its episodes', async () => {
  const page = await openPage(browser);
  await page.goto(`${SERVER}/podcasts/netstack.fm`);
  await page.locator('article.show').waitFor();
  assert.equal(await page.locator('.episode-card').count(), 10);
  assert.match(await page.locator('.page-of').innerText(), /Page 1 of 2/);
  await page.getByRole('link', { name: 'Older →' }).click();
  await page.waitForURL(/\/podcasts\/netstack\.fm\?page=2$/);
  await page.locator('.episode-card').first().waitFor();
  assert.equal(await page.locator('.episode-card').count(), 1);
  assert.match(await page.locator('.episode-card-title').innerText(), /#1/);
  expectNoProblems(page);
  await closePage(page);
});

test('the guest page lists their episodes and plays the moments where they speak or are named', async () => {
  const page = await openPage(browser);
  await page.goto(`${MIXED}/guests/${encodeURIComponent('Ada Example')}`);
  await page.locator('article.guest').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Ada Example');
  assert.equal(await page.locator('.episode-card').count(), 1);
  const spoken = page.locator('section', { has: page.getByRole('heading', { name: 'Where Ada Example speaks' }) });
  assert.equal(await spoken.locator('button.play-at').count(), 2);
  const named = page.locator('section', { has: page.getByRole('heading', { name: 'Where Ada Example is named' }) });
  const chapter = named.getByRole('button', { name: /00:45 Chapter: What Ada Example taught us about rooms/ });
  assert.equal(await chapter.count(), 1);
  await spoken.locator('button.play-at').nth(1).click();
  await expectPlayingAt(page, 62);
  await chapter.click();
  await expectPlayingAt(page, 45);
  assert.match(await page.locator('.player-title').innerText(), /Quiet codecs/);
  expectNoProblems(page);
  await closePage(page);
});

test('a guest of a podcast without enclosures gets deep links to the moments that name them', async () => {
  const page = await openPage(browser);
  await page.goto(`${SERVER}/guests/${encodeURIComponent('Max Inden')}`);
  await page.locator('article.guest').waitFor();
  assert.ok(await page.locator('.moment a.chapter-link[href^="https://netstack.fm/?t="]').count() > 0);
  assert.equal(await page.locator('.play-at').count(), 0);
  expectNoProblems(page);
  await closePage(page);
});

test('unknown podcasts, guests and episodes answer 404 with the friendly page', async () => {
  for (const [path, heading] of [['/podcasts/nothing-here', 'Podcast not found'], ['/guests/Nobody%20Atall', 'Guest not found'],
                                 ['/episodes/fixture-radio%2F99', 'Episode not found']]) {
    assert.equal((await fetch(MIXED + path)).status, 404, path);
    const page = await openPage(browser, { ignore: [/status of 404/] });
    await page.goto(MIXED + path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Search every episode' }).count(), 1);
    expectNoProblems(page);
    await closePage(page);
  }
  for (const path of ['/podcasts/fixture-radio', '/guests/Ada%20Example', '/episodes/fixture-radio%2F3', '/podcasts']) {
    assert.equal((await fetch(MIXED + path)).status, 200, path);
  }
});

test('the embed names the podcast and shows date, duration and artwork in a mixed index', async () => {
  const page = await openPage(browser);
  await page.goto(`${HOST_ALLOWED}/?server=${encodeURIComponent(MIXED)}`);
  const box = page.getByRole('searchbox', { name: 'Search podcast episodes' });
  await box.waitFor();
  await box.pressSequentially('silence', { delay: 30 });
  const result = page.locator('.result', { hasText: 'Listening to silence with Ada Example' });
  await result.waitFor();
  assert.equal(await result.locator('.facts a').innerText(), 'Fixture Radio');
  assert.equal(await result.locator('.facts a').getAttribute('href'), `${MIXED}/podcasts/fixture-radio`);
  assert.equal(await result.locator('.facts time').innerText(), '3 Mar 2025');
  assert.match(await result.locator('.facts').innerText(), /2 min/);
  assert.equal(await result.locator('img.artwork').getAttribute('width'), '40');
  expectNoProblems(page);
  await closePage(page);
});

test('screenshots: a playing search, a show page, a guest page and an episode page at both sizes', async () => {
  const playing = async (page) => {
    await settled(page);
    await page.getByRole('button', { name: /01:00 Quiet rooms around the world/ }).click();
    await expectPlayingAt(page, 60);
    await page.waitForFunction(() => /Quiet rooms/.test(document.querySelector('.player-chapter').textContent));
    await page.evaluate(() => document.querySelector('.player audio').pause());
  };
  await screenshots(browser, `/?q=${encodeURIComponent('quiet rooms')}`, 'search-playing', playing, { base: MIXED, ignore: IGNORE });
  const ready = (selector) => async (page) => {
    await page.locator(selector).first().waitFor();
    await page.waitForFunction(() => { const img = document.querySelector('img.artwork'); return img && img.complete && img.naturalWidth > 0; });
  };
  await screenshots(browser, '/podcasts/fixture-radio', 'show-page', ready('.episode-card'), { base: MIXED });
  await screenshots(browser, '/guests/Ada%20Example', 'guest-page', ready('.moment'), { base: MIXED });
  const playingChapter = async (page) => {
    await ready('.chapter-table')(page);
    await page.locator('.chapter-table button.chapter-link').nth(2).click();
    await expectPlayingAt(page, 60);
    await page.locator('.chapter-table .is-playing').waitFor();
    await page.evaluate(() => document.querySelector('.player audio').pause());
  };
  await screenshots(browser, '/episodes/fixture-radio%2F3', 'episode-page', playingChapter, { base: MIXED, ignore: IGNORE });
});
