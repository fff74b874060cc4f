// What a listener chooses an episode by, as small pieces every page and the embed share: the
// publication date, duration, season and episode numbers, the explicit mark, the podcast's name
// (in an index of several podcasts) and artwork sized up front so nothing moves when it loads.
// Built with dom.js only. Module-level state: none.
import { h, safeUrl } from './dom.js';

/** "12 Mar 2025" for an ISO 8601 date or date-time; '' when it does not read as one. */
export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "42 min", "1 h 05 min", "45 s". */
export function formatDuration(seconds) {
  if (!Number.isFinite(seconds) || seconds <= 0) return '';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** The link to a podcast's page. */
export function podcastHref(id) {
  return `/podcasts/${encodeURIComponent(id)}`;
}

/** The link to a guest's page. */
export function guestHref(name) {
  return `/guests/${encodeURIComponent(name)}`;
}

/**
 * The facts line of an episode (API summary): podcast (when showPodcast), date, duration,
 * season/episode, type and explicit mark. base: the origin links resolve against (the embed's API).
 */
export function episodeFacts(e, { showPodcast = false, base = '' } = {}) {
  const parts = [];
  if (showPodcast && e.podcast) {
    parts.push(e.podcast_id ? h('a', { class: 'fact-podcast', href: `${base}${podcastHref(e.podcast_id)}`, dir: 'auto' }, e.podcast)
                            : h('span', { class: 'fact-podcast', dir: 'auto' }, e.podcast));
  }
  const date = formatDate(e.published);
  if (date) parts.push(h('time', { class: 'fact-date', datetime: e.published }, date));
  const duration = formatDuration(e.duration_seconds);
  if (duration) parts.push(h('span', { class: 'fact-duration' }, h('span', { class: 'visually-hidden' }, 'Duration '), duration));
  const season = e.season !== null && e.season !== undefined ? `S${e.season}` : '';
  const number = e.episode !== null && e.episode !== undefined ? `E${e.episode}` : '';
  if (season) {
    parts.push(h('span', { class: 'fact-number', 'aria-label': `Season ${e.season}${number ? `, episode ${e.episode}` : ''}` },
      `${season}${number ? ` · ${number}` : ''}`));
  }
  if (e.episode_type && e.episode_type !== 'full') parts.push(h('span', { class: 'fact-type' }, e.episode_type));
  if (e.explicit === true) parts.push(h('span', { class: 'explicit', title: 'Explicit', 'aria-label': 'Explicit' }, 'E'));
  return parts.length ? h('p', { class: 'facts' }, parts) : null;
}

/** Lazy artwork of a fixed size (CSS pixels), or null without a usable URL. Decorative: alt="". */
export function artwork(url, size, base = location.href) {
  const src = url ? safeUrl(url, base) : null;
  if (!src) return null;
  return h('img', { class: 'artwork', src, width: size, height: size, alt: '', loading: 'lazy', decoding: 'async' });
}
