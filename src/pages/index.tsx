import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import KeyFacts from './_components/KeyFacts';
import styles from './index.module.css';

interface Section {
  readonly to: string;
  readonly title: string;
  readonly description: string;
}

function sections(): Section[] {
  return [
    {
      to: '/history',
      title: translate({id: 'home.section.history.title', message: 'История'}),
      description: translate({
        id: 'home.section.history.description',
        message: 'От преследований в Чечне в 2017 году до блокировки сайта группы в 2024-м.',
      }),
    },
    {
      to: '/activity',
      title: translate({id: 'home.section.activity.title', message: 'Деятельность'}),
      description: translate({
        id: 'home.section.activity.description',
        message:
          'Эвакуация, безопасное жильё, юридическая и медицинская помощь, партнёры, финансирование и цифры по годам.',
      }),
    },
    {
      to: '/cases',
      title: translate({id: 'home.section.cases.title', message: 'Дела'}),
      description: translate({
        id: 'home.section.cases.description',
        message:
          'Истории людей, которым помогли группа и её предшественница, и случаи преследований, задокументированные группой.',
      }),
    },
    {
      to: '/glossary',
      title: translate({id: 'home.section.glossary.title', message: 'Глоссарий'}),
      description: translate({
        id: 'home.section.glossary.description',
        message:
          'Имена людей, организаций и мест по-русски и по-английски, с вариантами написания.',
      }),
    },
  ];
}

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout description={siteConfig.tagline}>
      <main className={styles.main}>
        <div className="container">
          <Heading as="h1">{siteConfig.tagline}</Heading>
          <p className={styles.lead}>
            <Translate id="home.intro">
              СК SOS (North Caucasus SOS) — российская кризисная группа, которая помогает выбраться
              с Северного Кавказа, прежде всего из Чечни, Ингушетии и Дагестана, ЛГБТ-людям и
              пострадавшим от гендерного насилия, чья жизнь в опасности. Группа находит им
              безопасное жильё, оказывает юридическую, финансовую, медицинскую и психологическую
              помощь.
            </Translate>
          </p>
          <p>
            <Translate id="home.about">
              Справочник составлен по опубликованным источникам и рассказывает об истории группы, её
              работе и людях, которым она помогла; у каждого факта есть ссылка на источник. Сайт не
              связан с СК SOS и не может передать ей просьбу о помощи.
            </Translate>{' '}
            <Link to="/about">
              <Translate id="home.aboutLink">О СК SOS и о справочнике</Translate>
            </Link>
          </p>
          <KeyFacts />
          <ul className={styles.sections}>
            {sections().map((section) => (
              <li key={section.to} className={styles.section}>
                <Heading as="h2" className={styles.sectionTitle}>
                  <Link to={section.to}>{section.title}</Link>
                </Heading>
                <p>{section.description}</p>
              </li>
            ))}
          </ul>
        </div>
      </main>
    </Layout>
  );
}
