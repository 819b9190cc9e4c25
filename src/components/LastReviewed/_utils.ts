import {createContext, useContext} from 'react';

/** A page's review date, as plugins/remark-last-reviewed.ts exports it. */
export interface ReviewDate {
  /** YYYY-MM-DD, for `<time dateTime>`. */
  readonly date: string;
  /** The date as the page's language writes it, formatted at build time («2 декабря 2026 г.»). */
  readonly text: string;
}

export const LastReviewedContext = createContext<ReviewDate | null>(null);

export function useLastReviewed(): ReviewDate {
  const review = useContext(LastReviewedContext);
  if (review === null)
    throw new Error('The review date shows on doc pages only (src/theme/DocItem)');
  return review;
}
