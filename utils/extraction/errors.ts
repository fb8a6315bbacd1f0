/** Why extraction gave no article; the UI turns each code into a message in the user's language. */
export type ExtractionErrorCode = 'no-article' | 'too-large' | 'no-body';

export class ExtractionError extends Error {
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}
