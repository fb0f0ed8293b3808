#!/usr/bin/python3
"""Replays the fixture cases under test/cases/ through independent oracles.

Run with Debian's Python, which sees the Debian modules:

    /usr/bin/python3 test/cases/generate/oracle-check.py [-v] [CASE ...]

Oracles (Debian bookworm packages, no network needed):
  dkim    dkimpy 1.1.4       dkim.DKIM(msg).verify(idx, dnsfunc) per signature
  arc     dkimpy 1.1.4       dkim.arc_verify(msg, dnsfunc)
  spf     pyspf 2.0.14       spf.check2(i, s, h) with spf.DNSLookup answering from zone.json
  dmarc   authheaders 0.15.2 authenticate_message(..., dmarc=True), read back with authres

Every answer comes from the case's zone.json (FORMAT.md rules: absent name is
NXDOMAIN, CNAME followed up to 8 links, `error` answers every type). The
clock is the case's `now`. For each case the script prints our expectation
beside each oracle's verdict; at the end it prints the agreement counts and
every disagreement with the known oracle limitation that explains it.
A disagreement without an explanation in KNOWN_LIMITS makes the exit code 1.
"""

import calendar
import json
import logging
import os
import re
import sys
import time

import authres
import dkim
import dns.exception
import spf
import authheaders

CASES_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_CNAME_LINKS = 8

# Disagreements that are oracle limitations, not wrong expectations. Key: (case, check).
KNOWN_LIMITS = {
    ('dkim-rsa-sha1', 'dkim[0]'):
        'dkimpy 1.1.4 still accepts rsa-sha1; it has no RFC 8301 §3.1 rule and no "policy" word.',
    ('dmarc-invalid-p-no-rua', 'dmarc'):
        'authheaders 0.15.2 applies any non-empty p= (here "bogus") instead of the RFC 9989 §4.10.1 '
        '(RFC 7489 §6.6.3) rule: no valid p and no rua means no DMARC processing.',
    ('dmarc-invalid-p-with-rua', 'dmarcPolicy'):
        'authheaders 0.15.2 reports the invalid value "bogus" as the policy instead of treating the record as p=none '
        '(RFC 9989 §4.10.1).',
    ('dmarc-p-applies-to-own-domain', 'dmarcPolicy'):
        'authheaders 0.15.2 applies sp= even when the record is the From domain\'s own '
        '(it sets orgdomain = from_domain, then takes sp for any orgdomain).',
    ('dmarc-record-timeout', 'dmarc'):
        'authheaders 0.15.2 has no way to report a DNS timeout from its dnsfunc hook: the exception escapes '
        'authenticate_message.',
    ('arc-seal-cv-fail', 'arc'):
        'dkimpy 1.1.4 arc_verify raises an exception on a chain whose newest seal already says cv=fail '
        '(the same 3 tests of the ARC suite, see test/corpus/data/README.md); RFC 8617 §5.2 makes it fail.',
    ('sample-greylisting', 'dmarc'):
        'authheaders 0.15.2 cuts the From domain mueller-haustechnik.example at its first hyphen and asks for '
        '_dmarc.mueller, which does not exist, so it says none; the record at _dmarc.mueller-haustechnik.example '
        'gives pass (RFC 9989 §4.10).',
    ('sample-phishing', 'dmarc'):
        'authheaders 0.15.2 cuts the From domain xn--exmplebank-0qi.example (an A-label, RFC 5890) at its first '
        'hyphen and asks for _dmarc.xn, which does not exist, so it says none; the record at '
        '_dmarc.xn--exmplebank-0qi.example (p=none) gives fail.',
    ('sample-bounce', 'dmarc'):
        'authheaders 0.15.2 always runs SPF through pyspf and raises AttributeError on the bounce\'s envelope, which '
        'has no client address (the bounce was made locally and delivered over LMTP, so SPF does not apply); '
        'DMARC passes through the aligned DKIM signature of example.com.',
}

# Agreements reached for a reason other than the one the case is about. Printed, not counted against.
COINCIDENCES = {
    'dmarc-psd-tree-walk':
        'authheaders 0.15.2 has no psd= tree walk (RFC 7489 mode). Its public suffix library returns the unlisted '
        'TLD "example" as the organisational domain of shop.example, so RFC 7489 §6.6.3 fallback queries '
        '_dmarc.example and lands on the same record and policy by accident.',
}


def now_epoch(iso):
    return calendar.timegm(time.strptime(iso, '%Y-%m-%dT%H:%M:%SZ'))


class Zone:
    """zone.json answers with the FORMAT.md rules."""

    def __init__(self, records):
        self.records = {name.lower().rstrip('.'): entry for name, entry in records.items()}

    def exists(self, name):
        return name.lower().rstrip('.') in self.records

    def resolve(self, name, rtype):
        """Returns (rcode, values, cname_links). rcode NOERROR, NXDOMAIN, SERVFAIL, REFUSED or TIMEOUT."""
        name = name.lower().rstrip('.')
        links = []
        seen = set()
        while True:
            entry = self.records.get(name)
            if entry is None:
                return 'NXDOMAIN', [], links
            if 'error' in entry:
                return entry['error'], [], links
            if 'CNAME' in entry and rtype != 'CNAME':
                target = entry['CNAME'].lower().rstrip('.')
                if target in seen or len(links) >= MAX_CNAME_LINKS:
                    return 'SERVFAIL', [], links
                seen.add(name)
                links.append((name, target))
                name = target
                continue
            return 'NOERROR', list(entry.get(rtype, [])), links

    def txt_strings(self, name):
        """TXT records with their character-strings joined (RFC 7208 §3.3, RFC 6376 §3.6.2.2)."""
        rcode, values, _ = self.resolve(name, 'TXT')
        return rcode, [''.join(v) if isinstance(v, list) else v for v in values]


# ---------------------------------------------------------------- DKIM

class ListHandler(logging.Handler):
    """Keeps the errors dkimpy logs instead of raising (key and DNS problems)."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


def dkim_dnsfunc(zone):
    def lookup(name, timeout=5):
        rcode, records = zone.txt_strings(name.decode('ascii') if isinstance(name, bytes) else name)
        if rcode in ('SERVFAIL', 'REFUSED', 'TIMEOUT'):
            raise dkim.DnsTimeoutError('%s for %s' % (rcode, name))
        if rcode != 'NOERROR' or not records:
            return None
        return records[0].encode('ascii')
    return lookup


def dkim_word(ok, log, exc):
    """dkimpy's outcome in RFC 8601 words. dkimpy itself only says True/False."""
    text = ' | '.join(log) + (' | %s: %s' % (type(exc).__name__, exc) if exc else '')
    if exc is None and ok:
        return 'pass', text
    if 'DnsTimeoutError' in text:
        return 'temperror', text
    if 'public key too small' in text:
        return 'policy', text
    if re.search(r'missing public key|could not parse|incomplete RSA|KeyFormatError|unknown algorithm in k=', text):
        return 'permerror', text
    if isinstance(exc, dkim.ValidationError) and not re.search(r'body hash mismatch|x= value is past', str(exc)):
        return 'permerror', text
    if isinstance(exc, dkim.MessageFormatError):
        return 'permerror', text
    if exc is not None and not isinstance(exc, dkim.DKIMException):
        return 'error', text
    return 'fail', text or 'signature did not verify'


def header_only_verify(d, idx, dnsfunc):
    """dkimpy's own steps without the body-hash comparison (bh= dropped before verify_sig)."""
    prep = d.verify_headerprep(idx)
    if not prep:
        return False
    sig, include_headers, sigheaders = prep
    sig.pop(b'bh', None)
    return d.verify_sig(sig, include_headers, sigheaders[idx], dnsfunc)


def run_dkim(msg, zone, headers_only):
    """One verdict per DKIM-Signature, in header order."""
    headers, _body = dkim.rfc822_parse(msg)
    signatures = [dkim.util.parse_tag_value(value) for name, value in headers if name.lower() == b'dkim-signature']
    verdicts = []
    for idx, tags in enumerate(signatures):
        handler = ListHandler()
        logger = logging.getLogger('dkimpy-%d' % idx)
        logger.handlers = [handler]
        logger.propagate = False
        logger.setLevel(logging.DEBUG)
        ok, exc = False, None
        d = dkim.DKIM(msg, logger=logger, minkey=1024)
        try:
            ok = header_only_verify(d, idx, dkim_dnsfunc(zone)) if headers_only else d.verify(idx=idx, dnsfunc=dkim_dnsfunc(zone))
        except Exception as e:  # dkimpy raises for most failures; each is mapped to a word
            exc = e
        word, detail = dkim_word(ok, handler.lines, exc)
        verdicts.append({'domain': tags[b'd'].decode(), 'selector': tags[b's'].decode(), 'result': word, 'detail': detail})
    return verdicts


def run_arc(msg, zone):
    try:
        cv, _results, comment = dkim.arc_verify(msg, dnsfunc=dkim_dnsfunc(zone))
        return cv.decode('ascii'), comment
    except Exception as e:  # see KNOWN_LIMITS arc-seal-cv-fail
        return 'exception', '%s: %s' % (type(e).__name__, e)


# ---------------------------------------------------------------- SPF

def spf_dnslookup(zone):
    def lookup(name, qtype, strict=True, timeout=20):
        rcode, values, links = zone.resolve(name, qtype)
        if rcode in ('SERVFAIL', 'REFUSED', 'TIMEOUT'):
            raise spf.TempError('DNS %s for %s %s' % (rcode, qtype, name))
        answers = [((src, 'CNAME'), dst) for src, dst in links]
        final = links[-1][1] if links else name.lower().rstrip('.')
        for value in values:
            if qtype in ('TXT', 'SPF'):
                parts = value if isinstance(value, list) else [value]
                answers.append(((final, qtype), [p.encode('utf-8') for p in parts]))
            elif qtype == 'MX':
                answers.append(((final, qtype), (value['priority'], value['exchange'])))
            else:
                answers.append(((final, qtype), value))
        return answers
    return lookup


def run_spf(smtp, zone):
    spf.DNSLookup = spf_dnslookup(zone)
    try:
        result, explanation = spf.check2(i=smtp['ip'], s=smtp['mailFrom'], h=smtp['helo'])
        return result, explanation
    except Exception as e:
        return 'exception', '%s: %s' % (type(e).__name__, e)


# ---------------------------------------------------------------- DMARC

def authheaders_dnsfunc(zone):
    keys = dkim_dnsfunc(zone)

    def lookup(name, timeout=5):
        if isinstance(name, bytes):
            return keys(name, timeout)
        if name.startswith('_dmarc.'):
            rcode, records = zone.txt_strings(name)
            if rcode in ('SERVFAIL', 'REFUSED', 'TIMEOUT'):
                raise dns.exception.Timeout('%s for %s' % (rcode, name))
            dmarc = [r for r in records if r.startswith('v=DMARC1')]
            return dmarc[0] if len(dmarc) == 1 else None
        # authheaders asks this for the np= existence test: any record at the name makes it exist
        return 'exists' if zone.exists(name) else None
    return lookup


def run_dmarc(msg, smtp, zone):
    spf.DNSLookup = spf_dnslookup(zone)
    try:
        header = authheaders.authenticate_message(
            msg, 'mx.example.com', spf=True, dkim=True, arc=False, dmarc=True,
            ip=smtp['ip'], mail_from=smtp['mailFrom'], helo=smtp['helo'], dnsfunc=authheaders_dnsfunc(zone))
    except Exception as e:  # see KNOWN_LIMITS dmarc-record-timeout
        return 'exception', None, '%s: %s' % (type(e).__name__, e)
    parsed = authres.AuthenticationResultsHeader.parse(header)
    for result in parsed.results:
        if result.method == 'dmarc':
            policy = next((p.value for p in result.properties if p.type == 'policy' and p.name == 'dmarc'), None)
            return result.result, policy or None, header
    return 'missing', None, header


# ---------------------------------------------------------------- driver

class Tally:
    def __init__(self):
        self.counts = {}
        self.disagreements = []
        self.unreplayable = []

    def not_replayable(self, case, reason):
        print('   --  spf/dmarc    not replayable: %s' % reason)
        self.unreplayable.append((case, reason))

    def compare(self, case, check, oracle, expected, got, detail=''):
        agree = expected == got
        total, agreed = self.counts.get(oracle, (0, 0))
        self.counts[oracle] = (total + 1, agreed + (1 if agree else 0))
        mark = 'ok ' if agree else 'DIFF'
        print('   %s %-12s expect %-10s %-20s %s' % (mark, check, expected, '%s: %s' % (oracle, got), detail[:150] if detail else ''))
        if not agree:
            self.disagreements.append((case, check, oracle, expected, got, detail))


RETURN_PATH = re.compile(rb'^Return-Path:[ \t]*<([^<>\r\n]{0,512})>', re.IGNORECASE | re.MULTILINE)


def replay_envelope(case, msg):
    """The envelope to replay: `smtp`, else `inferredEnvelope` (the client and HELO the case asserts Mail Lab
    infers). A case that asserts only the client and HELO (the hops-* cases) gets its MAIL FROM from the
    Return-Path field, where the delivering MTA records the reverse-path (RFC 5321 §4.4). A case that states no
    client address at all is about inferring it, which only Mail Lab's own tests check: (None, reason)."""
    envelope = dict(case.get('smtp') or case.get('inferredEnvelope') or {})
    if 'ip' not in envelope:
        return None, 'case.json states no client address: the case is about inferring it from the Received chain'
    if 'mailFrom' not in envelope:
        found = RETURN_PATH.search(msg.split(b'\r\n\r\n', 1)[0].split(b'\n\n', 1)[0])
        if not found:
            return None, 'case.json states no MAIL FROM and the message has no Return-Path'
        envelope['mailFrom'] = found.group(1).decode('utf-8', 'replace')
    return envelope, None


def check_case(name, tally):
    folder = os.path.join(CASES_DIR, name)
    with open(os.path.join(folder, 'case.json')) as f:
        case = json.load(f)
    with open(os.path.join(folder, 'zone.json')) as f:
        zone = Zone(json.load(f)['records'])
    with open(os.path.join(folder, 'message.eml'), 'rb') as f:
        msg = f.read()
    expect = case['expect']
    clock = now_epoch(case['now'])
    time.time = lambda: clock  # dkimpy checks t= and x= against the wall clock
    print('%s  (%s)' % (name, case['title']))

    if 'dkim' in expect:
        verdicts = run_dkim(msg, zone, case.get('headersOnly', False))
        if len(verdicts) != len(expect['dkim']):
            tally.compare(name, 'dkim count', 'dkimpy', len(expect['dkim']), len(verdicts))
        for i, (want, got) in enumerate(zip(expect['dkim'], verdicts)):
            label = 'dkimpy (no bh)' if case.get('headersOnly') else 'dkimpy'
            tally.compare(name, 'dkim[%d]' % i, label, '%s/%s %s' % (want['domain'], want['selector'], want['result']),
                          '%s/%s %s' % (got['domain'], got['selector'], got['result']), got['detail'])
        if not expect['dkim']:
            tally.compare(name, 'dkim', 'dkimpy', 'no signature', 'no signature' if not verdicts else '%d' % len(verdicts))

    if 'arc' in expect:
        cv, comment = run_arc(msg, zone)
        tally.compare(name, 'arc', 'dkimpy-arc', expect['arc'], cv, comment or '')

    smtp, why_not = replay_envelope(case, msg)
    if smtp is None and ('spf' in expect or 'dmarc' in expect):
        tally.not_replayable(name, why_not)
        return
    if 'spf' in expect:
        result, explanation = run_spf(smtp, zone)
        tally.compare(name, 'spf', 'pyspf', expect['spf'], result, explanation or '')
        if 'spfExplanation' in case:
            tally.compare(name, 'spf exp', 'pyspf', case['spfExplanation'], explanation)

    if 'dmarc' in expect or 'dmarcPolicy' in case or 'dmarcNotEvaluated' in case:
        result, policy, header = run_dmarc(msg, smtp, zone)
        if 'dmarc' in expect:
            tally.compare(name, 'dmarc', 'authheaders', expect['dmarc'], result, header)
        else:
            print('   --  dmarc        not asserted (%s); authheaders says %s %s' % (
                case.get('dmarcNotEvaluated'), result, header if result == 'exception' else ''))
        if 'dmarcPolicy' in case:
            tally.compare(name, 'dmarcPolicy', 'authheaders', case['dmarcPolicy'], policy, header)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    names = args or sorted(
        entry for entry in os.listdir(CASES_DIR)
        if os.path.isfile(os.path.join(CASES_DIR, entry, 'case.json')))
    tally = Tally()
    for name in names:
        check_case(name, tally)

    print('\n== agreement with the oracles (%d cases)' % len(names))
    for oracle, (total, agreed) in sorted(tally.counts.items()):
        print('   %-16s %3d of %3d checks agree' % (oracle, agreed, total))
    unexplained = 0
    print('\n== disagreements')
    for case, check, oracle, expected, got, detail in tally.disagreements:
        reason = KNOWN_LIMITS.get((case, check))
        if not reason:
            unexplained += 1
            reason = 'UNEXPLAINED'
        print('   %s %s: we expect %s, %s says %s\n      %s' % (case, check, expected, oracle, got, reason))
    if not tally.disagreements:
        print('   none')
    print('\n== not replayable by the oracles (%d cases)' % len(tally.unreplayable))
    for case, reason in tally.unreplayable:
        print('   %s: %s' % (case, reason))
    print('\n== agreements by coincidence')
    for case, reason in COINCIDENCES.items():
        if case in names:
            print('   %s\n      %s' % (case, reason))
    print('\n%d disagreements, %d unexplained' % (len(tally.disagreements), unexplained))
    return 1 if unexplained else 0


if __name__ == '__main__':
    sys.exit(main())
