import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {ReactNode} from 'react';
import {type CitePageGlobalData, citePagePluginName} from '@site/plugins/cite-page/globalData';
import {useLastReviewed} from '@site/src/components/LastReviewed/_utils';
import {localeInfo} from '@site/src/i18n/locales';
import {type CitationPart, citation} from './_utils';
import styles from './styles.module.css';

function Form({label, parts}: {readonly label: string; readonly parts: readonly CitationPart[]}) {
  return (
    <>
      <p className={styles.label}>{label}</p>
      <pre>
        <code>
          {parts.map((part, index) =>
            typeof part === 'string' ? (
              part
            ) : (
              <span key={index} data-accessed={part.accessed}>
                {part.blank}
              </span>
            ),
          )}
        </code>
      </pre>
    </>
  );
}

/**
 * "Cite this page": the page's citation as text and BibTeX, complete without JavaScript (the access
 * date a blank to fill in). Closed by default; its script (plugins/cite-page/cite.js: today's date,
 * Copy buttons) loads only when a reader opens it (the `data-on-demand` loader in plugins/static-first/site.js), so it weighs
 * nothing on a page where nobody does. The strings the script shows come with it as attributes.
 */
export default function CitePage(): ReactNode {
  const {metadata} = useDoc();
  const {siteConfig, i18n} = useDocusaurusContext();
  const review = useLastReviewed();
  const {script} = usePluginData(citePagePluginName) as CitePageGlobalData;
  const cite = citation({
    locale: i18n.currentLocale,
    site: localeInfo(i18n.currentLocale).tagline,
    title: metadata.title,
    url: `${siteConfig.url}${metadata.permalink}`,
    reviewed: review.date,
    reviewedText: review.text,
    docId: metadata.id,
  });
  return (
    <details
      className={styles.cite}
      data-on-demand={script}
      data-cite=""
      data-copy={translate({id: 'cite.copy', message: 'Копировать'})}
      data-copied={translate({id: 'cite.copied', message: 'Скопировано'})}
      data-selected={translate({
        id: 'cite.selected',
        message: 'Текст выделен: нажмите Ctrl+C, чтобы скопировать',
      })}>
      <summary>{translate({id: 'cite.summary', message: 'Как сослаться на эту страницу'})}</summary>
      <Form
        label={translate({id: 'cite.text', message: 'Текст (ГОСТ Р 7.0.100-2018)'})}
        parts={cite.text}
      />
      <Form label="BibTeX" parts={cite.bibtex} />
    </details>
  );
}
