import type { Step } from '../context';
import { removeAndRecord } from '../context';
import { holdsArticle, paragraphTextOutside } from '../dom';

/** Fields that only a comment, contact, search, login or sign-up form has. */
const INPUT_FIELDS =
  'textarea, input[type="email"], input[type="password"], input[type="search"], input[type="text"], input[type="url"], input[type="tel"], input:not([type])';

/**
 * Step 4: drop forms that take input (comment, newsletter, search, login). A form that wraps the
 * whole page, as ASP.NET WebForms do, is left alone: its paragraphs are the article.
 */
export const removeForms: Step = {
  name: 'remove-forms',
  run(context) {
    const body = context.doc.body;
    if (!body) return;
    for (const form of Array.from(body.querySelectorAll('form'))) {
      if (!body.contains(form) || holdsArticle(form)) continue;
      if (!form.querySelector(INPUT_FIELDS)) continue;
      if (paragraphTextOutside(form, []) > 600) continue;
      removeAndRecord(context, 'remove-forms', 'form with input fields', form);
    }
    for (const field of Array.from(body.querySelectorAll('textarea'))) {
      removeAndRecord(context, 'remove-forms', 'text area outside a form', field);
    }
  },
};
