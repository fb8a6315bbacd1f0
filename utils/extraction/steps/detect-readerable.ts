import type { Step } from '../context';
import { isArticlePage } from '../detect';

/** Step 1: decide whether the page looks like an article, from the untouched source document. */
export const detectReaderable: Step = {
  name: 'detect-readerable',
  run(context) {
    const isHidden = context.options.isHidden;
    context.readerable = isArticlePage(
      context.source,
      isHidden ? { isVisible: (element) => !isHidden(element) } : {},
    );
  },
};
