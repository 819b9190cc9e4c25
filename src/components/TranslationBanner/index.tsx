import Translate from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import type {TranslationNotice} from '@site/plugins/translation-status/notice';
import {sourceLocale} from '@site/src/i18n/locales';
import styles from './styles.module.css';

interface Props {
  /** From the page's metadata, written by the build (plugins/translation-status/frontMatter.ts). */
  readonly notice: TranslationNotice;
}

/**
 * Says so when this page's translation is missing (the text below is the Russian original) or older
 * than the Russian page it translates, with a link to that page. Plain HTML made at build time.
 */
export default function TranslationBanner({notice}: Props): ReactNode {
  const original = (
    // A plain link: the Russian page lives in another locale's build, where Docusaurus's <Link>
    // would prefix this locale's base URL (`/en/history/sphere`) and open a new tab.
    // eslint-disable-next-line @docusaurus/no-html-links
    <a href={notice.source} hrefLang={sourceLocale}>
      <Translate id="translation.banner.original">русская версия страницы</Translate>
    </a>
  );
  return (
    <div role="note" className={styles.banner}>
      {notice.status === 'missing' ? (
        <Translate id="translation.banner.missing" values={{original}}>
          {'Эта страница ещё не переведена, поэтому ниже показан её русский текст ({original}).'}
        </Translate>
      ) : (
        <Translate id="translation.banner.outdated" values={{original}}>
          {
            'Русский текст этой страницы изменился после перевода, и перевод может отставать ({original}).'
          }
        </Translate>
      )}
    </div>
  );
}
