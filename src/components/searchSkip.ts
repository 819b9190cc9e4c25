/**
 * Marks a block the search index leaves out (issue #19): a page's list of names and its sources
 * matched queries through a source's title or address, and made sections of their own that came
 * before the pages. docusaurus.config.ts hands `searchSkipSelector` to the search theme's
 * `ignoreCssSelectors`.
 */
export const searchSkip = {'data-search-skip': ''} as const;

export const searchSkipSelector = '[data-search-skip]';
