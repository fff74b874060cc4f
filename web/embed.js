/*
 * podseek embeddable search box. GENERATED FILE, do not edit: it is web/embed/*.js and the
 * web/js/ modules they import, bundled by esbuild. After changing those, regenerate with
 *   scripts/embed-js/generate.sh
 * and commit both (ctest "web: embed.js is what its modules generate" fails while they differ).
 *
 *   <div id="search"></div>
 *   <script src="https://SERVER/embed.js" data-target="#search"></script>
 *
 * Options (data-placeholder, data-label, data-limit), theming (--podseek-* custom properties,
 * ::part(input), ::part(dropdown), ::part(result)) and --allow-origin: see web/README.md.
 */
"use strict";
(() => {
  // web/embed/this-script.js
  var thisScript = document.currentScript;

  // web/js/api.js
  var ApiError = class extends Error {
    constructor(status, code, message) {
      super(message);
      this.name = "ApiError";
      this.status = status;
      this.code = code;
    }
    get unreachable() {
      return this.status === 0;
    }
  };
  async function getJson(path, params, signal, origin = "") {
    const query = params && [...params].length ? `?${params}` : "";
    let response;
    try {
      response = await fetch(
        `${origin}/api/${path}${query}`,
        { signal, credentials: "omit", headers: { Accept: "application/json" } }
      );
    } catch (err) {
      if (err.name === "AbortError") throw err;
      throw new ApiError(0, "unreachable", "The search server cannot be reached.");
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
    }
    if (!response.ok || body === null) {
      const error = body && body.error ? body.error : {};
      throw new ApiError(
        response.status,
        error.code || "http_error",
        error.message || `The server answered ${response.status}.`
      );
    }
    return body;
  }
  function search(state, { partial = false, perPage = 10, origin = "" } = {}, signal) {
    const params = new URLSearchParams();
    params.set("q", state.q || "");
    for (const g of state.guest || []) params.append("guest", g);
    for (const t of state.topic || []) params.append("topic", t);
    for (const p of state.podcast || []) params.append("podcast", p);
    for (const l of state.language || []) params.append("language", l);
    for (const c of state.category || []) params.append("category", c);
    for (const r of ["published_after", "published_before", "min_duration", "max_duration"]) {
      if (state[r]) params.set(r, state[r]);
    }
    if (state.page > 1) params.set("page", String(state.page));
    params.set("per_page", String(perPage));
    if (state.sort) params.set("sort", state.sort);
    if (partial) params.set("partial", "1");
    return getJson("search", params, signal, origin);
  }

  // web/js/dom.js
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === void 0 || value === false) continue;
      if (key.startsWith("on") && typeof value === "function") {
        el.addEventListener(key.slice(2), value);
      } else if (key === "class") {
        el.className = value;
      } else if (key === "dataset") {
        Object.assign(el.dataset, value);
      } else if (value === true) {
        el.setAttribute(key, "");
      } else {
        el.setAttribute(key, String(value));
      }
    }
    append(el, children);
    return el;
  }
  function append(el, children) {
    for (const child of children) {
      if (child === null || child === void 0 || child === false) continue;
      if (Array.isArray(child)) append(el, child);
      else if (child instanceof Node) el.appendChild(child);
      else el.appendChild(document.createTextNode(String(child)));
    }
  }
  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", nbsp: "\xA0" };
  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
      }
      const known = ENTITIES[name.toLowerCase()];
      return known === void 0 ? whole : known;
    });
  }
  function highlighted(html) {
    const fragment = document.createDocumentFragment();
    if (typeof html !== "string") return fragment;
    const parts = html.split(/(<mark>|<\/mark>)/);
    let inMark = false;
    for (const part of parts) {
      if (part === "<mark>") {
        inMark = true;
        continue;
      }
      if (part === "</mark>") {
        inMark = false;
        continue;
      }
      if (!part) continue;
      const text = decodeEntities(part);
      fragment.appendChild(inMark ? h("mark", null, text) : document.createTextNode(text));
    }
    return fragment;
  }
  function replaceChildren(el, ...children) {
    el.textContent = "";
    append(el, children);
  }
  function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
  }
  function safeUrl(url, base = location.href) {
    try {
      const u = new URL(url, base);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch {
      return null;
    }
  }

  // web/js/facts.js
  function formatDate(iso) {
    if (!iso) return "";
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
    if (Number.isNaN(date.getTime())) return "";
    return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  }
  function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds <= 0) return "";
    if (seconds < 60) return `${Math.round(seconds)} s`;
    const minutes = Math.round(seconds / 60);
    if (minutes < 60) return `${minutes} min`;
    return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
  }
  function podcastHref(id) {
    return `/podcasts/${encodeURIComponent(id)}`;
  }
  function episodeFacts(e, { showPodcast = false, base = "" } = {}) {
    const parts = [];
    if (showPodcast && e.podcast) {
      parts.push(e.podcast_id ? h("a", { class: "fact-podcast", href: `${base}${podcastHref(e.podcast_id)}`, dir: "auto" }, e.podcast) : h("span", { class: "fact-podcast", dir: "auto" }, e.podcast));
    }
    const date = formatDate(e.published);
    if (date) parts.push(h("time", { class: "fact-date", datetime: e.published }, date));
    const duration = formatDuration(e.duration_seconds);
    if (duration) parts.push(h("span", { class: "fact-duration" }, h("span", { class: "visually-hidden" }, "Duration "), duration));
    const season = e.season !== null && e.season !== void 0 ? `S${e.season}` : "";
    const number = e.episode !== null && e.episode !== void 0 ? `E${e.episode}` : "";
    if (season) {
      parts.push(h(
        "span",
        { class: "fact-number", "aria-label": `Season ${e.season}${number ? `, episode ${e.episode}` : ""}` },
        `${season}${number ? ` \xB7 ${number}` : ""}`
      ));
    }
    if (e.episode_type && e.episode_type !== "full") parts.push(h("span", { class: "fact-type" }, e.episode_type));
    if (e.explicit === true) parts.push(h("span", { class: "explicit", title: "Explicit", "aria-label": "Explicit" }, "E"));
    return parts.length ? h("p", { class: "facts" }, parts) : null;
  }
  function artwork(url, size, base = location.href) {
    const src = url ? safeUrl(url, base) : null;
    if (!src) return null;
    return h("img", { class: "artwork", src, width: size, height: size, alt: "", loading: "lazy", decoding: "async" });
  }

  // web/embed/results.js
  function matchCount(total) {
    return `${plural(total, "episode")} ${total === 1 ? "matches" : "match"}`;
  }
  function resultItems(q, data, origin) {
    const results = data.results || [];
    const mixed = data.podcasts_in_index > 1;
    const items = results.map((r) => resultItem(r, origin, mixed));
    if (data.corrected_query) {
      items.unshift(h("li", { class: "message corrected" }, "Showing results for ", h("strong", null, data.corrected_query)));
    }
    if (data.total > results.length) {
      items.push(h("li", null, h("a", {
        class: "more",
        href: `${origin}/?q=${encodeURIComponent(q)}`,
        target: "_top"
      }, `All ${data.total} results \u2192`)));
    }
    return items;
  }
  function resultItem(r, origin, mixed) {
    const hasNumber = r.episode !== null && r.episode !== void 0;
    const title = h(
      "a",
      { href: safeUrl(r.url, origin), class: "title", target: "_top" },
      hasNumber ? h("span", { class: "num" }, `#${r.episode}`) : null,
      h("span", { dir: "auto" }, r.title)
    );
    const chapters = (r.chapters || []).map((c) => chapterItem(c, origin));
    const art = artwork(r.image_url, 40, origin);
    return h(
      "li",
      { class: `result${art ? " has-art" : ""}`, part: "result" },
      art,
      title,
      episodeFacts(r, { showPodcast: mixed, base: origin }),
      r.snippet ? h("p", { class: "snippet", dir: "auto" }, highlighted(r.snippet)) : null,
      chapters.length ? h("ul", { class: "chapters" }, chapters) : null
    );
  }
  function chapterItem(c, origin) {
    return h(
      "li",
      null,
      h(
        "a",
        { href: safeUrl(c.deep_link, origin), class: "chapter", target: "_top" },
        h("time", null, c.start),
        h("span", { dir: "auto" }, c.title_html ? highlighted(c.title_html) : c.title)
      )
    );
  }

  // web/embed/style.js
  var EMBED_CSS = [
    ":host { display: block; position: relative; width: var(--podseek-width, 100%); max-width: 100%;",
    "  font-family: var(--podseek-font, system-ui, sans-serif); color: var(--podseek-fg, #1f2328); line-height: 1.4; }",
    "* { box-sizing: border-box; }",
    ".sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }",
    "input { width: 100%; font: inherit; padding: .55em .8em; color: inherit; background: var(--podseek-bg, #fff);",
    "  border: 2px solid var(--podseek-border, #d0d7de); border-radius: var(--podseek-radius, 8px); }",
    "input:focus { outline: none; border-color: var(--podseek-accent, #6d28d9); }",
    ".dropdown { position: absolute; left: 0; right: 0; top: calc(100% + 4px); z-index: 2147483000; margin: 0; padding: .3em;",
    "  list-style: none; background: var(--podseek-bg, #fff); border: 1px solid var(--podseek-border, #d0d7de);",
    "  border-radius: var(--podseek-radius, 8px); box-shadow: 0 8px 24px rgba(0,0,0,.15); max-height: 70vh; overflow: auto; }",
    ".dropdown[hidden] { display: none; }",
    ".result { padding: .4em .5em; border-radius: calc(var(--podseek-radius, 8px) - 2px); }",
    ".result + .result { border-top: 1px solid var(--podseek-border, #d0d7de); }",
    "a { color: var(--podseek-accent, #6d28d9); text-decoration: none; border-radius: 4px; }",
    "a:hover { text-decoration: underline; }",
    "a:focus-visible, a.active { outline: 2px solid var(--podseek-accent, #6d28d9); outline-offset: 1px; }",
    ".title { font-weight: 600; display: block; }",
    ".num { color: var(--podseek-muted, #57606a); font-variant-numeric: tabular-nums; margin-right: .3em; }",
    ".snippet { margin: .2em 0 0; font-size: .9em; color: var(--podseek-muted, #57606a); }",
    "mark { background: var(--podseek-mark, #fff1a8); color: inherit; }",
    ".chapters { list-style: none; margin: .3em 0 0; padding: 0; font-size: .9em; }",
    ".chapters a { display: flex; align-items: center; gap: .7em; color: inherit; padding: .1em .2em; min-height: 24px; }",
    ".chapters time { color: var(--podseek-accent, #6d28d9); font-family: ui-monospace, Menlo, monospace; flex: none; }",
    ".message { padding: .5em; color: var(--podseek-muted, #57606a); }",
    ".error { color: #b42318; }",
    ".more { display: block; padding: .4em .5em; font-size: .9em; }",
    ".has-art { display: grid; grid-template-columns: 40px 1fr; column-gap: .6em; }",
    ".has-art > .artwork { grid-row: 1 / span 3; border-radius: 4px; }",
    ".has-art > :not(.artwork) { grid-column: 2; }",
    ".facts { display: flex; flex-wrap: wrap; gap: 0 .7em; margin: .1em 0 0; font-size: .85em; color: var(--podseek-muted, #57606a); }",
    ".facts a { color: inherit; font-weight: 600; }",
    ".explicit { padding: 0 .3em; border-radius: 3px; background: #3d4650; color: #fff; font-size: .8em; font-weight: 700; }",
    ".visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }"
  ].join("\n");

  // web/embed/search-box.js
  var SEARCH_DELAY_MS = 150;
  var UNAVAILABLE = "Search is unavailable right now.";
  var PHONE_QUERY = "(max-width: 40rem)";
  var VIEWPORT_MARGIN_PX = 8;
  function mountSearchBox(host, options) {
    const root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
    adoptStyles(root);
    const box = new SearchBox(host, root, options);
    box.listen();
    return box;
  }
  function adoptStyles(root) {
    if (root.adoptedStyleSheets !== void 0 && typeof CSSStyleSheet === "function" && CSSStyleSheet.prototype.replaceSync) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(EMBED_CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(h("style", null, EMBED_CSS));
    }
  }
  var SearchBox = class {
    constructor(host, root, options) {
      this.host = host;
      this.root = root;
      this.options = options;
      this.timer = 0;
      this.requestId = 0;
      this.controller = null;
      const uid = `podseek-${Math.random().toString(36).slice(2, 8)}`;
      this.input = h("input", {
        id: `${uid}-q`,
        type: "search",
        part: "input",
        placeholder: options.placeholder,
        autocomplete: "off",
        "aria-controls": `${uid}-list`
      });
      this.list = h("ul", {
        id: `${uid}-list`,
        class: "dropdown",
        part: "dropdown",
        "aria-label": "Search results",
        hidden: true
      });
      this.live = h("div", { class: "sr", role: "status", "aria-live": "polite" });
      root.append(h("label", { for: `${uid}-q`, class: "sr" }, options.label), this.input, this.list, this.live);
    }
    open(on) {
      this.list.hidden = !on;
      if (on) this.fitToScreen();
    }
    // On a phone a box in a header or sidebar is narrow: the results get the viewport's width
    // (less a margin) instead of the box's. The offsets are set through the CSSOM (CSP-safe).
    fitToScreen() {
      const style = this.list.style;
      if (!window.matchMedia(PHONE_QUERY).matches) {
        style.removeProperty("left");
        style.removeProperty("right");
        return;
      }
      const box = this.host.getBoundingClientRect();
      const viewport = document.documentElement.clientWidth;
      style.setProperty("left", `${VIEWPORT_MARGIN_PX - box.left}px`);
      style.setProperty("right", `${box.right - (viewport - VIEWPORT_MARGIN_PX)}px`);
    }
    message(text, isError) {
      replaceChildren(this.list, h("li", { class: isError ? "message error" : "message" }, text));
      this.live.textContent = text;
      this.open(true);
    }
    render(q, data) {
      this.live.textContent = matchCount(data.total);
      if (!(data.results || []).length) {
        this.message(`No episodes match \u201C${q}\u201D.`);
        return;
      }
      replaceChildren(this.list, resultItems(q, data, this.options.origin));
      this.open(true);
    }
    async search(q) {
      const id = ++this.requestId;
      if (this.controller) this.controller.abort();
      this.controller = null;
      if (!q.trim()) {
        this.open(false);
        replaceChildren(this.list);
        return;
      }
      this.controller = new AbortController();
      const { origin, limit } = this.options;
      try {
        const data = await search({ q }, { partial: /\S$/.test(q), perPage: limit, origin }, this.controller.signal);
        if (id === this.requestId) this.render(q, data);
      } catch (err) {
        if (err && err.name === "AbortError") return;
        if (id === this.requestId) this.message(UNAVAILABLE, true);
      }
    }
    links() {
      return [...this.list.querySelectorAll("a")];
    }
    listen() {
      this.input.addEventListener("input", () => {
        clearTimeout(this.timer);
        const q = this.input.value;
        this.timer = setTimeout(() => this.search(q), SEARCH_DELAY_MS);
      });
      this.input.addEventListener("keydown", (e) => this.onInputKey(e));
      this.input.addEventListener("focus", () => {
        if (this.list.childNodes.length && this.input.value.trim()) this.open(true);
      });
      this.list.addEventListener("keydown", (e) => this.onListKey(e));
      window.addEventListener("resize", () => {
        if (!this.list.hidden) this.fitToScreen();
      });
      document.addEventListener("click", (e) => {
        if (e.composedPath && !e.composedPath().includes(this.host)) this.open(false);
      });
      this.host.addEventListener("focusout", () => {
        setTimeout(() => {
          if (!this.host.matches(":focus-within")) this.open(false);
        }, 0);
      });
    }
    onInputKey(e) {
      if (e.key === "ArrowDown" && !this.list.hidden) {
        const all = this.links();
        if (all.length) {
          e.preventDefault();
          all[0].focus();
        }
      } else if (e.key === "Escape") {
        if (!this.list.hidden) this.open(false);
        else this.input.value = "";
      }
    }
    onListKey(e) {
      const all = this.links();
      const i = all.indexOf(this.root.activeElement);
      if (e.key === "ArrowDown" && i < all.length - 1) {
        e.preventDefault();
        all[i + 1].focus();
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        if (i > 0) all[i - 1].focus();
        else this.input.focus();
      } else if (e.key === "Escape") {
        e.preventDefault();
        this.input.focus();
        this.open(false);
      }
    }
  };

  // web/embed/main.js
  function readOptions(tag) {
    const limit = Number.parseInt(tag.dataset.limit || "5", 10) || 5;
    return {
      origin: new URL(tag.src, location.href).origin,
      limit: Math.max(1, Math.min(10, limit)),
      placeholder: tag.dataset.placeholder || "Search podcast episodes\u2026",
      label: tag.dataset.label || "Search podcast episodes"
    };
  }
  function targetOf(tag) {
    const selector = tag.dataset.target;
    const found = selector ? document.querySelector(selector) : null;
    if (found) return found;
    const host = document.createElement("div");
    tag.parentNode.insertBefore(host, tag.nextSibling);
    return host;
  }
  function start(tag, options) {
    const host = targetOf(tag);
    if (host.dataset.podseekMounted) return;
    host.dataset.podseekMounted = "1";
    mountSearchBox(host, options);
  }
  if (thisScript) {
    const options = readOptions(thisScript);
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => start(thisScript, options));
    else start(thisScript, options);
  }
})();
