// The readable report the CLI prints without --json: the verdicts first,
// then why, in the order an admin reads a message.

import type { Analysis, DkimSignature, Envelope } from '../core/analysis.ts';
import { bounceLines, comparisonLines, findingLines, hopLines, line } from './report-sections.ts';
import { senderLines } from './sender-report.ts';

function envelopeLines(envelope: Envelope): string[] {
  const show = (value: string | null) => (value === null ? '(unknown)' : value === '' ? '<>' : value);
  return [
    'Envelope',
    line('client IP', `${show(envelope.ip)}   [${envelope.provenance.ip.note.en}]`),
    line('HELO', `${show(envelope.helo)}   [${envelope.provenance.helo.note.en}]`),
    line('MAIL FROM', `${show(envelope.mailFrom)}   [${envelope.provenance.mailFrom.note.en}]`),
  ];
}

function dkimLines(signature: DkimSignature): string[] {
  const key = signature.keyBits ? `${signature.keyType ?? 'key'} ${signature.keyBits} bits` : 'key not fetched';
  const lines = [
    line(`DKIM #${signature.index + 1}`, `${signature.result.toUpperCase()}  d=${signature.domain} s=${signature.selector} ${signature.algorithm}, ${key}`),
    line('', signature.reason.en),
    line('', `body hash ${signature.bodyHash.result}, header signature ${signature.signature}${signature.bodyLength !== null ? `, l=${signature.bodyLength}` : ''}`),
  ];
  if (signature.mapping) lines.push(line('', `(word mapped: ${signature.mapping.en})`));
  return lines;
}

export function renderReport(path: string, analysis: Analysis): string {
  const out: string[] = [`== ${path}`];
  for (const problem of analysis.problems) out.push(`  ${problem.severity.toUpperCase()}: ${problem.message}`);
  if (!analysis.message) return out.join('\n');

  // The decoded Subject (RFC 2047 words in any charset), as the page shows it.
  const subject = analysis.headers.find((header) => header.name.toLowerCase() === 'subject')?.decoded ?? analysis.message.subject ?? '(no subject)';
  out.push(line('From', analysis.message.from.join(', ') || '(none)'), line('Subject', subject));
  out.push(...bounceLines(analysis));
  out.push(...hopLines(analysis));
  if (analysis.envelope) out.push(...envelopeLines(analysis.envelope));

  out.push('Authentication');
  const spf = analysis.spf;
  out.push(line('SPF', spf ? `${spf.result.toUpperCase()}  ${spf.reason.en}` : 'not evaluated (no client IP)'));
  if (spf) out.push(line('', `${spf.lookups.count}/${spf.lookups.limit} DNS lookups, ${spf.lookups.void}/${spf.lookups.voidLimit} void`));
  if (analysis.dkim.length === 0) out.push(line('DKIM', 'NONE  the message is not signed'));
  for (const signature of analysis.dkim) out.push(...dkimLines(signature));
  const dmarc = analysis.dmarc;
  out.push(line('DMARC', dmarc ? `${dmarc.result.toUpperCase()}  ${dmarc.reason.en}` : 'not evaluated'));
  if (dmarc?.appliedPolicy) out.push(line('', `policy ${dmarc.appliedPolicy} from ${dmarc.recordDomain ?? '?'}; organisational domain ${dmarc.orgDomain ?? '?'}`));
  const arc = analysis.arc;
  out.push(line('ARC', arc ? `${arc.result.toUpperCase()}  ${arc.reason.en}` : 'not evaluated'));
  out.push(...comparisonLines(analysis));
  out.push(...findingLines(analysis));
  out.push(...senderLines(analysis));
  return out.join('\n');
}
