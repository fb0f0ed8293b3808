// The few facts about a message every view needs at once: its fields, its
// From addresses, Subject, Message-ID and Date.

import type { MessageSummary } from '../analysis.ts';
import type { RawField } from './header-block.ts';
import { parseMailDate } from './rfc5322-date.ts';
import { listAddresses } from './address-list.ts';

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
