import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {ComponentProps, ReactNode} from 'react';
import SearchNoScript from '@site/src/components/SearchNoScript';

type Props = ComponentProps<typeof LayoutType>;

/** The search theme's page cannot be wrapped on its own: add its no-JavaScript notice here. */
export default function LayoutWrapper({children, ...props}: Props): ReactNode {
  const isSearchPage = useLocation().pathname === useBaseUrl('/search');
  return (
    <Layout {...props}>
      {isSearchPage && <SearchNoScript />}
      {children}
    </Layout>
  );
}
