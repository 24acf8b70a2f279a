// The policy playground (examples/playground.html): edit a policy, see the notice, its validation errors and lint
// findings as you type. The checks are dist/lint.js, the same code as `privacy-notice lint`; the notice is the
// <privacy-notice> element. Drafts stay in this tab's sessionStorage; nothing is sent anywhere.
import { lintText } from '../dist/lint.js';
import { download, loadStaticRenderer } from './playground-export.js';

const $ = (id) => document.getElementById(id);
const source = $('source');
const gutter = $('gutter');
const findings = $('findings');
const status = $('status');
const cursor = $('cursor');
const start = $('start');
const langSelect = $('lang');
const notice = document.querySelector('privacy-notice');
const DELAY = 300; // ms of quiet typing before the checks and the notice catch up

let name = new URLSearchParams(location.search).get('name')?.replace(/[^a-z0-9-]/g, '') || start.value;
let good; // the last valid policy (normalized), the one the notice shows
let timer;

// ---- Editor: line numbers, cursor position, moving to a place ----------------------------------------------------

function lineCount(text) {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function renderGutter() {
  const lines = lineCount(source.value);
  if (gutter.dataset.lines === String(lines)) return;
  gutter.dataset.lines = String(lines);
  gutter.textContent = Array.from({ length: lines }, (_, i) => i + 1).join('\n');
}

/** 1-based line and column of a character offset, counted as the checks count them. */
function lineColumnAt(text, offset) {
  const before = text.slice(0, offset);
  return { line: lineCount(before), column: offset - before.lastIndexOf('\n') };
}

function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line && offset !== -1; l++) offset = text.indexOf('\n', offset) + 1 || -1;
  return offset === -1 ? text.length : Math.min(offset + column - 1, text.length);
}

function showCursor() {
  const { line, column } = lineColumnAt(source.value, source.selectionStart);
  cursor.textContent = `Line ${line}, column ${column}`;
}

/** Puts the cursor at a line and column and scrolls it into view, a third down the editor. */
function moveTo(line, column) {
  const offset = offsetOf(source.value, line, column);
  source.focus();
  source.setSelectionRange(offset, offset);
  const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 20;
  source.scrollTop = Math.max(0, (line - 1) * lineHeight - source.clientHeight / 3);
  gutter.scrollTop = source.scrollTop;
  showCursor();
}

// ---- Checks, problems list, notice --------------------------------------------------------------------------------

function problemItem(p, label) {
  const item = document.createElement('li');
  item.className = `finding ${p.severity}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.addEventListener('click', () => moveTo(p.line, p.column));
  const place = document.createElement('span');
  place.className = 'place';
  place.textContent = `Line ${p.line}, column ${p.column}`;
  const what = document.createElement('span');
  what.className = 'what';
  what.textContent = `${p.severity} [${label}] ${p.message}`;
  button.append(place, ' ', what);
  item.append(button);
  if (p.hint) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = `Fix: ${p.hint}`;
    item.append(hint);
  }
  return item;
}

function count(n, what) {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function showLanguages(policy) {
  const current = langSelect.value || notice.getAttribute('lang') || policy.defaultLanguage;
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  langSelect.replaceChildren(...policy.languages.map((tag) => new Option(`${names.of(tag) ?? tag} (${tag})`, tag)));
  langSelect.value = policy.languages.includes(current) ? current : policy.defaultLanguage;
  langSelect.disabled = policy.languages.length < 2;
  notice.setAttribute('lang', langSelect.value);
}

function check() {
  clearTimeout(timer);
  sessionStorage.setItem(`privacy-notice-playground:${name}`, source.value);
  const report = lintText(source.value);
  const entries = [
    ...report.problems.map((p) => ({ p, label: `validate/${p.code}` })),
    ...report.findings.map((p) => ({ p, label: p.rule })),
  ].sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column);
  findings.replaceChildren(...entries.map(({ p, label }) => problemItem(p, label)));
  const errors = entries.filter(({ p }) => p.severity === 'error').length;
  const summary = `${count(errors, 'error')}, ${count(entries.length - errors, 'warning')}.`;
  if (report.valid) {
    good = report.policy;
    notice.policy = report.policy.document;
    showLanguages(report.policy);
    status.textContent = `Valid policy; lint: ${summary}`;
  } else {
    status.textContent = `The policy is not valid (${summary}) ${good ? 'The notice shows the last valid version.' : 'The notice appears once it is valid.'}`;
  }
  status.dataset.valid = String(report.valid);
}

async function openPolicy(policyName) {
  name = policyName;
  start.value = name;
  const draft = sessionStorage.getItem(`privacy-notice-playground:${name}`);
  const response = draft === null ? await fetch(`policies/${name}.json`) : undefined;
  source.value = draft ?? (response.ok ? await response.text() : `{}\n`);
  source.setSelectionRange(0, 0);
  source.scrollTop = 0;
  renderGutter();
  showCursor();
  check();
}

source.addEventListener('input', () => {
  renderGutter();
  clearTimeout(timer);
  timer = setTimeout(check, DELAY);
});
source.addEventListener('scroll', () => { gutter.scrollTop = source.scrollTop; });
for (const event of ['keyup', 'click', 'select', 'focus']) source.addEventListener(event, showCursor);
start.addEventListener('change', () => openPolicy(start.value));
$('revert').addEventListener('click', () => {
  sessionStorage.removeItem(`privacy-notice-playground:${name}`);
  openPolicy(name);
});
langSelect.addEventListener('change', () => notice.setAttribute('lang', langSelect.value));
$('download-json').addEventListener('click', () => {
  let id = name;
  try { id = JSON.parse(source.value).id || name; } catch { /* not JSON yet: download it as typed */ }
  download(source.value, `${String(id).replace(/[^a-z0-9-]/gi, '') || 'policy'}.json`, 'application/json');
});

const renderStaticHtml = await loadStaticRenderer();
if (renderStaticHtml) {
  const button = $('download-html');
  button.hidden = false;
  button.addEventListener('click', async () => {
    if (!good) return;
    const html = await renderStaticHtml(good, { lang: langSelect.value });
    download(html, `${good.id}.${langSelect.value}.html`, 'text/html');
  });
}

await customElements.whenDefined('privacy-notice');
await openPolicy(name);
