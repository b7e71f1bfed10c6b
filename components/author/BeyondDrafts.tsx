import { WEEKDAYS, type Weekday } from '../../rules/schema';
import { type MessageKey, t } from '../i18n';
import { type AuthorDraft, DEFAULT_SESSION_TIMES, type SessionTimesDraft } from './draft';
import { TextField } from './fields';

const DAY_LABEL: Record<Weekday, MessageKey> = {
  mon: 'author_day_mon', tue: 'author_day_tue', wed: 'author_day_wed', thu: 'author_day_thu', fri: 'author_day_fri', sat: 'author_day_sat', sun: 'author_day_sun',
};

const NO_LEAD = { name: '', role: '', email: '', phone: '' };

/**
 * The policy beyond drafts (issue 15, point 6): whether friend requests and messages to
 * pupils on the roster are guarded (sections 6), who the safeguarding lead is (section 9
 * and Appendix A: the incident page names them), and the school's session times and term
 * dates (section 4: a reminder in the pause when staff post within them). Unset fields
 * keep postguard's defaults: both guards on, no lead, no session times.
 */
export function BeyondDrafts({ draft, onChange }: { draft: AuthorDraft; onChange(draft: AuthorDraft): void }) {
  const guards = draft.guards ?? { requests: true, messages: true };
  const lead = draft.safeguardingLead ?? NO_LEAD;
  const st = draft.sessionTimes;
  const setSession = (next: Partial<SessionTimesDraft>) => onChange({ ...draft, sessionTimes: { ...(st ?? DEFAULT_SESSION_TIMES), ...next } });
  return (
    <section aria-labelledby="beyond-title">
      <h2 id="beyond-title">{t('author_beyond_heading')}</h2>
      <p class="muted">{t('author_beyond_help')}</p>
      <div class="field">
      <label class="switch">
        <input type="checkbox" checked={guards.requests} onChange={(e) => onChange({ ...draft, guards: { ...guards, requests: e.currentTarget.checked } })} />
        <span>{t('author_guard_requests')}</span>
      </label>
      </div>
      <div class="field">
      <label class="switch">
        <input type="checkbox" checked={guards.messages} onChange={(e) => onChange({ ...draft, guards: { ...guards, messages: e.currentTarget.checked } })} />
        <span>{t('author_guard_messages')}</span>
      </label>
      </div>

      <h3>{t('author_lead_heading')}</h3>
      <TextField id="lead-name" label={t('author_lead_name')} value={lead.name} hint={t('author_lead_hint')} onInput={(name) => onChange({ ...draft, safeguardingLead: { ...lead, name } })} />
      <TextField id="lead-role" label={t('author_lead_role')} value={lead.role} onInput={(role) => onChange({ ...draft, safeguardingLead: { ...lead, role } })} />
      <TextField id="lead-email" label={t('author_lead_email')} value={lead.email} onInput={(email) => onChange({ ...draft, safeguardingLead: { ...lead, email } })} />
      <TextField id="lead-phone" label={t('author_lead_phone')} value={lead.phone} onInput={(phone) => onChange({ ...draft, safeguardingLead: { ...lead, phone } })} />

      <h3>{t('author_session_heading')}</h3>
      <label class="switch">
        <input type="checkbox" checked={!!st?.on} onChange={(e) => setSession({ on: e.currentTarget.checked })} />
        <span>{t('author_session_on')}</span>
      </label>
      {st?.on && (
        <div class="session-times">
          <div class="field">
            <label for="session-start"><span>{t('author_session_start')}</span></label>
            <input id="session-start" type="time" value={st.start} onInput={(e) => setSession({ start: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="session-end"><span>{t('author_session_end')}</span></label>
            <input id="session-end" type="time" value={st.end} onInput={(e) => setSession({ end: e.currentTarget.value })} />
          </div>
          <fieldset>
            <legend>{t('author_session_days')}</legend>
            {WEEKDAYS.map((day) => (
              <label key={day} class="switch">
                <input
                  type="checkbox"
                  checked={st.days.includes(day)}
                  onChange={(e) => setSession({ days: e.currentTarget.checked ? WEEKDAYS.filter((d) => d === day || st.days.includes(d)) : st.days.filter((d) => d !== day) })}
                />
                <span>{t(DAY_LABEL[day])}</span>
              </label>
            ))}
          </fieldset>
          <TextField id="session-zone" label={t('author_session_zone')} value={st.timeZone} onInput={(timeZone) => setSession({ timeZone })} />
          <TextField id="session-terms" label={t('author_session_terms')} value={st.terms} multiline hint={t('author_session_dates_hint')} onInput={(terms) => setSession({ terms })} />
          <TextField id="session-closures" label={t('author_session_closures')} value={st.closures} multiline hint={t('author_session_closures_hint')} onInput={(closures) => setSession({ closures })} />
        </div>
      )}
    </section>
  );
}
