/**
 * The key facts of an article: what a reader wants picked out (names with their titles, numbers
 * with what they count, quotes and who said them, places, organisations, dates, the source's own
 * bold). Pure: it reads a DOM tree and never touches the browser or the network.
 *
 * Offsets are into `root.textContent`. Every recogniser reads the same word index; overlaps are
 * resolved by `resolveOverlaps` (facts nest, never cross). The rules for Arabic and for Latin
 * script run on every article (an Arabic article quotes English names and the other way round);
 * `lang` is kept for rules that will need it.
 */
import type { Candidate } from './candidate';
import type { FindKeyFactsOptions, KeyFact } from './types';
import { indexText } from './text-index';
import { findDates } from './dates';
import { findEmphasis } from './emphasis';
import { findNumbers } from './numbers';
import { findOrganizations } from './organizations';
import { findPeople } from './people';
import type { PersonCandidate } from './people';
import { findPlaces } from './places';
import { findQuotes } from './quotes';
import { resolveOverlaps } from './resolve-overlaps';
import { speakerOf } from './speakers';

function toFact(text: string, candidate: Candidate | PersonCandidate): KeyFact {
  const fact: KeyFact = {
    kind: candidate.kind,
    text: text.slice(candidate.start, candidate.end),
    start: candidate.start,
    end: candidate.end,
  };
  if (candidate.speaker) fact.speaker = candidate.speaker;
  if (candidate.title) fact.title = candidate.title;
  if ('name' in candidate) fact.name = candidate.name;
  return fact;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- `lang` is part of the contract
export function findKeyFacts(root: Node, options: FindKeyFactsOptions): KeyFact[] {
  const index = indexText(root);
  const organizations = findOrganizations(index);
  const places = findPlaces(index);
  // A capitalised pair inside (or the same as) a place or organisation found is not a name.
  const people = findPeople(index, [...organizations, ...places]);
  const quotes = findQuotes(index);
  const candidates: Candidate[] = [
    ...findEmphasis(index),
    ...findNumbers(index),
    ...findDates(index),
    ...quotes,
    ...people,
    ...organizations,
    ...places,
  ];
  const resolved = resolveOverlaps(index.text, candidates);
  const keptPeople = resolved.filter((fact): fact is PersonCandidate => fact.kind === 'person');
  for (const fact of resolved) {
    if (fact.kind !== 'quote') continue;
    const speaker = speakerOf(index, fact, keptPeople);
    if (speaker) fact.speaker = speaker;
  }
  return resolved.map((candidate) => toFact(index.text, candidate));
}
