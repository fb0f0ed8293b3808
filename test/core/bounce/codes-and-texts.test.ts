// Enhanced status codes (RFC 3463, IANA registry), SMTP reply codes
// (RFC 5321 §4.2), the SMTP command and remote host a bounce text names,
// and the explanation of every reason word in both languages.

import { describe, expect, it } from 'vitest';
import { explainStatus, registeredCodes } from '../../../src/core/bounce/enhanced-status.ts';
import { explainReason } from '../../../src/core/bounce/reason-explanations.ts';
import { BOUNCE_REASONS, bounceSeverity } from '../../../src/core/bounce/reason-words.ts';
import { classOf, findReplyCode, findStatusCode, normalizeStatus, preferStatus } from '../../../src/core/bounce/smtp-codes.ts';
import { findCommand, findRemoteHost } from '../../../src/core/bounce/smtp-dialogue.ts';

describe('enhanced status codes', () => {
  // Registry entries added after RFC 3463 (RFC 3886, 4468, 4954, 5248, 6530, 6710, 7293, 7372, 7505, 8098, and X.7.28 without an RFC).
  const laterCodes = ['1.10', '3.6', '5.6', '6.6', '6.7', '6.8', '6.9', '6.10', '7.8', '7.9', '7.10', '7.11', '7.12', '7.13', '7.14', '7.15', '7.16', '7.17', '7.18', '7.19', '7.20', '7.21', '7.22', '7.23', '7.24', '7.25', '7.26', '7.27', '7.28', '7.29', '7.30'];

  it('has every code of RFC 3463 and of the later registry entries', () => {
    const codes = registeredCodes();
    for (const code of ['0.0', '1.0', '1.1', '1.8', '2.2', '3.4', '4.7', '5.5', '6.5', '7.7', ...laterCodes]) expect(codes).toContain(code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(registeredCodes())('explains X.%s in English and German, with its RFC', (code) => {
    for (const cls of ['2', '4', '5']) {
      const meaning = explainStatus(`${cls}.${code}`)!;
      expect(meaning.reference).toMatch(/^(?:RFC \d{4}|IANA registry)/);
      expect(meaning.text.en.length).toBeGreaterThan(60);
      expect(meaning.text.de.length).toBeGreaterThan(60);
      expect(meaning.text.de).not.toBe(meaning.text.en);
    }
  });

  it('says whether to try again by the class', () => {
    expect(explainStatus('4.2.2')!.text.en).toContain('may be delivered if it is sent again later');
    expect(explainStatus('5.2.2')!.text.de).toContain('Dauerhafter Fehler');
    expect(explainStatus('5.7.26')!.text.en).toMatch(/authentication/i);
  });

  it('explains an unregistered code by class and subject, and says it is the receiver\'s own', () => {
    const vendor = explainStatus('5.7.509')!;
    expect(vendor.reference).toBeNull();
    expect(vendor.text.en).toContain('not in the IANA registry');
    expect(vendor.text.de).toContain('nicht im IANA-Register');
    expect(explainStatus('6.1.1')).toBeNull();
    expect(explainStatus('550')).toBeNull();
    expect(explainStatus(null)).toBeNull();
  });
});

describe('codes in free text', () => {
  it('finds a status code standing alone, not inside addresses or versions', () => {
    expect(findStatusCode('host 192.0.2.153 said: 550 5.1.1 <bob@example.net>: User unknown')).toBe('5.1.1');
    expect(findStatusCode('Postfix v4.2.1 relayed via 4.16.55.1')).toBeNull();
  });

  it('prefers a failure code over the 2.x.x replies of a transcript, and a specific code over a vague one', () => {
    expect(findStatusCode('250 2.1.0 Ok\n250 2.1.5 Ok\n554 5.7.1 Rejected')).toBe('5.7.1');
    expect(findStatusCode('5.0.0 see below: 550 5.2.2 mailbox full')).toBe('5.2.2');
  });

  it('finds only reply codes RFC 5321 and its extensions define', () => {
    expect(findReplyCode('queue id 599 then 552 5.2.2 Mailbox full')).toBe('552');
    expect(findReplyCode('said: 421 4.7.0 try later; 550 earlier', '5')).toBe('550');
    expect(findReplyCode('error #5.1.1 at line 550a')).toBeNull();
  });

  it('normalises a Status field and tells its class', () => {
    expect(normalizeStatus('smtp; 5.01.001 (user unknown)')).toBe('5.1.1');
    expect(normalizeStatus('failed')).toBeNull();
    expect(classOf('4.4.7')).toBe('4');
    expect(classOf('x')).toBeNull();
  });

  it('lets the specific code of the diagnostic win over a summary in the Status field', () => {
    expect(preferStatus('5.0.0', '5.1.1', '550')).toBe('5.1.1');
    expect(preferStatus('4.4.7', '4.4.1', null)).toBe('4.4.1');
    // The reply code's class decides between two classes.
    expect(preferStatus('5.7.1', '4.7.1', '550')).toBe('5.7.1');
    expect(preferStatus('5.2.2', '5.1.1', '550')).toBe('5.2.2');
    expect(preferStatus(null, '5.1.1', null)).toBe('5.1.1');
  });
});

describe('the SMTP dialogue a bounce text names', () => {
  it.each([
    ['Postfix', 'host mx.example.net[198.51.100.25] said: 550 5.1.1 unknown (in reply to RCPT\n    TO command)', 'RCPT'],
    ['Postfix end of data', 'said: 554 5.7.1 spam (in reply to end of DATA command)', 'DATA'],
    ['Exim', 'SMTP error from remote mail server after MAIL FROM:<a@example.com>: 550 rejected', 'MAIL'],
    ['Exim greeting', 'SMTP error from remote mail server after initial connection: 554 go away', 'CONN'],
    ['DragonFly', 'mx.example.net [198.51.100.25] did not like our final DATA: 552 too big', 'DATA'],
    ['qmail', 'Remote host said: 553 sorry, that domain isn\'t in my list of allowed rcpthosts.\nGiving up on 198.51.100.25.\ndoes not like recipient.', 'RCPT'],
    ['Sendmail transcript', '... while talking to mx.example.net.:\n>>> MAIL From:<a@example.com> SIZE=1200\n<<< 250 2.1.0 Ok\n>>> RCPT To:<b@example.net>\n<<< 550 5.1.1 User unknown', 'RCPT'],
    ['Sendmail greeting', '... while talking to mx.example.net.:\n<<< 554 5.7.1 Service unavailable; client blocked', 'CONN'],
  ])('%s', (_mta, text, command) => {
    expect(findCommand(text)).toBe(command);
  });

  it('gives no command where the text names none', () => {
    expect(findCommand('550 5.1.1 User unknown')).toBeNull();
  });

  it('finds the remote host the text names', () => {
    expect(findRemoteHost('<b@example.net>: host MX.Example.NET[198.51.100.25] said: 550 nope')).toBe('mx.example.net');
    expect(findRemoteHost('... while talking to mx2.example.org.:\n<<< 550 no')).toBe('mx2.example.org');
    expect(findRemoteHost('550 5.1.1 User unknown')).toBeNull();
  });
});

describe('reason words', () => {
  it.each([...BOUNCE_REASONS])('%s is explained with a next step, in English and German', (reason) => {
    const { explanation, nextStep } = explainReason(reason);
    for (const text of [explanation, nextStep]) {
      expect(text.en.length).toBeGreaterThan(10);
      expect(text.de.length).toBeGreaterThan(10);
      expect(text.de).not.toBe(text.en);
    }
  });

  it('calls a dead address hard, anything another try or a fix may cure soft, and a non-failure neither', () => {
    expect(bounceSeverity('userunknown', '5.1.1')).toBe('hard');
    expect(bounceSeverity('hasmoved', null)).toBe('hard');
    expect(bounceSeverity('notaccept', '5.1.10')).toBe('hard');
    expect(bounceSeverity('notaccept', '4.4.4')).toBe('soft');
    expect(bounceSeverity('mailboxfull', '5.2.2')).toBe('soft');
    expect(bounceSeverity('vacation', null)).toBeNull();
    expect(bounceSeverity('delivered', '2.0.0')).toBeNull();
  });
});
