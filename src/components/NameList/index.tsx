import Link from '@docusaurus/Link';
import type {ReactNode} from 'react';
import type {GlossaryName} from '@site/plugins/data-text/clientData';
import styles from './styles.module.css';

interface Props {
  /** In the order to list them; `variants` when the other spellings are to be shown too. */
  readonly names: readonly (Omit<GlossaryName, 'id'> & {
    readonly id: string;
    readonly variants?: readonly string[];
  })[];
}

/** Names in both scripts, each linked to its glossary entry, in columns that a phone stacks. */
export default function NameList({names}: Props): ReactNode {
  return (
    <ul className={styles.names}>
      {names.map(({id, ru, en, glossaryPath, variants = []}) => (
        <li key={id}>
          <Link to={glossaryPath}>
            <span lang="ru">{ru}</span> — <span lang="en">{en}</span>
          </Link>
          {variants.length > 0 && (
            <span className={styles.variants}>{` (${variants.join(', ')})`}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
