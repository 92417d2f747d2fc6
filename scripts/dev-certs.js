// HTTPS options for the dev server (https://localhost:3000), which Office
// requires. On Windows and macOS the Office dev certificates are installed and
// trusted as in the official template. On Linux there is no desktop Excel and
// installing a CA needs sudo (as root without sudo the installer fails while
// reporting success), so we only make sure the certificates exist and use them.
const fs = require('fs');
const devCerts = require('office-addin-dev-certs');
const defaults = require('office-addin-dev-certs/lib/defaults');
const { generateCertificates } = require('office-addin-dev-certs/lib/generate');

function readCertificates() {
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

function certificatesExist() {
  return [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath].every(
    (file) => fs.existsSync(file),
  );
}

async function devServerHttpsOptions() {
  if (process.platform !== 'linux') {
    try {
      return await devCerts.getHttpsServerOptions();
    } catch (error) {
      console.warn(`Could not install the Office dev certificates (${error.message}); using the generated ones.`);
    }
  }
  if (!certificatesExist()) {
    fs.mkdirSync(defaults.certificateDirectory, { recursive: true });
    await generateCertificates();
  }
  return readCertificates();
}

module.exports = { devServerHttpsOptions, caCertificatePath: defaults.caCertificatePath };
