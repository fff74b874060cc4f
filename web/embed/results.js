// The dropdown's contents: one item per /api/search result (title, highlighted snippet, chapter deep
// links) and a link to all results on the podseek site. Built with web/js/dom.js only: API text
// becomes text nodes and <mark> elements, links only http(s). Module state: none.
import { h, highlighted, plural, safeUrl } from '../js/dom.js';
import { artwork, episodeFacts } from '../js/facts.js';

/** "4 episodes match", for the screen reader's live region. */
export function matchCount(total) {
  return `${plural(total, 'episode')} ${total === 1 ? 'matches' : 'match'}`;
}

/** The dropdown items for a response; origin is the API's, against which relative URLs resolve. */
export function resultItems(q, data, origin) {
  const results = data.results || [];
  // In an index of several podcasts, each result names its podcast.
  const mixed = data.podcasts_in_index > 1;
  const items = results.map((r) => resultItem(r, origin, mixed));
  // A misspelt query is searched as corrected (as on the search page): say which words were used.
  if (data.corrected_query) {
    items.unshift(h('li', { class: 'message corrected' }, 'Showing results for ', h('strong', null, data.corrected_query)));
  }
  if (data.total > results.length) {
    items.push(h('li', null, h('a', {
      class: 'more', href: `${origin}/?q=${encodeURIComponent(q)}`, target: '_top',
    }, `All ${data.total} results \u2192`)));
  }
  return items;
}

function resultItem(r, origin, mixed) {
  const hasNumber = r.episode !== null && r.episode !== undefined;
  const title = h('a', { href: safeUrl(r.url, origin), class: 'title', target: '_top' },
    hasNumber ? h('span', { class: 'num' }, `#${r.episode}`) : null, h('span', { dir: 'auto' }, r.title));
  const chapters = (r.chapters || []).map((c) => chapterItem(c, origin));
  const art = artwork(r.image_url, 40, origin);
  return h('li', { class: `result${art ? ' has-art' : ''}`, part: 'result' },
    art,
    title,
    episodeFacts(r, { showPodcast: mixed, base: origin }),
    r.snippet ? h('p', { class: 'snippet', dir: 'auto' }, highlighted(r.snippet)) : null,
    chapters.length ? h('ul', { class: 'chapters' }, chapters) : null);
}

function chapterItem(c, origin) {
  return h('li', null,
    h('a', { href: safeUrl(c.deep_link, origin), class: 'chapter', target: '_top' },
      h('time', null, c.start),
      h('span', { dir: 'auto' }, c.title_html ? highlighted(c.title_html) : c.title)));
}
