// The "Related episodes" list of an episode page: the episodes most like this one
// (GET /api/episodes/{id}/related), each with what it shares. Renders nothing when there are none
// or the request fails (the rest of the page stands on its own). Module-level state: none.
import * as api from './api.js';
import { h, episodeHref } from './dom.js';

const RELATED_SHOWN = 5;

// What a related episode is shown to share: its shared guests, two topics and three words at most.
function reasons(r) {
  const words = [...(r.shared_topics || []).slice(0, 2), ...(r.shared_words || []).slice(0, 3)];
  return [...(r.shared_guests || []), ...words];
}

/** Appends a "Related episodes" section for episode `id` to `container` once the answer arrives. */
export async function renderRelatedEpisodes(container, id) {
  if (!container) return;
  let res;
  try {
    res = await api.related(id, RELATED_SHOWN);
  } catch {
    return;
  }
  const related = res.related || [];
  if (!related.length) return;
  container.append(h('section', { class: 'related', 'aria-labelledby': 'related-heading' },
    h('h2', { id: 'related-heading' }, 'Related episodes'),
    h('ul', { class: 'episode-list related-list' }, related.map((r) => h('li', { 'data-id': r.id },
      h('a', { href: episodeHref(r.id) }, r.episode != null ? h('span', { class: 'ep-num' }, `#${r.episode}`) : null, h('span', { dir: 'auto' }, r.title)),
      reasons(r).length ? h('span', { class: 'muted related-reasons' }, ` — shares ${reasons(r).join(', ')}`) : null)))));
}
