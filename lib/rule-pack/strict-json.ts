/**
 * JSON.parse, refusing what would let one text be read two ways (issue 12, point 12):
 * - a duplicate key: JSON.parse silently keeps the last, while another reader
 *   (a reviewer's editor, `jq`, another language's parser) may show the first, so a
 *   signed pack could say one thing to the person who checked it and another to the
 *   extension;
 * - a `__proto__` key: JSON.parse makes it an own property, but any later
 *   `obj[key] = value` copy turns it into the object's prototype.
 * A JSON.parse reviver cannot do this: it sees each key once, after the duplicate is
 * already gone. So the text is scanned once more, after JSON.parse has said it is
 * valid JSON (which keeps this scanner small: it only has to find object keys).
 */
export function parseStrictJson(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const value: unknown = JSON.parse(body);
  const problem = keyProblem(body);
  if (problem) throw new AmbiguousJsonError(problem);
  return value;
}

/** Valid JSON that is refused all the same: its message says which key, and where. */
export class AmbiguousJsonError extends Error {}

type Frame = { keys: Set<string>; path: string } | { index: number; path: string };

/** The first duplicate or `__proto__` key in valid JSON `text`, as a sentence; null when there is none. */
export function keyProblem(text: string): string | null {
  const stack: Frame[] = [];
  let expectKey = false;
  // The path of the value about to be read: its parent's path plus its key or index.
  let next = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      stack.push({ keys: new Set(), path: next });
      expectKey = true;
    } else if (c === '[') {
      stack.push({ index: 0, path: next });
      next = `${next}[0]`;
      expectKey = false;
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top && 'index' in top) {
        top.index += 1;
        next = `${top.path}[${top.index}]`;
      }
      expectKey = !!top && 'keys' in top;
    } else if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = stack.at(-1);
      if (expectKey && top && 'keys' in top) {
        // Decoded, so "a" and "\u0061" are the same key, as JSON.parse sees them.
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        const where = top.path || 'the top level';
        if (key === '__proto__') return `the key "__proto__" (in ${where}) is not allowed`;
        if (top.keys.has(key)) return `the key "${key}" appears twice in ${where}; JSON readers disagree on which one counts`;
        top.keys.add(key);
        next = top.path ? `${top.path}.${key}` : key;
        expectKey = false;
      }
    }
  }
  return null;
}
