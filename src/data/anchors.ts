/**
 * Ids of the rows journalists quote, the same in both languages (made from data, never from text):
 * `/activity/figures#year-2023`, `/activity/figures#network-2017-07-11`, `/cases#case-maxim-lapunov`.
 */
export const figuresRowId = (year: number): string => `year-${year}`;
export const networkRowId = (asOf: string): string => `network-${asOf}`;
export const caseRowId = (caseId: string): string => `case-${caseId}`;
