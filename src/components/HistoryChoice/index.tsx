import Translate from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {type ReactNode, useEffect, useState} from 'react';
import {chooseReplaceHistory, replaceHistoryChosen} from './_utils';
import styles from './styles.module.css';

/**
 * On the safety page: the switch for moving within the site without adding to the tab's history
 * (./_utils.ts says why it is off by default). Without JavaScript it cannot work and is disabled.
 */
export default function HistoryChoice(): ReactNode {
  const isBrowser = useIsBrowser();
  const [on, setOn] = useState(false);
  // After hydration: the page was rendered at build time, where no choice exists.
  useEffect(() => setOn(replaceHistoryChosen()), []);
  return (
    <p className={styles.choice}>
      <label>
        <input
          type="checkbox"
          checked={on}
          disabled={!isBrowser}
          onChange={(event) => {
            chooseReplaceHistory(event.currentTarget.checked);
            setOn(event.currentTarget.checked);
          }}
        />{' '}
        <Translate id="historyChoice.label">
          В этой вкладке не добавлять страницы сайта в историю «Назад»
        </Translate>
      </label>
    </p>
  );
}
