import { t } from '../i18n';

export interface RosterKeyPanelProps {
  /** The roster key's fingerprint (the key itself shows only inside the policy snippets, for IT to copy). */
  keyId: string;
  /** Managed-policy snippets carrying the key (lib/rule-pack/roster-key.ts rosterKeyPolicySnippets). */
  chromium: string;
  firefox: string;
  embed: boolean;
  hashTerms: boolean;
  onEmbed(on: boolean): void;
  onHashTerms(on: boolean): void;
}

/**
 * The school's roster key on the authoring page (issue 12): what a pack
 * reveals, the policy snippets that give staff browsers the key, and the two
 * choices: keep terms out of the pack, and (only when there is no managed
 * policy) carry the key inside, said plainly to make the roster readable.
 */
export function RosterKeyPanel(props: RosterKeyPanelProps) {
  return (
    <>
      <h3>{t('author_roster_heading')}</h3>
      <p class="hint">{t('author_reveals')}</p>
      <p>{t('author_roster_intro')}</p>
      <dl class="facts">
        <dt>{t('author_roster_key_id')}</dt>
        <dd>
          <code id="roster-key-id">{props.keyId}</code>
        </dd>
      </dl>
      <details>
        <summary>{t('author_roster_chromium')}</summary>
        <pre id="roster-policy-chromium">{props.chromium}</pre>
      </details>
      <details>
        <summary>{t('author_roster_firefox')}</summary>
        <pre id="roster-policy-firefox">{props.firefox}</pre>
      </details>
      <p class="hint">{t('author_roster_secret')}</p>
      <label class="check">
        <input type="checkbox" id="roster-hash-terms" checked={props.hashTerms} onChange={(e) => props.onHashTerms(e.currentTarget.checked)} />{' '}
        {t('author_roster_hash_terms')}
      </label>
      <label class="check">
        <input type="checkbox" id="roster-embed" checked={props.embed} onChange={(e) => props.onEmbed(e.currentTarget.checked)} /> {t('author_roster_embed')}
      </label>
      {props.embed && (
        <p class="warn-box" role="alert">
          {t('author_roster_embed_warning')}
        </p>
      )}
    </>
  );
}
