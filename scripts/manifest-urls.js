// The manifest in the repository points at the dev server. A production build
// points it at the production base URL instead: `ADDIN_PRODUCTION_URL` when set,
// else `config.production_url` in package.json.
const pkg = require('../package.json');

const DEV_BASE_URL = 'https://localhost:3000/';

function productionBaseUrl(env = process.env) {
  const raw = env.ADDIN_PRODUCTION_URL || pkg.config.production_url;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`The production base URL "${raw}" is not a URL.`);
  }
  if (url.protocol !== 'https:') throw new Error(`The production base URL must be https: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function rewriteManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .split('<AppDomain>https://localhost:3000</AppDomain>')
    .join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_BASE_URL, productionBaseUrl, rewriteManifest };
