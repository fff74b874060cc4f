// The page's one audio player: a bar fixed to the bottom of the window with the browser's own
// <audio> controls, the episode's artwork, title and current chapter. Chapter times and transcript
// moments of an episode with an enclosure become buttons that play from that second; without an
// enclosure they stay deep links to the podcast's site. While it plays, the current chapter's
// buttons carry aria-current and the class is-playing. Sets the Media Session metadata (title,
// podcast, artwork) and chapter skipping for the system's media keys.
// Module-level state: the one player of the page, made on first use.
import * as api from './api.js';
import { h, replaceChildren, safeUrl, episodeHref } from './dom.js';

let player = null;

let probe = null; // an <audio> element that only answers canPlayType

/**
 * Whether the episode (an API summary) can be played here: it has an http(s) enclosure, of a type
 * this browser may play (an enclosure without a type is tried).
 */
export function canPlay(e) {
  if (!e || !e.enclosure_url || !safeUrl(e.enclosure_url)) return false;
  if (!e.enclosure_type) return true;
  probe = probe || document.createElement('audio');
  return probe.canPlayType(e.enclosure_type) !== '';
}

/**
 * A control for one moment of an episode: a button that plays from `seconds` when the episode has
 * an enclosure, else a link to `deepLink`. children: the visible content; cls: its class.
 */
export function momentControl(e, seconds, deepLink, children, cls = 'chapter-link') {
  if (!canPlay(e)) return h('a', { href: safeUrl(deepLink), class: cls, rel: 'noopener' }, children);
  return h('button', {
    type: 'button', class: `${cls} play-at`, dataset: { playEpisode: e.id, playStart: String(seconds) },
    onclick: () => play(e, seconds),
  }, h('span', { class: 'play-icon', 'aria-hidden': 'true' }, '▶'), children);
}

/** "▶ Play" for the whole episode, or null when it has no enclosure. */
export function playButton(e, label = 'Play') {
  if (!canPlay(e)) return null;
  return h('button', {
    type: 'button', class: 'play-button', 'aria-label': `${label}: ${e.title}`, onclick: () => play(e, 0),
  }, h('span', { 'aria-hidden': 'true' }, '▶ '), label);
}

/** Plays the episode from `seconds` in the page's player. */
export function play(e, seconds) {
  if (!player) player = new Player();
  player.play(e, seconds);
}

class Player {
  constructor() {
    this.audio = h('audio', { controls: true, preload: 'metadata', class: 'player-audio' });
    this.art = h('span', { class: 'player-art' });
    this.title = h('p', { class: 'player-title' });
    this.chapter = h('p', { class: 'player-chapter', 'aria-live': 'polite' });
    this.bar = h('section', { class: 'player', 'aria-label': 'Player' },
      this.art, h('div', { class: 'player-text' }, this.title, this.chapter), this.audio,
      h('button', { type: 'button', class: 'player-close', 'aria-label': 'Close the player', onclick: () => this.close() }, '×'));
    document.body.appendChild(this.bar);
    this.episode = null;
    this.chapters = [];
    this.current = -1;
    this.audio.addEventListener('timeupdate', () => this.showChapter());
    this.audio.addEventListener('seeked', () => this.showChapter());
  }

  play(e, seconds) {
    const url = safeUrl(e.enclosure_url);
    document.body.classList.add('has-player');
    this.bar.hidden = false;
    if (!this.episode || this.episode.id !== e.id || this.audio.currentSrc !== url) {
      this.episode = e;
      this.chapters = fullChapters(e) || [];
      this.current = -1;
      this.audio.src = url;
      this.showEpisode(e);
      if (!fullChapters(e)) this.loadChapters(e);
    }
    const seek = () => { this.audio.currentTime = seconds; this.showChapter(); };
    if (this.audio.readyState >= 1) seek();
    else this.audio.addEventListener('loadedmetadata', seek, { once: true });
    this.audio.play().catch(() => { /* refused (no gesture) or failed: the controls still show it */ });
  }

  showEpisode(e) {
    const art = e.image_url ? safeUrl(e.image_url) : null;
    replaceChildren(this.art, art ? h('img', { src: art, width: 48, height: 48, alt: '' }) : null);
    replaceChildren(this.title, h('a', { href: episodeHref(e.id), dir: 'auto' }, e.title),
      e.podcast ? h('span', { class: 'muted' }, ` · ${e.podcast}`) : null);
    replaceChildren(this.chapter);
    if ('mediaSession' in navigator && typeof MediaMetadata === 'function') {
      navigator.mediaSession.metadata = new MediaMetadata({
        title: e.title, artist: e.podcast || '', album: e.podcast || '',
        artwork: art ? [{ src: art, sizes: '512x512' }] : [],
      });
      const skip = (delta) => () => {
        const target = this.chapters[this.current + delta];
        if (target) this.audio.currentTime = target.start_seconds;
      };
      navigator.mediaSession.setActionHandler('previoustrack', skip(-1));
      navigator.mediaSession.setActionHandler('nexttrack', skip(1));
    }
  }

  /** Search results carry only the matching chapters: the episode's own page has them all. */
  async loadChapters(e) {
    try {
      const detail = await api.episode(e.id);
      if (this.episode && this.episode.id === e.id) { this.chapters = detail.chapters || []; this.showChapter(); }
    } catch { /* no chapter names in the bar; playing goes on */ }
  }

  showChapter() {
    const t = this.audio.currentTime;
    let index = -1;
    this.chapters.forEach((c, i) => { if (c.start_seconds <= t + 0.25) index = i; });
    const chapter = this.chapters[index];
    if (index !== this.current) {
      this.current = index;
      this.chapter.textContent = chapter ? `Chapter: ${chapter.title}` : '';
      if (chapter && 'mediaSession' in navigator && navigator.mediaSession.metadata) {
        navigator.mediaSession.metadata.album = chapter.title;
      }
    }
    // Marked on every update, so the times of results rendered since (a new search) are marked too.
    const start = chapter ? chapter.start_seconds : null;
    for (const el of document.querySelectorAll('[data-play-episode]')) {
      const on = el.dataset.playEpisode === this.episode.id && chapter && Number(el.dataset.playStart) === start &&
                 el.closest('.chapter-table, .chapters:not(.transcript)');
      el.classList.toggle('is-playing', Boolean(on));
      if (on) el.setAttribute('aria-current', 'true'); else el.removeAttribute('aria-current');
    }
  }

  close() {
    this.audio.pause();
    this.bar.hidden = true;
    document.body.classList.remove('has-player');
  }
}

/** The episode's chapters when it carries all of them (from /api/episodes/{id}), else null. */
function fullChapters(e) {
  const chapters = e.chapters || [];
  const complete = chapters.length > 0 && chapters.every((c) => 'end_seconds' in c);
  return complete ? chapters : null;
}
