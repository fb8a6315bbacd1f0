import type { FactKind } from './types';

/**
 * A fact before overlaps are resolved. `coreStart`/`coreEnd` bound the part that must stay when
 * the fact has to be shortened to fit inside the source's own emphasis or a quote (a qualifier
 * such as "نحو" or "more than" may be dropped; the number itself may not).
 */
export interface Candidate {
  kind: FactKind;
  start: number;
  end: number;
  coreStart?: number;
  coreEnd?: number;
  speaker?: string;
  title?: string;
  /** Dates that count (منذ ثلاثين عاماً): a number may sit inside them. */
  holdsCount?: boolean;
}
