/*
 * podseek embeddable search box.
 *
 *   <div id="search"></div>
 *   <script src="https://SERVER/embed.js" data-target="#search"></script>
 *
 * Optional attributes on the script tag: data-placeholder, data-limit (results shown, 1-10),
 * data-label (the visually hidden label). The API origin is the script's own origin, so the
 * podseek server must list the host page's origin with --allow-origin.
 *
 * Styles live in a Shadow DOM and never leak either way. Theme it from the host page with
 * CSS custom properties on the target (or any ancestor):
 *   --podseek-accent, --podseek-bg, --podseek-fg, --podseek-muted, --podseek-border,
 *   --podseek-mark, --podseek-radius, --podseek-font, --podseek-width
 * and ::part(input), ::part(dropdown), ::part(result) for anything else.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script) return; // loaded as a module or injected late: nothing to anchor to
  var origin = new URL(script.src, location.href).origin;
  var limit = Math.max(1, Math.min(10, parseInt(script.dataset.limit || '5', 10) || 5));
  var placeholder = script.dataset.placeholder || 'Search podcast episodes…';
  var labelText = script.dataset.label || 'Search podcast episodes';

  var CSS = [
    ':host { display: block; position: relative; width: var(--podseek-width, 100%); max-width: 100%;',
    '  font-family: var(--podseek-font, system-ui, sans-serif); color: var(--podseek-fg, #1f2328); line-height: 1.4; }',
    '* { box-sizing: border-box; }',
    '.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }',
    'input { width: 100%; font: inherit; padding: .55em .8em; color: inherit; background: var(--podseek-bg, #fff);',
    '  border: 2px solid var(--podseek-border, #d0d7de); border-radius: var(--podseek-radius, 8px); }',
    'input:focus { outline: none; border-color: var(--podseek-accent, #6d28d9); }',
    '.dropdown { position: absolute; left: 0; right: 0; top: calc(100% + 4px); z-index: 2147483000; margin: 0; padding: .3em;',
    '  list-style: none; background: var(--podseek-bg, #fff); border: 1px solid var(--podseek-border, #d0d7de);',
    '  border-radius: var(--podseek-radius, 8px); box-shadow: 0 8px 24px rgba(0,0,0,.15); max-height: 70vh; overflow: auto; }',
    '.dropdown[hidden] { display: none; }',
    '.result { padding: .4em .5em; border-radius: calc(var(--podseek-radius, 8px) - 2px); }',
    '.result + .result { border-top: 1px solid var(--podseek-border, #d0d7de); }',
    'a { color: var(--podseek-accent, #6d28d9); text-decoration: none; border-radius: 4px; }',
    'a:hover { text-decoration: underline; }',
    'a:focus-visible, a.active { outline: 2px solid var(--podseek-accent, #6d28d9); outline-offset: 1px; }',
    '.title { font-weight: 600; display: block; }',
    '.num { color: var(--podseek-muted, #57606a); font-variant-numeric: tabular-nums; margin-right: .3em; }',
    '.snippet { margin: .2em 0 0; font-size: .9em; color: var(--podseek-muted, #57606a); }',
    'mark { background: var(--podseek-mark, #fff1a8); color: inherit; }',
    '.chapters { list-style: none; margin: .3em 0 0; padding: 0; font-size: .9em; }',
    '.chapters a { display: flex; gap: .7em; color: inherit; padding: .1em .2em; }',
    '.chapters time { color: var(--podseek-accent, #6d28d9); font-family: ui-monospace, Menlo, monospace; flex: none; }',
    '.message { padding: .5em; color: var(--podseek-muted, #57606a); }',
    '.error { color: #b42318; }',
    '.more { display: block; padding: .4em .5em; font-size: .9em; }'
  ].join('\n');

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function decode(text) {
    var map = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, function (whole, name) {
      if (name.charAt(0) === '#') {
        var code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return Object.prototype.hasOwnProperty.call(map, name.toLowerCase()) ? map[name.toLowerCase()] : whole;
    });
  }

  // The API's only markup is <mark>; everything else becomes text.
  function highlighted(html) {
    var frag = document.createDocumentFragment();
    var inMark = false;
    String(html || '').split(/(<mark>|<\/mark>)/).forEach(function (part) {
      if (part === '<mark>') { inMark = true; return; }
      if (part === '</mark>') { inMark = false; return; }
      if (!part) return;
      frag.appendChild(inMark ? el('mark', null, [decode(part)]) : document.createTextNode(decode(part)));
    });
    return frag;
  }

  function safeUrl(url) {
    try {
      var u = new URL(url, origin);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) { return null; }
  }

  function mount(host) {
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function' && CSSStyleSheet.prototype.replaceSync) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS); // constructed sheets are not inline styles: a host CSP with style-src 'self' allows them
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el('style', null, [CSS]));
    }
    var uid = 'podseek-' + Math.random().toString(36).slice(2, 8);
    // A plain search box over a list of links (not a combobox: the dropdown holds links, and
    // ArrowDown moves focus into them).
    var input = el('input', {
      id: uid + '-q', type: 'search', part: 'input', placeholder: placeholder, autocomplete: 'off',
      'aria-controls': uid + '-list'
    });
    var label = el('label', { 'for': uid + '-q', 'class': 'sr' }, [labelText]);
    var list = el('ul', { id: uid + '-list', 'class': 'dropdown', part: 'dropdown', 'aria-label': 'Search results' });
    list.hidden = true;
    var live = el('div', { 'class': 'sr', role: 'status', 'aria-live': 'polite' });
    root.appendChild(label);
    root.appendChild(input);
    root.appendChild(list);
    root.appendChild(live);

    var timer = 0, requestId = 0, controller = null;

    function open(on) {
      list.hidden = !on;
    }

    function message(text, isError) {
      list.textContent = '';
      list.appendChild(el('li', { 'class': 'message' + (isError ? ' error' : '') }, [text]));
      live.textContent = text;
      open(true);
    }

    function render(q, data) {
      list.textContent = '';
      var results = data.results || [];
      live.textContent = data.total + (data.total === 1 ? ' episode matches' : ' episodes match');
      if (!results.length) { message('No episodes match \u201c' + q + '\u201d.'); return; }
      results.forEach(function (r) {
        var chapters = (r.chapters || []).map(function (c) {
          return el('li', null, [el('a', { href: safeUrl(c.deep_link), 'class': 'chapter', target: '_top' }, [
            el('time', null, [c.start]), el('span', null, [c.title_html ? highlighted(c.title_html) : document.createTextNode(c.title)])])]);
        });
        var title = el('a', { href: safeUrl(r.url), 'class': 'title', target: '_top' }, [
          r.episode !== null && r.episode !== undefined ? el('span', { 'class': 'num' }, ['#' + r.episode]) : null, r.title]);
        list.appendChild(el('li', { 'class': 'result', part: 'result' }, [
          title,
          r.snippet ? el('p', { 'class': 'snippet' }, [highlighted(r.snippet)]) : null,
          chapters.length ? el('ul', { 'class': 'chapters' }, chapters) : null]));
      });
      if (data.total > results.length) {
        list.appendChild(el('li', null, [el('a', {
          'class': 'more', href: origin + '/?q=' + encodeURIComponent(q), target: '_top'
        }, ['All ' + data.total + ' results \u2192'])]));
      }
      open(true);
    }

    function search(q) {
      var id = ++requestId;
      if (controller) controller.abort();
      if (!q.trim()) { open(false); list.textContent = ''; return; }
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      var url = origin + '/api/search?per_page=' + limit + '&partial=' + (/\S$/.test(q) ? '1' : '0') + '&q=' + encodeURIComponent(q);
      fetch(url, { signal: controller ? controller.signal : undefined, credentials: 'omit' })
        .then(function (res) {
          if (!res.ok) throw new Error('HTTP ' + res.status);
          return res.json();
        })
        .then(function (data) { if (id === requestId) render(q, data); })
        .catch(function (err) {
          if (err && err.name === 'AbortError') return;
          if (id === requestId) message('Search is unavailable right now.', true);
        });
    }

    function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value;
      timer = setTimeout(function () { search(q); }, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' && !list.hidden) {
        var all = links();
        if (all.length) { e.preventDefault(); all[0].focus(); }
      } else if (e.key === 'Escape') {
        if (!list.hidden) open(false); else input.value = '';
      }
    });
    input.addEventListener('focus', function () { if (list.childNodes.length && input.value.trim()) open(true); });
    list.addEventListener('keydown', function (e) {
      var all = links();
      var i = all.indexOf(root.activeElement);
      if (e.key === 'ArrowDown' && i < all.length - 1) { e.preventDefault(); all[i + 1].focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); if (i > 0) all[i - 1].focus(); else input.focus(); }
      else if (e.key === 'Escape') { e.preventDefault(); input.focus(); open(false); }
    });
    // Close when focus or a click leaves the widget.
    document.addEventListener('click', function (e) {
      if (e.composedPath && e.composedPath().indexOf(host) < 0) open(false);
    });
    host.addEventListener('focusout', function () {
      setTimeout(function () { if (!host.matches(':focus-within')) open(false); }, 0);
    });
  }

  function start() {
    var selector = script.dataset.target;
    var host = selector ? document.querySelector(selector) : null;
    if (!host) {
      host = document.createElement('div');
      script.parentNode.insertBefore(host, script.nextSibling);
    }
    if (host.dataset.podseekMounted) return;
    host.dataset.podseekMounted = '1';
    mount(host);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
