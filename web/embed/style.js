// The embedded search box's stylesheet, as a string: main.js adopts it as a constructed stylesheet in
// the box's Shadow DOM (no inline <style>, so a host CSP without 'unsafe-inline' allows it). Every
// colour, size and font is a --podseek-* custom property the host page can set. Module state: none.

export const EMBED_CSS = [
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
  '.chapters a { display: flex; align-items: center; gap: .7em; color: inherit; padding: .1em .2em; min-height: 24px; }',
  '.chapters time { color: var(--podseek-accent, #6d28d9); font-family: ui-monospace, Menlo, monospace; flex: none; }',
  '.message { padding: .5em; color: var(--podseek-muted, #57606a); }',
  '.error { color: #b42318; }',
  '.more { display: block; padding: .4em .5em; font-size: .9em; }',
].join('\n');
