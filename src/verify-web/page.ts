import { createHash } from 'node:crypto';
import { VERIFY_API_PATH } from './paths.js';

/**
 * The verify page: one self-contained HTML document (no CDN, no external files) with inline CSS and JS.
 * The script renders the JSON report with textContent only, so nothing in a report (a manifest's title,
 * a model name) can become markup. The CSP allows exactly this script and style by their hashes.
 */

const C2PA_WORDS = {
  trusted: 'Valid, signed by a trusted signer',
  valid: 'Valid (signer trust not checked)',
  untrusted: 'Valid, but the signer is not on a trust list',
  invalid: 'Invalid: the file changed after signing, or the manifest is broken',
  absent: 'No C2PA manifest',
};

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.4rem; }
#drop { border: 2px dashed #888; border-radius: 12px; padding: 2rem; text-align: center; cursor: pointer; }
#drop.over { border-color: #5865f2; background: rgba(88, 101, 242, 0.08); }
#status { min-height: 1.5em; margin: 1rem 0; }
#error { color: #d83c3e; font-weight: 600; }
section { border-top: 1px solid #8884; padding: 0.5rem 0; }
section h2 { font-size: 1rem; margin: 0.3rem 0; }
ul { margin: 0.2rem 0; padding-left: 1.2rem; }
.verdict { font-weight: 600; font-size: 1.05rem; }
[hidden] { display: none; }
`;

const SCRIPT = `
const WORDS = ${JSON.stringify(C2PA_WORDS)};
const API = ${JSON.stringify(VERIFY_API_PATH)};
const maxBytes = Number(document.body.dataset.maxBytes);
const $ = (id) => document.getElementById(id);
const mib = (n) => (Math.round((n / 1048576) * 10) / 10) + ' MiB';
const when = (ms) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
function line(list, text) { const li = document.createElement('li'); li.textContent = text; list.appendChild(li); }
function reset(state, message) {
  document.body.dataset.state = state;
  $('status').textContent = message || '';
  $('error').textContent = '';
  $('report').hidden = true;
  for (const id of ['c2pa-details', 'watermark-details', 'registry-details']) $(id).replaceChildren();
}
function fail(message) { reset('error'); $('error').textContent = message; }
function render(name, report) {
  reset('done', 'Report for ' + name);
  const { c2pa, watermark, registry } = report;
  $('verdict').textContent = registry
    ? 'Made by zoetrope' + (registry.source === 'cli' ? ' (command line)' : '') + ' on ' + when(registry.createdAt) +
      ' with ' + registry.model + ' ' + registry.version + '.'
    : watermark.found
      ? "zoetrope's watermark is in this clip, but the registry no longer has a record of it."
      : 'No sign of zoetrope: no watermark of ours and no registry record.';
  $('c2pa-state').textContent = WORDS[c2pa.state] + (c2pa.reason ? ' (' + c2pa.reason + ')' : '');
  const s = c2pa.summary;
  const details = $('c2pa-details');
  if (s) {
    const signer = s.signer && [s.signer.commonName, s.signer.issuer].filter(Boolean).join(', ');
    if (signer) line(details, 'Signed by ' + signer + (s.signer.time ? ' at ' + s.signer.time : ''));
    if (s.claimGenerator) line(details, 'Made with ' + s.claimGenerator);
    if (s.aiGenerated) line(details, 'AI-generated' + (s.softwareAgent ? ' by ' + s.softwareAgent : ''));
    if (s.actions.length) line(details, 'Actions: ' + s.actions.join(', '));
    for (const i of s.ingredients) line(details, 'Made from ' + i.title + ' (' + i.relationship + ')');
  }
  $('watermark-state').textContent = watermark.found
    ? 'Found: payload ' + watermark.payload + ', confidence ' + watermark.confidence
    : 'Not found (confidence ' + watermark.confidence + ')' + (watermark.reason ? ': ' + watermark.reason : '');
  $('registry-state').textContent = registry ? 'Record ' + registry.id : 'No record';
  if (registry) {
    const list = $('registry-details');
    line(list, 'Made on ' + when(registry.createdAt) + ' with ' + registry.model + ' ' + registry.version);
    line(list, 'Job ' + registry.jobId + ' (' + registry.kind + ')');
    if (registry.guildId) line(list, 'On Discord server ' + registry.guildId);
    if (registry.parent) line(list, 'Made from the clip of job ' + registry.parent.jobId);
  }
  $('report').hidden = false;
}
async function check(file) {
  if (file.size === 0) return fail('That file is empty; choose an MP4 clip.');
  if (file.size > maxBytes) return fail('That file is ' + mib(file.size) + '; this page verifies clips up to ' + mib(maxBytes) + '.');
  reset('busy', 'Verifying ' + file.name + '…');
  let response;
  try {
    response = await fetch(API, { method: 'POST', body: file, headers: { 'content-type': file.type || 'application/octet-stream' } });
  } catch {
    return fail('Could not reach the server; check the connection and try again.');
  }
  let body;
  try { body = await response.json(); } catch { return fail('The server answered ' + response.status + ' without a report.'); }
  if (!response.ok) return fail((body && body.error && body.error.message) || 'The server answered ' + response.status + '.');
  render(file.name, body);
}
const input = $('file');
const drop = $('drop');
input.addEventListener('change', () => { if (input.files[0]) check(input.files[0]); input.value = ''; });
drop.addEventListener('click', () => input.click());
drop.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer && e.dataTransfer.files[0];
  if (file) check(file);
});
document.body.dataset.state = 'ready';
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page's Content-Security-Policy: its own script and style (by hash), requests to itself, nothing else. */
export const pageSecurityPolicy = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page, telling its script the upload limit (checked before uploading, so nobody waits for a 413). */
export function pageHtml(maxBytes: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verify a zoetrope clip</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body data-max-bytes="${Math.floor(maxBytes)}" data-state="loading">
<h1>Verify a clip</h1>
<p>Drop a video here to read its provenance: its C2PA manifest, zoetrope's invisible watermark, and the
registry's record of it. The file is checked on this server and not kept.</p>
<div id="drop" role="button" tabindex="0" aria-controls="file">
  <p><strong>Drop an MP4 here</strong> or click to choose one (up to ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MiB)</p>
  <input id="file" type="file" accept="video/mp4,video/quicktime,video/*" hidden>
</div>
<p id="status" role="status"></p>
<p id="error" role="alert"></p>
<div id="report" hidden>
  <p id="verdict" class="verdict"></p>
  <section><h2>C2PA manifest</h2><p id="c2pa-state"></p><ul id="c2pa-details"></ul></section>
  <section><h2>Invisible watermark</h2><p id="watermark-state"></p><ul id="watermark-details"></ul></section>
  <section><h2>Registry</h2><p id="registry-state"></p><ul id="registry-details"></ul></section>
</div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
