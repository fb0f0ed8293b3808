// The parts of the text report beyond authentication: the Received chain,
// a bounce's diagnosis, the receiver's own verdicts, and header findings.

import type { Analysis } from '../core/analysis.ts';

export function line(label: string, value: string): string {
  return `  ${label.padEnd(12)} ${value}`;
}

function duration(seconds: number | null): string {
  if (seconds === null) return '';
  const sign = seconds < 0 ? '-' : '+';
  const rest = Math.abs(Math.round(seconds));
  return rest < 120 ? `${sign}${rest}s` : rest < 7200 ? `${sign}${Math.round(rest / 60)}min` : `${sign}${(rest / 3600).toFixed(1)}h`;
}

export function hopLines(analysis: Analysis): string[] {
  const path = analysis.path;
  if (analysis.hops.length === 0 || !path) return [];
  const out = [`Hops (oldest first${path.totalSeconds !== null ? `, ${duration(path.totalSeconds).slice(1)} in all` : ''})`];
  for (const hop of analysis.hops) {
    if (path.boundary.hop === hop.number) out.push('  ---- trust boundary: the receiving organisation wrote the fields from here on ----');
    const spf = path.envelopeHop.hop === hop.number ? ' [SPF]' : '';
    const client = [hop.from, hop.ip ? `[${hop.ip}]` : null].filter(Boolean).join(' ') || '?';
    const tls = hop.tls === true ? ` TLS${hop.tlsVersion ? ` ${hop.tlsVersion}` : ''}` : '';
    out.push(line(`${hop.number}${spf}`, `${client} -> ${hop.by ?? '?'}  ${hop.with ?? '?'}${tls}  ${hop.role}  ${hop.time ?? 'no time'} ${duration(hop.delaySeconds)}`));
  }
  for (const skew of path.skews) out.push(line('skew', skew.text.en));
  for (const evidence of path.greylisting) out.push(line('greylisting', evidence.text.en));
  if (path.date && path.date.verdict !== 'ok') out.push(line('Date', path.date.text.en));
  return out;
}

export function bounceLines(analysis: Analysis): string[] {
  const report = analysis.bounceReport;
  if (!report) return [];
  const out = [`Report: ${analysis.kind?.label.en ?? report.kind}${report.family ? ` (${report.family})` : ''}${report.warning ? ', delayed, not failed yet' : ''}`];
  for (const recipient of report.recipients) {
    const status = [recipient.status, recipient.replyCode].filter(Boolean).join(' ');
    const classWord = recipient.statusClass ? ` (${recipient.statusClass})` : '';
    out.push(line(recipient.action ?? 'recipient', `${recipient.recipient ?? '(no recipient)'}  ${status}${classWord}  ${recipient.reasonLabel.en}`));
    out.push(line('', recipient.explanation.en));
    out.push(line('next step', recipient.nextStep.en));
  }
  return out;
}

export function comparisonLines(analysis: Analysis): string[] {
  const trusted = analysis.comparison.filter((entry) => entry.trusted);
  if (trusted.length === 0) return [];
  const out = ["Receiver's verdicts (trusted)"];
  for (const entry of trusted) {
    const agreement = entry.agrees === null ? '' : entry.agrees ? 'agrees' : 'DIFFERS';
    out.push(line(entry.method, `${entry.authservId ?? '?'} said ${entry.written}; we say ${entry.ours?.result ?? '-'}  ${agreement}`));
    for (const difference of entry.differences) out.push(line('', difference.text.en));
  }
  return out;
}

export function findingLines(analysis: Analysis): string[] {
  const findings = [...analysis.headerFindings, ...analysis.headers.flatMap((header) => header.findings)].filter((finding) => finding.severity !== 'info');
  return findings.length === 0 ? [] : ['Header findings', ...findings.map((finding) => line(finding.severity, finding.text.en))];
}
