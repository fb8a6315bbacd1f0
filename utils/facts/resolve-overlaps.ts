/**
 * One fact per span, and facts that nest but never cross, so that highlights are well-formed
 * nested <mark>s. Rules, in this order:
 * - Facts are placed in rank order quote, emphasis, date, number, person, organization, place
 *   (the source's own marks first: they are what the reader sees), within a rank the earlier then
 *   the longer fact.
 * - Two facts with the same span: one stays; the more specific kind wins over emphasis (a bold
 *   name is a person), otherwise the first placed.
 * - Nesting is allowed when the outer or the inner fact is a quote or emphasis (a number inside a
 *   quote, a name inside the source's bold, a bold name inside a title-and-name person), and for
 *   the count inside a relative date (منذ ثلاثين عاماً holds the number ثلاثين عاماً).
 *   Otherwise (a place inside an organisation, a number inside a date) the later placed is dropped.
 * - Crossing facts: the later placed is shortened to end before (or start after) the other when
 *   its core (the number without "نحو", the name without "the") still fits; else it is dropped.
 */
import type { Candidate } from './candidate';
import type { FactKind } from './types';

const RANK: Readonly<Record<FactKind, number>> = {
  quote: 0,
  emphasis: 1,
  date: 2,
  number: 3,
  person: 4,
  organization: 5,
  place: 6,
};
const CONTAINERS: ReadonlySet<FactKind> = new Set(['quote', 'emphasis']);

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(outer: Candidate, inner: Candidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Trims white space and punctuation that a cut leaves at either end (never letters). */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,،;؛:.\-–—(]/u.test(text[start] as string)) start += 1;
  while (end > start && /[\s,،;؛:\-–—(]/u.test(text[end - 1] as string)) end -= 1;
  return [start, end];
}

/**
 * The candidate cut to avoid `other`, or null when its core would not survive: the part outside
 * `other` first, else (when `other` may hold it) the part inside.
 */
function shortened(text: string, candidate: Candidate, other: Candidate): Candidate | null {
  const coreStart = candidate.coreStart ?? candidate.start;
  const coreEnd = candidate.coreEnd ?? candidate.end;
  const options: [number, number][] = [];
  if (other.start > candidate.start) options.push([candidate.start, Math.min(candidate.end, other.start)]);
  if (other.end < candidate.end) options.push([Math.max(candidate.start, other.end), candidate.end]);
  if (CONTAINERS.has(other.kind))
    options.push([Math.max(candidate.start, other.start), Math.min(candidate.end, other.end)]);
  for (const [from, to] of options) {
    const [start, end] = trimmed(text, from, to);
    if (start <= coreStart && end >= coreEnd && end > start) return { ...candidate, start, end };
  }
  return null;
}

function compatible(a: Candidate, b: Candidate): boolean {
  if (!overlaps(a, b)) return true;
  if (a.start === b.start && a.end === b.end) return false;
  if (!contains(a, b) && !contains(b, a)) return false;
  if (CONTAINERS.has(a.kind) || CONTAINERS.has(b.kind)) return true;
  // A count inside a relative date (منذ [ثلاثين عاماً]) is a number of its own.
  const [outer, inner] = contains(a, b) ? [a, b] : [b, a];
  return outer.kind === 'date' && outer.holdsCount === true && inner.kind === 'number';
}

/** Kept facts by 256-character window, so a candidate is checked only against its neighbours. */
const WINDOW = 256;

export function resolveOverlaps(text: string, candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates]
    .filter((candidate) => candidate.end > candidate.start)
    .sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.start - b.start || b.end - a.end);
  const kept = new Set<Candidate>();
  const windows = new Map<number, Candidate[]>();
  const near = (candidate: Candidate): Candidate[] => {
    const found = new Set<Candidate>();
    for (
      let w = Math.floor(candidate.start / WINDOW);
      w <= Math.floor((candidate.end - 1) / WINDOW);
      w += 1
    ) {
      for (const other of windows.get(w) ?? []) if (kept.has(other)) found.add(other);
    }
    return [...found];
  };
  const keep = (candidate: Candidate): void => {
    kept.add(candidate);
    for (
      let w = Math.floor(candidate.start / WINDOW);
      w <= Math.floor((candidate.end - 1) / WINDOW);
      w += 1
    ) {
      const list = windows.get(w) ?? [];
      list.push(candidate);
      windows.set(w, list);
    }
  };
  for (const original of ordered) {
    let candidate: Candidate | null = original;
    for (let attempt = 0; candidate && attempt < 4; attempt += 1) {
      const current: Candidate = candidate;
      const conflict = near(current).find((other) => !compatible(other, current));
      if (!conflict) break;
      if (conflict.kind === 'emphasis' && conflict.start === current.start && conflict.end === current.end) {
        kept.delete(conflict);
        continue;
      }
      candidate = shortened(text, current, conflict);
    }
    const placed = candidate;
    if (placed && near(placed).every((other) => compatible(other, placed))) keep(placed);
  }
  return [...kept].sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
}
