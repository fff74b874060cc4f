// The page for an episode number that several podcasts share (/episodes/3 in an index of several
// podcasts, which the API refuses as ambiguous): it lists the episodes of that number, each with its
// podcast, and links each by its id. The episodes are found with the query "#N" (an episode number).
// Module-level state: none.
import * as api from './api.js';
import { h, replaceChildren, episodeHref } from './dom.js';
import { episodeFacts } from './facts.js';

const MOST_CHOICES = 50; // the API's largest page: far more podcasts than share a number in practice

/** The episodes numbered `number` in every podcast of the index (API summaries), newest first. */
export async function episodesNumbered(number) {
  const res = await api.search({ q: `#${number}`, sort: 'newest' }, { perPage: MOST_CHOICES });
  return (res.results || []).filter((r) => String(r.episode) === String(number));
}

/** Fills main with the choice between `episodes`, the ones numbered `number`. */
export function showEpisodeChoice(main, number, episodes) {
  main.removeAttribute('aria-busy');
  document.title = `Episode ${number} – podseek`;
  replaceChildren(main, h('h1', null, `Episode ${number}`),
    h('p', { class: 'lede' }, `${episodes.length} podcasts have an episode ${number}. Which one do you mean?`),
    h('ol', { class: 'episode-cards episode-choices' }, episodes.map((e) => h('li', { class: 'episode-card' },
      h('div', { class: 'episode-card-body' },
        h('h2', { class: 'episode-card-title' }, h('a', { class: 'episode-choice', href: episodeHref(e.id) },
          h('span', { class: 'ep-num' }, `#${number}`), h('span', { dir: 'auto' }, e.title))),
        episodeFacts(e, { showPodcast: true }))))));
}
