import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** Shown on the search page when JavaScript is off (Tor Browser "Safest"): where to look instead. */
export default function SearchNoScript(): ReactNode {
  return (
    <noscript>
      <div className="container margin-top--lg">
        <div role="note" className={styles.note}>
          <p>
            <Translate id="search.noscript.text">
              Поиск по справочнику работает только с включённым JavaScript. Без него все страницы
              можно найти через указатель и глоссарий.
            </Translate>
          </p>
          <ul className="margin-bottom--none">
            <li>
              <Link to="/glossary/a-z">
                <Translate id="search.noscript.index">Указатель страниц от А до Я</Translate>
              </Link>
            </li>
            <li>
              <Link to="/glossary">
                <Translate id="search.noscript.glossary">Глоссарий имён и названий</Translate>
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </noscript>
  );
}
