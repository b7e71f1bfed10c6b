// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { namesOnCard, personCardFor, requestControlIn } from '../../../lib/dom/person-card';

afterEach(() => document.body.replaceChildren());

const el = <T extends Element = HTMLElement>(selector: string) => document.querySelector(selector) as unknown as T;

describe('requestControlIn', () => {
  it.each(['Confirm', 'Confirm request', 'Accept', 'ACCEPT REQUEST', 'Add friend', 'Follow', 'Follow back', 'Connect', 'Accept invitation'])('knows %s', (name) => {
    document.body.innerHTML = `<button><span>${name}</span></button>`;
    expect(requestControlIn([el('span'), el('button')])).toBe(el('button'));
  });

  it.each(['Following', 'Unfollow', 'Message', 'Delete', 'Ignore', 'Follow us on Instagram'])('leaves %s alone', (name) => {
    document.body.innerHTML = `<button>${name}</button>`;
    expect(requestControlIn([el('button')])).toBeNull();
  });

  it('reads an icon button by its aria-label, and a visible one-word text beside a longer label', () => {
    document.body.innerHTML = '<div role="button" aria-label="Add friend"><svg></svg></div><button aria-label="Accept Tom Sample’s invitation">Accept</button>';
    expect(requestControlIn([el('[role="button"]')])).toBe(el('[role="button"]'));
    expect(requestControlIn([el('button')])).toBe(el('button'));
  });

  it('ignores a disabled control', () => {
    document.body.innerHTML = '<button disabled>Confirm</button>';
    expect(requestControlIn([el('button')])).toBeNull();
  });
});

describe('personCardFor and namesOnCard', () => {
  it('finds the list item around a request and reads its name link first', () => {
    document.body.innerHTML = '<ul><li><a href="/a">Poppy Carter</a><span>2 mutual friends</span><button>Confirm</button></li></ul>';
    const card = personCardFor(el('button'), null)!;
    expect(card).toBe(el('li'));
    expect(namesOnCard(card, el('button'), null)[0]).toBe('Poppy Carter');
  });

  it('leaves out lines about others: mutual friends and "Followed by"', () => {
    document.body.innerHTML = `<header><section><h2>poppyh.bakes</h2><button>Follow back</button>
      <span dir="auto">Poppy Harris</span><div>Followed by <a href="/t">tom.sample</a> and 3 others</div>
      <div><a href="/x">Tom Sample</a> is a mutual friend</div></section></header>`;
    const names = namesOnCard(personCardFor(el('button'), null)!, el('button'), null);
    expect(names).toContain('Poppy Harris');
    expect(names).not.toContain('tom.sample');
    expect(names).not.toContain('Tom Sample');
  });

  it("reads the control's own aria-label (LinkedIn names the person there)", () => {
    document.body.innerHTML = '<li><button aria-label="Accept Tom Sample’s invitation">Accept</button></li>';
    expect(namesOnCard(el('li'), el('button'), null)).toContain('Accept Tom Sample’s invitation');
  });

  it("tries the adapter's cards and names before the generic ones", () => {
    document.body.innerHTML = '<div class="card"><div class="who">Poppy Carter</div><div role="button">Confirm</div></div>';
    const site = { personCards: ['.card'], personNames: ['.who'] };
    const card = personCardFor(el('[role="button"]'), site)!;
    expect(card).toBe(el('.card'));
    expect(namesOnCard(card, el('[role="button"]'), site)[0]).toBe('Poppy Carter');
  });

  it('finds no card for a control far from any list item, dialog, header or name link', () => {
    document.body.innerHTML = '<main><a href="/home">Home</a><div><button>Follow</button></div></main>';
    expect(personCardFor(el('button'), null)).toBeNull();
  });

  it("takes the few levels around a plain-div card that hold its name link (Facebook's request cards)", () => {
    document.body.innerHTML = '<main><div class="card"><div><a href="/friends/requests/?profile_id=1">Poppy Carter</a></div><div><div role="button">Confirm</div></div></div></main>';
    const card = personCardFor(el('[role="button"]'), null)!;
    expect(card).toBe(el('.card'));
    expect(namesOnCard(card, el('[role="button"]'), null)[0]).toBe('Poppy Carter');
  });
});
