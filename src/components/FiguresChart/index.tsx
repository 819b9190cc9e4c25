import type {ReactNode} from 'react';
import {useId} from 'react';
import {figureMeasures, yearlyFigures} from '@site/src/data/figures';
import figuresText from '@generated/nc-sos-data-text/default/figures.json';
import styles from './styles.module.css';

const width = 640;
const height = 300;
const plotTop = 24;
const plotBottom = height - 32;
const barWidth = 44;
const barGap = 8;
const groupWidth = width / yearlyFigures.length;
const maxValue = Math.max(...yearlyFigures.flatMap((row) => figureMeasures.map((m) => row[m])));

function barHeight(value: number): number {
  return ((plotBottom - plotTop) * value) / maxValue;
}

/**
 * The yearly figures as a bar chart, drawn as SVG at build time: it shows without JavaScript, and
 * screen readers get the same numbers as text through <title> and <desc>.
 */
export default function FiguresChart(): ReactNode {
  const {chartTitle, chartDescription, measures} = figuresText;
  const titleId = useId();
  const descId = useId();
  const description = yearlyFigures
    .map(
      (row) => `${row.year}: ${figureMeasures.map((m) => `${measures[m]} — ${row[m]}`).join('; ')}`,
    )
    .join('. ');
  return (
    <figure className={styles.figure}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className={styles.chart}>
        <title id={titleId}>{chartTitle}</title>
        <desc id={descId}>{description}</desc>
        {yearlyFigures.map((row, group) => {
          const groupStart =
            group * groupWidth + (groupWidth - figureMeasures.length * (barWidth + barGap)) / 2;
          return (
            <g key={row.year} aria-hidden="true">
              {figureMeasures.map((measure, index) => {
                const value = row[measure];
                const x = groupStart + index * (barWidth + barGap);
                const y = plotBottom - barHeight(value);
                return (
                  <g key={measure}>
                    <rect
                      x={x}
                      y={y}
                      width={barWidth}
                      height={barHeight(value)}
                      className={styles[`bar${index}`]}
                    />
                    <text
                      x={x + barWidth / 2}
                      y={y - 6}
                      textAnchor="middle"
                      className={styles.value}>
                      {value}
                    </text>
                  </g>
                );
              })}
              <text
                x={group * groupWidth + groupWidth / 2}
                y={height - 8}
                textAnchor="middle"
                className={styles.year}>
                {row.year}
              </text>
            </g>
          );
        })}
        <line x1="0" x2={width} y1={plotBottom} y2={plotBottom} className={styles.axis} />
      </svg>
      <figcaption className={styles.caption}>
        {/* The legend is HTML so it wraps on narrow screens; the bars' values are in <desc>. */}
        <ul className={styles.legend} aria-hidden="true">
          {figureMeasures.map((measure, index) => (
            <li key={measure}>
              <svg width="14" height="14" className={styles.swatch}>
                <rect width="14" height="14" className={styles[`bar${index}`]} />
              </svg>
              {measures[measure]}
            </li>
          ))}
        </ul>
        {chartDescription}
      </figcaption>
    </figure>
  );
}
