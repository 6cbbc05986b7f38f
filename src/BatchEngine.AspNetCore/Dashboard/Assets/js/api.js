// The batch API as docs/http.md defines it, relative to the base path the server wrote into the page.

const base = document.querySelector('meta[name="batchengine-api-base"]')?.content ?? '';

/** The URL of an API path such as '/jobs'. */
export function apiUrl(path) {
  return `${base}${path}`;
}

/** An error answered by the API: its status and the problem's detail (RFC 9457), kept as text. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

async function send(path, init = {}) {
  const response = await fetch(apiUrl(path), { credentials: 'same-origin', ...init, headers: { Accept: 'application/json', ...init.headers } });
  if (response.status === 204) return null;
  const body = await readJson(response);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

async function readJson(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { detail: `The server answered ${response.status} with a body that is not JSON.` };
  }
}

export const listJobs = (offset, limit, status) => {
  const query = new URLSearchParams({ offset: String(offset), limit: String(limit) });
  if (status) query.set('status', status);
  return send(`/jobs?${query}`);
};
export const getStatus = (jobId) => send(`/status/${encodeURIComponent(jobId)}`);
export const getResults = (jobId) => send(`/jobs/${encodeURIComponent(jobId)}/results?format=json`);
export const getDocument = (docId) => send(`/documents/${encodeURIComponent(docId)}`);
export const cancelJob = (jobId) => send(`/jobs/${encodeURIComponent(jobId)}/cancel`, { method: 'POST' });
export const deleteJob = (jobId) => send(`/jobs/${encodeURIComponent(jobId)}`, { method: 'DELETE' });
export const reviewDocument = (docId, review) => send(`/documents/${encodeURIComponent(docId)}/review`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(review),
});
export const eventsUrl = (jobId) => apiUrl(`/status/${encodeURIComponent(jobId)}/events`);
export const resultsUrl = (jobId, format) => apiUrl(`/jobs/${encodeURIComponent(jobId)}/results?format=${format}`);

/**
 * Uploads files as the repeated multipart field 'files'. XMLHttpRequest rather than fetch, because only it
 * reports upload progress. onProgress gets a fraction in [0, 1]. Resolves with the parsed body and status,
 * for a 400 too (its 'rejected' list names every refused file).
 */
export function uploadFiles(files, onProgress) {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', apiUrl('/batch/upload'));
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let body = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = { detail: `The server answered ${request.status} with a body that is not JSON.` };
      }
      resolve({ status: request.status, ok: request.status >= 200 && request.status < 300, body });
    });
    request.addEventListener('error', () => reject(new ApiError(0, { detail: 'The upload could not reach the server.' })));
    request.addEventListener('abort', () => reject(new ApiError(0, { detail: 'The upload was stopped.' })));
    request.send(form);
  });
}
