import Translate from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import {useLastReviewed} from './_utils';
import styles from './styles.module.css';

/** When the page's content was last checked against its sources (its `last_reviewed` front matter). */
export default function LastReviewed(): ReactNode {
  const {date, text} = useLastReviewed();
  return (
    <p className={styles.reviewed}>
      <Translate id="page.lastReviewed" values={{date: <time dateTime={date}>{text}</time>}}>
        {'Проверено {date}'}
      </Translate>
    </p>
  );
}
