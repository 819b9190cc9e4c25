/**
 * Ids of the table rows people quote (`/activity/figures#figures-2023`), made from the data's own
 * ids, never from translated text, so a link works in both languages. Each has a prefix of its own:
 * the pages' heading ids (`year-2022`, `network`) never take one of these forms.
 */
export const figuresRowId = (year: number): string => `figures-${year}`;
/** `asOf` is the ISO date (or bare year) the Network stated the total for. */
export const networkRowId = (asOf: string): string => `network-${asOf}`;
export const caseRowId = (caseId: string): string => `case-${caseId}`;
