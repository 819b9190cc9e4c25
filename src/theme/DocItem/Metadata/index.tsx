import Head from '@docusaurus/Head';
import Metadata from '@theme-original/DocItem/Metadata';
import type {ReactNode} from 'react';
import {allNames, usePageSubjects} from '@site/src/components/PageNames/_utils';

/**
 * Keywords of a page about a named subject: its names in both scripts and their variants, so the
 * built-in search finds the page first for "Sfera", «Сфера» or "Isteyev", whatever the locale.
 */
export default function MetadataWrapper(): ReactNode {
  const names = usePageSubjects().flatMap(allNames);
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
