import { expiryOf } from '../../lib/rule-pack/freshness';
import type { Category } from '../../rules/categories';
import { CATEGORY_LABELS } from '../category-labels';
import type { PackSource, StoredPack } from '../../lib/storage';
import { type MessageKey, t } from '../i18n';

export const SOURCE_LABEL: Record<PackSource, MessageKey> = {
  bundled: 'options_source_bundled',
  'managed-inline': 'options_source_managed_inline',
  url: 'options_source_url',
  file: 'options_source_file',
};

export interface PackFactsProps {
  /** null: no pack was ever accepted, the bundled one is in force. */
  stored: StoredPack | null;
  /** The school and version of the pack actually in force (the bundled one when `stored` is null). */
  school: string;
  version: number;
  /** ms since the epoch, to tell whether the pack in force has expired. */
  now: number;
  /** The managed policy's locked categories: always checked here, whatever the pack says (lib/locked-categories.ts). */
  locked: readonly Category[];
  /** The pack's session times in short (describeSession); none when it has none (issue 15, point 4). */
  sessionTimes?: string;
  /** Managed policy makes this browser a school device (`schoolDevice`). */
  schoolDevice?: boolean;
  /** What the guards on friend requests and messages do here (issue 15, point 6; components/guards-summary.ts). */
  guards?: string;
  /** The school's safeguarding lead, when the pack names one. */
  safeguardingLead?: string;
}

export const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Which pack is in force and where it came from: the first thing IT checks after a deployment. */
export function PackFacts({ stored, school, version, now, locked, sessionTimes, schoolDevice, guards, safeguardingLead }: PackFactsProps) {
  const expiry = stored ? expiryOf(stored.pack, now) : ({ kind: 'none' } as const);
  return (
    <section aria-labelledby="in-force-title">
      <h2 id="in-force-title">{t('options_in_force_heading')}</h2>
      <dl class="facts">
        <dt>{t('options_fact_school')}</dt>
        <dd>{school}</dd>
        <dt>{t('options_fact_version')}</dt>
        <dd>{stored ? `${stored.pack.id}, ${version}` : t('options_fact_bundled', String(version))}</dd>
        {stored && (
          <>
            <dt>{t('options_fact_publisher')}</dt>
            <dd>{stored.publisher}</dd>
            <dt>{t('options_fact_key')}</dt>
            <dd>
              <code>{stored.keyId ?? t('options_fact_unsigned')}</code>
            </dd>
            <dt>{t('options_fact_source')}</dt>
            <dd>{t(SOURCE_LABEL[stored.source])}</dd>
            <dt>{t('options_fact_accepted')}</dt>
            <dd>
              <time dateTime={new Date(stored.acceptedAt).toISOString()}>{when(stored.acceptedAt)}</time>
            </dd>
            {expiry.kind !== 'none' && (
              <>
                <dt>{t('options_fact_expires')}</dt>
                <dd>
                  {expiry.kind === 'expired' ? (
                    <strong class="expired">{t('options_fact_expired', when(Date.parse(expiry.at)))}</strong>
                  ) : (
                    <time dateTime={expiry.at}>{when(Date.parse(expiry.at))}</time>
                  )}
                </dd>
              </>
            )}
          </>
        )}
        {locked.length > 0 && (
          <>
            <dt>{t('options_fact_locked')}</dt>
            <dd>
              <ul class="locked-categories">
                {locked.map((c) => (
                  <li key={c}>{CATEGORY_LABELS[c]}</li>
                ))}
              </ul>
              <span class="hint">{t('options_fact_locked_hint')}</span>
            </dd>
          </>
        )}
        {guards && (
          <>
            <dt>{t('guards_heading')}</dt>
            <dd>{guards}</dd>
          </>
        )}
        {safeguardingLead && (
          <>
            <dt>{t('lead_heading')}</dt>
            <dd>{safeguardingLead}</dd>
          </>
        )}
        {sessionTimes && (
          <>
            <dt>{t('options_fact_session')}</dt>
            <dd>
              {sessionTimes}
              <span class="hint">{t('options_fact_session_hint')}</span>
            </dd>
          </>
        )}
        {schoolDevice && (
          <>
            <dt>{t('options_fact_school_device')}</dt>
            <dd>{t('options_fact_school_device_value')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
