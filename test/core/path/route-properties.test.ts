// The mail path holds together for any Received chain, hostile or broken:
// building it never throws, every hop is drawn once, the path runs from a
// program to a program, TLS stays in its three states and the bands cover
// it (route-invariants.ts). Chains mix all of Unicode with the words that
// steer the roles (localhost, filters, fetchmail, LMTP, MAPI).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReceivedChain } from '../../../src/core/hops/received-chain.ts';
import { routeFromAnalysis } from '../../../src/core/path/route-from-analysis.ts';
import { receivedFields } from '../hops/chain-fields.ts';
import { hostileText } from '../../support/hostile-text.ts';
import { routeViolations } from './route-invariants.ts';

const HOSTS = ['mail.example.net', 'mx.example.com', 'MX.example.com.', 'mx', 'localhost', '[127.0.0.1]', '127.0.0.1', '[192.0.2.1]', 'pop.example.com', 'laptop', '[IPv6:2001:db8::1]', 'unknown'];
const WORDS = ['ESMTPS', 'ESMTPSA', 'ESMTP', 'SMTP', 'LMTP', 'POP3', 'IMAP', 'mapi', 'HTTP', 'local', 'Microsoft SMTP Server'];
const COMMENTS = ['(amavisd-new, port 10024)', '(fetchmail-6.4.38)', '(Postfix, from userid 1000)', '(Authenticated sender: a@b)', '(using TLSv1.3 with cipher X)', ''];

const wellFormed = fc
  .record({ from: fc.option(fc.constantFrom(...HOSTS)), by: fc.option(fc.constantFrom(...HOSTS)), with: fc.option(fc.constantFrom(...WORDS)), comment: fc.constantFrom(...COMMENTS), minute: fc.integer({ min: 0, max: 59 }) })
  .map((f) => `${f.from ? `from ${f.from} ` : ''}${f.by ? `by ${f.by} ${f.comment} ` : ''}${f.with ? `with ${f.with} ` : ''}id X1; Fri, 27 Nov 2026 10:${String(f.minute).padStart(2, '0')}:00 +0000`);
const field = fc.oneof({ weight: 4, arbitrary: wellFormed }, { weight: 1, arbitrary: hostileText([...HOSTS, ...WORDS, ...COMMENTS, 'from', 'by', 'with', ';'], 30) });

describe('mail path properties', () => {
  it('holds together for any chain of 1 to 12 fields', () => {
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 12 }), (values) => {
        const chain = readReceivedChain(receivedFields(values), { now: new Date('2026-11-27T12:00:00Z') });
        const route = routeFromAnalysis({ hops: chain.hops, path: chain.path, dkim: [], arc: null, spf: null, envelope: null });
        if (chain.hops.length === 0) return expect(route).toBeNull();
        expect(routeViolations(route!, chain.hops)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
