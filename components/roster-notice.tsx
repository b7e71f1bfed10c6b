import type { RosterStatus } from '../lib/rule-pack/pupils';
import { t } from './i18n';

/**
 * What the pack in force means for pupils' names on this device (issue 12):
 * keyed names whose roster key IT has not set are not checked; legacy or
 * key-carrying packs give their roster to whoever holds them. Nothing when all
 * is well. The popup shows only the first, in short.
 */
export function RosterNotice({ status, short = false }: { status: RosterStatus; short?: boolean }) {
  const lines: string[] = [];
  if (status.missing > 0) lines.push(t(short ? 'roster_missing_key_popup' : 'roster_missing_key'));
  if (!short && status.legacy > 0) lines.push(t('roster_legacy'));
  if (!short && status.embedded > 0) lines.push(t('roster_embedded'));
  if (!lines.length) return null;
  return (
    <div class="roster-notice" role="status">
      {lines.map((l) => (
        <p key={l} class="warn">
          {l}
        </p>
      ))}
    </div>
  );
}
