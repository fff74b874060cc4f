// The browsing pages (/guests, /topics, /episodes/N), the nav on every page, and the server's
// security headers and content types for them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import {
  SERVER, launch, openPage, closePage, expectNoProblems, shownEpisodes, settled, screenshots,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** The status line's code for GET path sent exactly as given. */
function rawStatus(path) {
  const { hostname, port } = new URL(SERVER);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.on('data', (chunk) => { data += chunk; });
    socket.on('end', () => resolve(Number(data.split(' ')[1])));
    socket.on('error', reject);
  });
}

async function expectNav(page) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, href] of [['Search', '/'], ['Guests', '/guests'], ['Topics', '/topics']]) {
    assert.equal(await nav.getByRole('link', { name, exact: true }).getAttribute('href'), href);
  }
  assert.equal(await page.getByRole('main').count(), 1);
}

test('the guests page lists every guest with their episodes and links into a filtered search', async () => {
  const { guests, total } = await (await fetch(`${SERVER}/api/guests?per_page=50`)).json();
  assert.equal(total, guests.length); // netstack.fm's guests fit on the page's one page
  const page = await openPage(browser);
  await page.goto(SERVER + '/guests');
  await page.getByRole('heading', { level: 1, name: 'Guests' }).waitFor();
  await page.locator('.browse-card').first().waitFor();
  await expectNav(page);
  assert.equal(await page.locator('.browse-card').count(), guests.length);
  const max = page.locator('.browse-card', { has: page.getByRole('heading', { name: 'Max Inden' }) });
  assert.equal(await max.getByRole('link', { name: 'Max Inden', exact: true }).getAttribute('href'), '/?guest=Max+Inden');
  // Linked by id (a number is ambiguous across podcasts), with the title the API gives.
  assert.equal(await max.locator('a[href="/episodes/netstack.fm%2F11"]').count(), 1);
  assert.match(await max.locator('a[href="/episodes/netstack.fm%2F11"]').innerText(), /Firefox/);
  assert.equal(await page.locator('nav.pager').count(), 0);
  await max.getByRole('link', { name: 'Max Inden', exact: true }).click();
  await page.waitForURL(/\/\?guest=Max\+Inden$/);
  await settled(page);
  assert.deepEqual(await shownEpisodes(page), [11]);
  assert.equal(await page.getByRole('button', { name: 'Remove filter Guest: Max Inden' }).count(), 1);
  expectNoProblems(page);
  await closePage(page);
});

test('the topics page lists every topic with its episode count and links into a filtered search', async () => {
  const { topics } = await (await fetch(`${SERVER}/api/topics?per_page=50`)).json();
  assert.ok(topics.length > 0);
  const page = await openPage(browser);
  await page.goto(SERVER + '/topics');
  await page.locator('.browse-card').first().waitFor();
  await expectNav(page);
  assert.equal(await page.locator('.browse-card').count(), topics.length);
  const top = [...topics].sort((a, b) => b.count - a.count)[0];
  const card = page.locator('.browse-card').first();
  assert.equal(await card.getByRole('heading').getByRole('link').innerText(), top.name);
  assert.equal(await card.locator('.count-badge').innerText(), String(top.count));
  assert.equal(await card.locator('.episode-list li').count(), top.items.length);
  const newest = card.locator(`.episode-list a[href="/episodes/${encodeURIComponent(top.items[0].id)}"]`);
  assert.ok((await newest.innerText()).includes(top.items[0].title));
  await card.getByRole('heading').getByRole('link').click();
  await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('topic') === top.name);
  await settled(page);
  assert.equal((await shownEpisodes(page)).length, Math.min(top.count, 10));
  expectNoProblems(page);
  await closePage(page);
});

test('the guests page of a large index shows one page of names, their counts and a pager', async () => {
  const page = await openPage(browser);
  let asked;
  await page.route('**/api/guests?*', (route) => {
    asked = new URL(route.request().url()).searchParams;
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        total: 120, page: 2, per_page: 50,
        guests: [{ name: 'Ada Example', count: 14, episodes: [14],
          items: [{ id: 'radio/14', episode: 14, title: 'Rooms' }, { id: 'other/x', episode: null, title: 'Unnumbered' }] }],
      }),
    });
  });
  await page.goto(SERVER + '/guests?page=2');
  await page.locator('.browse-card').first().waitFor();
  assert.equal(asked.get('page'), '2');
  assert.equal(asked.get('per_page'), '50');
  assert.match(await page.locator('.lede').innerText(), /120 guests/);
  const card = page.locator('.browse-card');
  assert.equal(await card.locator('.muted').innerText(), '14 episodes, the newest 2 listed');
  assert.equal(await card.locator('a[href="/episodes/radio%2F14"]').count(), 1);
  assert.equal(await card.locator('a[href="/episodes/other%2Fx"]').innerText(), 'Unnumbered');
  const pager = page.locator('nav.pager');
  assert.equal(await pager.locator('a[rel="prev"]').getAttribute('href'), '/guests');
  assert.equal(await pager.locator('a[rel="next"]').getAttribute('href'), '/guests?page=3');
  assert.equal(await pager.locator('.page-of').innerText(), 'Page 2 of 3');
  await closePage(page);
});

test('the episode page shows the description, show-note links and every chapter as a deep link', async () => {
  const episode = await (await fetch(`${SERVER}/api/episodes/11`)).json();
  // Related episodes come from another part of the API; until it answers, its 404 is expected.
  const page = await openPage(browser);
  await page.goto(SERVER + '/episodes/11');
  const h1 = page.getByRole('heading', { level: 1 });
  await page.locator('article.episode').waitFor();
  await expectNav(page);
  assert.match(await h1.innerText(), /Modern networking in Firefox with Max Inden/);
  assert.match(await page.title(), /Firefox/);
  assert.match(await page.locator('.description').first().innerText(), /Max Inden/);
  const chapters = page.locator('.chapter-table a.chapter-link');
  assert.equal(await chapters.count(), episode.chapters.length);
  const quic = page.locator('a.chapter-link[href="https://netstack.fm/?t=582#episode-11"]');
  assert.equal((await quic.innerText()).replace(/\s+/g, ' ').trim(), '09:42 QUIC and HTTP/3 in Firefox');
  assert.equal(await page.locator('.show-links a').count(), episode.links.length);
  assert.equal(await page.locator('.episode-meta a[href="/guests/Max%20Inden"]').count(), 1);
  expectNoProblems(page);
  await closePage(page);
});

test('an unknown episode shows "not found" instead of breaking', async () => {
  assert.equal((await fetch(SERVER + '/episodes/999')).status, 404);
  const page = await openPage(browser, { ignore: [/status of 404/] });
  await page.goto(SERVER + '/episodes/999');
  await page.getByRole('heading', { level: 1, name: 'Episode not found' }).waitFor();
  await expectNav(page);
  expectNoProblems(page);
  await closePage(page);
});

test('an unknown page path answers 404 with the site’s own "not found" page', async () => {
  const res = await fetch(SERVER + '/no/such/page');
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  assert.match(res.headers.get('content-security-policy') || '', /default-src 'none'/);
  const page = await openPage(browser, { ignore: [/status of 404/] });
  await page.goto(SERVER + '/no/such/page');
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await expectNav(page);
  expectNoProblems(page);
  await closePage(page);
});

test('pages come with a strict CSP, nosniff and the right content types', async () => {
  for (const path of ['/', '/guests', '/topics', '/episodes/11', '/?q=QUIC']) {
    const res = await fetch(SERVER + path);
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get('content-type'), /^text\/html/, path);
    const csp = res.headers.get('content-security-policy') || '';
    assert.match(csp, /default-src 'none'/, path);
    assert.match(csp, /script-src 'self'/, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
  }
  const types = { '/js/app.js': /^text\/javascript/, '/css/site.css': /^text\/css/, '/embed.js': /^text\/javascript/, '/favicon.svg': /^image\/svg\+xml/ };
  for (const [path, type] of Object.entries(types)) {
    const res = await fetch(SERVER + path);
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get('content-type'), type, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
  }
  for (const path of ['/nope.js', '/js/', '/episodes/11/x', '/README.md', '/.gitignore']) {
    const res = await fetch(SERVER + path);
    assert.equal(res.status, 404, path);
  }
  // fetch() would normalise these paths away, so they go over a raw socket as sent.
  for (const path of ['/../CMakeLists.txt', '/%2e%2e/CMakeLists.txt', '/js/..%2f..%2fCMakeLists.txt',
                      '/index.html%00.png', '/..%5c..%5cCMakeLists.txt']) {
    assert.equal(await rawStatus(path), 404, path);
  }
});

test('screenshots of the browsing pages at desktop and phone width', async () => {
  const ready = (selector) => async (page) => { await page.locator(selector).first().waitFor(); };
  await screenshots(browser, '/guests', 'guests', ready('.browse-card'));
  await screenshots(browser, '/topics', 'topics', ready('.browse-card'));
  await screenshots(browser, '/episodes/11', 'episode-11', ready('article.episode'));
});
