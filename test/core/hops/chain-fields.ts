// Test input: Received field values, topmost first, as the header block reader gives them.

import type { RawField } from '../../../src/core/message/header-block.ts';

export function receivedFields(values: string[], extra: RawField[] = []): RawField[] {
  return [...extra, ...values.map((value, index) => ({ name: 'Received', value, raw: `Received: ${value}`, line: extra.length + index + 1 }))];
}

export function field(name: string, value: string, line = 1): RawField {
  return { name, value, raw: `${name}: ${value}`, line };
}
