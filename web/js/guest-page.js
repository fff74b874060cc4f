// A guest's page (/guests/{name}): their episodes, the passages of those episodes' transcripts
// they speak, and the chapters and transcript passages of any episode that name them. Each
// moment plays from its second where the episode has an enclosure, else links out.
import * as api from './api.js';
import { h, replaceChildren, plural, facetHref, episodeHref, highlighted } from './dom.js';
import { guestHref } from './facts.js';
import { episodeCard, pagerLinks } from './episode-card.js';
import { momentControl } from './player.js';
import { showLoading, showFailure, showNotFound, pageFromUrl } from './page-state.js';

const PER_PAGE = 20;

export async function renderGuestPage(main, name) {
  document.title = `${name} – podseek`;
  showLoading(main, name);
  let res;
  try {
    res = await api.guest(name, pageFromUrl(), PER_PAGE);
  } catch (err) {
    if (err.status === 404) return showNotFound(main, 'Guest not found', `guest “${name}”`);
    return showFailure(main, name, err);
  }
  main.removeAttribute('aria-busy');
  document.title = `${res.name} – podseek`;
  const episodes = res.episodes || [];
  const byId = new Map(episodes.map((e) => [e.id, e]));
  const showPodcast = new Set(episodes.map((e) => e.podcast)).size > 1;
  replaceChildren(main, h('article', { class: 'guest' },
    h('p', { class: 'crumbs' }, h('a', { href: '/guests' }, 'Guests'), ` › ${res.name}`),
    h('h1', { dir: 'auto' }, res.name),
    h('p', { class: 'lede' }, `Guest on ${plural(res.total, 'episode')}. `,
      h('a', { href: facetHref('guest', res.name) }, `Search within ${res.name}’s episodes`), '.'),
    h('section', { 'aria-labelledby': 'episodes-heading' },
      h('h2', { id: 'episodes-heading' }, 'Episodes'),
      h('ol', { class: 'episode-cards' }, episodes.map((e) => episodeCard(e, { showPodcast }))),
      pagerLinks(guestHref(res.name), res.total, res.page, res.per_page)),
    momentSection('spoken-heading', `Where ${res.name} speaks`, res.spoken || [], byId,
      (e, m) => momentItem(e, m, m.text)),
    momentSection('named-heading', `Where ${res.name} is named`, res.named || [], byId,
      (e, m) => momentItem(e, m, highlighted(m.text_html), m.kind === 'chapter' ? 'Chapter' : m.speaker))));
}

/** The moments under one heading, grouped by episode in the order they come. */
function momentSection(id, heading, moments, byId, item) {
  if (!moments.length) return null;
  const groups = new Map();
  for (const m of moments) {
    if (!groups.has(m.episode_id)) groups.set(m.episode_id, []);
    groups.get(m.episode_id).push(m);
  }
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, heading),
    h('ul', { class: 'moments' }, [...groups].map(([episodeId, list]) => {
      const first = list[0];
      const e = byId.get(episodeId) || { id: episodeId, title: first.episode_title, podcast: first.podcast, enclosure_url: first.enclosure_url };
      return h('li', { class: 'moment-group' },
        h('h3', null, h('a', { href: episodeHref(episodeId), dir: 'auto' }, e.title || first.episode_title || episodeId)),
        h('ul', { class: 'chapters' }, list.map((m) => item(e, m))));
    })));
}

function momentItem(e, m, text, label = '') {
  return h('li', { class: 'moment' },
    momentControl(e, m.start_seconds, m.deep_link, [
      h('time', { datetime: `PT${m.start_seconds}S` }, m.start),
      h('span', { class: 'chapter-title', dir: 'auto' }, label ? h('strong', null, `${label}: `) : null, text)]));
}
