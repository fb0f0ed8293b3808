// The text form of the SPF and DMARC benches' reports for `--record`:
// the record, each term or tag with its meaning, the evaluation tree with
// its lookup counts, and the findings — in English, as the rest of the CLI.

import type { SpfReport } from '../../core/records/spf/check-spf.ts';
import type { SpfTreeNode } from '../../core/records/spf/spf-tree.ts';
import type { DmarcReport } from '../../core/records/dmarc/check-dmarc.ts';
import type { RecordFinding } from '../../core/records/record-finding.ts';

const LEVEL = { error: 'ERROR', warning: 'WARN', note: 'NOTE' } as const;

function findingLines(findings: RecordFinding[]): string[] {
  return findings.length === 0 ? [] : ['Findings:', ...findings.map((f) => `  ${LEVEL[f.level].padEnd(5)} ${f.text.en}`)];
}

function treeLines(node: SpfTreeNode, indent: string): string[] {
  const head = `${indent}${node.domain || '(pasted)'}: ${node.record ?? (node.found === 'none' ? 'no SPF record' : node.found === 'multiple' ? 'more than one SPF record' : 'no answer')} [${node.lookups} lookup(s), ${node.voidLookups} void]`;
  return [
    head,
    ...node.terms.flatMap((term) => [
      `${indent}  ${term.text}${term.lookups ? ' (1 lookup)' : ''}${term.void ? ' (void)' : ''}${term.note ? ` — ${term.note.en}` : ''}`,
      ...(term.child ? treeLines(term.child, `${indent}    `) : []),
    ]),
  ];
}

export function spfLines(report: SpfReport): string[] {
  const out = [`== SPF ${report.domain ?? '(pasted record)'}${report.source === 'looked-up' ? ' (looked up)' : ''}`];
  if (report.record) {
    out.push(`Record: ${report.record.text}`);
    if (report.strings.length > 1) out.push(`Strings: ${report.strings.map((s) => JSON.stringify(s)).join(' ')}`);
    out.push('Terms:');
    for (const term of report.terms) {
      out.push(`  ${term.term.text}`, `      ${term.meaning.en}`);
      if (term.qualifier) out.push(`      qualifier ${term.qualifier.en}`);
      for (const macro of term.macros) out.push(`      ${macro.use.text}: ${macro.meaning.en}`);
      if (term.example) out.push(`      example: ${term.example.expanded} (${term.example.values})`);
    }
  }
  const evaluation = report.evaluation;
  if (evaluation) {
    out.push(`Evaluation: ${evaluation.lookups} of ${evaluation.limits.lookups} DNS lookups, ${evaluation.voidLookups} of ${evaluation.limits.voidLookups} void lookups (RFC 7208 §4.6.4)`);
    out.push(...treeLines(evaluation.root, '  '));
  }
  return [...out, ...findingLines(report.findings)];
}

export function dmarcLines(report: DmarcReport): string[] {
  const out = [`== DMARC ${report.domain ? `_dmarc.${report.domain}` : '(pasted record)'}${report.source === 'looked-up' ? ' (looked up)' : ''}`];
  if (report.record !== null) {
    out.push(`Record: ${report.record}`, 'Tags (value, or the default in brackets):');
    for (const tag of report.tags) {
      const value = tag.value ?? (tag.effective !== null ? `[${tag.effective}]` : '—');
      out.push(`  ${tag.name.padEnd(6)}${value}${tag.source === 'RFC 9989' ? '  (RFC 9989)' : ''}`, `        ${tag.meaning.en}`);
    }
    for (const uri of report.reportUris) {
      const auth = uri.authorisation ? `, ${uri.authorisation.status} at ${uri.authorisation.name}` : '';
      out.push(`  ${uri.tag} ${uri.uri}${uri.problem ? ` — ${uri.problem.en}` : auth}`);
    }
  }
  return [...out, ...findingLines(report.findings)];
}
