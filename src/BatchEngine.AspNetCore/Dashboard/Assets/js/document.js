// One document: the machine's answer (category, confidence, explanation, whether it needs review, the
// masked citations by page and detector) beside the reviewer's stored override, and the review form.
import { ApiError, getDocument } from './api.js';
import { el, replace } from './dom.js';
import { asText, otherFields, table } from './fields.js';
import { notify } from './notice.js';
import { reviewForm } from './review.js';
import { categoryBadge, confidence, statusBadge, TERMINAL, when } from './words.js';

const POLL_MS = 1500;
const DOCUMENT_FIELDS = ['doc_id', 'job_id', 'filename', 'status', 'progress', 'error', 'media_type', 'size_bytes', 'attempts', 'created_at', 'updated_at', 'classification', 'review'];
const CLASSIFICATION_FIELDS = ['doc_id', 'final_category', 'secondary_tags', 'confidence', 'citations', 'explanation', 'page_count', 'image_count', 'content_safety', 'raw_signals', 'requires_review'];
const REVIEW_FIELDS = ['new_label', 'reviewer', 'comment', 'reviewed_at'];

export function documentView(main, docId) {
  let timer = 0;
  let disposed = false;

  async function load(focus) {
    try {
      const doc = await getDocument(docId);
      if (disposed) return;
      render(main, doc);
      if (focus) main.querySelector('h1')?.focus();
      if (!TERMINAL.has(doc.status)) timer = setTimeout(() => load(false), POLL_MS);
    } catch (error) {
      if (disposed) return;
      if (error instanceof ApiError && error.status === 404) {
        replace(main, el('h1', { tabindex: '-1' }, 'Document not found'), el('p', {}, el('a', { href: '#/' }, 'Back to all jobs')));
        main.querySelector('h1')?.focus();
      } else {
        notify(error.message, 'error');
      }
    }
  }

  replace(main, el('h1', { tabindex: '-1' }, 'Document'), el('p', { class: 'loading' }, 'Loading…'));
  load(true);
  return () => {
    disposed = true;
    clearTimeout(timer);
  };
}

function render(main, doc) {
  const onSaved = (saved) => {
    render(main, saved);
    notify('The review was saved beside the machine\'s answer.');
    document.getElementById('review-title')?.focus();
  };
  const c = doc.classification;
  replace(main,
    el('p', { class: 'crumbs' }, el('a', { href: `#/jobs/${encodeURIComponent(doc.job_id ?? '')}` }, '← Its job')),
    el('h1', { tabindex: '-1', class: 'filename', id: 'doc-title' }, String(doc.filename ?? 'Document')),
    el('section', { class: 'panel' },
      el('p', { class: 'job-line' }, statusBadge(doc.status), ' ', el('span', {}, `${asText(doc.media_type)} · ${asText(doc.size_bytes)} bytes · ${c ? `${c.page_count} page(s), ${c.image_count} image(s)` : 'not classified yet'}`)),
      doc.error ? el('p', { class: 'error', id: 'doc-error' }, String(doc.error)) : null,
      el('p', { class: 'meta' }, `Uploaded ${when(doc.created_at)} · updated ${when(doc.updated_at)}`),
      otherFields(doc, DOCUMENT_FIELDS, 'More about this document')),
    el('div', { class: 'answers' }, machineCard(c), reviewCard(doc.review)),
    c ? citationsPanel(c) : null,
    c ? el('section', { class: 'panel', 'aria-labelledby': 'review-form-title' },
      el('h2', { id: 'review-form-title' }, doc.review ? 'Change the review' : 'Review this document'),
      reviewForm(doc, onSaved)) : null);
}

function machineCard(c) {
  if (!c) return el('section', { class: 'panel answer', id: 'machine-answer' }, el('h2', {}, 'Machine\'s answer'), el('p', {}, 'Not classified yet.'));
  const tags = Array.isArray(c.secondary_tags) ? c.secondary_tags : [];
  const safety = c.content_safety;
  return el('section', { class: 'panel answer', id: 'machine-answer', 'aria-labelledby': 'machine-title' },
    el('h2', { id: 'machine-title' }, 'Machine\'s answer'),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Category'), el('dd', { id: 'machine-category' }, categoryBadge(c.final_category)),
      el('dt', {}, 'Confidence'), el('dd', { id: 'machine-confidence' }, confidence(c.confidence)),
      el('dt', {}, 'Needs review'), el('dd', { id: 'machine-review-needed' },
        c.requires_review ? el('span', { class: 'badge flag' }, el('span', { 'aria-hidden': 'true' }, '⚑ '), 'Yes: a person should check it') : 'No'),
      el('dt', {}, 'Tags'), el('dd', {}, tags.length ? tags.map((tag) => el('span', { class: 'tag' }, String(tag))) : '—'),
      el('dt', {}, 'Content safety'), el('dd', {}, safety?.is_unsafe ? `Unsafe: ${(safety.categories ?? []).join(', ')}` : 'Nothing unsafe found')),
    el('h3', {}, 'Explanation'),
    el('p', { id: 'machine-explanation', class: 'explanation' }, String(c.explanation ?? '')),
    otherFields(c, CLASSIFICATION_FIELDS, 'More from the classifier'));
}

function reviewCard(review) {
  return el('section', { class: 'panel answer', id: 'stored-review', 'aria-labelledby': 'review-title' },
    el('h2', { id: 'review-title', tabindex: '-1' }, 'Reviewer\'s answer'),
    review
      ? el('dl', { class: 'facts' },
        el('dt', {}, 'Label'), el('dd', { id: 'review-stored-label' }, categoryBadge(review.new_label)),
        el('dt', {}, 'Reviewer'), el('dd', { id: 'review-stored-reviewer' }, String(review.reviewer ?? '')),
        el('dt', {}, 'Comment'), el('dd', { id: 'review-stored-comment' }, review.comment ? String(review.comment) : '—'),
        el('dt', {}, 'Reviewed'), el('dd', {}, when(review.reviewed_at)))
      : el('p', { id: 'review-none' }, 'No review yet. The machine\'s answer stands.'),
    review ? otherFields(review, REVIEW_FIELDS, 'More about the review') : null);
}

function citationsPanel(c) {
  const citations = (Array.isArray(c.citations) ? c.citations : [])
    .slice()
    .sort((a, b) => (Number(a.page) || 0) - (Number(b.page) || 0) || String(a.source).localeCompare(String(b.source)));
  const signals = Array.isArray(c.raw_signals) ? c.raw_signals : [];
  return el('section', { class: 'panel', 'aria-labelledby': 'citations-title' },
    el('h2', { id: 'citations-title' }, 'Evidence'),
    citations.length
      ? table(citations, [['page', 'Page'], ['source', 'Detector'], ['snippet', 'Snippet (masked)']], 'Citations by page and detector', 'citations')
      : el('p', {}, 'No citation: nothing in the text pointed at a category.'),
    signals.length
      ? el('details', { class: 'signals' }, el('summary', {}, `Every signal (${signals.length})`),
        table(signals, [['page', 'Page'], ['detector', 'Detector'], ['type', 'Type'], ['confidence', 'Confidence'], ['snippet', 'Snippet (masked)']], 'Signals from the detectors', 'signals'))
      : null);
}
