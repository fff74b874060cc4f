// A podcast's page (/podcasts/{id}): artwork, description, categories, hosts, and its episodes
// newest first, a page at a time (?page=N); and the list of every podcast (/podcasts).
import * as api from './api.js';
import { h, replaceChildren, plural, safeUrl } from './dom.js';
import { artwork, podcastHref } from './facts.js';
import { episodeCard, pagerLinks } from './episode-card.js';
import { showLoading, showFailure, showNotFound, pageFromUrl } from './page-state.js';

const PER_PAGE = 10;

export async function renderPodcastPage(main, id) {
  document.title = 'Podcast – podseek';
  showLoading(main, 'Podcast');
  const page = pageFromUrl();
  let res;
  try {
    res = await api.podcast(id, page, PER_PAGE);
  } catch (err) {
    if (err.status === 404) return showNotFound(main, 'Podcast not found', `podcast “${id}”`);
    return showFailure(main, 'Podcast', err);
  }
  main.removeAttribute('aria-busy');
  const p = res.podcast;
  document.title = `${p.title} – podseek`;
  const search = new URLSearchParams({ podcast: p.title });
  replaceChildren(main, h('article', { class: 'show' },
    h('div', { class: 'show-head' },
      artwork(p.image_url, 200),
      h('div', null,
        h('h1', { dir: 'auto' }, p.title),
        p.explicit === true ? h('p', null, h('span', { class: 'explicit', 'aria-label': 'Explicit' }, 'E'), ' Explicit') : null,
        p.description ? h('p', { class: 'description', dir: 'auto' }, p.description) : null,
        h('dl', { class: 'episode-meta' },
          p.hosts && p.hosts.length ? [h('dt', null, 'Hosts'), h('dd', null, p.hosts.join(', '))] : null,
          p.categories && p.categories.length ? [h('dt', null, 'Categories'), h('dd', null,
            h('ul', { class: 'tags' }, mostSpecific(p.categories).map((c) => h('li', null, c))))] : null,
          p.language ? [h('dt', null, 'Language'), h('dd', null, p.language)] : null),
        h('p', { class: 'episode-actions' },
          h('a', { class: 'button-link', href: `/?${search}` }, 'Search this podcast'),
          p.url ? h('a', { class: 'button-link', href: safeUrl(p.url), rel: 'noopener' }, 'Website ↗') : null))),
    h('section', { 'aria-labelledby': 'episodes-heading' },
      h('h2', { id: 'episodes-heading' }, `Episodes (${res.total}), newest first`),
      h('ol', { class: 'episode-cards' }, (res.episodes || []).map((e) => episodeCard(e))),
      pagerLinks(podcastHref(p.id), res.total, res.page, res.per_page))));
}

/** Categories without those another one refines: "Arts" goes when "Arts > Performing Arts" is there. */
function mostSpecific(categories) {
  return categories.filter((c) => !categories.some((other) => other.startsWith(`${c} > `)));
}

export async function renderPodcastsPage(main) {
  document.title = 'Podcasts – podseek';
  showLoading(main, 'Podcasts');
  let res;
  try {
    res = await api.podcasts();
  } catch (err) {
    return showFailure(main, 'Podcasts', err);
  }
  main.removeAttribute('aria-busy');
  const list = res.podcasts || [];
  replaceChildren(main, h('h1', null, 'Podcasts'),
    h('p', { class: 'lede' }, `${plural(list.length, 'podcast')} in this index.`),
    h('ul', { class: 'browse-grid' }, list.map((p) => h('li', { class: 'browse-card podcast-card' },
      artwork(p.image_url, 96),
      h('h2', null, h('a', { href: podcastHref(p.id), dir: 'auto' }, p.title)),
      h('p', { class: 'muted' }, plural(p.episode_count, 'episode'))))));
}
