import MDXComponents from '@theme-original/MDXComponents';
import Cite from '@site/src/components/Cite';
import ContentNote from '@site/src/components/ContentNote';
import Term from '@site/src/components/Term';

/**
 * Components every page can use without importing them (CONTRIBUTING.md lists what each is for).
 * The data views (glossary, cases table, figures, A–Z index, sources) are imported by the one page
 * that shows each: here they, their text and i18next would load on every page.
 */
export default {
  ...MDXComponents,
  Cite,
  ContentNote,
  Term,
};
