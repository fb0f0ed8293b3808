import { describe, expect, it } from 'vitest';
import packet, { type Answer } from 'dns-packet';
import { MalformedMessageError } from '../../src/dns/dns-name.ts';
import { decodeMessage, encodeQuery, TYPE_CODES, typeCodeOf, typeNameOf } from '../../src/dns/dns-message.ts';

function response(answers: Answer[], rcode = 0, flags = 0): Uint8Array {
  return packet.encode({
    type: 'response',
    id: 0,
    flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE | rcode | flags,
    questions: [{ name: 'example.com', type: 'TXT', class: 'IN' }],
    answers,
  });
}

describe('encodeQuery', () => {
  it('writes a recursive query with id 0 (RFC 8484 §4.1) that dns-packet reads', () => {
    const decoded = packet.decode(Buffer.from(encodeQuery('_dmarc.Example.com', 'TXT')));
    expect(decoded.id).toBe(0);
    expect(decoded.type).toBe('query');
    expect(decoded.flag_rd).toBe(true);
    expect(decoded.questions).toEqual([{ name: '_dmarc.Example.com', type: 'TXT', class: 'IN' }]);
    expect(decoded.answers).toEqual([]);
  });

  it('is byte for byte the query dns-packet writes, with RD and AD (RFC 6840 §5.7)', () => {
    for (const type of Object.keys(TYPE_CODES) as (keyof typeof TYPE_CODES)[]) {
      const theirs = packet.encode({
        type: 'query',
        id: 0,
        flags: packet.RECURSION_DESIRED | packet.AUTHENTIC_DATA,
        // dns-packet's typings lack SPF (99); its code table has it.
        questions: [{ name: 'mail.example.org', type: type as packet.RecordType, class: 'IN' }],
      });
      expect(Buffer.from(encodeQuery('mail.example.org', type)).toString('hex'), type).toBe(theirs.toString('hex'));
    }
  });
});

describe('decodeMessage', () => {
  it('reads every type we ask for', () => {
    const message = decodeMessage(
      response([
        { name: 'example.com', type: 'A', ttl: 60, data: '192.0.2.1' },
        { name: 'example.com', type: 'AAAA', ttl: 61, data: '2001:db8:0:0:0:0:0:1' },
        { name: 'example.com', type: 'TXT', ttl: 62, data: ['v=spf1 ', '-all'] },
        { name: 'example.com', type: 'TXT', ttl: 62, data: [] },
        { name: 'example.com', type: 'MX', ttl: 63, data: { preference: 10, exchange: 'mx.example.com' } },
        { name: '1.2.0.192.in-addr.arpa', type: 'PTR', ttl: 64, data: 'mail.example.com' },
        { name: 'www.example.com', type: 'CNAME', ttl: 65, data: 'example.com' },
        { name: 'example.com', type: 'NS', ttl: 66, data: 'ns1.example.net' },
        // The SPF type's rdata is TXT's (RFC 4408 §3.1.1); dns-packet writes it only as raw octets.
        { name: 'example.com', type: 'SPF' as packet.RecordType, ttl: 67, data: Buffer.from('\x07v=spf1 \x04-all', 'latin1') },
      ] as Answer[]),
    );
    expect(message).toMatchObject({ id: 0, response: true, opcode: 0, truncated: false, rcode: 0 });
    expect(message.questions).toEqual([{ name: 'example.com', type: 16 }]);
    expect(message.answers).toEqual([
      { name: 'example.com', type: 1, ttl: 60, data: '192.0.2.1' },
      { name: 'example.com', type: 28, ttl: 61, data: '2001:db8::1' },
      { name: 'example.com', type: 16, ttl: 62, data: ['v=spf1 ', '-all'] },
      { name: 'example.com', type: 16, ttl: 62, data: [] },
      { name: 'example.com', type: 15, ttl: 63, data: { priority: 10, exchange: 'mx.example.com' } },
      { name: '1.2.0.192.in-addr.arpa', type: 12, ttl: 64, data: 'mail.example.com' },
      { name: 'www.example.com', type: 5, ttl: 65, data: 'example.com' },
      { name: 'example.com', type: 2, ttl: 66, data: 'ns1.example.net' },
      { name: 'example.com', type: 99, ttl: 67, data: ['v=spf1 ', '-all'] },
    ]);
  });

  it('reads the rcode and the TC bit', () => {
    expect(decodeMessage(response([], 3)).rcode).toBe(3);
    expect(decodeMessage(response([], 0, packet.TRUNCATED_RESPONSE)).truncated).toBe(true);
  });

  it('leaves the data of other types and classes unread', () => {
    const message = decodeMessage(
      response([
        {
          name: 'example.com',
          type: 'SOA',
          ttl: 5,
          data: { mname: 'ns', rname: 'host', serial: 1, refresh: 2, retry: 3, expire: 4, minimum: 5 },
        },
        { name: 'example.com', type: 'TXT', class: 'CH', ttl: 5, data: 'chaos' },
        { name: 'example.com', type: 'TXT', ttl: 5, data: 'after' },
      ]),
    );
    expect(message.answers.map((rr) => rr.data)).toEqual([undefined, undefined, ['after']]);
  });

  it('reads compressed names inside rdata (RFC 1035 §4.1.4)', () => {
    // Question example.com at 12; an MX whose owner and exchange point back to it.
    const header = [0, 0, 0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0];
    const question = [7, ...Buffer.from('example'), 3, ...Buffer.from('com'), 0, 0, 15, 0, 1];
    const rdata = [0, 5, 2, ...Buffer.from('mx'), 0xc0, 12];
    const answer = [0xc0, 12, 0, 15, 0, 1, 0, 0, 0, 60, 0, rdata.length, ...rdata];
    const message = decodeMessage(Uint8Array.from([...header, ...question, ...answer]));
    expect(message.answers).toEqual([{ name: 'example.com', type: 15, ttl: 60, data: { priority: 5, exchange: 'mx.example.com' } }]);
  });

  it('reads a TTL with the top bit set as 0 (RFC 2181 §8)', () => {
    const bytes = response([{ name: 'example.com', type: 'A', ttl: 1, data: '192.0.2.1' }]);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(bytes.length - 10, 0x80000001);
    expect(decodeMessage(bytes).answers[0]?.ttl).toBe(0);
  });

  it('refuses malformed messages', () => {
    const good = response([{ name: 'example.com', type: 'A', ttl: 1, data: '192.0.2.1' }]);
    // The last record's RDLENGTH and rdata replaced.
    const withRdata = (message: Uint8Array, oldLength: number, rdata: number[]) =>
      Uint8Array.from([...message.subarray(0, message.length - oldLength - 2), rdata.length >> 8, rdata.length & 0xff, ...rdata]);
    const mx = response([{ name: 'example.com', type: 'MX', ttl: 1, data: { preference: 1, exchange: 'mx' } }]);
    const txt = response([{ name: 'example.com', type: 'TXT', ttl: 1, data: 'abc' }]);
    const cases: [Uint8Array, RegExp][] = [
      [good.subarray(0, 11), /no header/],
      [good.subarray(0, good.length - 1), /runs past the end/],
      [good.subarray(0, good.length - 12), /cut off/],
      [withRdata(good, 4, [1, 2, 3, 4, 5]), /A rdata of 5/],
      // MX: preference, "mx", then one octet too many.
      [withRdata(mx, 6, [0, 1, 2, 0x6d, 0x78, 0, 0]), /does not fit/],
      [withRdata(txt, 4, [9, 0x61, 0x62, 0x63]), /runs past its rdata/],
      [new Uint8Array(70_000), /too long/],
    ];
    for (const [bytes, message] of cases) {
      expect(() => decodeMessage(bytes), String(message)).toThrow(MalformedMessageError);
      expect(() => decodeMessage(bytes)).toThrow(message);
    }
  });
});

describe('type codes', () => {
  it('maps the seven types both ways', () => {
    expect(typeCodeOf('TXT')).toBe(16);
    expect(typeCodeOf('AAAA')).toBe(28);
    expect(typeCodeOf('SOA')).toBeUndefined();
    expect(typeCodeOf('toString')).toBeUndefined();
    expect(typeNameOf(15)).toBe('MX');
    expect(typeNameOf(6)).toBeUndefined();
  });
});
