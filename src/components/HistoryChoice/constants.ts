/**
 * What the switch (./index.tsx), the search page's React (./_utils.ts) and site.js
 * (plugins/static-first), which runs the switch and the moves on content pages, share. site.js is
 * plain JavaScript that cannot import this file: it repeats these names and the link rule of
 * ./_utils.ts, and tests/unit/static-first.test.ts checks that the names agree.
 */
export const historyChoiceAttribute = 'data-history-choice';
export const historyChoiceStorageKey = 'nc-sos-replace-history';
