/**
 * Search (issue #19, "answer, then list"): the page a query naming a glossary entry should open
 * first, for entries with a page of their own: the case page for a person, the organisation's page.
 * Entries left out (places, NC SOS itself, which every page is about) keep the search's own order,
 * where their glossary entry comes first. Paths are without the locale prefix.
 */
import type {TermId} from './glossary';

export const searchEntityPages = {
  'idris-arsamikov': '/cases/idris-arsamikov',
  'maxim-lapunov': '/cases/maxim-lapunov',
  'aminat-lorsanova': '/cases/aminat-lorsanova',
  'salekh-magamadov': '/cases/magamadov-isaev',
  'ismail-isaev': '/cases/magamadov-isaev',
  'khadizhat-khizrieva': '/cases/dagestan-sisters',
  'patimat-khizrieva': '/cases/dagestan-sisters',
  'seda-suleimanova': '/cases/seda-suleimanova',
  'elina-ukhmanova': '/cases/elina-ukhmanova',
  'liya-zaurbekova': '/cases/liya-zaurbekova',
  'leyla-gureeva': '/cases/leyla-gureeva',
  sphere: '/history/sphere',
  marem: '/activity/marem',
  aegis: '/activity/aegis',
  'russian-lgbt-network': '/history/russian-lgbt-network',
} as const satisfies Partial<Record<TermId, string>>;
