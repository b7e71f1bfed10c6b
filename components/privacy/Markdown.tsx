import type { ComponentChildren } from 'preact';

/**
 * The little Markdown PRIVACY.md is written in, as Preact elements: headings, paragraphs,
 * lists, pipe tables; inline code, bold and links. One source for the privacy policy in the
 * repository and inside the extension (issue 14, point 3), so the two cannot drift; not a
 * general Markdown renderer (a library would cost more than the page). Links that are not
 * http(s) point into the repository (the code that makes a statement true), which the
 * extension does not ship: they are shown as their text.
 */

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\[[^\]]+\]\([^)\s]+\))/;

export function inline(text: string): ComponentChildren[] {
  return text.split(INLINE).filter(Boolean).map((part) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return <code>{part.slice(1, -1)}</code>;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 3) return <strong>{inline(part.slice(2, -2))}</strong>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) return /^https?:\/\//.test(link[2]!) ? <a href={link[2]} target="_blank" rel="noreferrer">{inline(link[1]!)}</a> : <span>{inline(link[1]!)}</span>;
    return part;
  });
}

const cells = (row: string) => row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

/** Block structure: a run of lines of one kind makes one element. */
export function Markdown({ text }: { text: string }) {
  const blocks: ComponentChildren[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (!line.trim()) {
      i++;
    } else if (heading) {
      const Tag = `h${heading[1]!.length}` as 'h1';
      blocks.push(<Tag>{inline(heading[2]!)}</Tag>);
      i++;
    } else if (/^\s*[-*]\s+/.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && /^\s*([-*]\s+|\s{2,}\S)/.test(lines[i]!); i++) {
        if (/^\s*[-*]\s+/.test(lines[i]!)) items.push(lines[i]!.replace(/^\s*[-*]\s+/, ''));
        else items[items.length - 1] += ` ${lines[i]!.trim()}`;
      }
      blocks.push(<ul>{items.map((item) => <li>{inline(item)}</li>)}</ul>);
    } else if (line.trim().startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.trim().startsWith('|'); i++) if (!/^\s*\|[\s:|-]+\|\s*$/.test(lines[i]!)) rows.push(cells(lines[i]!));
      const [head, ...body] = rows;
      blocks.push(
        <table>
          <thead><tr>{head!.map((c) => <th scope="col">{inline(c)}</th>)}</tr></thead>
          <tbody>{body.map((r) => <tr>{r.map((c) => <td>{inline(c)}</td>)}</tr>)}</tbody>
        </table>,
      );
    } else {
      const para: string[] = [];
      for (; i < lines.length && lines[i]!.trim() && !/^(#{1,4}\s|\s*[-*]\s|\s*\|)/.test(lines[i]!); i++) para.push(lines[i]!.trim());
      blocks.push(<p>{inline(para.join(' '))}</p>);
    }
  }
  return <>{blocks}</>;
}
