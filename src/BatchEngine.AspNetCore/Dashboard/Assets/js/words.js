// Words, symbols and formats shared by the views. Every state is shown as a word with a symbol beside it,
// so colour is never the only signal.
import { el } from './dom.js';

const STATUS_SYMBOLS = { pending: '○', processing: '◐', completed: '✓', failed: '✕', cancelled: '⊘' };

export const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

export const CATEGORIES = ['Public', 'Confidential', 'Highly Sensitive', 'Unsafe'];

/** A status badge: symbol and word, with a class for colour. Unknown words show as they are. */
export function statusBadge(status) {
  const word = String(status ?? 'unknown');
  return el('span', { class: `badge status-${cssName(word)}`, 'data-status': word },
    el('span', { 'aria-hidden': 'true' }, STATUS_SYMBOLS[word] ?? '•'), ' ', word);
}

/** A category badge: the category in words, with a class for colour. */
export function categoryBadge(category) {
  const word = String(category ?? '—');
  return el('span', { class: `badge category-${cssName(word)}`, 'data-category': word }, word);
}

export function cssName(word) {
  return String(word).toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function percent(value) {
  const number = Number(value);
  return Number.isFinite(number) ? `${number.toFixed(1)}%` : '—';
}

export function confidence(value) {
  const number = Number(value);
  return Number.isFinite(number) ? `${Math.round(number * 100)}%` : '—';
}

export function when(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
}

/** A labelled progress bar: a native <progress> (announced by screen readers) and its value in words. */
export function progressBar(value, label, id) {
  const bar = el('progress', { max: '100', value: String(Number(value) || 0), 'aria-label': label, id });
  const text = el('span', { class: 'progress-text' }, percent(value));
  return { node: el('span', { class: 'progress' }, bar, text), bar, text };
}

/** Updates a bar made by progressBar. */
export function setProgress(parts, value) {
  parts.bar.value = Number(value) || 0;
  parts.text.textContent = percent(value);
}
