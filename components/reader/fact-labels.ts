import type { FactKind, KeyFact } from '@/utils/facts';
import type { MessageKey } from '@/utils/browser/i18n';
import { t } from '@/utils/browser/i18n';

/** The panel's group headings, one per kind. */
export const FACT_GROUP_LABELS: Readonly<Record<FactKind, MessageKey>> = {
  person: 'factKindPerson',
  quote: 'factKindQuote',
  number: 'factKindNumber',
  date: 'factKindDate',
  organization: 'factKindOrganization',
  place: 'factKindPlace',
  emphasis: 'factKindEmphasis',
};

/** What one highlight is, for its tooltip. */
const FACT_LABELS: Readonly<Record<FactKind, MessageKey>> = {
  person: 'factLabelPerson',
  quote: 'factLabelQuote',
  number: 'factLabelNumber',
  date: 'factLabelDate',
  organization: 'factLabelOrganization',
  place: 'factLabelPlace',
  emphasis: 'factLabelEmphasis',
};

/** A mark's tooltip: its kind in the user's language, and who said it or the person's name. */
export function describeFact(fact: KeyFact): string {
  const parts = [t(FACT_LABELS[fact.kind])];
  if (fact.speaker) parts.push(t('factSaidBy', fact.speaker));
  else if (fact.kind === 'person' && fact.name && fact.name !== fact.text) parts.push(fact.name);
  return parts.join(' · ');
}
