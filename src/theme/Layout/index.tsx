import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import {type ComponentProps, type ReactNode, useLayoutEffect} from 'react';
import {useReplaceHistoryIfChosen} from '@site/src/components/HistoryChoice/_utils';
import SearchNoScript from '@site/src/components/SearchNoScript';
import {keepFieldPrivate} from '@site/src/theme/SearchBar/_utils';

type Props = ComponentProps<typeof LayoutType>;

/**
 * The search theme's page cannot be wrapped on its own (it renders this layout itself): add its
 * no-JavaScript notice here, and give its field the site's limits (the theme renders it without).
 */
export default function LayoutWrapper({children, ...props}: Props): ReactNode {
  const isSearchPage = useLocation().pathname === useBaseUrl('/search');
  useReplaceHistoryIfChosen();
  useLayoutEffect(() => {
    if (!isSearchPage) return;
    document
      .querySelectorAll<HTMLInputElement>('.main-wrapper input[type="search"]')
      .forEach(keepFieldPrivate);
  }, [isSearchPage]);
  return (
    <Layout {...props}>
      {isSearchPage && <SearchNoScript />}
      {children}
    </Layout>
  );
}
