// Entry point: picks the page for the current path and wires the site-wide keyboard shortcut.
import { renderSearchPage } from './search.js';
import { siteIdentity, applyIdentity } from './site.js';
import { renderGuestsPage, renderTopicsPage, renderNotFound } from './browse.js';
import { renderEpisodePage } from './episode-page.js';
import { renderPodcastPage, renderPodcastsPage } from './podcast-page.js';
import { renderGuestPage } from './guest-page.js';

function route(pathname) {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/index.html') return { nav: 'search', render: renderSearchPage };
  if (path === '/guests') return { nav: 'guests', render: renderGuestsPage };
  if (path === '/topics') return { nav: 'topics', render: renderTopicsPage };
  if (path === '/podcasts') return { nav: 'podcasts', render: renderPodcastsPage };
  // Page of one thing: /episodes/{id}, /podcasts/{id}, /guests/{name} (each one encoded path segment).
  const pages = { episodes: renderEpisodePage, podcasts: renderPodcastPage, guests: renderGuestPage };
  const m = path.match(/^\/(episodes|podcasts|guests)\/([^/]+)$/);
  if (m) return { nav: m[1] === 'guests' ? 'guests' : null, render: (main) => pages[m[1]](main, decodeURIComponent(m[2])) };
  return { nav: null, render: renderNotFound };
}

function start() {
  const main = document.getElementById('main');
  const { nav, render } = route(location.pathname);
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === nav) link.setAttribute('aria-current', 'page');
  }
  // "/" focuses the search box on the search page, and leads to it from every other page.
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const t = event.target;
    if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    event.preventDefault();
    const box = document.getElementById('q');
    if (box) { box.focus(); box.select(); } else { location.assign('/'); }
  });
  siteIdentity().then(applyIdentity);
  render(main);
}

start();
