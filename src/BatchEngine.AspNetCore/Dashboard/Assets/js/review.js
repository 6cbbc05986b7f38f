// The review form: a reviewer's label, name and comment, stored beside the machine's answer.
import { reviewDocument } from './api.js';
import { el } from './dom.js';
import { CATEGORIES } from './words.js';

/** Builds the form. onSaved(document) runs with the server's answer. */
export function reviewForm(doc, onSaved) {
  const current = doc.review?.new_label ?? doc.classification?.final_category ?? '';
  const label = el('select', { id: 'review-label', name: 'new_label', required: true },
    CATEGORIES.map((name) => el('option', { value: name, selected: name === current }, name)));
  const reviewer = el('input', { id: 'review-reviewer', name: 'reviewer', type: 'text', required: true, autocomplete: 'name', maxlength: '200', value: doc.review?.reviewer ?? '' });
  const comment = el('textarea', { id: 'review-comment', name: 'comment', rows: '3', maxlength: '4000' });
  const error = el('p', { class: 'error', id: 'review-error', role: 'alert' });
  const submit = el('button', { type: 'submit', class: 'primary', id: 'review-submit' }, 'Save review');
  const form = el('form', { class: 'review-form', id: 'review-form', novalidate: true },
    field('review-label', 'New label', label),
    field('review-reviewer', 'Reviewer', reviewer),
    field('review-comment', 'Comment (optional)', comment),
    error, el('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!reviewer.value.trim()) {
      error.textContent = 'Give the reviewer\'s name.';
      reviewer.focus();
      return;
    }
    submit.disabled = true;
    try {
      const saved = await reviewDocument(doc.doc_id, { new_label: label.value, reviewer: reviewer.value.trim(), comment: comment.value || null });
      onSaved(saved);
    } catch (problem) {
      error.textContent = problem.message;
      submit.disabled = false;
    }
  });
  return form;
}

function field(id, text, control) {
  return el('div', { class: 'field' }, el('label', { for: id }, text), control);
}
