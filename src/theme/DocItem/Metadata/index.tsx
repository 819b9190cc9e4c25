import Head from '@docusaurus/Head';
import Metadata from '@theme-original/DocItem/Metadata';
import type {ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {usePageGlossary} from '@site/src/components/PageGlossary/_utils';

/**
 * A page's keywords, which the built-in search weighs above its text: its sidebar label where it
 * differs from its title (the name readers see in the menu: «Анонимная эвакуация» for «Эвакуация
 * молодого человека из Чечни»), and on a page about a named subject its names in both scripts,
 * their variants and the Russian forms the stemmer would miss (plugins/localized-data/pageGlossary.ts),
 * so the search finds the page first for "Sfera", «Сфера», "Isteyev" or «Истеева», whatever the locale.
 */
export default function MetadataWrapper(): ReactNode {
  const {metadata} = useDoc();
  const names = usePageGlossary().keywords;
  const label = metadata.frontMatter.sidebar_label;
  const keywords = [...(label && label !== metadata.title ? [label] : []), ...names];
  return (
    <>
      <Metadata />
      {keywords.length > 0 && (
        <Head>
          <meta name="keywords" content={keywords.join(', ')} />
        </Head>
      )}
    </>
  );
}
