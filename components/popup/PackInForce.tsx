import type { Pack } from '../../rules/schema';
import { t } from '../i18n';

/** What the popup says about the pack in force, taken from the pack itself. */
export interface PackInfo {
  school: string;
  policyTitle: string;
  id: string;
  version: number;
  /** ISO date-time; a bundled pack has none. */
  issuedAt?: string;
}

export function packInfo(pack: Pack): PackInfo {
  const info: PackInfo = { school: pack.profile.school.name, policyTitle: pack.policy.title, id: pack.id, version: pack.version };
  if (pack.issuedAt) info.issuedAt = pack.issuedAt;
  return info;
}

export function PackInForce({ info }: { info: PackInfo }) {
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
              <time dateTime={info.issuedAt}>{new Date(info.issuedAt).toLocaleDateString(undefined, { dateStyle: 'long' })}</time>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
