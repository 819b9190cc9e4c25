import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import {type MouseEvent, type ReactNode, useId} from 'react';
import {localeInfo} from '@site/src/i18n/locales';
import {leaveFor, shiftPressesToExit, useShiftToExit} from './_utils';
import styles from './styles.module.css';

function useAnnouncement(presses: number): string {
  const {selectMessage} = usePluralForm();
  if (presses === 0) return '';
  if (presses >= shiftPressesToExit) {
    return translate({id: 'quickExit.leaving', message: 'Выход со страницы'});
  }
  const remaining = shiftPressesToExit - presses;
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
 * leaves for a neutral site. Without JavaScript it is a plain link to the same place.
 */
export default function QuickExit(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const url = localeInfo(i18n.currentLocale).quickExitUrl;
  const presses = useShiftToExit(url);
  const announcement = useAnnouncement(presses);
  const hintId = useId();
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    leaveFor(url);
  };
  return (
    <div className={styles.quickExit}>
      <Link
        href={url}
        target="_self"
        rel="noreferrer"
        className={styles.button}
        onClick={onClick}
        aria-describedby={hintId}>
        <Translate id="quickExit.label">Быстрый выход</Translate>
        <span className={styles.progress} aria-hidden="true">
          {Array.from({length: shiftPressesToExit}, (_, index) => (
            <span key={index} className={index < presses ? styles.pressed : styles.dot} />
          ))}
        </span>
      </Link>
      <Link to="/safety" className={styles.help}>
        <span aria-hidden="true">?</span>
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
      <span role="status" className="sr-only">
        {announcement}
      </span>
    </div>
  );
}
