import Translate from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import {historyChoiceAttribute} from './constants';
import styles from './styles.module.css';

/**
 * On the safety page: the switch for moving within the site without adding to the tab's history
 * (./_utils.ts says why it is off by default). Markup only: site.js (plugins/static-first) enables
 * it, shows the tab's choice and keeps it. Without JavaScript it cannot work and stays disabled.
 */
export default function HistoryChoice(): ReactNode {
  return (
    <p className={styles.choice}>
      <label>
        <input type="checkbox" disabled {...{[historyChoiceAttribute]: ''}} />{' '}
        <Translate id="historyChoice.label">
          В этой вкладке не добавлять страницы сайта в историю «Назад»
        </Translate>
      </label>
    </p>
  );
}
