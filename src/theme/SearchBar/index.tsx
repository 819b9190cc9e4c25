import {useHistory} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {
  type ComponentType,
  type FormEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import {keepFieldPrivate, maxQueryLength, tabQuery} from './_utils';
import styles from './styles.module.css';

const loadSearchBar = () => import('@theme-original/SearchBar');

/** Sets an input's value the way typing does, so that React's onChange sees it. */
function typeInto(input: HTMLInputElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

/** Ctrl+K or ⌘K, whatever the keyboard layout (Russian "л" sits on the K key). */
const isShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && event.code === 'KeyK';

/**
 * The navbar's search field. The search code (lunr with its Russian stemmer, the autocomplete: some
 * 30 KiB) is fetched only when a reader reaches for the field, by pointing at it, focusing it or
 * pressing Ctrl+K; what they have typed meanwhile carries over. Until then, and without JavaScript,
 * the field is a plain form that opens the search page; once the page's code runs, the form opens it
 * with the words in memory, not in the address (./_utils.ts).
 */
export default function SearchBar(): ReactNode {
  const label = translate({id: 'theme.SearchBar.label', message: 'Поиск'});
  const searchPage = useBaseUrl('/search');
  const history = useHistory();
  const placeholder = useRef<HTMLInputElement>(null);
  const loaded = useRef<HTMLDivElement>(null);
  const [FullSearchBar, setFullSearchBar] = useState<ComponentType | null>(null);
  // Read when the full field replaces the placeholder, not when its code arrives: keys pressed in
  // between must not be lost.
  const typed = useRef('');
  const placeholderFocused = useRef(false);

  const load = useCallback(() => {
    void loadSearchBar().then((module) => {
      // Asked now rather than tracked with focus and blur handlers: whether removing a focused
      // field runs its blur handler differs between renderers, so tracking could lose the focus.
      placeholderFocused.current = document.activeElement === placeholder.current;
      setFullSearchBar(() => module.default);
    });
  }, []);

  useEffect(() => {
    if (FullSearchBar) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      placeholder.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [FullSearchBar]);

  // A layout effect runs in the same task as the swap, before the browser handles another key.
  useLayoutEffect(() => {
    const input = loaded.current?.querySelector('input');
    if (!input) return;
    // The search theme labels its field "Search" in every language; readers of Russian hear Russian.
    input.setAttribute('aria-label', label);
    keepFieldPrivate(input);
    if (placeholderFocused.current) input.focus();
    if (typed.current) typeInto(input, typed.current);
  }, [FullSearchBar, label]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    tabQuery.set(placeholder.current?.value ?? '');
    history.push(searchPage);
  };

  if (FullSearchBar) {
    return (
      <div ref={loaded} className={styles.slot}>
        <FullSearchBar />
      </div>
    );
  }
  return (
    <form
      role="search"
      action={searchPage}
      className={`navbar__search ${styles.form}`}
      onSubmit={onSubmit}>
      <input
        ref={placeholder}
        type="search"
        name="q"
        autoComplete="off"
        maxLength={maxQueryLength}
        placeholder={label}
        aria-label={label}
        className={`navbar__search-input ${styles.input}`}
        onPointerEnter={load}
        onFocus={load}
        onInput={(event) => (typed.current = event.currentTarget.value)}
      />
    </form>
  );
}
