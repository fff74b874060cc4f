// The browsing pages: /guests and /topics (the page of one episode is episode-page.js). Each links into filtered searches.
import * as api from './api.js';
import { h, replaceChildren, plural, facetHref, episodeHref } from './dom.js';
import { showLoading as loading, showFailure as failed, pageFromUrl } from './page-state.js';
import { pagerLinks } from './episode-card.js';

const PER_PAGE = 50; // names per page: the API's largest page

/** The newest episodes of a guest or topic, each linked by its id (unique across podcasts) with its title. */
function episodeList(items) {
  return h('ul', { class: 'episode-list' }, (items || []).map((e) => h('li', null, h('a', { href: episodeHref(e.id) },
    e.episode != null ? h('span', { class: 'ep-num' }, `#${e.episode}`) : null,
    h('span', { dir: 'auto' }, e.title || e.id)))));
}

/** "3 episodes", or "12 episodes, the newest 10 listed" when the list holds only the newest. */
function episodeCount(item) {
  const listed = (item.items || []).length;
  return listed < item.count ? `${plural(item.count, 'episode')}, the newest ${listed} listed` : plural(item.count, 'episode');
}

export async function renderGuestsPage(main) {
  document.title = 'Guests – podseek';
  loading(main, 'Guests');
  try {
    const res = await api.guests(pageFromUrl(), PER_PAGE);
    const guests = [...(res.guests || [])].sort((a, b) => a.name.localeCompare(b.name));
    main.removeAttribute('aria-busy');
    replaceChildren(main,
      h('h1', null, 'Guests'),
      h('p', { class: 'lede' }, `${plural(res.total, 'guest')} on the show. Choose a name to search their episodes.`),
      h('ul', { class: 'browse-grid' }, guests.map((g) => h('li', { class: 'browse-card' },
        h('h2', null, h('a', { href: facetHref('guest', g.name), dir: 'auto' }, g.name)),
        h('p', { class: 'muted' }, episodeCount(g)),
        episodeList(g.items)))),
      pagerLinks('/guests', res.total, res.page, res.per_page, ['← Previous', 'Next →']));
  } catch (err) {
    failed(main, 'Guests', err);
  }
}

export async function renderTopicsPage(main) {
  document.title = 'Topics – podseek';
  loading(main, 'Topics');
  try {
    const res = await api.topics(pageFromUrl(), PER_PAGE);
    const topics = [...(res.topics || [])].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    main.removeAttribute('aria-busy');
    replaceChildren(main,
      h('h1', null, 'Topics'),
      h('p', { class: 'lede' }, `${plural(res.total, 'topic')}, most discussed first. Choose one to search its episodes.`),
      h('ul', { class: 'browse-grid' }, topics.map((t) => h('li', { class: 'browse-card' },
        h('h2', null, h('a', { href: facetHref('topic', t.name), dir: 'auto' }, t.name),
          ' ', h('span', { class: 'count-badge', 'aria-label': plural(t.count, 'episode') }, String(t.count))),
        episodeList(t.items)))),
      pagerLinks('/topics', res.total, res.page, res.per_page, ['← Previous', 'Next →']));
  } catch (err) {
    failed(main, 'Topics', err);
  }
}

export function renderNotFound(main) {
  document.title = 'Not found – podseek';
  replaceChildren(main, h('h1', null, 'Page not found'),
    h('p', null, 'There is nothing at this address. ', h('a', { href: '/' }, 'Search the episodes'), ' instead.'));
}
