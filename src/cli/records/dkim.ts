// `--record dkim VALUE-or-DOMAIN:SELECTOR` and `--dkim-keygen SELECTOR
// DOMAIN`: the DKIM bench of the record workbench on the command line. A
// value (a bare record, or what opendkim-genkey wrote) is read as it is; a
// DOMAIN:SELECTOR pair or a selector._domainkey.domain name is looked up
// through the run's resolver, as opendkim-testkey does.

import type { Resolver } from '../../dns/resolver.ts';
import { readDkimRecord, type DkimRecordReport } from '../../core/records/dkim/read-record.ts';
import { checkPublishedKey, type DkimLiveCheck } from '../../core/records/dkim/live-check.ts';
import { generateDkimKey, type DkimKeyType } from '../../core/records/dkim/generate-key.ts';
import { line } from '../report-sections.ts';

/** 0: the record is usable (perhaps with warnings); 1: it is not, or none is published; 2: the resolver could not tell. */
export type DkimExit = 0 | 1 | 2;

const WORD = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' } as const;
const LEVEL = { fail: 'FAIL', warn: 'WARN', info: 'note' } as const;

/** A DNS name to look up, when `value` names one instead of holding a record: DOMAIN:SELECTOR, or selector._domainkey.domain. */
export function dkimLookupTarget(value: string): { domain: string; selector: string } | null {
  const text = value.trim();
  if (text.includes('=') || /\s/.test(text)) return null;
  const pair = /^([^:]+):([^:]+)$/.exec(text);
  if (pair) return { domain: pair[1]!, selector: pair[2]! };
  const name = /^(.+)\._domainkey\.(.+?)\.?$/i.exec(text);
  return name ? { selector: name[1]!, domain: name[2]! } : null;
}

export function recordLines(report: DkimRecordReport): string[] {
  const { cleaned, key } = report;
  const where = [cleaned.name ? `name ${cleaned.name}` : null, cleaned.commentDomain ? `for ${cleaned.commentDomain}` : null].filter(Boolean).join(', ');
  const out = [`DKIM key record (${cleaned.form}${where ? `, ${where}` : ''}): ${WORD[report.status]}`, line('value', cleaned.value)];
  const size = key.bits !== null ? `, ${key.bits} bits` : '';
  out.push(line('key', `${key.type}${size}${key.form ? ` (${key.form})` : ''}`));
  for (const tag of report.tags) {
    out.push(line(`${tag.name}=`, `${tag.shown}  — ${tag.meaning.en}${tag.valueMeaning ? ` ${tag.valueMeaning.en}` : ''}`));
  }
  for (const finding of report.findings) out.push(line(LEVEL[finding.level], finding.text.en));
  return out;
}

function liveLines(check: DkimLiveCheck): string[] {
  const out = [`Published key ${check.name}: ${check.text.en}`];
  if (check.report) out.push(...recordLines(check.report));
  if (check.match) out.push(line(check.match.result === 'match' ? 'PASS' : 'FAIL', check.match.text.en));
  return out;
}

export async function runDkimRecord(value: string, options: { json: boolean; resolver: Resolver }, out: (line: string) => void): Promise<number> {
  const target = dkimLookupTarget(value);
  if (target) {
    const check = await checkPublishedKey({ resolver: options.resolver, ...target });
    out(options.json ? JSON.stringify(check) : liveLines(check).join('\n'));
    if (check.outcome === 'dns-error') return 2;
    return check.outcome === 'published' && check.report?.status !== 'fail' ? 0 : 1;
  }
  const report = readDkimRecord(value);
  out(options.json ? JSON.stringify(report) : recordLines(report).join('\n'));
  return report.status === 'fail' ? 1 : 0;
}

/** `--dkim-keygen`: a key pair made here, the record in both forms, the private key and the setup lines. 1 for a bad selector or domain. */
export async function runDkimKeygen(request: { selector: string; domain: string; keyType: DkimKeyType; json: boolean }, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const outcome = await generateDkimKey(request);
  if (!outcome.ok) {
    err(`mail-lab: --dkim-keygen: ${outcome.message}`);
    return outcome.code === 'bad-selector' || outcome.code === 'bad-domain' ? 2 : 1;
  }
  const key = outcome.key;
  if (request.json) {
    out(JSON.stringify(key));
    return 0;
  }
  const blocks = [
    ...key.notes.map((note) => `# ${note.en}`),
    `# ${key.selector}.txt — the DNS record in zone-file form (opendkim-genkey's)`,
    key.zoneFile,
    '',
    `# The same record for a provider's form: host ${key.provider.host} (${key.provider.fullName}), type TXT, value:`,
    key.record,
    '',
    `# ${key.selector}.private — the private key: keep it on the mail server only`,
    key.privateKeyPem.trimEnd(),
  ];
  for (const file of key.setup) blocks.push('', `# ${file.path}`, ...file.lines);
  out(blocks.join('\n'));
  return 0;
}
