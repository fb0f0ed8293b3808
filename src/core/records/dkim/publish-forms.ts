// A DKIM key record in the forms people publish it: the zone-file
// fragment opendkim-genkey writes (strings of at most 255 octets, RFC 1035
// §3.3), one value for a provider's form, and the OpenDKIM and Postfix
// lines of the seed's setup (KeyTable, SigningTable, TrustedHosts, the
// milter lines of main.cf).

import { TXT_STRING_OCTETS } from './read-record.ts';

const encoder = new TextEncoder();

/** `value` cut into character-strings of at most 255 octets, never inside a character; the tags before p= stay one string, as opendkim-genkey writes them. */
export function splitTxtStrings(value: string): string[] {
  const at = value.indexOf('p=');
  const head = at > 0 ? value.slice(0, at) : '';
  if (head !== '' && encoder.encode(head).length <= TXT_STRING_OCTETS) return [head, ...chunks(value.slice(at))];
  return chunks(value);
}

function chunks(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (octets + size > TXT_STRING_OCTETS) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  if (current !== '' || out.length === 0) out.push(current);
  return out;
}

/** A character-string in zone-file quotes, with `"` and `\` escaped (RFC 1035 §5.1). */
function quoted(text: string): string {
  return `"${text.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}

/** The owner name relative to the domain's zone, as opendkim-genkey writes it. */
export function ownerName(selector: string): string {
  return `${selector}._domainkey`;
}

/** opendkim-genkey's `selector.txt`: the record as a zone-file line in parentheses, one string per line. */
export function zoneFileForm(value: string, selector: string, domain: string): string {
  const strings = splitTxtStrings(value).map(quoted);
  const body = strings.join('\n\t  ');
  return `${ownerName(selector)}\tIN\tTXT\t( ${body} )  ; ----- DKIM key ${selector} for ${domain}`;
}

/** What a provider's DNS form asks for: the host (relative and full) and one value. */
export interface ProviderForm {
  host: string;
  fullName: string;
  type: 'TXT';
  value: string;
}

export function providerForm(value: string, selector: string, domain: string): ProviderForm {
  return { host: ownerName(selector), fullName: `${ownerName(selector)}.${domain}`, type: 'TXT', value };
}

export interface SetupFile {
  id: 'key-table' | 'signing-table' | 'trusted-hosts' | 'opendkim-conf' | 'postfix-main-cf' | 'commands';
  /** Where the lines go on the mail server. */
  path: string;
  lines: string[];
}

/** Where the private key lives on the server, in the seed's layout under /etc/opendkim/keys. */
export function keyPath(selector: string, domain: string): string {
  return `/etc/opendkim/keys/${domain}/${selector}.private`;
}

/** The OpenDKIM tables, opendkim.conf and Postfix lines for one key, as the seed sets them up. */
export function setupFiles(options: { selector: string; domain: string; algorithm: 'rsa-sha256' | 'ed25519-sha256' }): SetupFile[] {
  const { selector, domain, algorithm } = options;
  const keyName = `${selector}._domainkey.${domain}`;
  const path = keyPath(selector, domain);
  return [
    { id: 'key-table', path: '/etc/opendkim/key.table', lines: [`${keyName} ${domain}:${selector}:${path}`] },
    { id: 'signing-table', path: '/etc/opendkim/signing.table', lines: [`*@${domain} ${keyName}`] },
    { id: 'trusted-hosts', path: '/etc/opendkim/trusted', lines: ['127.0.0.1', '::1', 'localhost'] },
    {
      id: 'opendkim-conf',
      path: '/etc/opendkim.conf',
      lines: [
        'KeyTable                /etc/opendkim/key.table',
        'SigningTable            refile:/etc/opendkim/signing.table',
        'ExternalIgnoreList      refile:/etc/opendkim/trusted',
        'InternalHosts           refile:/etc/opendkim/trusted',
        'Socket                  inet:8892@localhost',
        `SignatureAlgorithm      ${algorithm}`,
        'OversignHeaders         From',
      ],
    },
    {
      id: 'postfix-main-cf',
      path: '/etc/postfix/main.cf',
      lines: ['milter_default_action = accept', 'milter_protocol = 6', 'smtpd_milters = inet:localhost:8892', 'non_smtpd_milters = inet:localhost:8892'],
    },
    {
      id: 'commands',
      path: 'shell',
      lines: [
        `install -d -o opendkim -g opendkim -m 700 /etc/opendkim/keys/${domain}`,
        `# save the private key as ${path}, then:`,
        `chown opendkim:opendkim ${path} && chmod 600 ${path}`,
        'systemctl restart opendkim && systemctl reload postfix',
        `opendkim-testkey -d ${domain} -s ${selector} -vvv`,
      ],
    },
  ];
}
