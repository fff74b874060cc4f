// The browsing pages: /guests, /topics and /episodes/N. Each links into filtered searches.
import * as api from './api.js';
import { h, replaceChildren, plural, facetHref, episodeHref, safeUrl } from './dom.js';
import { renderRelatedEpisodes } from './related.js';

function loading(main, heading) {
  replaceChildren(main, h('h1', null, heading), h('p', { class: 'muted', role: 'status' }, 'Loading…'));
  main.setAttribute('aria-busy', 'true');
}

function failed(main, heading, err) {
  main.removeAttribute('aria-busy');
  const unreachable = err && err.unreachable;
  replaceChildren(main, h('h1', null, heading), h('div', { class: 'error-state', role: 'alert' },
    h('h2', null, unreachable ? 'Cannot reach the server' : 'Something went wrong'),
    h('p', null, unreachable ? 'The podseek server cannot be reached. Check your connection, then reload the page.'
                             : `The page could not be loaded: ${err.message}`),
    h('button', { type: 'button', onclick: () => location.reload() }, 'Reload')));
}

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

export async function renderEpisodePage(main, id) {
  document.title = `Episode ${id} – podseek`;
  loading(main, `Episode ${id}`);
  let e;
  try {
    e = await api.episode(id);
  } catch (err) {
    if (err.status === 404) {
      main.removeAttribute('aria-busy');
      replaceChildren(main, h('h1', null, 'Episode not found'),
        h('div', { class: 'empty-state' }, h('p', null, `There is no episode “${id}”.`),
          h('p', null, h('a', { href: '/' }, 'List every episode'), ' or ', h('a', { href: '/guests' }, 'browse the guests'), '.')));
      return;
    }
    failed(main, `Episode ${id}`, err);
    return;
  }
  main.removeAttribute('aria-busy');
  const number = e.episode ?? null;
  document.title = `${number !== null ? `#${number} ` : ''}${e.title} – podseek`;
  const people = (label, names, facet) => (names && names.length ? [h('dt', null, label), h('dd', null,
    names.map((n, i) => [i ? ', ' : null, facet ? h('a', { href: facetHref(facet, n) }, n) : n]))] : null);
  const chapters = e.chapters || [];
  replaceChildren(main, h('article', { class: 'episode' },
    h('p', { class: 'crumbs' }, h('a', { href: '/' }, 'All episodes'), number !== null ? ` › Episode ${number}` : null),
    h('h1', null, number !== null ? h('span', { class: 'ep-num' }, `#${number}`) : null, e.title),
    h('dl', { class: 'episode-meta' },
      people('Guests', e.guests, 'guest'),
      people('Hosts', e.hosts, null),
      people('Topics', e.topics, 'topic')),
    e.url ? h('p', null, h('a', { class: 'button-link', href: safeUrl(e.url), rel: 'noopener' }, 'Listen to the episode ↗')) : null,
    e.description ? h('section', { 'aria-labelledby': 'about-heading' }, h('h2', { id: 'about-heading' }, 'About'),
      String(e.description).split(/\n{2,}/).map((para) => h('p', { class: 'description' }, para))) : null,
    chapters.length ? h('section', { 'aria-labelledby': 'chapters-heading' },
      h('h2', { id: 'chapters-heading' }, `Chapters (${chapters.length})`),
      h('ol', { class: 'chapters chapter-table' }, chapters.map((c) => h('li', null,
        h('a', { href: safeUrl(c.deep_link), class: 'chapter-link', rel: 'noopener' },
          h('time', { datetime: `PT${c.start_seconds}S` }, c.start), h('span', { class: 'chapter-title' }, c.title)))))) : null,
    e.links && e.links.length ? h('section', { 'aria-labelledby': 'links-heading' },
      h('h2', { id: 'links-heading' }, 'Show notes'),
      h('ul', { class: 'show-links' }, e.links.map((l) => h('li', null,
        h('a', { href: safeUrl(l.url), rel: 'noopener nofollow' }, l.label || l.url),
        l.label && l.label !== l.url ? h('span', { class: 'muted link-host' }, ` ${hostOf(l.url)}`) : null)))) : null));
  renderRelatedEpisodes(main.querySelector('article.episode'), e.id);
}

function hostOf(url) {
  try { return new URL(url).host; } catch { return ''; }
}

export function renderNotFound(main) {
  document.title = 'Not found – podseek';
  replaceChildren(main, h('h1', null, 'Page not found'),
    h('p', null, 'There is nothing at this address. ', h('a', { href: '/' }, 'Search the episodes'), ' instead.'));
}
