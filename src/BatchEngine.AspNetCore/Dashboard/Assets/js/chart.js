// The summary chart of a job: one horizontal bar per category (and for failed or unfinished documents),
// drawn as inline SVG with DOM APIs. Each bar carries its category and count as text, so the colour is
// never needed to read it; the figure's accessible name lists the same counts.
import { el, svg } from './dom.js';
import { CATEGORIES, cssName } from './words.js';

const ROW = 28;
const LABEL = 140;
const WIDTH = 400;

/** rows: results rows of GET /jobs/{id}/results. */
export function categoryChart(rows) {
  const counts = countRows(rows);
  const entries = [...counts.entries()];
  const largest = Math.max(1, ...entries.map(([, n]) => n));
  const height = entries.length * ROW + 8;
  const described = entries.map(([name, n]) => `${name}: ${n}`).join(', ');
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart', role: 'img', 'aria-label': `Documents by category. ${described}` },
    entries.map(([name, n], i) => {
      const y = i * ROW + 4;
      const width = Math.max(2, Math.round(((WIDTH - LABEL - 60) * n) / largest));
      return svg('g', { class: `bar category-${cssName(name)}`, 'data-category': name },
        svg('text', { x: '0', y: String(y + 17), class: 'bar-label' }, name),
        svg('rect', { x: String(LABEL), y: String(y), width: String(width), height: String(ROW - 8), rx: '3' }),
        svg('text', { x: String(LABEL + width + 6), y: String(y + 17), class: 'bar-count' }, String(n)));
    }));
  return el('figure', { class: 'chart-figure', id: 'category-chart' }, chart,
    el('figcaption', {}, rows.length ? `Categories of ${rows.length} document(s).` : 'No documents.'));
}

function countRows(rows) {
  const counts = new Map(CATEGORIES.map((name) => [name, 0]));
  for (const row of rows) {
    const name = row.final_category ?? (row.status === 'failed' ? 'Failed' : row.status === 'cancelled' ? 'Cancelled' : 'Not classified yet');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
