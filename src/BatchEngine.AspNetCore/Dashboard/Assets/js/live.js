// Live progress of one job over GET /status/{job_id}/events. The stream ends after the terminal snapshot;
// any other end (a dropped connection, a restarting server) is followed by a new connection after a
// growing pause, and the server starts each connection with the whole current status, so nothing is missed.
import { ApiError, eventsUrl, getStatus } from './api.js';
import { TERMINAL } from './words.js';

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 10000;

/**
 * Watches a job. onSnapshot(status) gets each /status body; onConnection(state, detail) hears
 * 'connecting' | 'live' | 'reconnecting' | 'finished' | 'gone'. Returns a function that stops watching.
 */
export function watchJob(jobId, onSnapshot, onConnection) {
  let source = null;
  let timer = 0;
  let failures = 0;
  let done = false;

  function finish(state) {
    done = true;
    source?.close();
    onConnection(state);
  }

  function connect() {
    if (done) return;
    onConnection(failures ? 'reconnecting' : 'connecting');
    source = new EventSource(eventsUrl(jobId), { withCredentials: true });
    source.addEventListener('open', () => onConnection('live'));
    source.addEventListener('status', (event) => {
      failures = 0;
      const snapshot = JSON.parse(event.data);
      onSnapshot(snapshot);
      if (TERMINAL.has(snapshot.status)) finish('finished');
    });
    source.addEventListener('error', () => {
      if (done) return;
      source.close();
      failures += 1;
      const pause = Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), LAST_RETRY_MS);
      onConnection('reconnecting', pause);
      timer = setTimeout(checkThenConnect, pause);
    });
  }

  // Before reconnecting, ask /status once: a deleted job ends the watch, a job that finished while the
  // stream was down is shown as finished, and the bars move even if the event stream keeps failing.
  async function checkThenConnect() {
    try {
      const snapshot = await getStatus(jobId);
      if (done) return;
      onSnapshot(snapshot);
      if (TERMINAL.has(snapshot.status)) {
        finish('finished');
        return;
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        finish('gone');
        return;
      }
    }
    connect();
  }

  connect();
  return () => {
    done = true;
    clearTimeout(timer);
    source?.close();
  };
}
