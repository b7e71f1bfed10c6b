/** The CLI's help, shared by `postguard --help` and `postguard pack --help`. */
export const USAGE = `usage:
  postguard check [--profile PROFILE.json | --pack PACK.json [--pub PUB]] [--roster-key FILE] [--jsonl] [TEXT...]
  postguard pack keygen --out DIR
  postguard pack key --out FILE
  postguard pack build --profile P.json [--base BASE.json] [--policy POLICY.md] [--staff S.csv] [--pupils P.csv]
                       [--id ID] [--version N] [--publisher NAME] [--expires DATE|Nd] [--roster-key FILE]
                       [--hash-terms] [--embed-roster-key] --out PACK.json
  postguard pack sign --key KEY --in PACK.json --out SIGNED.json
  postguard pack verify --pub PUB [--pub PUB2...] --in SIGNED.json
  postguard pack test PACK.json [--drafts D.jsonl] [--against OLD.json] [--roster-key FILE]
  postguard pack diff OLD.json NEW.json

  check          check drafts against the school's social media policy
    --profile    school profile (analysis contract shape); default: the built-in profile
    --pack       a rule pack (v1, v2, or signed v2) instead of a profile
    --pub        with --pack: the pack must be signed by this public key (else the signature is not checked)
    --roster-key with --pack: the school's roster key, so the pack's hashed pupils and private terms are
                 checked (without it they match nothing)
    --jsonl      read {"id","text"} lines on stdin, write {"id","findings"} lines
    TEXT         the draft to check (else stdin), printed for a person to read
  pack           rule packs for leadership and IT (README, "Rule packs"); exit 2 on bad input,
                 verify exits 1 when the signature is not valid, test exits 1 when an example fails
    keygen       the signing key pair (Ed25519)
    key          the school's roster key: 32 random bytes (base64) that key the hashes of pupils' names
                 and private terms; prints the managed-policy snippets (rosterKey) that give it to staff
                 browsers. Keep it secret: with the key, a pack's roster can be read.
    build        pupils become keyed hashes (HMAC-SHA256 under the roster key, fresh salt each build);
                 staff names, the school, aliases, places, policy text and unhashed terms stay in clear.
                 Refused when a pupil's full name appears in clear anywhere in the pack (examples, rule
                 examples, policy text, terms...). Lists the school's names that flag only in drafts about
                 school or work, and why ("Summit" is an everyday word; a colleague shares a famous name).
                 Pupils sharing a famous name are counted, never named.
    --roster-key FILE   the roster key (what pack key writes); else $POSTGUARD_ROSTER_KEY holds the key
                        itself. Needed when there are pupils or --hash-terms. Never the key on the
                        command line: other users see it in the process list.
    --hash-terms        keep the custom terms out of the pack: keyed hashes of their words, matched as
                        phrases (the category of each stays readable)
    --expires DATE|Nd   after this date (2027-08-31, or 120d from now) browsers refuse the pack, so an
                        old signed pack can't be replayed for ever; one already in force stays
    --embed-roster-key  put the roster key inside the pack, for a file imported on a device without
                        managed policy. Whoever holds that file can then read its pupils' names (and
                        private terms) by trying lists of names: only when there is no other way.
`;
