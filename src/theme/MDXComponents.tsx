import MDXComponents from '@theme-original/MDXComponents';
import CasesTable from '@site/src/components/CasesTable';
import Cite from '@site/src/components/Cite';
import ContentNote from '@site/src/components/ContentNote';
import FiguresChart from '@site/src/components/FiguresChart';
import FiguresTable from '@site/src/components/FiguresTable';
import Glossary from '@site/src/components/Glossary';
import PageIndex from '@site/src/components/PageIndex';
import SourceList from '@site/src/components/SourceList';
import Term from '@site/src/components/Term';

/** Components every page can use without importing them (CONTRIBUTING.md lists what each is for). */
export default {
  ...MDXComponents,
  CasesTable,
  Cite,
  ContentNote,
  FiguresChart,
  FiguresTable,
  Glossary,
  PageIndex,
  SourceList,
  Term,
};
