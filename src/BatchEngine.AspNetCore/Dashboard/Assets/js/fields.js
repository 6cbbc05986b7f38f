// Fields the dashboard does not know yet (another version of the server may add some): shown as text,
// name and value, so nothing the API sends is hidden or breaks the page.
import { el } from './dom.js';

/** The keys of an object not in known, in the server's order. */
export function unknownKeys(object, known) {
  return object && typeof object === 'object' ? Object.keys(object).filter((key) => !known.includes(key)) : [];
}

/** A value as text: strings as they are, everything else as JSON. */
export function asText(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A description list of the unknown fields, or null when there are none. */
export function otherFields(object, known, heading) {
  const keys = unknownKeys(object, known);
  if (!keys.length) return null;
  return el('details', { class: 'other-fields' },
    el('summary', {}, heading),
    el('dl', {}, keys.map((key) => [el('dt', {}, key), el('dd', {}, asText(object[key]))])));
}

/** A table of objects: the given columns first, then any other key found in the rows. */
export function table(rows, columns, caption, id) {
  const known = columns.map(([key]) => key);
  const extra = [...new Set(rows.flatMap((row) => unknownKeys(row, known)))];
  const all = columns.concat(extra.map((key) => [key, key]));
  return el('div', { class: 'table-wrap' },
    el('table', { id },
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, all.map(([, label]) => el('th', { scope: 'col' }, label)))),
      el('tbody', {}, rows.map((row) => el('tr', {}, all.map(([key]) => el('td', { 'data-label': label(all, key) }, asText(row[key]))))))));
}

function label(columns, key) {
  return columns.find(([name]) => name === key)?.[1] ?? key;
}
