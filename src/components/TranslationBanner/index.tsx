import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import Translate from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {ReactNode} from 'react';
import {
  type TranslationStatusGlobalData,
  translationStatusPluginName,
} from '@site/plugins/translation-status/globalData';
import styles from './styles.module.css';

/**
 * Says so when this page's translation is missing (the text below is the Russian original) or older
 * than the Russian page it translates. Rendered at build time, so it needs no JavaScript.
 */
export default function TranslationBanner(): ReactNode {
  const {metadata} = useDoc();
  const {notices} = usePluginData(translationStatusPluginName) as TranslationStatusGlobalData;
  const notice = notices[metadata.permalink];
  if (!notice) return null;
  const original = (
    // pathname:// : the original lives in another locale's build, outside this build's link check.
    <Link to={`pathname://${notice.sourcePermalink}`} lang="ru" hrefLang="ru">
      <Translate id="translation.banner.original">русская версия страницы</Translate>
    </Link>
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
