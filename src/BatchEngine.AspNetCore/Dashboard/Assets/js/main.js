// The dashboard's router: #/ (upload and jobs), #/jobs/{id} (one job, live), #/documents/{id} (one
// document and its review). Each view returns a function that stops its timers and streams.
import { documentView } from './document.js';
import { jobView } from './job.js';
import { jobsView } from './jobs.js';
import { viewChanged } from './notice.js';

const ROUTES = [
  [/^#\/jobs\/([^/?#]+)$/, jobView, 'Job'],
  [/^#\/documents\/([^/?#]+)$/, documentView, 'Document'],
  [/^(#\/?)?$/, jobsView, 'Jobs'],
];

let leave = () => {};

function route() {
  const hash = location.hash;
  // Only "#/..." addresses are views; anything else (the skip link's "#main") is left to the browser.
  if (hash && !hash.startsWith('#/')) return;
  const [pattern, view, name] = ROUTES.find(([p]) => p.test(hash)) ?? ROUTES[ROUTES.length - 1];
  const match = hash.match(pattern);
  const argument = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  leave();
  viewChanged();
  const main = document.getElementById('main');
  document.title = `${name} · BatchEngine`;
  leave = view(main, argument) ?? (() => {});
  main.querySelector('h1')?.focus({ preventScroll: true });
}

document.querySelector('.skip')?.addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main')?.focus();
});
window.addEventListener('hashchange', route);
route();
