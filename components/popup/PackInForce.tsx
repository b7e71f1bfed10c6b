import { expiryOf } from '../../lib/rule-pack/freshness';
import { describeSession } from '../../lib/schedule/session-times';
import type { Pack } from '../../rules/schema';
import { guardsSummary, leadSummary } from '../guards-summary';
import { t } from '../i18n';

/** What the popup says about the pack in force, taken from the pack itself. */
export interface PackInfo {
  school: string;
  policyTitle: string;
  id: string;
  version: number;
  /** ISO date-time; a bundled pack has none. */
  issuedAt?: string;
  /** ISO date-time after which the pack is no longer accepted; `expired` once passed (it stays in force: lib/rule-pack/freshness.ts). */
  expires?: { at: string; expired: boolean };
  /** The pack's session times in short ("Mon–Fri 08:45–15:30 (Europe/London), every week"); none when it has none. */
  sessionTimes?: string;
  /** What the guards on friend requests and messages do here (issue 15, point 6). */
  guards: string;
  /** The school's safeguarding lead, when the pack names one. */
  safeguardingLead?: string;
}

/** What managed policy says of this browser (issue 15, point 4). */
export interface DeviceInfo {
  schoolDevice: boolean;
  /** The person said today that leadership authorised them ("I'm authorised (today)"). */
  authorisedToday: boolean;
}

/** `now`: ms since the epoch, to tell whether the pack has expired. */
export function packInfo(pack: Pack, now = Date.now()): PackInfo {
  const info: PackInfo = { school: pack.profile.school.name, policyTitle: pack.policy.title, id: pack.id, version: pack.version, guards: guardsSummary(pack) };
  const lead = leadSummary(pack);
  if (lead) info.safeguardingLead = lead;
  if (pack.issuedAt) info.issuedAt = pack.issuedAt;
  const expiry = expiryOf(pack, now);
  if (expiry.kind !== 'none') info.expires = { at: expiry.at, expired: expiry.kind === 'expired' };
  if (pack.sessionTimes) info.sessionTimes = describeSession(pack.sessionTimes);
  return info;
}

const longDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'long' });

export function PackInForce({ info, device }: { info: PackInfo; device?: DeviceInfo }) {
  return (
    <section class="pack" aria-labelledby="pack-title">
      <h2 id="pack-title">{t('popup_pack_heading')}</h2>
      <dl class="facts">
        <dt>{t('popup_pack_school')}</dt>
        <dd>{info.school}</dd>
        <dt>{t('popup_pack_policy')}</dt>
        <dd>{info.policyTitle}</dd>
        <dt>{t('popup_pack_version')}</dt>
        <dd>{t('popup_pack_version_value', [info.id, String(info.version)])}</dd>
        {info.issuedAt && (
          <>
            <dt>{t('popup_pack_issued')}</dt>
            <dd>
              <time dateTime={info.issuedAt}>{longDate(info.issuedAt)}</time>
            </dd>
          </>
        )}
        {info.expires && (
          <>
            <dt>{t('popup_pack_expires')}</dt>
            <dd class={info.expires.expired ? 'expired' : undefined}>
              {info.expires.expired ? (
                <strong>{t('popup_pack_expired', longDate(info.expires.at))}</strong>
              ) : (
                <time dateTime={info.expires.at}>{longDate(info.expires.at)}</time>
              )}
            </dd>
          </>
        )}
        <dt>{t('guards_heading')}</dt>
        <dd>{info.guards}</dd>
        {info.safeguardingLead && (
          <>
            <dt>{t('lead_heading')}</dt>
            <dd>{info.safeguardingLead}</dd>
          </>
        )}
        {info.sessionTimes && (
          <>
            <dt>{t('popup_pack_session')}</dt>
            <dd>{info.sessionTimes}</dd>
          </>
        )}
        {device?.schoolDevice && (
          <>
            <dt>{t('popup_pack_device')}</dt>
            <dd>
              {t('popup_pack_school_device')}
              {device.authorisedToday && <span class="muted"> {t('popup_pack_authorised_today')}</span>}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
