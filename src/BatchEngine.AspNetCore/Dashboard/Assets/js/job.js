// One job: its status and counts, one live progress bar per document (server-sent events), the
// categories found so far with a summary chart, cancel, delete and the JSON/CSV exports.
import { ApiError, cancelJob, deleteJob, getResults, getStatus, resultsUrl } from './api.js';
import { categoryChart } from './chart.js';
import { el, replace } from './dom.js';
import { watchJob } from './live.js';
import { notify } from './notice.js';
import { categoryBadge, progressBar, setProgress, statusBadge, TERMINAL, when } from './words.js';

const CONNECTION_WORDS = {
  connecting: 'Connecting to live progress…',
  live: 'Live: progress updates as it happens.',
  reconnecting: 'Connection lost: reconnecting…',
  finished: 'Finished: no more updates.',
  gone: 'This job no longer exists.',
};

export function jobView(main, jobId) {
  const rows = new Map();
  let categories = new Map();
  let finishedCount = -1;
  let resultsLoading = false;
  let stopWatching = () => {};
  let disposed = false;

  const title = el('h1', { tabindex: '-1' }, `Job ${jobId.slice(0, 8)}`);
  const status = el('span', { id: 'job-status' });
  const counts = el('span', { id: 'job-counts' });
  const overall = progressBar(0, 'Progress of the whole job', 'job-progress');
  const times = el('p', { class: 'meta', id: 'job-times' });
  const connection = el('p', { class: 'connection', id: 'job-connection', role: 'status' });
  const cancel = el('button', { type: 'button', id: 'job-cancel' }, 'Cancel job');
  const remove = el('button', { type: 'button', id: 'job-delete', class: 'danger' }, 'Delete job');
  const documents = el('ul', { class: 'cards documents', id: 'job-documents' });
  const chart = el('div', { id: 'job-chart' }, el('p', { class: 'hint' }, 'The chart appears as documents finish.'));

  replace(main,
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, '← All jobs')),
    title,
    el('section', { class: 'panel', 'aria-labelledby': 'job-summary-title' },
      el('h2', { id: 'job-summary-title', class: 'visually-hidden' }, 'Summary'),
      el('p', { class: 'job-line' }, status, ' ', counts),
      el('div', { class: 'overall' }, el('span', {}, 'Overall: '), overall.node),
      times, connection,
      el('div', { class: 'actions' }, cancel, remove,
        el('a', { class: 'button', id: 'export-json', href: resultsUrl(jobId, 'json'), download: `job-${jobId}.json` }, 'Export JSON'),
        el('a', { class: 'button', id: 'export-csv', href: resultsUrl(jobId, 'csv'), download: `job-${jobId}.csv` }, 'Export CSV'))),
    el('section', { class: 'panel', 'aria-labelledby': 'job-chart-title' }, el('h2', { id: 'job-chart-title' }, 'Categories'), chart),
    el('section', { class: 'panel', 'aria-labelledby': 'job-docs-title' }, el('h2', { id: 'job-docs-title' }, 'Documents'), documents));

  cancel.addEventListener('click', async () => {
    cancel.disabled = true;
    try {
      show(await cancelJob(jobId));
      notify('The job was cancelled: documents not yet started will not run.');
    } catch (error) {
      notify(error.message, 'error');
      cancel.disabled = false;
    }
  });
  remove.addEventListener('click', async () => {
    if (!window.confirm('Delete this job, its documents and their results? This cannot be undone.')) return;
    try {
      await deleteJob(jobId);
      notify('The job and its documents were deleted.');
      location.hash = '#/';
    } catch (error) {
      notify(error.message, 'error');
    }
  });

  function show(snapshot) {
    if (disposed || !snapshot) return;
    replace(status, statusBadge(snapshot.status));
    counts.textContent = `${snapshot.completed ?? 0} completed, ${snapshot.failed ?? 0} failed, ${snapshot.cancelled ?? 0} cancelled of ${snapshot.total_files ?? 0} document(s)`;
    setProgress(overall, snapshot.progress);
    times.textContent = `Created ${when(snapshot.created_at)} · updated ${when(snapshot.updated_at)}`;
    cancel.disabled = TERMINAL.has(snapshot.status);
    if (snapshot.error) times.append(el('span', { class: 'error' }, ` · ${snapshot.error}`));
    const docs = Array.isArray(snapshot.documents) ? snapshot.documents : [];
    for (const doc of docs) showDocument(doc);
    const finished = docs.filter((doc) => TERMINAL.has(doc.status)).length;
    if (finished !== finishedCount) {
      finishedCount = finished;
      loadResults();
    }
  }

  function showDocument(doc) {
    let row = rows.get(doc.doc_id);
    if (!row) {
      row = documentRow(doc);
      rows.set(doc.doc_id, row);
      documents.append(row.node);
    }
    replace(row.status, statusBadge(doc.status));
    setProgress(row.progress, doc.progress);
    row.node.dataset.status = doc.status;
    row.error.textContent = doc.error ? String(doc.error) : '';
    replace(row.category, categories.has(doc.doc_id) ? categoryBadge(categories.get(doc.doc_id)) : null);
  }

  // Categories come from the results export; it is read again whenever another document finishes.
  async function loadResults() {
    if (resultsLoading) return;
    resultsLoading = true;
    try {
      const results = await getResults(jobId);
      const list = Array.isArray(results?.results) ? results.results : [];
      categories = new Map(list.filter((r) => r.final_category).map((r) => [r.doc_id, r.final_category]));
      for (const [docId, row] of rows) replace(row.category, categories.has(docId) ? categoryBadge(categories.get(docId)) : null);
      if (!disposed) replace(chart, categoryChart(list));
    } catch {
      // The chart waits for the next change; the bars do not depend on it.
    } finally {
      resultsLoading = false;
    }
  }

  (async () => {
    try {
      show(await getStatus(jobId));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        replace(main, el('h1', { tabindex: '-1' }, 'Job not found'), el('p', {}, el('a', { href: '#/' }, 'Back to all jobs')));
        main.querySelector('h1')?.focus();
        return;
      }
      notify(error.message, 'error');
    }
    if (disposed) return;
    stopWatching = watchJob(jobId, show, (state) => {
      connection.textContent = CONNECTION_WORDS[state] ?? state;
      connection.dataset.state = state;
      if (state === 'finished') loadResults();
    });
  })();

  return () => {
    disposed = true;
    stopWatching();
  };
}

function documentRow(doc) {
  const id = String(doc.doc_id ?? '');
  const name = String(doc.filename ?? '');
  const status = el('span', { class: 'doc-status' });
  const category = el('span', { class: 'doc-category' });
  const progress = progressBar(doc.progress, `Progress of ${name}`);
  const error = el('p', { class: 'error doc-error' });
  const node = el('li', { class: 'card document', 'data-doc-id': id },
    el('div', { class: 'card-head' },
      el('a', { href: `#/documents/${encodeURIComponent(id)}`, class: 'filename doc-link' }, name),
      el('span', { class: 'badges' }, status, ' ', category)),
    progress.node, error);
  return { node, status, category, progress, error };
}
