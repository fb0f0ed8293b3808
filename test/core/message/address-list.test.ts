import { describe, expect, it } from 'vitest';
import { MAX_ADDRESSES, parseAddressList } from '../../../src/core/headers/address-list.ts';

describe('RFC 5322 address lists', () => {
  it('reads quoted names with commas, RFC 2047 names, comments and IDN domains', () => {
    const list = parseAddressList('"Doe, John" <john@example.com>, =?utf-8?Q?J=C3=BCrgen?= <j@xn--bcher-kva.example> (work)');
    expect(list.addresses.map((a) => [a.displayName, a.address])).toEqual([
      ['Doe, John', 'john@example.com'],
      ['Jürgen', 'j@xn--bcher-kva.example'],
    ]);
    expect(list.addresses[1]).toMatchObject({ domainUnicode: 'bücher.example', domainAscii: 'xn--bcher-kva.example', comments: ['work'] });
  });

  it('reads groups, including the empty undisclosed-recipients group', () => {
    const list = parseAddressList('team: a@example.com, b@example.com;, undisclosed-recipients:;');
    expect(list.groups).toEqual(['team', 'undisclosed-recipients']);
    expect(list.addresses.map((a) => a.group)).toEqual(['team', 'team']);
  });

  it('reads bare addresses with an old-style comment name, and drops an obsolete route', () => {
    const list = parseAddressList('bare@example.org (Old Name), <@relay.example:user@example.net>');
    expect(list.addresses.map((a) => a.address)).toEqual(['bare@example.org', 'user@example.net']);
    expect(list.addresses[0]!.comments).toEqual(['Old Name']);
  });

  it('gives a Unicode domain its punycode form', () => {
    expect(parseAddressList('a@bücher.example').addresses[0]!.domainAscii).toBe('xn--bcher-kva.example');
  });

  it('counts addresses beyond the limit instead of parsing them', () => {
    const many = Array.from({ length: MAX_ADDRESSES + 10 }, (_, i) => `u${i}@example.com`).join(', ');
    const list = parseAddressList(many);
    expect(list.addresses).toHaveLength(MAX_ADDRESSES);
    expect(list.omitted).toBe(10);
  });
});
