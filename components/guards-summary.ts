import { rosterSize } from '../lib/rule-pack/pupils';
import type { Pack } from '../rules/schema';
import { t } from './i18n';

/**
 * What the guards beyond drafts do on this browser (issue 15, point 6), in one line for the
 * popup and the options page: they act only on names on the pack's pupil list, so a pack
 * without one says so rather than promising a check that cannot happen.
 */
export function guardsSummary(pack: Pick<Pack, 'guards' | 'profile'>): string {
  if (!rosterSize(pack.profile)) return t('guards_no_roster');
  const requests = pack.guards?.requests !== false;
  const messages = pack.guards?.messages !== false;
  if (requests && messages) return t('guards_both');
  if (requests) return t('guards_requests_only');
  return messages ? t('guards_messages_only') : t('guards_none');
}

/** The safeguarding lead as one line ("Dana Okafor, Designated Safeguarding Lead, dsl@…, 020…"); none when the pack names none. */
export function leadSummary(pack: Pick<Pack, 'safeguardingLead'>): string | undefined {
  const lead = pack.safeguardingLead;
  return lead ? [lead.name, lead.role, lead.email, lead.phone].filter(Boolean).join(', ') : undefined;
}
