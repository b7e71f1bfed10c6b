#!/usr/bin/env node
// Rebuilds <out>/<name>/rows.jsonl from fetched (bare) git snapshots of the sources.
// No dependencies beyond Node built-ins and the `git` binary.
//
// Usage:
//   node scripts/training/import-public.mjs out=<out> hatecheck=<snapshots>/paul-rottger+hatecheck-data/repo \
//                   hatemoji=<snapshots>/HannahKirk+Hatemoji/repo \
//                   edos=<snapshots>/rewire-online+edos/repo \
//                   misogyny=<snapshots>/ellamguest+online-misogyny-eacl2021/repo \
//                   convabuse=<snapshots>/amandacurry+convabuse/repo
// Optional (licence NOT verified from a stored licence file, see README/report; off by default):
//                   youtube=<snapshots>/tuliocasagrande+youtube-spam-experiment/repo/.git --include-unverified
// Output dir defaults to the directory of this script; override with out=/some/dir.
// Each dataset is imported only if its git dir is given. The pinned commit of each
// source is checked; a different HEAD is reported (and used) but flagged.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_ROWS = 3000;
const MAX_CHARS = 1500;

// ---------- args ----------
const args = {};
const flags = new Set();
for (const a of process.argv.slice(2)) {
  if (a.startsWith('--')) flags.add(a.slice(2));
  else if (a.includes('=')) { const i = a.indexOf('='); args[a.slice(0, i)] = a.slice(i + 1); }
  else { console.error('unrecognised argument', a); process.exit(2); }
}
const OUT = args.out || dirname(fileURLToPath(import.meta.url));

// ---------- git helpers ----------
function gitShow(gitDir, commit, path) {
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { maxBuffer: 1 << 30 }).toString('utf8');
}
function gitHead(gitDir) {
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD']).toString().trim();
}
function resolveCommit(name, gitDir, pinned) {
  try {
    execFileSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${pinned}^{commit}`], { stdio: 'ignore' });
    return pinned;
  } catch {
    const head = gitHead(gitDir);
    console.warn(`[${name}] WARNING pinned commit ${pinned} not present; using HEAD ${head}`);
    return head;
  }
}

// ---------- CSV (RFC 4180, handles quoted newlines) ----------
function parseCSV(s, sep = ',') {
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  const rows = []; let row = [], f = '', q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"') { if (s[i + 1] === '"') { f += '"'; i++; } else q = false; }
      else f += c;
    } else if (c === '"') q = true;
    else if (c === sep) { row.push(f); f = ''; }
    else if (c === '\n') { row.push(f); rows.push(row); row = []; f = ''; }
    else if (c === '\r') { /* skip */ }
    else f += c;
  }
  if (f !== '' || row.length) { row.push(f); rows.push(row); }
  const header = rows[0];
  return rows.slice(1).filter(r => r.length === header.length).map(r => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

// ---------- filters ----------
const EN_WORDS = new Set(('the a an and or but if of to in on at for with by from is are was were be been am i you he she it we they me him her us them my your his its our their this that these those not no do does did have has had will would can could should just so what who how why when where there here all any some more most very too up out about like get got go going know think want love hate people really than then now one only also because').split(' '));
// Frequent function words of languages seen in the sources (Spanish, Portuguese, Romanian, romanised Hindi/Urdu, ...).
const OTHER_WORDS = new Set(('que de la el los las en y es por con para una un se lo del al como pero mas más muy eu não nao é você voce isso está esta uma com os também tambem meu minha ele ela nos das dos ou sim ' +
  'si nu ce cu pe din mai sa ca sunt este fost doar dar acum toate au va ' +
  'hai hain ka ki ke ko nahi nahin kya bhai mat ho hoti kis aur yeh woh tum mein bhi ' +
  'und der die das ist nicht ich du ein eine mit auf dem den zu ' +
  'le les des est pas je tu il une pour dans avec sur ce qui').split(' '));
function isEnglish(text) {
  const letters = text.match(/\p{L}/gu) || [];
  if (letters.length === 0) return true; // emoji / symbols only (e.g. Hatemoji) - language-neutral
  const latin = letters.filter(ch => /\p{Script=Latin}/u.test(ch)).length;
  if (latin / letters.length < 0.7) return false;
  const noUrls = text.replace(/https?:\/\/\S+/g, ' ');
  const toks = (noUrls.toLowerCase().match(/[\p{L}']+/gu) || []).filter(t => t.length > 1 || t === 'i' || t === 'a');
  if (toks.length < 4) return true;
  let en = 0, other = 0;
  for (const t of toks) { if (EN_WORDS.has(t)) en++; if (OTHER_WORDS.has(t) && !EN_WORDS.has(t)) other++; }
  if (other >= 2 && other > en) return false;
  if (toks.length >= 8 && en === 0) return false;
  return true;
}

// Lexicon used ONLY to discard candidate-clean rows whose source negative label means
// "not hateful / not sexist / not misogynistic" rather than "benign" (EDOS, online-misogyny).
// Rows matching are dropped, never relabelled.
const WEAK_NEG_DROP = new RegExp([
  // profanity / obscenity
  'fuck', 'shit', 'bitch', 'cunt', '\\bdick', '\\bcock', 'pussy', 'whore', 'slut', 'bastard', 'asshole', '\\barse\\b', '\\bass\\b', '\\basses\\b',
  'piss', 'wank', 'twat', 'bollock', '\\bprick', 'douche', '\\bhoes?\\b', '\\bthots?\\b', '\\bdamn', '\\bcrap',
  // insults
  'idiot', 'stupid', 'moron', 'retard', '\\bdumb', 'loser', 'pathetic', '\\bugly', '\\bscum', '\\btrash', 'garbage', 'disgusting', '\\bpigs?\\b',
  'vermin', 'parasite', 'subhuman', '\\bcreep', '\\bcucks?\\b', '\\bsimps?\\b', 'skank', 'degenerate', 'filth', '\\bincels?\\b', '\\bfemoids?\\b', '\\bfoids?\\b',
  // slurs
  'nigg', '\\bfag', '\\bdykes?\\b', 'tranny', 'trannies', '\\bkikes?\\b', '\\bspics?\\b', '\\bchinks?\\b', '\\bpakis?\\b', 'raghead', 'wetback', 'shemale', 'towelhead',
  '\\bcoons?\\b', '\\bgooks?\\b', '\\bmongs?\\b', 'mudslime', 'muzzie',
  // violence
  '\\bkill', 'murder', '\\brap(e|es|ed|ist|ing)\\b', '\\bshoot', '\\bstab', '\\bhang(ed)?\\b', 'lynch', '\\bdie\\b', '\\bgas (the|them)', '\\bpunch', '\\bslap', '\\bchoke', '\\bbomb', '\\bbeat (her|him|them|you)',
  // sexual
  '\\bsex', '\\bporn', '\\bcum\\b', '\\bnudes?\\b', '\\bnaked', 'horny', 'blowjob', '\\bboobs?\\b', '\\btits?\\b', '\\banal\\b', 'orgasm', '\\bsemen', '\\bthot',
  // hate context frequent on Gab/manosphere (identity terms dropped from *weak* negatives only)
  '\\bjews?\\b', '\\bjewish', 'zionis', '\\bzog\\b', '\\bnazi', 'hitler', '\\(\\(\\(', 'white genocide', 'race war', 'invader',
].join('|'), 'i');

// ---------- common ----------
const sha = t => createHash('sha256').update(t, 'utf8').digest('hex');
const normText = t => (t || '').replace(/\r\n?/g, '\n').trim();

function finalize(name, candidates, meta) {
  // candidates: [{text, expect:[...], source_label}]
  const stats = { input: candidates.length, empty: 0, too_long: 0, non_english: 0, dup_dropped: 0, conflict_dropped: 0 };
  const byText = new Map();
  for (const c of candidates) {
    const text = normText(c.text);
    if (!text || /^\[(deleted|removed)\]$/.test(text)) { stats.empty++; continue; }
    if (text.length > MAX_CHARS) { stats.too_long++; continue; }
    if (!isEnglish(text)) { stats.non_english++; if (process.env.DEBUG) console.warn(`[${name}] non-English dropped:`, JSON.stringify(text.slice(0, 120))); continue; }
    const key = text;
    const exp = [...new Set(c.expect)].sort();
    const k = JSON.stringify(exp);
    if (byText.has(key)) {
      const prev = byText.get(key);
      if (prev.k !== k) prev.conflict = true;
      stats.dup_dropped++;
      continue;
    }
    byText.set(key, { text, expect: exp, source_label: c.source_label, k, conflict: false });
  }
  const uniq = [];
  for (const v of byText.values()) { if (v.conflict) stats.conflict_dropped++; else uniq.push(v); }
  uniq.forEach(v => { v.h = sha(v.text); });
  const order = (a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : a.text < b.text ? -1 : 1);
  const clean = uniq.filter(v => v.expect.length === 0).sort(order);
  const dirty = uniq.filter(v => v.expect.length > 0).sort(order);
  // Size N (<= MAX_ROWS). If the dataset has clean rows, at least a third of the sample is clean:
  // when clean rows are scarce the sample is shrunk to 3 x clean. Within that constraint the
  // sample keeps as many non-clean rows as possible, then fills with clean rows.
  let N = Math.min(MAX_ROWS, uniq.length);
  if (clean.length && clean.length < Math.ceil(N / 3)) N = Math.min(N, clean.length * 3);
  const minClean = clean.length ? Math.ceil(N / 3) : 0;
  const nDirty = Math.min(dirty.length, N - minClean);
  const nClean = Math.min(clean.length, N - nDirty);
  const picked = [...clean.slice(0, nClean), ...dirty.slice(0, nDirty)].sort(order);
  const rows = picked.map((v, i) => ({ id: `${name}-${i + 1}`, text: v.text, expect: v.expect, source_label: v.source_label }));

  const counts = { none: 0 };
  const poolCounts = { none: 0 };
  for (const r of rows) { if (!r.expect.length) counts.none++; for (const e of r.expect) counts[e] = (counts[e] || 0) + 1; }
  for (const r of uniq) { if (!r.expect.length) poolCounts.none++; for (const e of r.expect) poolCounts[e] = (poolCounts[e] || 0) + 1; }
  const srcCounts = {};
  for (const r of rows) srcCounts[r.source_label] = (srcCounts[r.source_label] || 0) + 1;

  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'rows.jsonl'), rows.map(r => JSON.stringify(r)).join('\n') + '\n');
  const summary = { name, ...meta, stats, eligible_unique: uniq.length, written: rows.length, counts, pool_counts: poolCounts, source_label_counts: srcCounts };
  writeFileSync(join(dir, 'import_stats.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(JSON.stringify({ name, written: rows.length, counts, stats }));
  return summary;
}

// ---------- HateCheck ----------
const HATECHECK_COMMIT = 'd84302298ceeb34f4b0dde2d8a1f4932c2caa612';
const HATECHECK_MAP = {
  // hateful functionalities
  derog_neg_emote_h: ['discriminatory'], derog_neg_attrib_h: ['discriminatory'], derog_dehum_h: ['discriminatory'], derog_impl_h: ['discriminatory'],
  threat_dir_h: ['discriminatory', 'violence'], threat_norm_h: ['discriminatory', 'violence'],
  slur_h: ['discriminatory'], profanity_h: ['discriminatory', 'profanity'],
  ref_subs_clause_h: ['discriminatory'], ref_subs_sent_h: ['discriminatory'], negate_pos_h: ['discriminatory'],
  phrase_question_h: ['discriminatory'], phrase_opinion_h: ['discriminatory'],
  spell_char_swap_h: ['discriminatory'], spell_char_del_h: ['discriminatory'], spell_space_del_h: ['discriminatory'],
  spell_space_add_h: ['discriminatory'], spell_leet_h: ['discriminatory'],
  // non-hateful functionalities
  ident_neutral_nh: [], ident_pos_nh: [], negate_neg_nh: [], counter_quote_nh: [], counter_ref_nh: [],
  slur_homonym_nh: [], target_obj_nh: [],
  profanity_nh: ['profanity'],
  // DROPPED (null): not clean under our taxonomy, and not cleanly one of our categories
  slur_reclaimed_nh: null, // reclaimed n-word etc.: not hate, but not clean for our use either
  target_indiv_nh: null,   // "I hate you", "You are disgusting": hostile to an individual, borderline derogatory
  target_group_nh: null,   // abuse of non-protected groups ("I despise construction workers")
};
function importHateCheck(gitDir) {
  const commit = resolveCommit('hatecheck', gitDir, HATECHECK_COMMIT);
  const file = 'test_suite_cases.csv';
  const refFile = 'all_cases.csv'; // used only to follow ref_case_id chains
  const rows = parseCSV(gitShow(gitDir, commit, file));
  const byId = new Map(parseCSV(gitShow(gitDir, commit, refFile)).map(r => [String(parseInt(r.case_id, 10)), r]));
  // Hateful perturbation functionalities (spelling, phrasing, reference) inherit violence/profanity
  // from the base case they perturb (ref_case_id), e.g. "What if we just killed all X?" <- threat_dir_h.
  // negate_pos_h is excluded from inheritance (its wording differs from the base case).
  const baseOf = r => {
    let cur = r;
    for (let i = 0; i < 5 && cur && cur.ref_case_id; i++) {
      const nxt = byId.get(String(parseInt(cur.ref_case_id, 10)));
      if (!nxt) break;
      cur = nxt;
    }
    return cur;
  };
  const cands = [];
  for (const r of rows) {
    const m = HATECHECK_MAP[r.functionality];
    if (m === undefined) throw new Error('unmapped HateCheck functionality ' + r.functionality);
    if (m === null) continue;
    const exp = [...m];
    let sl = `${r.label_gold}/${r.functionality}`;
    if (r.label_gold === 'hateful' && r.ref_case_id && r.functionality !== 'negate_pos_h') {
      const base = baseOf(r);
      if (base && base !== r) {
        sl += `<-${base.functionality}`;
        if (base.functionality.startsWith('threat_')) exp.push('violence');
        if (base.functionality === 'profanity_h') exp.push('profanity');
      }
    }
    cands.push({ text: r.test_case, expect: exp, source_label: sl });
  }
  return finalize('hatecheck', cands, { repo: 'paul-rottger/hatecheck-data', commit, files: [file, refFile + ' (ref_case_id lookup only)'] });
}

// ---------- Hatemoji (HatemojiCheck + HatemojiBuild) ----------
const HATEMOJI_COMMIT = 'a626f63216158748d072e581efc00267031f4404';
function importHatemojiCheck(gitDir) {
  const commit = resolveCommit('hatemojicheck', gitDir, HATEMOJI_COMMIT);
  const file = 'HatemojiCheck/test.csv';
  const rows = parseCSV(gitShow(gitDir, commit, file));
  const cands = [];
  for (const r of rows) {
    const sl = `${r.label_gold === '1' ? 'hateful' : 'non-hateful'}/${r.functionality}/${r.set}`;
    if (r.label_gold === '1') {
      cands.push({ text: r.text, expect: r.functionality === 'verb_swap' ? ['discriminatory', 'violence'] : ['discriminatory'], source_label: sl });
    } else if (r.label_gold === '0') {
      // identity_perturb: hostility moved to a non-protected target ("Kill all spiders", "I want to 🔪 all bigots") -> dropped
      if (r.set === 'polarity_perturb' || r.set === 'no_emoji_perturb') cands.push({ text: r.text, expect: [], source_label: sl });
    }
  }
  return finalize('hatemojicheck', cands, { repo: 'HannahKirk/Hatemoji', commit, files: [file] });
}
const HMB_TYPE = {
  derogation: ['discriminatory'], animosity: ['discriminatory'], dehumanizinglanguage: ['discriminatory'],
  threateninglanguage: ['discriminatory', 'violence'], support: ['discriminatory'],
};
function importHatemojiBuild(gitDir) {
  const commit = resolveCommit('hatemojibuild', gitDir, HATEMOJI_COMMIT);
  const files = ['HatemojiBuild/train.csv', 'HatemojiBuild/validation.csv', 'HatemojiBuild/test.csv'];
  const cands = [];
  for (const file of files) {
    for (const r of parseCSV(gitShow(gitDir, commit, file))) {
      if (r.label_gold !== '1') continue; // 'none' (non-hateful) perturbations are often still abusive ("my 💊dealer is a cunt") -> dropped
      const m = HMB_TYPE[r.type];
      if (!m) { console.warn('[hatemojibuild] unmapped hateful type', r.type); continue; }
      cands.push({ text: r.text, expect: m, source_label: `hateful/${r.type}` });
    }
  }
  return finalize('hatemojibuild', cands, { repo: 'HannahKirk/Hatemoji', commit, files });
}

// ---------- EDOS ----------
const EDOS_COMMIT = 'b1f1fbcca9d42de0395432ada8fcfb5c35f68c77';
function importEDOS(gitDir) {
  const commit = resolveCommit('edos', gitDir, EDOS_COMMIT);
  const file = 'data/edos_labelled_aggregated.csv';
  const cands = [];
  let notSexistDropped = 0;
  for (const r of parseCSV(gitShow(gitDir, commit, file))) {
    if (r.label_sexist === 'sexist') {
      const v = r.label_vector;
      const exp = ['discriminatory'];
      if (v.startsWith('1.1') || v.startsWith('1.2')) exp.push('violence');
      cands.push({ text: r.text, expect: exp, source_label: `sexist/${v}` });
    } else if (r.label_sexist === 'not sexist') {
      // DROPPED: 'not sexist' only means not sexist. Gab/Reddit posts in this pool are often racist,
      // antisemitic, insulting or profane (annotators did not code those), so they are not safe as clean.
      notSexistDropped++;
    }
  }
  return finalize('edos', cands, { repo: 'rewire-online/edos', commit, files: [file], not_sexist_dropped: notSexistDropped });
}

// ---------- Online misogyny (Guest et al., EACL 2021) ----------
const MISOGYNY_COMMIT = 'b3c04567452ed92b160c3692343a0f2d74a027b2';
const EXCLUDED_SUBREDDITS = new Set(['teachers', 'teachinguk']); // school-staff posts are excluded by policy
function importMisogyny(gitDir) {
  const commit = resolveCommit('misogyny', gitDir, MISOGYNY_COMMIT);
  const file = 'data/final_labels.csv';
  const entries = new Map();
  let excludedSub = 0;
  for (const r of parseCSV(gitShow(gitDir, commit, file))) {
    if (EXCLUDED_SUBREDDITS.has((r.subreddit || '').toLowerCase())) { excludedSub++; continue; }
    if (!entries.has(r.entry_id)) entries.set(r.entry_id, { text: r.body, labels: new Set() });
    entries.get(r.entry_id).labels.add([r.level_1, r.level_2, r.level_3].filter(Boolean).join('/'));
  }
  const cands = [];
  let weakDropped = 0, mixedDropped = 0, counterDropped = 0;
  for (const e of entries.values()) {
    const labels = [...e.labels].sort();
    const exp = new Set();
    let hasNone = false, hasCounter = false, hasMis = false;
    for (const l of labels) {
      if (l.startsWith('Misogynistic/')) {
        hasMis = true; exp.add('discriminatory');
        if (l === 'Misogynistic/Treatment/Threatening_Physical_violence' || l === 'Misogynistic/Treatment/Threatening_Sexual_violence') exp.add('violence');
        if (l.startsWith('Misogynistic/Misogynistic_personal_attack')) exp.add('derogatory');
      } else if (l.startsWith('Nonmisogynistic/Nonmisogynistic_personal_attack')) exp.add('derogatory');
      else if (l === 'Nonmisogynistic/Counter_speech') hasCounter = true;
      else if (l === 'Nonmisogynistic/None_of_the_categories') hasNone = true;
      else throw new Error('unmapped misogyny label ' + l);
    }
    if (exp.size && hasNone) { mixedDropped++; continue; }
    if (!exp.size) {
      if (hasCounter) { counterDropped++; continue; }
      if (WEAK_NEG_DROP.test(e.text)) { weakDropped++; continue; }
    }
    cands.push({ text: e.text, expect: [...exp], source_label: labels.join(';') });
  }
  return finalize('misogyny', cands, { repo: 'ellamguest/online-misogyny-eacl2021', commit, files: [file], excluded_subreddit_rows: excludedSub, weak_negative_lexicon_dropped: weakDropped, mixed_label_entries_dropped: mixedDropped, counter_speech_dropped: counterDropped });
}

// ---------- ConvAbuse (Cercas Curry et al., EMNLP 2021) ----------
// User utterances to two chatbots (CarbonBot, E.L.I.Z.A.); each split row carries every annotator's labels.
const CONVABUSE_COMMIT = 'c0a9469f48956e868276c605d499010ea3c7c0d0';
const CONVABUSE_TYPES = {
  sexist: 'discriminatory', racist: 'discriminatory', homophobic: 'discriminatory', transphobic: 'discriminatory', ableist: 'discriminatory',
  sex_harassment: 'sexual', intellectual: 'derogatory',
};
function importConvAbuse(gitDir) {
  const commit = resolveCommit('convabuse', gitDir, CONVABUSE_COMMIT);
  const files = ['2_splits/ConvAbuseEMNLPtrain.csv', '2_splits/ConvAbuseEMNLPvalid.csv', '2_splits/ConvAbuseEMNLPtest.csv'];
  const cands = [];
  const skip = { ambiguous: 0, abusive_untyped: 0 };
  for (const file of files) {
    for (const o of parseCSV(gitShow(gitDir, commit, file))) {
      let ann = 0, abusive = 0, notAbusive = 0;
      const typeVotes = {};
      for (let a = 1; a <= 8; a++) {
        const v1 = o[`Annotator${a}_is_abuse.1`];
        if (v1 === undefined || v1 === '') continue;
        ann++;
        if (v1 === '1') notAbusive++;
        if (['-1', '-2', '-3'].some(k => o[`Annotator${a}_is_abuse.${k}`] === '1')) abusive++;
        for (const t of Object.keys(CONVABUSE_TYPES)) {
          // the split files name two type columns without the "type." prefix inconsistently; accept both spellings
          if (o[`Annotator${a}_${t}`] === '1' || o[`Annotator${a}_type.${t}`] === '1') typeVotes[t] = (typeVotes[t] || 0) + 1;
        }
      }
      if (ann < 2) { skip.ambiguous++; continue; }
      if (notAbusive === ann) { cands.push({ text: o.user, expect: [], source_label: `not_abusive(${notAbusive}/${ann})` }); continue; }
      // abusive rows are kept only when every annotator judged the utterance abusive (labels are
      // context-dependent; split decisions such as "Yes, my darling." -> intellectual are too noisy)
      if (abusive !== ann) { skip.ambiguous++; continue; }
      // a type counts when >=2 annotators and at least half of the annotators who judged it abusive flagged it
      const types = Object.keys(typeVotes).filter(t => typeVotes[t] >= 2 && typeVotes[t] * 2 >= abusive).sort();
      if (!types.length) { skip.abusive_untyped++; continue; }
      cands.push({ text: o.user, expect: types.map(t => CONVABUSE_TYPES[t]), source_label: `abusive(${abusive}/${ann});` + types.join('+') });
    }
  }
  return finalize('convabuse', cands, { repo: 'amandacurry/convabuse', commit, files, skipped: skip });
}

// ---------- YouTube Spam Collection (licence unverified in store; opt-in) ----------
const YOUTUBE_COMMIT = '12165f0a8403964375db8287fe1b4ab976467098';
function importYouTube(gitDir) {
  const commit = resolveCommit('youtube-spam', gitDir, YOUTUBE_COMMIT);
  const files = ['data_csv/01-9bZkp7q19f0.csv', 'data_csv/04-CevxZvSJLk8.csv', 'data_csv/07-KQ6zr6kCPj8.csv', 'data_csv/08-uelHwf8o7_U.csv', 'data_csv/09-pRpeEdMmmQ0.csv'];
  const cands = [];
  for (const file of files) {
    for (const r of parseCSV(gitShow(gitDir, commit, file))) {
      const cls = r.CLASS ?? r.TAG;
      if (cls === '1') cands.push({ text: r.CONTENT, expect: ['commercial'], source_label: 'spam' });
      else if (cls === '0') cands.push({ text: r.CONTENT, expect: [], source_label: 'ham' });
    }
  }
  return finalize('youtube-spam', cands, { repo: 'tuliocasagrande/youtube-spam-experiment', commit, files });
}

// ---------- main ----------
const done = [];
if (args.hatecheck) done.push(importHateCheck(args.hatecheck));
if (args.hatemoji) { done.push(importHatemojiCheck(args.hatemoji)); done.push(importHatemojiBuild(args.hatemoji)); }
if (args.edos) done.push(importEDOS(args.edos));
if (args.misogyny) done.push(importMisogyny(args.misogyny));
if (args.convabuse) done.push(importConvAbuse(args.convabuse));
if (args.youtube) {
  if (flags.has('include-unverified')) done.push(importYouTube(args.youtube));
  else console.warn('[youtube-spam] skipped: licence not verified from a stored licence file; pass --include-unverified to build anyway');
}
if (!done.length) { console.error('nothing imported; see usage at top of file'); process.exit(1); }
