// The upload panel: drop files (or choose them), see the list, upload them as one batch with a progress
// bar, and see which files the server refused and why.
import { uploadFiles } from './api.js';
import { el, replace } from './dom.js';
import { notify } from './notice.js';
import { progressBar, setProgress } from './words.js';

/** Builds the panel. onQueued(jobId) runs after a batch was accepted; the notice links to the job. */
export function uploadPanel(onQueued) {
  let chosen = [];
  const input = el('input', { type: 'file', id: 'upload-files', name: 'files', multiple: true, 'aria-describedby': 'upload-hint' });
  const list = el('ul', { class: 'chosen', id: 'upload-chosen', 'aria-label': 'Files to upload' });
  const count = el('p', { class: 'chosen-count', id: 'upload-count' }, 'No file chosen yet.');
  const start = el('button', { type: 'button', id: 'upload-start', class: 'primary', disabled: true }, 'Upload');
  const reset = el('button', { type: 'button', id: 'upload-clear', disabled: true }, 'Clear');
  const progress = progressBar(0, 'Upload progress', 'upload-progress');
  const progressRow = el('div', { class: 'upload-progress', hidden: true }, el('span', {}, 'Uploading: '), progress.node);
  const zone = el('div', { class: 'dropzone', id: 'dropzone' },
    el('p', { class: 'dropzone-title' }, el('span', { 'aria-hidden': 'true' }, '⇪ '), 'Drag and drop files here'),
    el('p', { id: 'upload-hint', class: 'hint' }, 'PDF or plain text, many at once. Or choose them:'),
    el('label', { for: 'upload-files', class: 'file-label' }, 'Files to classify'),
    input);

  function show() {
    replace(list, chosen.map((file) => el('li', {}, el('span', { class: 'filename' }, file.name), ' ', el('span', { class: 'size' }, size(file.size)))));
    count.textContent = chosen.length === 0 ? 'No file chosen yet.' : `${chosen.length} file(s) chosen, ${size(chosen.reduce((sum, f) => sum + f.size, 0))}.`;
    start.disabled = chosen.length === 0;
    reset.disabled = chosen.length === 0;
    start.textContent = chosen.length ? `Upload ${chosen.length} file(s)` : 'Upload';
  }

  function add(files) {
    chosen = chosen.concat(Array.from(files));
    show();
  }

  input.addEventListener('change', () => {
    add(input.files);
    input.value = '';
  });
  for (const name of ['dragenter', 'dragover']) {
    zone.addEventListener(name, (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
  }
  for (const name of ['dragleave', 'drop']) {
    zone.addEventListener(name, () => zone.classList.remove('dragging'));
  }
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    if (event.dataTransfer?.files?.length) add(event.dataTransfer.files);
  });
  reset.addEventListener('click', () => {
    chosen = [];
    show();
  });
  start.addEventListener('click', async () => {
    const files = chosen;
    start.disabled = true;
    reset.disabled = true;
    progressRow.hidden = false;
    setProgress(progress, 0);
    try {
      const answer = await uploadFiles(files, (fraction) => setProgress(progress, fraction * 100));
      setProgress(progress, 100);
      report(answer, onQueued);
      if (answer.ok) chosen = [];
    } catch (error) {
      notify(error.message, 'error');
    } finally {
      show();
    }
  });

  return el('section', { class: 'panel', 'aria-labelledby': 'upload-title' },
    el('h2', { id: 'upload-title' }, 'Upload documents'),
    zone, count, list, el('div', { class: 'actions' }, start, reset), progressRow);
}

// 200: a job was queued; 'rejected' lists refused files as objects. 400: nothing was queued; the problem's
// 'rejected' lists them as "name: reason" strings. Either way each refused file is named with its reason.
function report(answer, onQueued) {
  const body = answer.body ?? {};
  const rejected = (Array.isArray(body.rejected) ? body.rejected : []).map(describeRejection);
  if (answer.ok && body.job_id) {
    const link = el('a', { href: `#/jobs/${encodeURIComponent(body.job_id)}`, id: 'notice-job-link' }, 'Open the job to watch its documents');
    notify(body.message ?? `Queued ${body.total_files} document(s).`, rejected.length ? 'error' : 'info', rejected, link);
    onQueued(body.job_id);
  } else {
    notify(body.detail ?? body.title ?? `The upload was refused (${answer.status}).`, 'error', rejected);
  }
}

function describeRejection(entry) {
  if (typeof entry === 'string') return entry;
  return `${entry?.filename ?? 'a file'}: ${entry?.error ?? entry?.reason ?? 'refused'}`;
}

function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
