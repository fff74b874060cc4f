// The browsing pages: /guests and /topics (the page of one episode is episode-page.js). Each links into filtered searches.
import * as api from './api.js';
import { h, replaceChildren, plural, facetHref, episodeHref } from './dom.js';
import { showLoading as loading, showFailure as failed } from './page-state.js';

/** Map of episode number → summary, for titles on the guest and topic pages. */
async function episodeTitles() {
  try {
    const list = await api.episodes();
    return new Map((list.episodes || []).map((e) => [e.episode, e]));
  } catch {
    return new Map(); // titles are a nicety: the numbers alone still link correctly
  }
}

function episodeList(numbers, titles) {
  const sorted = [...numbers].sort((a, b) => b - a);
  return h('ul', { class: 'episode-list' }, sorted.map((n) => {
    const e = titles.get(n);
    return h('li', null, h('a', { href: episodeHref(n) },
      h('span', { class: 'ep-num' }, `#${n}`), h('span', null, e ? e.title : `Episode ${n}`)));
  }));
}

export async function renderGuestsPage(main) {
  document.title = 'Guests – podseek';
  loading(main, 'Guests');
  try {
    const [res, titles] = await Promise.all([api.guests(), episodeTitles()]);
    const guests = [...(res.guests || [])].sort((a, b) => a.name.localeCompare(b.name));
    main.removeAttribute('aria-busy');
    replaceChildren(main,
      h('h1', null, 'Guests'),
      h('p', { class: 'lede' }, `${plural(guests.length, 'guest')} on the show. Choose a name to search their episodes.`),
      h('ul', { class: 'browse-grid' }, guests.map((g) => h('li', { class: 'browse-card' },
        h('h2', null, h('a', { href: facetHref('guest', g.name) }, g.name)),
        h('p', { class: 'muted' }, plural(g.episodes.length, 'episode')),
        episodeList(g.episodes, titles)))));
  } catch (err) {
    failed(main, 'Guests', err);
  }
}

export async function renderTopicsPage(main) {
  document.title = 'Topics – podseek';
  loading(main, 'Topics');
  try {
    const [res, titles] = await Promise.all([api.topics(), episodeTitles()]);
    const topics = [...(res.topics || [])].sort((a, b) => b.episodes.length - a.episodes.length || a.name.localeCompare(b.name));
    main.removeAttribute('aria-busy');
    replaceChildren(main,
      h('h1', null, 'Topics'),
      h('p', { class: 'lede' }, `${plural(topics.length, 'topic')}, most discussed first. Choose one to search its episodes.`),
      h('ul', { class: 'browse-grid' }, topics.map((t) => h('li', { class: 'browse-card' },
        h('h2', null, h('a', { href: facetHref('topic', t.name) }, t.name),
          ' ', h('span', { class: 'count-badge', 'aria-label': plural(t.episodes.length, 'episode') }, String(t.episodes.length))),
        episodeList(t.episodes, titles)))));
  } catch (err) {
    failed(main, 'Topics', err);
  }
}

export function renderNotFound(main) {
  document.title = 'Not found – podseek';
  replaceChildren(main, h('h1', null, 'Page not found'),
    h('p', null, 'There is nothing at this address. ', h('a', { href: '/' }, 'Search the episodes'), ' instead.'));
}
