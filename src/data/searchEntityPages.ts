/**
 * Search (issue #19, "answer, then list"): the page a query naming a glossary entry opens first.
 * Entries listed here have a page of their own (the case page for a person, the organisation's or
 * the topic's page), which comes first whenever the query names them, whatever else it says.
 * Every other entry's glossary entry comes first when the query names it and nothing else
 * (plugins/search-on-demand/entityFirst.ts). Paths are without the locale prefix.
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
  // People without a case page, the subject of a page about their work.
  'david-isteev': '/history/founding',
  'svetlana-anokhina': '/activity/marem',
  sphere: '/history/sphere',
  marem: '/activity/marem',
  aegis: '/activity/aegis',
  'russian-lgbt-network': '/history/russian-lgbt-network',
  // Terms whose page is about nothing else.
  'foreign-agent': '/history/foreign-agent',
  'honour-killing': '/history/honour-killings',
  'lgbt-propaganda-law': '/history/legal-environment',
  roskomnadzor: '/history/website-blocking',
  'partial-mobilization': '/cases/forced-conscription',
  // The housing the group offers, on the page about it: «Тем, кому нужно укрыться…».
  'crisis-apartment': '/activity/support',
} as const satisfies Partial<Record<TermId, string>>;

/**
 * Entries every page is about: named alone, the query opens this page instead of the glossary
 * entry; with other words («когда основан ск сос»), the search's own order decides.
 */
export const searchEntityPagesWhenAlone = {
  'nc-sos': '/about',
} as const satisfies Partial<Record<TermId, string>>;
