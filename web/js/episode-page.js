// The page of one episode (/episodes/{id}): artwork and facts, guests and hosts, the player,
// every chapter (a button that plays from there, or a deep link without an enclosure), the
// description and show notes, the episodes before and after it, and related episodes (related.js).
import * as api from './api.js';
import { h, replaceChildren, facetHref, episodeHref, safeUrl } from './dom.js';
import { artwork, episodeFacts, guestHref, podcastHref } from './facts.js';
import { momentControl, playButton } from './player.js';
import { showLoading, showFailure, showNotFound } from './page-state.js';
import { renderRelatedEpisodes } from './related.js';
import { episodesNumbered, showEpisodeChoice } from './episode-choice.js';

export async function renderEpisodePage(main, id) {
  document.title = `Episode ${id} – podseek`;
  showLoading(main, `Episode ${id}`);
  let e;
  try {
    e = await api.episode(id);
  } catch (err) {
    if (err.status === 404) return showNotFound(main, 'Episode not found', `episode “${id}”`);
    if (err.status === 400 && /^\d+$/.test(id)) return showNumberShared(main, id, err);
    return showFailure(main, `Episode ${id}`, err);
  }
  main.removeAttribute('aria-busy');
  const number = e.episode ?? null;
  document.title = `${number !== null ? `#${number} ` : ''}${e.title} – podseek`;
  replaceChildren(main, h('article', { class: 'episode' },
    h('p', { class: 'crumbs' }, h('a', { href: podcastHref(e.podcast_id), dir: 'auto' }, e.podcast || 'Podcast'),
      number !== null ? ` › Episode ${number}` : null),
    h('div', { class: 'episode-head' },
      artwork(e.image_url, 160),
      h('div', null,
        h('h1', null, number !== null ? h('span', { class: 'ep-num' }, `#${number}`) : null, h('span', { class: 'episode-title', dir: 'auto' }, e.title)),
        episodeFacts(e, { showPodcast: true }),
        h('p', { class: 'episode-actions' }, playButton(e, 'Play episode'),
          e.url ? h('a', { class: 'button-link', href: safeUrl(e.url), rel: 'noopener' }, 'Listen on the podcast site ↗') : null))),
    peopleList(e),
    chapterSection(e),
    e.description ? h('section', { 'aria-labelledby': 'about-heading' }, h('h2', { id: 'about-heading' }, 'About'),
      String(e.description).split(/\n{2,}/).map((para) => h('p', { class: 'description', dir: 'auto' }, para))) : null,
    showNotes(e),
    neighbours(e)));
  renderRelatedEpisodes(main.querySelector('article.episode'), e.id);
}

/** A bare number that several podcasts use: offer each of their episodes, or the error without them. */
async function showNumberShared(main, number, err) {
  let episodes = [];
  try { episodes = await episodesNumbered(number); } catch { /* the error below says what failed */ }
  if (episodes.length > 1) return showEpisodeChoice(main, number, episodes);
  if (episodes.length === 1) return location.replace(episodeHref(episodes[0].id));
  return showFailure(main, `Episode ${number}`, err);
}

function peopleList(e) {
  const people = (label, names, href) => (names && names.length ? [h('dt', null, label), h('dd', null,
    names.map((n, i) => [i ? ', ' : null, href ? h('a', { href: href(n), dir: 'auto' }, n) : h('span', { dir: 'auto' }, n)]))] : null);
  return h('dl', { class: 'episode-meta' },
    people('Guests', e.guests, guestHref),
    people('Hosts', e.hosts, null),
    people('Topics', e.topics, (t) => facetHref('topic', t)));
}

function chapterSection(e) {
  const chapters = e.chapters || [];
  if (!chapters.length) return null;
  return h('section', { 'aria-labelledby': 'chapters-heading' },
    h('h2', { id: 'chapters-heading' }, `Chapters (${chapters.length})`),
    h('ol', { class: 'chapters chapter-table' }, chapters.map((c) => h('li', null,
      momentControl(e, c.start_seconds, c.deep_link, [
        h('time', { datetime: `PT${c.start_seconds}S` }, c.start), h('span', { class: 'chapter-title', dir: 'auto' }, c.title)])))));
}

function showNotes(e) {
  if (!e.links || !e.links.length) return null;
  return h('section', { 'aria-labelledby': 'links-heading' },
    h('h2', { id: 'links-heading' }, 'Show notes'),
    h('ul', { class: 'show-links' }, e.links.map((l) => h('li', null,
      h('a', { href: safeUrl(l.url), rel: 'noopener nofollow', dir: 'auto' }, l.label || l.url),
      l.label && l.label !== l.url ? h('span', { class: 'muted link-host' }, ` ${hostOf(l.url)}`) : null))));
}

function neighbours(e) {
  if (!e.previous && !e.next) return null;
  const link = (ref, rel, label) => (ref ? h('a', { href: episodeHref(ref.id), rel, class: `neighbour neighbour-${rel}` },
    h('span', { class: 'muted' }, label), h('span', { dir: 'auto' }, ref.title)) : h('span', null));
  return h('nav', { class: 'neighbours', 'aria-label': 'Other episodes' },
    link(e.previous, 'prev', '← Previous episode'), link(e.next, 'next', 'Next episode →'));
}

function hostOf(url) {
  try { return new URL(url).host; } catch { return ''; }
}
