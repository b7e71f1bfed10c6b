import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';
import { ProfileSchema } from '../../../rules/schema';

/** A synthetic school unlike the default one, so nothing passes by being Christ Church-specific. */
export const stAidans = ProfileSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/profile-st-aidans.json', import.meta.url), 'utf8')));

export const analyzer = createAnalyzer({ ...DEFAULT_PACK, profile: stAidans });

export const categoriesOf = (draft: string) => [...new Set(analyzer.analyze(draft).map((f) => f.category))];
