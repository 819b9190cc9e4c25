import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import {type ReactNode, useId} from 'react';
import {localeInfo} from '@site/src/i18n/locales';
import {quickExit} from './constants';
import styles from './styles.module.css';

/** The key's name as printed on keyboards, in every language. */
const shiftKeyName = 'Shift';

/** What the status region says after `presses` presses of Shift (nothing before the first). */
function announcement(presses: number, selectMessage: (count: number, message: string) => string) {
  if (presses === 0) return '';
  if (presses >= quickExit.pressesToExit) {
    return translate({id: 'quickExit.leaving', message: 'Выход со страницы'});
  }
  const remaining = quickExit.pressesToExit - presses;
  return selectMessage(
    remaining,
    translate(
      {
        id: 'quickExit.shiftProgress',
        message:
          'Shift: нажмите ещё {count} раз, чтобы выйти|Shift: нажмите ещё {count} раза, чтобы выйти|Shift: нажмите ещё {count} раз, чтобы выйти',
        description: 'Announced after each Shift press; plural forms separated by |',
      },
      {count: remaining},
    ),
  );
}

/**
 * "Exit this page", after the GOV.UK pattern: one click (or Shift three times) hides the page and
 * leaves for a neutral site, replacing this page in the tab's history. Markup only: the inline script
 * in every page (plugins/quick-exit-first-paint.ts) does both from the first paint, fills the dots
 * and says the count, in the words rendered here for each count. Without JavaScript it is a plain
 * link to the same place, which leaves the whole tab even from inside a frame.
 */
export default function QuickExit(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const url = localeInfo(i18n.currentLocale).quickExitUrl;
  const {selectMessage} = usePluralForm();
  const announcements = Array.from({length: quickExit.pressesToExit + 1}, (_, presses) =>
    announcement(presses, selectMessage),
  );
  const hintId = useId();
  const dots = Array.from({length: quickExit.pressesToExit}, (_, index) => (
    <span key={index} className={styles.dot} />
  ));
  return (
    <div className={styles.quickExit}>
      <span className={styles.keys} aria-hidden="true">
        <Translate id="quickExit.keys" values={{key: <kbd>{shiftKeyName}</kbd>}}>
          {'или {key} ×3'}
        </Translate>
        <span className={styles.progress}>{dots}</span>
      </span>
      <Link
        href={url}
        target="_top"
        rel="noreferrer"
        data-quick-exit=""
        className={styles.button}
        aria-describedby={hintId}>
        <Translate id="quickExit.label">Быстрый выход</Translate>
      </Link>
      <Link to="/safety" className={styles.help}>
        <span aria-hidden="true">?</span>
        <span className={styles.helpLabel}>
          <Translate id="quickExit.helpLabel">Что это?</Translate>
        </span>
        <span className="sr-only">
          <Translate id="quickExit.help">
            Как работает быстрый выход и как читать сайт безопаснее
          </Translate>
        </span>
      </Link>
      <span id={hintId} className="sr-only">
        <Translate id="quickExit.hint">
          Сразу уходит на сайт погоды. Можно также трижды нажать Shift. История браузера при этом не
          стирается.
        </Translate>
      </span>
      <span role="status" className="sr-only" data-announcements={JSON.stringify(announcements)} />
    </div>
  );
}
