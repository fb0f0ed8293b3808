// Stand-in for `joi` (about 50 kB gzip of schema library in the worker).
// On the verification path mailauth builds two schemas, once, when it loads:
//
//   Joi.string().base64({ paddingRequired: false })          DKIM/ARC key p=
//   Joi.string().domain({ allowUnicode: false, tlds: false }) SPF domain
//
// and only asks `validate(value).error` for truthiness (the error itself is
// kept as a detail or replaced by mailauth's own text). This module answers
// exactly those two questions as joi 18 does. Any other schema can be built
// (BIMI builds a `uri()` one when mailauth's index loads) but throws when it
// validates, so a new use in a later mailauth fails the worker tests at
// once instead of validating wrongly. test/worker/shims/joi.test.ts compares
// it with joi over all of Unicode.

type Rule = (value: string) => string | null;

export interface ValidationResult {
  value: unknown;
  error?: Error;
}

// RFC 4648 §4 alphabet; joi's `base64` rule accepts no white space.
const BASE64_ALPHABET = /^[A-Za-z0-9+/]*$/;

// Base64 of whole quantums, then an optional last quantum of 2 or 3
// characters, which may carry its '=' padding (with paddingRequired: false,
// joi accepts it with or without).
function base64Problem(value: string): string | null {
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  const data = value.slice(0, value.length - padding);
  if (!BASE64_ALPHABET.test(data)) return 'must be a valid base64 string';
  const tail = data.length % 4;
  if (tail === 1) return 'must be a valid base64 string';
  // Padding completes a quantum: "xx==" or "xxx=", never on whole quantums.
  if (padding > 0 && tail + padding !== 4) return 'must be a valid base64 string';
  return null;
}

// joi's domain rule (via @hapi/address) with allowUnicode: false and no TLD
// list: ASCII only, at most 256 characters, none of the control characters,
// space or URL separators; at least two labels of 1–63 letters, digits and
// inner hyphens (RFC 1035 §2.3.1 preferred syntax, RFC 1123 §2.1 digits
// first), the last one starting with a letter. A trailing dot is an empty
// label. The case of letters does not matter.
const NON_ASCII = /[^\x00-\x7f]/;
const CONTROL_OR_SEPARATOR = /[\x00-\x20@:/\\#!$&'()*+,;=?]/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const LAST_LABEL = /^[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const MAX_DOMAIN_LENGTH = 256;
const MAX_LABEL_LENGTH = 63;
const MIN_LABELS = 2;

function domainProblem(value: string): string | null {
  const invalid = 'must contain a valid domain name';
  if (value.length > MAX_DOMAIN_LENGTH || NON_ASCII.test(value) || CONTROL_OR_SEPARATOR.test(value)) return invalid;
  const labels = value.split('.');
  if (labels.length < MIN_LABELS) return invalid;
  const last = labels.length - 1;
  const wellFormed = labels.every((label, index) => label.length > 0 && label.length <= MAX_LABEL_LENGTH && (index === last ? LAST_LABEL : LABEL).test(label));
  return wellFormed ? null : invalid;
}

function sameOptions(given: unknown, expected: Record<string, unknown>): boolean {
  if (typeof given !== 'object' || given === null) return false;
  const entries = Object.entries(given);
  return entries.length === Object.keys(expected).length && entries.every(([key, value]) => expected[key] === value);
}

function unsupported(what: string): Rule {
  return () => {
    throw new Error(`joi stand-in: ${what} is not supported in the worker (src/worker/shims/joi.ts)`);
  };
}

class StringSchema {
  readonly #rules: readonly Rule[];

  constructor(rules: readonly Rule[] = []) {
    this.#rules = rules;
  }

  base64(options?: unknown): StringSchema {
    const supported = sameOptions(options, { paddingRequired: false });
    return new StringSchema([...this.#rules, supported ? base64Problem : unsupported(`string().base64(${JSON.stringify(options)})`)]);
  }

  domain(options?: unknown): StringSchema {
    const supported = sameOptions(options, { allowUnicode: false, tlds: false });
    return new StringSchema([...this.#rules, supported ? domainProblem : unsupported(`string().domain(${JSON.stringify(options)})`)]);
  }

  uri(): StringSchema {
    return new StringSchema([...this.#rules, unsupported('string().uri()')]);
  }

  /** As joi: an absent value is valid (no `.required()`), a non-string or empty string is not. */
  validate(value: unknown): ValidationResult {
    if (value === undefined) return { value };
    if (typeof value !== 'string') return { value, error: new Error('"value" must be a string') };
    if (value === '') return { value, error: new Error('"value" is not allowed to be empty') };
    for (const rule of this.#rules) {
      const problem = rule(value);
      if (problem) return { value, error: new Error(`"value" ${problem}`) };
    }
    return { value };
  }
}

export function string(): StringSchema {
  return new StringSchema();
}

export default { string };
