// The few facts about a message every view needs at once: its fields, its
// From addresses, Subject, Message-ID and Date.

import type { MessageSummary } from '../analysis.ts';
import type { RawField } from './header-block.ts';
import { parseMailDate } from './rfc5322-date.ts';

/**
 * The addr-specs of an address list (RFC 5322 §3.4), enough to count From
 * addresses. Comments and quoted display names are skipped so an "@" there
 * is not taken for an address.
 */
export function listAddresses(value: string): string[] {
  const addresses: string[] = [];
  let depth = 0;
  let quoted = false;
  let token = '';
  let angle: string | null = null;
  const flushToken = () => {
    const candidate = token.trim();
    if (candidate.includes('@')) addresses.push(candidate);
    token = '';
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (quoted) {
      if (c === '"') quoted = false;
      if (angle !== null) angle += c;
      continue;
    }
    if (depth > 0) {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      continue;
    }
    if (c === '(') depth++;
    else if (c === '"') {
      quoted = true;
      if (angle !== null) angle += c;
    } else if (c === '<') {
      angle = '';
      token = '';
    } else if (c === '>' && angle !== null) {
      if (angle.trim()) addresses.push(angle.trim());
      angle = null;
    } else if (angle !== null) angle += c;
    else if (c === ',' || c === ';' || c === ':') flushToken();
    else if (c === ' ' || c === '\t') flushToken();
    else token += c;
  }
  flushToken();
  return addresses;
}

function firstValue(fields: RawField[], name: string): string | null {
  const field = fields.find((f) => f.name.toLowerCase() === name);
  return field ? field.value.trim() : null;
}

export function summarizeMessage(fields: RawField[]): MessageSummary {
  const date = firstValue(fields, 'date');
  return {
    fields: fields.map(({ name, value, line }) => ({ name, value, line })),
    from: fields.filter((f) => f.name.toLowerCase() === 'from').flatMap((f) => listAddresses(f.value)),
    subject: firstValue(fields, 'subject'),
    messageId: firstValue(fields, 'message-id'),
    date: date === null ? null : (parseMailDate(date)?.utc ?? null),
  };
}
