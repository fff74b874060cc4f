// One episode as a card in the lists of the podcast and guest pages: artwork, title, facts,
// guests and a play button. Module-level state: none.
import { h, episodeHref } from './dom.js';
import { artwork, episodeFacts, guestHref } from './facts.js';
import { playButton } from './player.js';

/** The card for an API episode summary; showPodcast names the podcast (a mixed index). */
export function episodeCard(e, { showPodcast = false } = {}) {
  const number = e.episode ?? null;
  return h('li', { class: 'episode-card', dataset: { id: e.id } },
    artwork(e.image_url, 64) || h('span', { class: 'artwork artwork-none', 'aria-hidden': 'true' }),
    h('div', { class: 'episode-card-body' },
      h('h3', { class: 'episode-card-title' }, h('a', { href: episodeHref(e.id) },
        number !== null ? h('span', { class: 'ep-num' }, `#${number}`) : null, h('span', { dir: 'auto' }, e.title))),
      episodeFacts(e, { showPodcast }),
      e.guests && e.guests.length ? h('p', { class: 'guests' }, 'with ',
        e.guests.map((g, i) => [i ? ', ' : null, h('a', { href: guestHref(g), dir: 'auto' }, g)])) : null,
      playButton(e)));
}

/** Previous/next page links for a paged list at `path` (?page=N), or null for one page. */
export function pagerLinks(path, total, page, perPage, [before, after] = ['← Newer', 'Older →']) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages <= 1) return null;
  const href = (n) => (n > 1 ? `${path}?page=${n}` : path);
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    // A way that leads nowhere is left out, not shown greyed.
    page > 1 ? h('a', { href: href(page - 1), rel: 'prev' }, before) : h('span'),
    h('span', { class: 'page-of' }, `Page ${Math.min(page, pages)} of ${pages}`),
    page < pages ? h('a', { href: href(page + 1), rel: 'next' }, after) : h('span'));
}
