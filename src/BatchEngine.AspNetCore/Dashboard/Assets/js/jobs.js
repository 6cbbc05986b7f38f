// The home view: the upload panel and the jobs list (newest first, as GET /jobs answers), refreshed
// every few seconds while it is open.
import { listJobs } from './api.js';
import { el, replace } from './dom.js';
import { uploadPanel } from './upload.js';
import { progressBar, statusBadge, when } from './words.js';

const PAGE_SIZE = 25;
const REFRESH_MS = 2000;
const FILTERS = ['', 'pending', 'processing', 'completed', 'failed', 'cancelled'];

export function jobsView(main) {
  let offset = 0;
  let filter = '';
  let timer = 0;
  let disposed = false;

  const select = el('select', { id: 'jobs-filter' }, FILTERS.map((value) => el('option', { value }, value || 'all')));
  const body = el('div', { id: 'jobs', 'aria-live': 'off' });
  const summary = el('p', { id: 'jobs-summary', class: 'hint' });
  const newer = el('button', { type: 'button', id: 'jobs-newer' }, '← Newer');
  const older = el('button', { type: 'button', id: 'jobs-older' }, 'Older →');

  select.addEventListener('change', () => {
    filter = select.value;
    offset = 0;
    refresh();
  });
  newer.addEventListener('click', () => {
    offset = Math.max(0, offset - PAGE_SIZE);
    refresh();
  });
  older.addEventListener('click', () => {
    offset += PAGE_SIZE;
    refresh();
  });

  replace(main,
    el('h1', { tabindex: '-1' }, 'Jobs'),
    uploadPanel(() => refresh()),
    el('section', { class: 'panel', 'aria-labelledby': 'jobs-title' },
      el('div', { class: 'panel-head' },
        el('h2', { id: 'jobs-title' }, 'All jobs'),
        el('span', { class: 'filter' }, el('label', { for: 'jobs-filter' }, 'Status '), select)),
      summary, body, el('div', { class: 'actions pager' }, newer, older)));

  // One request at a time: a refresh asked for while one runs (a filter change, an upload) runs after it.
  let loading = false;
  let again = false;
  async function refresh() {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    clearTimeout(timer);
    try {
      const page = await listJobs(offset, PAGE_SIZE, filter);
      if (!disposed) render(page);
    } catch (error) {
      if (!disposed) replace(body, el('p', { class: 'error' }, `Could not load the jobs: ${error.message}`));
    } finally {
      loading = false;
    }
    if (disposed) return;
    if (again) {
      again = false;
      refresh();
    } else {
      timer = setTimeout(refresh, REFRESH_MS);
    }
  }

  function render(page) {
    const jobs = Array.isArray(page?.jobs) ? page.jobs : [];
    const total = Number(page?.total) || 0;
    summary.textContent = total === 0 ? 'No job yet: upload files above.' : `Jobs ${offset + 1}–${offset + jobs.length} of ${total}, newest first.`;
    newer.disabled = offset === 0;
    older.disabled = offset + jobs.length >= total;
    replace(body, jobs.length ? el('ul', { class: 'cards jobs-list' }, jobs.map(jobCard)) : null);
  }

  refresh();
  return () => {
    disposed = true;
    clearTimeout(timer);
  };
}

function jobCard(job) {
  const id = String(job.job_id ?? '');
  const counts = `${job.completed ?? 0} completed, ${job.failed ?? 0} failed, ${job.cancelled ?? 0} cancelled of ${job.total_files ?? 0}`;
  return el('li', { class: 'card job', 'data-job-id': id },
    el('div', { class: 'card-head' },
      el('a', { href: `#/jobs/${encodeURIComponent(id)}`, class: 'job-link' }, `Job ${id.slice(0, 8)}`),
      statusBadge(job.status)),
    el('p', { class: 'meta' }, el('span', {}, `Created ${when(job.created_at)}`), ' · ', el('span', { class: 'counts' }, counts)),
    progressBar(job.progress, `Progress of job ${id.slice(0, 8)}`).node);
}
