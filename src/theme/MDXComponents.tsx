import MDXComponents from '@theme-original/MDXComponents';
import Cite from '@site/src/components/Cite';
import ContentNote from '@site/src/components/ContentNote';
import Glossary from '@site/src/components/Glossary';
import Term from '@site/src/components/Term';

/**
 * Components every page can use without importing them (CONTRIBUTING.md lists what each is for).
 * The glossary shows the text `<Term>` loads anyway; the other data views (cases table, figures, A–Z
 * index, sources) are imported by the one page that shows each: here they and their text would load
 * on every page. (Imported by the glossary page too, its text would ship twice: in this module's
 * chunk and in the page's.)
 */
export default {
  ...MDXComponents,
  Cite,
  ContentNote,
  Glossary,
  Term,
};
