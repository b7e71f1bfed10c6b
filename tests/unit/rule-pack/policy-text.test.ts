import { describe, expect, it } from 'vitest';
import { splitPolicyText } from '../../../lib/rule-pack/policy-text';

// A synthetic policy in the shape of the model policies schools adopt (text invented).
const PLAIN = `Oakhollow Primary School: Social Media Policy

Adopted by governors, March 2026.

1. Introduction
Social media means any web-based network.

2. Scope
This policy applies to all staff.
Staff must:
1. Never accept friend requests from pupils.
2. Report concerns to the DSL.

3 Use of social media outside school
Staff keep their accounts private.
3.1 Personal accounts
Do not name the school.

Appendix A: Acceptable use agreement
Sign and return.
`;

describe('splitPolicyText', () => {
  it('plain text: numbered headings, the title line, a preamble, lists and subsections kept in their section', () => {
    const { title, sections, warnings } = splitPolicyText(PLAIN.replace(/\n/g, '\r\n'));
    expect(title).toBe('Oakhollow Primary School: Social Media Policy');
    expect(warnings).toEqual([]);
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ['preamble', 'Preamble'],
      ['1', 'Introduction'],
      ['2', 'Scope'],
      ['3', 'Use of social media outside school'],
      ['appendix-a', 'Acceptable use agreement'],
    ]);
    expect(sections[2]?.summary).toBe('This policy applies to all staff.\nStaff must:\n1. Never accept friend requests from pupils.\n2. Report concerns to the DSL.');
    expect(sections[3]?.summary).toContain('3.1 Personal accounts\nDo not name the school.');
  });

  it('an excerpt may skip section numbers; a list restarting at 1 stays in its section', () => {
    const { sections } = splitPolicyText('1. Introduction\nText.\n5. Outside school\nStaff must:\n1. Keep accounts private\n2. Not name pupils\n');
    expect(sections.map((s) => s.id)).toEqual(['1', '5']);
    expect(sections[1]?.summary).toBe('Staff must:\n1. Keep accounts private\n2. Not name pupils');
  });

  it('Markdown: a lone top heading is the title, the next level are sections', () => {
    const md = '# Staff Social Media Policy\n\n## 1. Introduction\nText one.\n\n## 5 Use of social media outside school\nText five.\n### 5.1 Detail\nMore.\n\n## Appendix B\nForms.\n';
    const { title, sections } = splitPolicyText(md);
    expect(title).toBe('Staff Social Media Policy');
    expect(sections).toEqual([
      { id: '1', title: 'Introduction', summary: 'Text one.' },
      { id: '5', title: 'Use of social media outside school', summary: 'Text five.\n### 5.1 Detail\nMore.' },
      { id: 'appendix-b', title: 'Appendix B', summary: 'Forms.' },
    ]);
  });

  it('Markdown headings without numbers get ids from their titles, made unique', () => {
    const { sections } = splitPolicyText('## Scope\na\n## Scope\nb\n');
    expect(sections.map((s) => s.id)).toEqual(['scope', 'scope-2']);
  });

  it('warns, naming the line, about a heading with no text under it', () => {
    const { sections, warnings } = splitPolicyText('1. Introduction\n2. Scope\nAll staff.\n');
    expect(sections.map((s) => s.id)).toEqual(['1', '2']);
    expect(warnings).toEqual([{ line: 1, message: 'section "Introduction" has no text under it' }]);
  });

  it('text with no headings stays whole: a title and one preamble section', () => {
    expect(splitPolicyText('Our policy\nBe kind online.')).toEqual({
      title: 'Our policy',
      sections: [{ id: 'preamble', title: 'Preamble', summary: 'Be kind online.' }],
      warnings: [],
    });
  });
});
