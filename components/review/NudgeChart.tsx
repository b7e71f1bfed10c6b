import type { Category } from '../../rules/categories';
import { categoryLabel } from '../category-labels';
import { t } from '../i18n';

export interface NudgeChartProps {
  bars: { category: Category; count: number }[];
}

/** The writer's own nudges by category over 30 days: a list a screen reader reads as plainly as it looks. */
export function NudgeChart({ bars }: NudgeChartProps) {
  const most = Math.max(1, ...bars.map((b) => b.count));
  return (
    <section class="chart" aria-labelledby="chart-title">
      <h2 id="chart-title">{t('review_chart_heading')}</h2>
      <p class="muted">{t('review_chart_private')}</p>
      {bars.length === 0 ? (
        <p>{t('review_chart_none')}</p>
      ) : (
        <ul class="bars">
          {bars.map((b) => (
            <li key={b.category}>
              <span class="bar-label">{categoryLabel(b.category)}</span>
              <span class="bar" style={{ width: `${Math.round((b.count / most) * 100)}%` }} aria-hidden="true" />
              <span class="bar-count">{b.count === 1 ? t('review_chart_count_one') : t('review_chart_count', String(b.count))}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
