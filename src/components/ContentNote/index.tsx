import Translate from '@docusaurus/Translate';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** One sentence saying what the page describes, so a reader can choose whether to go on. */
  readonly children: ReactNode;
}

export default function ContentNote({children}: Props): ReactNode {
  return (
    <div role="note" className={styles.note}>
      <strong className={styles.label}>
        <Translate id="contentNote.label">Внимание</Translate>
      </strong>{' '}
      {children}
    </div>
  );
}
