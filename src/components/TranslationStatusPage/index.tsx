import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import type {FreshStatus, LocaleReport, StatusItem} from '@site/lib/translationStatus';
import tableStyles from '@site/src/css/dataTable.module.css';
import styles from './styles.module.css';

interface Props {
  /** Computed at build time by plugins/translation-status from the same code as the CLI. */
  readonly report: readonly LocaleReport[];
}

function statusLabel(status: FreshStatus): string {
  switch (status) {
    case 'up-to-date':
      return translate({id: 'translationStatus.upToDate', message: 'актуален'});
    case 'not-marked':
      return translate({id: 'translationStatus.notMarked', message: 'ещё не отмечен'});
    case 'outdated':
      return translate({id: 'translationStatus.outdated', message: 'устарел'});
    case 'missing':
      return translate({id: 'translationStatus.missing', message: 'отсутствует'});
  }
}

function ItemTable({
  items,
  caption,
}: {
  readonly items: readonly StatusItem[];
  readonly caption: string;
}): ReactNode {
  return (
    <div className={tableStyles.scroll}>
      <table className={tableStyles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="translationStatus.file">Файл</Translate>
            </th>
            <th scope="col">
              <Translate id="translationStatus.entry">Запись</Translate>
            </th>
            <th scope="col">
              <Translate id="translationStatus.status">Состояние</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.file}#${item.id ?? ''}`} data-status={item.status}>
              <td>
                <code>{item.file}</code>
              </td>
              <td>{item.id ?? ''}</td>
              <td className={styles[item.status]}>{statusLabel(item.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** For translators: what is missing or outdated in each language, as `npm run translations:status` says. */
export default function TranslationStatusPage({report}: Props): ReactNode {
  const title = translate({id: 'translationStatus.title', message: 'Состояние переводов'});
  return (
    <Layout title={title} description={title}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="translationStatus.intro">
            Исходный язык справочника — русский. Для каждого другого языка здесь видно, какие
            страницы, тексты данных и строки интерфейса переведены, какие устарели (русский текст
            изменился после перевода), какие ещё не отмечены (переводчик не записал, с какого
            русского текста переводил) и каких нет. Та же сводка выводится командой npm run
            translations:status.
          </Translate>
        </p>
        {report.map(({locale, items, counts, percent}) => (
          <section key={locale}>
            <Heading as="h2" id={`locale-${locale}`}>
              {translate(
                {id: 'translationStatus.localeHeading', message: '{locale}: готово на {percent}%'},
                {locale, percent},
              )}
            </Heading>
            <p>
              {translate(
                {
                  id: 'translationStatus.summary',
                  message:
                    'Актуально: {upToDate}, ещё не отмечено: {notMarked}, устарело: {outdated}, отсутствует: {missing}.',
                },
                {
                  upToDate: counts['up-to-date'],
                  notMarked: counts['not-marked'],
                  outdated: counts.outdated,
                  missing: counts.missing,
                },
              )}
            </p>
            <ItemTable
              caption={translate({id: 'translationStatus.pages', message: 'Страницы'})}
              items={items.filter((item) => item.kind === 'page')}
            />
            <ItemTable
              caption={translate({id: 'translationStatus.data', message: 'Тексты данных'})}
              items={items.filter((item) => item.kind === 'data')}
            />
            <ItemTable
              caption={translate({
                id: 'translationStatus.ui',
                message: 'Строки интерфейса, требующие перевода',
              })}
              items={items.filter((item) => item.kind === 'ui' && item.status !== 'up-to-date')}
            />
          </section>
        ))}
      </main>
    </Layout>
  );
}
