import Head from '@docusaurus/Head';
import Metadata from '@theme-original/DocItem/Metadata';
import type {ReactNode} from 'react';
import {usePageGlossary} from '@site/src/components/PageGlossary/_utils';

/**
 * Keywords of a page about a named subject: its names in both scripts, their variants and the
 * Russian forms the stemmer would miss (plugins/localized-data/pageGlossary.ts), so the built-in search
 * finds the page first for "Sfera", «Сфера», "Isteyev" or «Истеева», whatever the locale.
 */
export default function MetadataWrapper(): ReactNode {
  const {keywords} = usePageGlossary();
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
