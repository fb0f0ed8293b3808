// Builds header fields the way the pipeline does, from header text.

import type { RawField } from '../../../src/core/message/header-block.ts';
import { prepareMessage } from '../../../src/core/message/prepare-message.ts';

export function fieldsOf(header: string): RawField[] {
  return prepareMessage(new TextEncoder().encode(`${header.replace(/\r?\n/g, '\r\n')}\r\n\r\nbody\r\n`)).fields;
}

export function codesAt(findings: Map<number, { code: string }[]>, index: number): string[] {
  return (findings.get(index) ?? []).map((f) => f.code);
}
