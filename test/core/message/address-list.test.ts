import { describe, expect, it } from 'vitest';
import { listAddresses, MAX_ADDRESSES, parseAddressList } from '../../../src/core/message/address-list.ts';

describe('RFC 5322 address lists', () => {
  it('reads quoted names with commas, RFC 2047 names, comments and IDN domains', () => {
    const list = parseAddressList('"Doe, John" <john@example.com>, =?utf-8?Q?J=C3=BCrgen?= <j@xn--bcher-kva.example> (work)');
    expect(list.addresses.map((a) => [a.displayName, a.address])).toEqual([
      ['Doe, John', 'john@example.com'],
      ['Jürgen', 'j@xn--bcher-kva.example'],
    ]);
    expect(list.addresses[1]).toMatchObject({ domainUnicode: 'bücher.example', domainAscii: 'xn--bcher-kva.example', comments: [{ raw: 'work', text: 'work' }] });
  });

  it('reads groups, including the empty undisclosed-recipients group', () => {
    const list = parseAddressList('team: a@example.com, b@example.com;, undisclosed-recipients:;');
    expect(list.groups.map((g) => g.text)).toEqual(['team', 'undisclosed-recipients']);
    expect(list.addresses.map((a) => a.group)).toEqual(['team', 'team']);
  });

  it('reads bare addresses with an old-style comment name, and drops an obsolete route', () => {
    const list = parseAddressList('bare@example.org (Old Name), <@relay.example:user@example.net>');
    expect(list.addresses.map((a) => a.address)).toEqual(['bare@example.org', 'user@example.net']);
    expect(list.addresses[0]!.comments).toEqual([{ raw: 'Old Name', text: 'Old Name' }]);
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

  it('keeps names, comments and groups as written beside their decoded text', () => {
    const list = parseAddressList('"M\\"uller, J." <j@example.com> (=?utf-8?Q?B=C3=BCro?=), =?utf-8?Q?T=C3=A9am?=: x@example.com;');
    expect(list.addresses[0]).toMatchObject({ displayName: 'M"uller, J.', displayNameRaw: '"M\\"uller, J."', form: 'name-addr' });
    expect(list.addresses[0]!.comments).toEqual([{ raw: '=?utf-8?Q?B=C3=BCro?=', text: 'Büro' }]);
    expect(list.groups).toEqual([{ raw: '=?utf-8?Q?T=C3=A9am?=', text: 'Téam' }]);
    expect(list.addresses[1]).toMatchObject({ address: 'x@example.com', form: 'addr-spec', group: 'Téam' });
  });

  it('keeps a quoted local part whole and joins an obsolete local part written with spaces (RFC 5322 §3.4.1, §4.4)', () => {
    expect(parseAddressList('"john doe"@example.com, <"a b"@example.org>').addresses.map((a) => a.address)).toEqual(['"john doe"@example.com', '"a b"@example.org']);
    expect(parseAddressList('john . doe @ example.com').addresses.map((a) => a.address)).toEqual(['john.doe@example.com']);
  });

  it('reads what senders write beyond the grammar: ";" between mailboxes, a name without angle brackets', () => {
    expect(parseAddressList('a@example.com; b@example.com').addresses.map((a) => a.address)).toEqual(['a@example.com', 'b@example.com']);
    expect(parseAddressList('Jane Doe jane@example.com').addresses.map((a) => a.address)).toEqual(['jane@example.com']);
  });

  it('lifts the limit for callers that must see every mailbox', () => {
    const many = Array.from({ length: MAX_ADDRESSES + 10 }, (_, i) => `u${i}@example.com`).join(', ');
    expect(parseAddressList(many, { maxAddresses: Number.POSITIVE_INFINITY }).addresses).toHaveLength(MAX_ADDRESSES + 10);
  });
});

describe('listAddresses', () => {
  it('gives the addr-specs only: in angle brackets, or bare with an "@"', () => {
    expect(listAddresses('"Doe, John (x@y)" <john@example.com>, bare@example.org (Name), <postmaster>, nobody')).toEqual(['john@example.com', 'bare@example.org', 'postmaster']);
  });

  it('skips "<>" and the words of a group name', () => {
    expect(listAddresses('<>, list: a@example.com;')).toEqual(['a@example.com']);
  });
});
