// The <script> element running embed.js. document.currentScript is only set while a classic script
// is first evaluated, so it is read here, in the module main.js imports first: the bundle evaluates
// this before anything else. null when the modules are loaded as modules (no script tag to anchor to).
export const thisScript = document.currentScript;
