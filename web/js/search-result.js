// One result of the search page: artwork, title, facts, guests, the snippet, the matching chapters
// and transcript moments (each plays from its second where the episode has audio), Play and Listen.
// Module-level state: none.
import { h, highlighted, facetHref, episodeHref, safeUrl } from './dom.js';
import { artwork, episodeFacts } from './facts.js';
import { momentControl, playButton } from './player.js';

/** A matching moment (chapter or transcript cue): its time and what is said or titled there. */
function momentItem(r, startSeconds, deepLink, start, label) {
  return h('li', null, momentControl(r, startSeconds, deepLink, [
    h('time', { datetime: `PT${startSeconds}S` }, start),
    h('span', { class: 'chapter-title', dir: 'auto' }, label)]));
}

function guestLinks(guests) {
  if (!guests || !guests.length) return null;
  return h('p', { class: 'guests' }, 'with ',
    guests.map((g, i) => [i ? ', ' : null, h('a', { href: facetHref('guest', g), 'data-state': '', dir: 'auto' }, g)]));
}

/** The list item for an API search result; mixed: the index holds several podcasts. */
export function searchResult(r, { mixed = false } = {}) {
  const number = r.episode === null || r.episode === undefined ? null : r.episode;
  // In an index of several podcasts, numbers repeat: link by id and name the podcast.
  const href = number !== null && !mixed ? episodeHref(number) : episodeHref(r.id);
  const chapters = (r.chapters || []).map((c) =>
    momentItem(r, c.start_seconds, c.deep_link, c.start, c.title_html ? highlighted(c.title_html) : c.title));
  const transcript = (r.transcript || []).map((t) =>
    momentItem(r, t.start_seconds, t.deep_link, t.start,
      [t.speaker ? h('strong', null, `${t.speaker}: `) : null, highlighted(t.text_html)]));
  const art = artwork(r.image_url, 56);
  return h('li', { class: `result${art ? ' has-art' : ''}`, dataset: { episode: number ?? '' } },
    art,
    h('h2', { class: 'result-title' },
      h('a', { href, class: 'result-link' },
        number !== null ? h('span', { class: 'ep-num' }, `#${number}`) : null,
        h('span', { dir: 'auto' }, r.title))),
    episodeFacts(r, { showPodcast: mixed }),
    guestLinks(r.guests),
    r.snippet ? h('p', { class: 'snippet', dir: 'auto' }, highlighted(r.snippet)) : null,
    chapters.length ? h('ul', { class: 'chapters', 'aria-label': `Matching chapters of episode ${number ?? r.title}` }, chapters) : null,
    transcript.length ? h('ul', { class: 'chapters transcript', 'aria-label': 'Matching transcript' }, transcript) : null,
    playButton(r),
    r.url ? h('p', { class: 'listen' }, h('a', { href: safeUrl(r.url), rel: 'noopener' }, 'Listen on ', r.podcast || 'the podcast site', ' ↗')) : null);
}
