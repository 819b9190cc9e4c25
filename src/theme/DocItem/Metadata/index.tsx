import Head from '@docusaurus/Head';
import Metadata from '@theme-original/DocItem/Metadata';
import type {ReactNode} from 'react';
import {allNames, usePageSubjects} from '@site/src/components/PageNames/_utils';
import {russianSearchForms} from '@site/src/data/glossary/searchForms';

/**
 * Keywords of a page about a named subject: its names in both scripts, their variants and the
 * Russian forms the stemmer would miss, so the built-in search finds the page first for "Sfera",
 * «Сфера», "Isteyev" or «Истеева», whatever the locale.
 */
export default function MetadataWrapper(): ReactNode {
  const names = usePageSubjects().flatMap((entry) => [
    ...allNames(entry),
    ...russianSearchForms(entry),
  ]);
  return (
    <>
      <Metadata />
      {names.length > 0 && (
        <Head>
          <meta name="keywords" content={[...new Set(names)].join(', ')} />
        </Head>
      )}
    </>
  );
}
