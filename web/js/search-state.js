// The search page's state and its URL: the query, each facet's chosen values, the date and length
// ranges, the page and the sort. The URL is the state, so reload, back and shared links work.
// Module-level state: none.
import { rangesFromParams, appendRanges, activeRanges, NO_RANGES } from './range_filters.js';

export const PER_PAGE = 10;
export const SORTS = [['relevance', 'Relevance'], ['newest', 'Newest first'], ['oldest', 'Oldest first'],
  ['duration', 'Longest first']];
// [API parameter, panel heading, chip label]; when each facet shows: facetWorthShowing (facet_labels.js).
export const FACETS = [['guest', 'Guests', 'Guest'], ['topic', 'Topics', 'Topic'], ['podcast', 'Podcasts', 'Podcast'],
  ['language', 'Languages', 'Language'], ['category', 'Categories', 'Category']];

/** Reads the search state from a URL's query string. */
export function stateFromUrl(search) {
  const params = new URLSearchParams(search);
  const page = Number.parseInt(params.get('page') || '1', 10);
  const sort = params.get('sort');
  return {
    q: params.get('q') || '',
    ...Object.fromEntries(FACETS.map(([facet]) => [facet, params.getAll(facet)])),
    ...rangesFromParams(params),
    page: Number.isFinite(page) && page > 1 ? page : 1,
    sort: SORTS.some(([value]) => value === sort) ? sort : '',
  };
}

/** The query string for a state, without defaults: "?q=QUIC&guest=Max+Inden". */
export function urlFromState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [facet] of FACETS) for (const value of state[facet]) params.append(facet, value);
  appendRanges(params, state);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.sort) params.set('sort', state.sort);
  const qs = params.toString();
  return qs ? `/?${qs}` : '/';
}

/** The number of the last page of results (1 when there are none). */
export function lastPage(res) {
  return Math.max(1, Math.ceil(res.total / (res.per_page || PER_PAGE)));
}

/** How many filters (facet values and ranges) the state sets. */
export function activeFilters(state) {
  return FACETS.reduce((sum, [facet]) => sum + state[facet].length, activeRanges(state));
}

/** The state with every facet value and range cleared, on page 1. */
export function withoutFilters(state) {
  return { ...state, ...Object.fromEntries(FACETS.map(([facet]) => [facet, []])), ...NO_RANGES, page: 1 };
}
