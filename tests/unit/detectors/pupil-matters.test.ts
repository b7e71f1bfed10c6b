import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analyze';
import { DEFAULT_PACK } from '../../../rules/default-pack';

const analyzer = createAnalyzer(DEFAULT_PACK);
const found = (text: string) => analyzer.analyze(text).filter((f) => f.category === 'confidential');

describe('pupil matters: a particular child’s SEN, safeguarding, exclusion, care or family', () => {
  it.each([
    'One of my Year 2s has just been put on a child protection plan',
    'Another kid in my class got permanently excluded today',
    'Had a disclosure from a girl in my class this morning, heavy heart',
    'A boy in my tutor group is in foster care now',
    'Social worker came to see one of my pupils today',
    'We restrained a Year 4 boy today, awful',
    'Panel agreed the EHCP for the boy in my class who still cannot read',
    'Waiting on an ADHD diagnosis for one of my lads',
    'Had to call MASH about one of my girls today',
    'Two of my class are on CP plans',
    "Ava's EHCP annual review was brutal",
    'One of my Reception kids is being assessed for autism',
    'Her parents are going through a messy divorce and she is struggling in class',
    'Little one in my class has a social worker now, so sad',
    'Child in my class is on the child protection register',
    'Three of my kids are on the SEN register now',
    'Kid in Year 3 told me his dad hits his mum',
    'Had to do a positive handling on a Year 2 today',
  ])('flags %j', (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  it.each([
    'SEND funding is a national scandal',
    'Exclusion rates are rising nationally',
    'The EHCP system is broken',
    'Great safeguarding training today',
    'Child protection training refresher done for the year',
    'Showed great restraint not eating the staffroom cake',
    'The restraint shown by our Year 6 team at the disco was admirable',
    'My car suspension is making a noise',
    'Exclusion zone around the volcano is huge',
    'Feeling excluded from the group chat lol',
    'I was diagnosed with ADHD at 35 and it explains a lot',
    'DBS disclosure came through today, start Monday!',
    "My dad's in hospital for his knee",
    'Her dad is a police officer, so cool',
    'Social services were brilliant with my mum’s care package',
    'Autism awareness week in school',
    'The SENCo and her SEN caseload are stretched thin',
    'Foster carers are heroes, Foster Care Fortnight is coming',
    'Our SENCo is a superstar, she got three EHCPs through this year',
  ])('allows %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('family circumstances count when the draft is about school', () => {
    expect(found("His dad's in prison again.")).toEqual([]);
    expect(found("His dad's in prison again. Poor lad was in tears in maths.").length).toBe(1);
  });
});
