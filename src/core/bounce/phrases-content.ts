// What servers write when they refuse the message itself (spam, viruses,
// policy, malformed headers) or fail on their own side (system errors,
// full disks, DNS, expired queues, local delivery programs). Facts about
// MTA and provider messages, collected by the Sisimai project
// (sisimai/go-sisimai reason/why-*.go, BSD-2-Clause) and in the sample
// bounces of test/corpus/data/sisimai-set-of-emails.

import type { PhraseSet } from './phrase-match.ts';

export const SPAM_DETECTED: PhraseSet = {
  any: [
    ' - spam', '//www.spamhaus.org/help/help_spam_16.htm', '//dsbl.org/help/help_spam_16.htm', '//mail.163.com/help/help_spam_16.htm',
    '554 5.7.0 reject, id=', 'appears to be unsolicited', 'blacklisted url in message', 'block for spam',
    'blocked by policy: no spam please', 'blocked by spamassassin', 'blocked for abuse. see http://att.net/blocks',
    'cannot be forwarded because it was detected as spam', 'considered unsolicited bulk e-mail (spam) by our mail filters',
    'content filter rejection', 'cyberoam anti spam engine has identified this email as a bulk email', 'denied due to spam list',
    'high probability of spam', 'is classified as spam and is rejected', 'listed in work.drbl.imedia.ru',
    'the mail server detected your message as spam and has prevented delivery.', 'mail appears to be unsolicited',
    'mail content denied', 'may consider spam', 'message considered as spam or virus', 'message contains spam or virus',
    'message content rejected', 'message detected as spam', 'message filtered', 'message looks like spam',
    'message is being rejected as it seems to be a spam', 'message refused by mailmarshal spamprofiler',
    'message refused by trustwave seg spamprofiler', 'message rejected as spam', 'message rejected because of unacceptable content',
    'message rejected due to suspected spam content', 'message rejected for policy reasons',
    'message was rejected for possible spam/virus content', 'our email server thinks this email is spam',
    'our system has detected that this message is ', 'probable spam', 'reject bulk.advertising', 'rejected: spamassassin score ',
    'rejected - bulk email', 'rejecting banned content', 'rejecting mail content', 'related to content with spam-like characteristics',
    'sender domain listed at ', 'sending address not accepted due to spam filter', 'spam blocked', 'spam check',
    'spam content matched', 'spam detected', 'spam email', 'spam message rejected.', 'spam not accepted', 'spam refused',
    'spam rejection', 'spam score ', 'spambouncer identified spam', 'spamming not allowed', 'too many spam complaints',
    'too much spam.', 'the email message was detected as spam', 'the message has been rejected by spam filtering engine',
    'the message was rejected due to classification as bulk mail', 'the content of this message looked like spam',
    'this message appears to be spam', 'this message has been identified as spam',
    'this message has been scored as spam with a probability', 'this message was classified as spam',
    'this message was rejected by recurrent pattern detection system', 'transaction failed spam message not queued',
    'we dont accept spam', 'your email appears similar to spam we have received before', 'your email breaches local uribl policy',
    'your email had spam-like ', 'your email is considered spam', 'your email is probably spam', 'your email was detected as spam',
    'your message as spam and has prevented delivery', 'your message has been temporarily blocked by our filter',
    'your message has been rejected because it appears to be spam', 'your message has triggered a spam block',
    'your message may contain the spam contents', 'your message failed several antispam checks', 'rejected due to spam classification',
  ],
  ordered: [
    ['greylisted', ' please try again in'], ['mail score (', ' over '], ['mail rejete. mail rejected. ', '506'],
    ['our filters rate at and above ', ' percent probability of being spam'], ['rejected by ', ' (spam)'],
    ['rejected due to spam ', 'classification'], ['rejected due to spam ', 'content'], ['rule imposed as ', ' is blacklisted on'],
    ['spam ', ' exceeded'], ['this message scored ', ' spam points'],
  ],
};

export const VIRUS_DETECTED: PhraseSet = {
  any: [
    'it has a potentially executable attachment', 'the message was rejected because it contains prohibited virus or spam content',
    'this form of attachment has been used by recent viruses or other malware', 'virus detected',
    'virus phishing/malicious_url detected', 'your message was infected with a virus',
  ],
  // amavisd-new's reject reply names the verdict after the queue id:
  // "554 5.7.0 Reject, id=12345-01 - VIRUS: Eicar-Signature" (older
  // releases: "INFECTED"); "- SPAM" is its spam verdict.
  ordered: [['reject, id=', ' - virus: '], ['reject, id=', ' - infected: ']],
};

export const POLICY_VIOLATION: PhraseSet = {
  any: [
    'an illegal attachment on your message', 'because the recipient is not accepting mail with ', 'by non-member to a members-only list',
    'closed mailing list', 'denied by policy', 'email not accepted for policy reasons', 'email rejected due to security policies',
    'header are not accepted', 'header error', 'local policy violation', 'message bounced due to organizational settings',
    'message given low priority', 'message not accepted for policy reasons', 'message rejected due to local policy',
    'messages with multiple addresses', 'rejected for policy reasons', 'protocol violation',
    'the email address used to send your message is not subscribed to this group', 'the message was rejected by organization policy',
    'this message was blocked because its content presents a potential',
    'we do not accept messages containing images or other attachments', "you're using a mass mailer",
  ],
  ordered: [['you have exceeded the', 'allowable number of posts without solving a captcha']],
};

export const CONTENT_ERROR: PhraseSet = {
  any: [
    'duplicate header', 'header size exceeds maximum permitted', 'improper use of 8-bit data in message header',
    'message header size, or recipient list, exceeds policy limit', 'message mime complexity exceeds the policy maximum',
    'routing loop detected -- too many received: headers', 'this message contain invalid mime headers',
    'this message contain improperly-formatted binary content', 'this message contain text that uses unnecessary base64 encoding',
  ],
};

export const NOT_COMPLIANT_RFC: PhraseSet = {
  any: ['duplicate header', 'this message is not rfc 5322 compliant', 'https://support.google.com/mail/?p=rfcmessagenoncompliant'],
  ordered: [[' multiple ', ' header']],
};

export const SYSTEM_ERROR: PhraseSet = {
  any: [
    'aliasing/forwarding loop broken', "can't create user output file", 'could not load drd for domain', 'internal error reading data',
    'internal server error: operation now in progress', 'interrupted system call', 'it encountered an error while being processed',
    'it would create a mail loop', 'local configuration error', 'local error in processing', 'loop was found in the mail exchanger',
    'loops back to myself', 'mail system configuration error', 'queue file write error', 'recipient deferred because there is no mdb',
    'remote server is misconfigured', 'server configuration error', 'service currently unavailable', 'system config error',
    'temporary local problem', 'timeout waiting for input', 'transaction failed ', 'unable to contact ldap server',
  ],
  ordered: [['unable to connect ', 'daemon']],
};

export const SYSTEM_FULL: PhraseSet = {
  any: ['mail system full', 'requested mail action aborted: exceeded storage allocation'],
};

export const NETWORK_ERROR: PhraseSet = {
  any: [
    'could not connect and send the mail to', 'dns records for the destination computer could not be found',
    'hop count exceeded - possible mail loop', 'host is unreachable', 'host name lookup failure', 'host not found, try again',
    'mail forwarding loop for ', 'malformed name server reply', 'malformed or unexpected name server reply',
    'maximum forwarding loop count exceeded', 'message looping', 'message probably in a routing loop', 'no route to host',
    'too many hops', 'unable to resolve route ', 'unrouteable mail domain',
  ],
};

export const EXPIRED: PhraseSet = {
  any: [
    'connection timed out', 'could not find a gateway for', 'delivery attempts will continue to be', 'delivery expired',
    'delivery time expired', 'failed to deliver to domain ', 'giving up on', 'have been failing for a long time', 'has been delayed',
    'it has not been collected after', 'message expired after sitting in queue for', 'message expired, cannot connect to remote server',
    'message expired, connection refulsed', 'message timed out', 'retry time not reached for any host after a long failure period',
    'server did not respond', 'this message has been in the queue too long', 'unable to deliver message after multiple retries',
    'was not reachable within the allowed queue period', 'your message could not be delivered for more than',
  ],
  ordered: [['could not be delivered for', ' days']],
};

export const MAILER_ERROR: PhraseSet = {
  any: [
    ' || exit ', 'procmail: ', 'bin/procmail', 'bin/maidrop', 'command failed: ', 'command died with status ', 'command output:',
    'mailer error', 'pipe to |/', 'x-unix; ',
  ],
};
