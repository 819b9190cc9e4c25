import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {ReactNode} from 'react';
import type {GlossaryName} from '@site/plugins/localized-data/clientData';
// Not from the glossary's index, which would bring the whole glossary into every page.
import {namesInOrder} from '@site/src/data/glossary/types';
import styles from './styles.module.css';

interface Props {
  /** In the order to list them; `variants` when the other spellings are to be shown too. */
  readonly names: readonly (Omit<GlossaryName, 'id'> & {
    readonly id: string;
    readonly variants?: readonly string[];
  })[];
}

/**
 * Names in both scripts, the page's language first, each linked to its glossary entry, in columns
 * that a phone stacks.
 */
export default function NameList({names}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    <ul className={styles.names}>
      {names.map(({id, glossaryPath, variants = [], ...entry}) => {
        const [own, other] = namesInOrder(entry, i18n.currentLocale);
        return (
          <li key={id}>
            <Link to={glossaryPath}>
              <span lang={own.lang}>{own.name}</span> — <span lang={other.lang}>{other.name}</span>
            </Link>
            {variants.length > 0 && (
              <span className={styles.variants}>{` (${variants.join(', ')})`}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
