export { extractArticle, DEFAULT_MAX_ELEMENTS, DEFAULT_TIME_BUDGET_MS } from './extract-article';
export { ExtractionError } from './errors';
export type { ExtractionErrorCode } from './errors';
export { isArticlePage, declaresArticle } from './detect';
export { STEPS } from './steps';
export type { Article, ExtractOptions, Removal, StepName, TextDirection } from './types';
