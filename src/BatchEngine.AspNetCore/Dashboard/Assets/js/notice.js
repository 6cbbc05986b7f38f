// The notice area above every view (a polite live region): what an action did. It survives one change
// of view (following its own link, or the move home after a delete) and is cleared on the next.
import { el, replace } from './dom.js';

let views = 0;

const area = () => document.getElementById('notice');

/** Shows a message, optionally with a list of lines under it and a link. kind: 'info' | 'error'. */
export function notify(message, kind = 'info', lines = [], link = null) {
  const node = area();
  views = 0;
  node.className = `notice notice-${kind}`;
  replace(node,
    el('p', {}, el('strong', {}, kind === 'error' ? 'Problem: ' : 'Done: '), message),
    lines.length ? el('ul', { class: 'notice-lines' }, lines.map((line) => el('li', {}, line))) : null,
    link ? el('p', {}, link) : null,
    el('button', { type: 'button', class: 'link', onclick: clear }, 'Dismiss'));
}

export function clear() {
  const node = area();
  node.className = 'notice';
  node.replaceChildren();
}

/** Called by the router on every change of view. */
export function viewChanged() {
  views += 1;
  if (views > 1) clear();
}
