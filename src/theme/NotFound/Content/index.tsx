/**
 * The 404 page's text, ours rather than the theme's: the stock text asks the reader to contact the
 * owner of the site that linked here, which suits neither this site nor a reader at risk. It says the
 * page is not here and offers the two ways on: the home page and the search page (which, with
 * JavaScript off, points to the A–Z index instead). Own ids, so the theme's bundled Russian strings
 * do not override ours.
 */
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import clsx from 'clsx';
import type {ReactNode} from 'react';

export default function NotFoundContent({className}: Props): ReactNode {
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            <Translate id="notFound.title">Страница не найдена</Translate>
          </Heading>
          <p>
            <Translate id="notFound.text">
              По этому адресу в справочнике ничего нет. Возможно, в адресе опечатка или страница
              переехала.
            </Translate>
          </p>
          <p>
            <Translate
              id="notFound.ways"
              values={{
                home: (
                  <Link to="/">
                    <Translate id="notFound.home">главной страницы</Translate>
                  </Link>
                ),
                search: (
                  <Link to="/search">
                    <Translate id="notFound.search">поиском по справочнику</Translate>
                  </Link>
                ),
              }}>
              {'Начните с {home} или воспользуйтесь {search}.'}
            </Translate>
          </p>
        </div>
      </div>
    </main>
  );
}
