import {useHistory} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {FormEvent, ReactNode} from 'react';
import {maxQueryLength, tabQuery} from './_utils';
import styles from './styles.module.css';

/**
 * The navbar's search field: a form that opens the search page, where the search runs (the search
 * code and index load there only). Without JavaScript it sends the words in the address; on a
 * content page site.js (plugins/static-first) hands them over in the tab's storage instead
 * (`handedQuery` in ./_utils.ts); on the search page, which runs React, they stay in its memory.
 */
export default function SearchBar(): ReactNode {
  const label = translate({id: 'theme.SearchBar.label', message: 'Поиск'});
  const searchPage = useBaseUrl('/search');
  const history = useHistory();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('q');
    tabQuery.set(field instanceof HTMLInputElement ? field.value : '');
    history.push(searchPage);
  };
  return (
    <form
      role="search"
      action={searchPage}
      className={`navbar__search ${styles.form}`}
      onSubmit={onSubmit}>
      <input
        type="search"
        name="q"
        autoComplete="off"
        maxLength={maxQueryLength}
        placeholder={label}
        aria-label={label}
        className={`navbar__search-input ${styles.input}`}
      />
    </form>
  );
}
