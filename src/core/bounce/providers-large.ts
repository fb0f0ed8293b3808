// The documented rejection texts of Google and Microsoft, the two
// providers with the longest lists. Facts from their postmaster pages
// (support.google.com/a/answer/3726730, learn.microsoft.com "Email
// non-delivery reports and SMTP errors in Exchange Online") as collected by
// the Sisimai project (sisimai/go-sisimai rhost/for-google.go and
// for-microsoft.go, BSD-2-Clause).

import type { Provider } from './provider-rules.ts';

export const GOOGLE: Provider = {
  name: 'Google',
  hosts: ['aspmx.l.google.com', 'gmail-smtp-in.l.google.com'],
  rules: [
    ['authfailure', { any: [
      'the spf record of the sending domain', 'senders to authenticate with either spf or dkim',
      'fails to pass spf checks for an spf record with a hard fail', 'has an spf record with a hard fail policy',
      "is not accepted due to domain's dmarc policy", 'fails to pass authentication checks', 'senders to authenticate with spf',
      'senders to authenticate their email with spf', 'senders to authenticate their email with dkim', 'senders to authenticate with dkim',
      'aligned with either the authenticated spf or dkim', 'to add a dmarc record to ',
    ] }],
    ['badreputation', { any: ['very low reputation of the sending ip address', 'very low reputation of the sending domain'] }],
    ['blocked', { any: [
      'ip not in whitelist for rcpt domain', 'try again later, closing connection.', 'empty helo/ehlo argument not allowed',
      'helo/ehlo argument is invalid', 'an unusual rate of unsolicited mail', 'an unusual rate of mail',
    ] }],
    ['exceedlimit', { any: ["exceeds google's limit of limit attachments.", "your message exceeded google's message header size limits",
      'bytes per individual header size', "exceeds google's header name limit of", "exceeds google's message header size limit"] }],
    ['mesgtoobig', { any: ["exceeded google's message size limits", "exceeds google's message size limit of"] }],
    ['expired', { any: ['connection expired', 'timeout - closing connection'] }],
    ['failedstarttls', { any: ['must issue a starttls command first', 'starttls may not be repeated', 'tls required for rcpt domain',
      'senders to use tls/ssl for smtp'] }],
    ['mailboxfull', { any: ['inbox is out of storage space', 'is over quota', 'email quota exceeded'] }],
    ['networkerror', { any: ['message exceeded 50 hops'] }],
    ['norelaying', { any: ['mail relay denied', 'invalid credentials for relay', 'is not authorized to send email directly to our servers'] }],
    ['notcompliantrfc', { any: [
      'missing a valid address in the from: header', 'multiple addresses in from: header are not accepted', 'is not rfc 5322 compliant',
      'missing a valid message-id: header', 'contains a unicode character in a disallowed header', 'encoded-word syntax is not permitted',
      'is not a valid rfc 5321 address', 'mail message is malformed',
    ] }],
    ['policyviolation', { any: ['illegal attachment on your message', 'blocked because its content presents a potential security issue',
      'you are sending to (or from) has a policy that prohibited', 'sending messages with the same message-id:'] }],
    ['rejected', { any: ['mail sending denied', 'unauthenticated email is not accepted'] }],
    ['requireptr', { any: ['does not have a ptr record', ' have a ptr record, or the ptr record',
      'does not meet ipv6 sending guidelines regarding ptr records and authentication', 'does not match the ip address of the hostname'] }],
    ['securityerror', { any: ['too many login attempts', 'cannot decode response', 'no identity changes permitted', 'authentication required.',
      'application-specific password required', 'please log in with your web browser', 'please log in through your web browser',
      'username and password not accepted'] }],
    ['spamdetected', { any: ['due to the nature of the content or the links within', 'likely unsolicited mail'] }],
    ['ratelimited', { any: ['is receiving mail too quickly', 'peak smtp relay limit exceeded for customer',
      'rate that prevents additional messages from being delivered', 'daily sending quota exceeded', 'daily user sending limit exceeded',
      'daily smtp relay limit exceeded for', 'daily smtp relay sending limit exceeded for', 'this mail has been rate limited'] }],
    ['suspend', { any: ['account that you tried to reach is disabled', 'account that you tried to reach is inactive'] }],
    ['syntaxerror', { any: ['smtp protocol violation', 'optional argument not permitted', 'syntax error', 'too many unrecognized commands, goodbye',
      'unimplemented command', 'unrecognized command', 'bad sequence of commands', 'ehlo/helo first', 'mail first', 'rcpt first',
      'no data after bdat', 'unrecognized authentication type', 'xoauth is no longer supported', 'too many unauthenticated commands'] }],
    ['systemerror', { any: ['temporary system problem', 'server busy', 'multiple destination domains per transaction is unsupported',
      'mail server has temporarily rejected this message', 'mail server temporarily rejected message',
      'domain policy size per transaction exceeded', 'cannot authenticate due to temporary system problem'] }],
    ['toomanyconn', { any: ['your message has too many recipients', 'too many recipients for this sender'] }],
    ['userunknown', { any: ['the email account that you tried to reach does not exist', 'the user you are trying to contact is not receiving mail'] }],
  ],
};

export const MICROSOFT: Provider = {
  name: 'Microsoft',
  hosts: ['.prod.outlook.com', '.protection.outlook.com', '.onmicrosoft.com', '.exchangelabs.com'],
  rules: [
    ['authfailure', { any: ['must pass either spf or dkim validation, this message is not signed',
      'the message was rejected because of sender policy framework violation', 'does not pass dmarc verification',
      "doesn't meet the required authentication level"] }],
    ['badreputation', { any: ['has been temporarily rate limited due to ip reputation'] }],
    ['blocked', { any: ['connection dropped', 'access denied, please try again later', 'must have a reverse dns record', 'access denied, bad helo',
      'access denied, rejected by recipient', 'does not accept email over ipv6', 'access denied, banned sender', 'using customer block list',
      'access denied, banned sending ip ', 'invalid domain name', 'part of their network is on our block list (s3150)'] }],
    ['contenterror', { any: ['too many related errors', 'invalid characters', 'agent generated message depth exceeded', 'invalid message content'] }],
    ['mesgtoobig', { any: ['resolver.rst.recipsizelimit; message too large for this recipient', 'message size exceeds fixed maximum message size',
      'message too big for system'] }],
    // Exchange Online's 5.4.3xx codes: "Message expired, DNS query failed" is a DNS failure before it is an expiry.
    ['networkerror', { any: ['dns query failed', 'dns lookup failed', 'destination domain not found'] }],
    ['expired', { any: ['connection timed out', 'message delayed', 'queue expired; message expired', 'message expired'] }],
    ['failedstarttls', { any: [' failed mta-sts validation', 'starttls is required to send mail', 'remote certificate failed mta-sts validation',
      'starttls-not-supported:', 'certificate-expired:'] }],
    ['securityerror', { any: ['cannot achieve exchange server authentication', 'client was not authenticated'] }],
    ['spamdetected', { any: ['content filter agent quarantined this message'] }],
    ['ratelimited', { any: ['storedrv.deliver; recipient thread limit exceeded', 'has exceeded the maximum number of connections',
      'reached your daily limit for message recipients', 'submission quota exceeded', "recipient's per hour message receive limit",
      'the recipient has exceeded their limit for', 'has exceeded permitted limits within', 'tenant has exceeded threshold',
      'traffic not accepted from this ip'] }],
    ['suspend', { any: ['access denied, banned recipient', 'mailbox cannot be accessed'] }],
    ['syntaxerror', { any: ['send hello first'] }],
    ['systemerror', { any: ['system incorrectly configured', 'when journaling archive is disabled', 'helo / ehlo requires domain address',
      'destination mailbox address ambiguous', 'mailing list expansion problem', 'misconfigured forwarding address',
      'message failed to be replicated:', '(suspiciousremoteservererror)', 'server busy. please try again later from ',
      'pfa agent busy, please try again.'] }],
    ['systemfull', { any: ['insufficient system resources'] }],
    ['userunknown', { any: ['resolver.adr.exrecipnotfound; not found', 'user unknown', 'storedrv.submit; invalid recipient address',
      'recipient address reserved by rfc 2606', 'recipient addresses in single label domains not accepted', 'resolver.adr.recipientnotfound',
      'resolver.adr.recipnotfound', 'recipient not found by smtp address lookup', 'recipient address rejected: access denied',
      'bad destination mailbox address', 'recipient not found', 'requested action not taken: mailbox unavailable', 'invalid x.400 address',
      'remote server returned unknown recipient or mailbox unavailable'] }],
  ],
};
