// The Content-Security-Policy of every page the add-in serves (the pane, the
// function file and its notice dialog), as a <meta http-equiv> so it holds on
// any static host. Scripts: our own bundles and Office.js from Microsoft's CDN;
// connections: our own origin (the dev server) and that CDN only. Nothing else
// may run or be called, so "no network calls besides Office.js" (SPEC §8) is
// enforced by the browser. Styles may be inline: Fluent UI (Griffel) inserts
// <style> elements, and so does Office.js (office-js#1687).
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

const DIRECTIVES = {
  'default-src': ["'none'"],
  'script-src': ["'self'", OFFICE_JS_ORIGIN],
  'connect-src': ["'self'", OFFICE_JS_ORIGIN],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'frame-src': ["'self'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
};

const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** HtmlWebpackPlugin `meta` option carrying the policy. */
const cspMeta = () => ({
  'Content-Security-Policy': {
    'http-equiv': 'Content-Security-Policy',
    content: CONTENT_SECURITY_POLICY,
  },
});

module.exports = { CONTENT_SECURITY_POLICY, OFFICE_JS_ORIGIN, cspMeta };
