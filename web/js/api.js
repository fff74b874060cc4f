// The podseek HTTP API (see API.md) as promise-returning functions, used by the pages and by the
// embeddable search box (web/embed/, bundled into embed.js). Every function takes an optional
// AbortSignal; failures reject with ApiError. Module-level state: none.

/** A failed request: status is the HTTP status, or 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
  get unreachable() { return this.status === 0; }
}

// origin: '' for the server that served the page, or e.g. 'https://search.example' (the embed, on
// another site). The API reads no cookies, so none are sent; Accept needs no CORS preflight.
async function getJson(path, params, signal, origin = '') {
  const query = params && [...params].length ? `?${params}` : '';
  let response;
  try {
    response = await fetch(`${origin}/api/${path}${query}`,
                           { signal, credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(0, 'unreachable', 'The search server cannot be reached.');
  }
  let body = null;
  try { body = await response.json(); } catch { /* non-JSON body: handled below */ }
  if (!response.ok || body === null) {
    const error = body && body.error ? body.error : {};
    throw new ApiError(response.status, error.code || 'http_error',
                       error.message || `The server answered ${response.status}.`);
  }
  return body;
}

/**
 * state: {q, guest: [], topic: [], podcast: [], language: [], category: [], page, sort};
 * opts: {partial, perPage, origin} (origin as for getJson).
 * Resolves to the /api/search response.
 */
export function search(state, { partial = false, perPage = 10, origin = '' } = {}, signal) {
  const params = new URLSearchParams();
  params.set('q', state.q || '');
  for (const g of state.guest || []) params.append('guest', g);
  for (const t of state.topic || []) params.append('topic', t);
  for (const p of state.podcast || []) params.append('podcast', p);
  for (const l of state.language || []) params.append('language', l);
  for (const c of state.category || []) params.append('category', c);
  for (const r of ['published_after', 'published_before', 'min_duration', 'max_duration']) {
    if (state[r]) params.set(r, state[r]);
  }
  if (state.page > 1) params.set('page', String(state.page));
  params.set('per_page', String(perPage));
  if (state.sort) params.set('sort', state.sort);
  if (partial) params.set('partial', '1');
  return getJson('search', params, signal, origin);
}

export function suggest(q, limit = 8, signal) {
  return getJson('suggest', new URLSearchParams({ q, limit: String(limit) }), signal);
}

export function episodes(signal) {
  return getJson('episodes', new URLSearchParams({ per_page: '50' }), signal);
}

export function episode(id, signal) {
  return getJson(`episodes/${encodeURIComponent(id)}`, null, signal);
}

/** The site's title, accent, logo and example queries (GET /api/site). */
export function site(signal) { return getJson('site', null, signal); }
/** The episodes most like episode `id` (GET /api/episodes/{id}/related). */
export function related(id, limit = 5, signal) {
  return getJson(`episodes/${encodeURIComponent(id)}/related`, new URLSearchParams({ limit: String(limit) }), signal);
}

function pageParams(page, perPage) { return new URLSearchParams({ page: String(page), per_page: String(perPage) }); }
export function guests(page = 1, perPage = 50, signal) { return getJson('guests', pageParams(page, perPage), signal); }
export function topics(page = 1, perPage = 50, signal) { return getJson('topics', pageParams(page, perPage), signal); }

export function podcasts(signal) { return getJson('podcasts', null, signal); }

export function podcast(id, page = 1, perPage = 20, signal) {
  return getJson(`podcasts/${encodeURIComponent(id)}`, new URLSearchParams({ page: String(page), per_page: String(perPage) }), signal);
}

export function guest(name, page = 1, perPage = 20, signal) {
  return getJson(`guests/${encodeURIComponent(name)}`, new URLSearchParams({ page: String(page), per_page: String(perPage) }), signal);
}
