import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import changelog from '@generated/nc-sos-data-text/default/changelog.json';
import type {ReactNode} from 'react';
import type {ChangeText} from '@site/plugins/localized-data/clientData';
import {type ChangeKind, changesFeedFile} from '@site/src/data/changelog';
import styles from './styles.module.css';

/** Each kind's label; literal ids, so `write-translations` finds them. */
function kindLabel(kind: ChangeKind): string {
  switch (kind) {
    case 'new-page':
      return translate({id: 'changelog.kind.newPage', message: 'Новая страница'});
    case 'new-fact':
      return translate({id: 'changelog.kind.newFact', message: 'Новые сведения'});
    case 'correction':
      return translate({id: 'changelog.kind.correction', message: 'Исправление'});
  }
}

function Change({change}: {readonly change: ChangeText}): ReactNode {
  return (
    <li id={change.id} className={styles.change}>
      <span className={change.kind === 'correction' ? styles.correction : styles.kind}>
        {kindLabel(change.kind)}
      </span>{' '}
      <strong>{change.title}</strong>
      <p className={styles.summary}>{change.summary}</p>
      <p className={styles.pages}>
        {translate({id: 'changelog.pages', message: 'Страницы:'})}{' '}
        {change.pages.map((page, index) => (
          <span key={page.permalink}>
            {index > 0 && ', '}
            <Link to={page.permalink}>{page.title}</Link>
          </span>
        ))}
      </p>
    </li>
  );
}

/** The changelog, made at build time (plugins/localized-data/changelog.ts): newest first, by day. */
export default function Changelog(): ReactNode {
  const feed = useBaseUrl(`/${changesFeedFile}`);
  const days = [...new Set(changelog.map((change) => change.date))];
  return (
    <>
      <p>
        {/* A file of the build, not a route: <Link> would report it as a broken link. */}
        {/* eslint-disable-next-line @docusaurus/no-html-links */}
        <a href={feed} type="application/atom+xml">
          {translate({id: 'changelog.feed', message: 'Лента изменений (Atom)'})}
        </a>
      </p>
      {days.map((day) => {
        const changes = changelog.filter((change) => change.date === day);
        return (
          <section key={day}>
            <h2 id={`changes-${day}`}>
              <time dateTime={day}>{changes[0]?.dateText}</time>
            </h2>
            <ul className={styles.changes}>
              {changes.map((change) => (
                <Change key={change.id} change={change} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
