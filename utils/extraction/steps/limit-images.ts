import type { PipelineContext, Step } from '../context';
import type { StepName } from '../types';
import { MAX_ARTICLE_IMAGES, MAX_PAGE_IMAGES } from '../limits';

/** What carries one picture: a `<picture>` holds its `<img>`, a `<figure>` holds little else. */
function pictureOf(image: Element): Element {
  const picture = image.parentElement?.tagName === 'PICTURE' ? image.parentElement : image;
  const figure = picture.parentElement;
  if (figure?.tagName === 'FIGURE' && figure.getElementsByTagName('img').length === 1) return figure;
  return picture;
}

/** Drops the pictures of `root` after the first `max`, in document order, and logs how many. */
function keepFirstImages(context: PipelineContext, step: StepName, root: Element, max: number): void {
  const images = root.getElementsByTagName('img');
  if (images.length <= max) return;
  const dropped = Array.from(images).slice(max);
  for (const image of dropped) pictureOf(image).remove();
  context.removed.push({
    step,
    reason: `more than ${max} images`,
    text: `${dropped.length} images after the first ${max}`,
  });
}

/**
 * Before Readability: a page of thousands of images (a gallery dump, a hostile page) would take
 * every later step seconds; an article's own pictures come well within the first MAX_PAGE_IMAGES.
 * After `remove-hidden`, which pairs the clone's elements with the page's by position.
 */
export const limitPageImages: Step = {
  name: 'limit-page-images',
  run(context) {
    if (context.doc.body) keepFirstImages(context, 'limit-page-images', context.doc.body, MAX_PAGE_IMAGES);
  },
};

/**
 * After Readability: the body keeps its first MAX_ARTICLE_IMAGES pictures; more would take
 * seconds to sanitize and lay out in the view, and no reader scrolls through them. The text is
 * never touched, and the view says that pictures were left out.
 */
export const limitImages: Step = {
  name: 'limit-images',
  run(context) {
    const content = context.content;
    if (content?.nodeType === 1)
      keepFirstImages(context, 'limit-images', content as Element, MAX_ARTICLE_IMAGES);
  },
};

/** Whether the extraction left pictures out (the view says so). */
export function leftImagesOut(removed: readonly { step: string }[]): boolean {
  return removed.some((removal) => removal.step === 'limit-images' || removal.step === 'limit-page-images');
}
