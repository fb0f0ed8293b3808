// The `joi` stand-in against joi itself (mailauth's own copy), on the two
// schemas mailauth builds: hand-picked values, then generated ones over all
// of Unicode and near-valid domains and base64.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import joiStandIn from '../../../src/worker/shims/joi.ts';

// joi is mailauth's dependency, not ours: load the copy mailauth loads.
const requireFromMailauth = createRequire(createRequire(import.meta.url).resolve('mailauth'));
const Joi = requireFromMailauth('joi') as typeof joiStandIn;

const SCHEMAS = {
  base64: [Joi.string().base64({ paddingRequired: false }), joiStandIn.string().base64({ paddingRequired: false })],
  domain: [Joi.string().domain({ allowUnicode: false, tlds: false }), joiStandIn.string().domain({ allowUnicode: false, tlds: false })],
} as const;

let valid = { base64: 0, domain: 0 };

function expectSameAsJoi(kind: keyof typeof SCHEMAS, value: unknown): void {
  const [joi, standIn] = SCHEMAS[kind];
  const expected = joi.validate(value).error !== undefined;
  if (!expected) valid[kind] += 1;
  expect(standIn.validate(value).error !== undefined, `${kind} ${JSON.stringify(value)}`).toBe(expected);
}

const wellFormedLabel = fc
  .tuple(fc.constantFrom(...'abzXY09'), fc.string({ unit: fc.constantFrom(...'abz09-'), maxLength: 6 }), fc.constantFrom(...'az09'))
  .map(([first, middle, last]) => first + middle + last);
const label = fc.oneof(
  { weight: 8, arbitrary: wellFormedLabel },
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...'abcXYZ0189-'), minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'a'.repeat(63), 'a'.repeat(64), '0x7f', '127', 'xn--bcher-kva', 'xn--a', '-a', 'a-', '_a', 'a_b', 'a%41', 'A\x7f') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
const domain = fc.array(label, { minLength: 1, maxLength: 6 }).map((labels) => labels.join('.'));
const base64 = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...'AZaz09+/'), maxLength: 14 }) }, { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'Az+/-_ ='), maxLength: 14 }) }),
    fc.constantFrom('', '', '=', '==', '==='),
  )
  .map(([data, padding]) => data + padding);

describe('joi stand-in', () => {
  it('agrees with joi on hand-picked values', () => {
    const base64Values = ['', 'QQ', 'QQ=', 'QQ==', 'QUI', 'QUI=', 'QUJD', 'QUJD=', 'Q', 'Q=', 'Q===', 'QQ=A', ' QUJD', 'QUJD\n', 'QU JD', '-_-_', 'QUJD=='];
    for (const value of [...base64Values, undefined, null, 3]) expectSameAsJoi('base64', value);
    const domains = [
      '', '-', 'com', 'example.com', 'EXAMPLE.COM', 'example.com.', '.example.com', 'a..b', 'mail.example.co.uk', '1.2.3.4', 'a.0x7f', 'a.b1', 'a.1b',
      'xn--bcher-kva.example', 'xn--a.com', 'bücher.example', 'a b.com', 'a@b.com', 'a_b.com', 'a%41.com', 'a\x7f.com', `${'a'.repeat(63)}.com`,
      `${'a'.repeat(64)}.com`, `${'a.'.repeat(127)}ab`, `${'a.'.repeat(127)}abc`, 'a-.com', '-a.com', 'a.com-', 'a{b}.com', 'a~b.com',
    ];
    for (const value of [...domains, undefined, null, 3]) expectSameAsJoi('domain', value);
  });

  it('agrees with joi on generated values over all of Unicode', () => {
    valid = { base64: 0, domain: 0 };
    fc.assert(fc.property(fc.oneof(base64, fc.string({ unit: 'binary', maxLength: 12 })), (value) => expectSameAsJoi('base64', value)), { numRuns: 20_000 });
    fc.assert(fc.property(fc.oneof(domain, domain, fc.string({ unit: 'binary', maxLength: 12 })), (value) => expectSameAsJoi('domain', value)), { numRuns: 20_000 });
    expect(Math.min(valid.base64, valid.domain)).toBeGreaterThan(2000);
  });

  it('builds a schema mailauth does not use on the verification path, but refuses to validate with it', () => {
    for (const schema of [joiStandIn.string().base64(), joiStandIn.string().domain({ allowUnicode: true, tlds: false }), joiStandIn.string().uri()]) {
      expect(() => schema.validate('example.com')).toThrow(/not supported/);
    }
  });
});
