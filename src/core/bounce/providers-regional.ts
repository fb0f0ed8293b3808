// The documented rejection texts and error codes of further providers:
// Yahoo Inc., AOL, Apple iCloud, Outlook.com, Orange and La Poste (France),
// GoDaddy, Cox, Spectrum (Charter), Facebook, Tencent QQ, i.ua, KDDI au,
// NTT DOCOMO, Google Workspace, MessageLabs (Broadcom) and Mimecast. Facts
// from the providers' error-code pages as collected by the Sisimai project
// (sisimai/go-sisimai rhost/*.go, BSD-2-Clause).

import type { Provider } from './provider-rules.ts';

export const REGIONAL_PROVIDERS: readonly Provider[] = [
  {
    name: 'Yahoo Inc.',
    hosts: ['.yahoodns.net'],
    rules: [
      ['authfailure', { any: ['yahoo requires all senders to authenticate with either spf or dkim'] }],
      ['blocked', { any: [" because the ip is in spamhaus's list;", 'not accepted from ip addresses on spamhaus xbl'] }],
      ['norelaying', { any: ['relaying denied for '] }],
      ['notcompliantrfc', { any: ['headers are not rfc compliant'] }],
      ['policyviolation', { any: ['not accepted for policy reasons'] }],
      // Yahoo sends [TSS04] for poor reputation and missing authentication alike.
      ['rejected', { any: ['temporarily deferred due to unexpected volume or user complaints', 'due to unresolvable rfc.5321 domain', ' will be permanently deferred'] }],
      ['ratelimited', { any: ['user is receiving mail too quickly'] }],
      ['suspend', { any: [' is no longer valid.', 'this mailbox is disabled'] }],
      ['syntaxerror', { any: ['syntax error in parameters or arguments'] }],
      ['toomanyconn', { any: ['max message per connection reached'] }],
      ['userunknown', { any: ["dd this user doesn't have a ", 'mailbox not found'] }],
    ],
  },
  {
    name: 'AOL',
    hosts: ['.mail.aol.com', '.mx.aol.com'],
    rules: [
      ['hostunknown', { any: ['host or domain name not found'] }],
      ['notaccept', { any: ['type=mx: malformed or unexpected name server reply'] }],
    ],
  },
  {
    name: 'Apple',
    hosts: ['.mail.icloud.com', '.apple.com', '.me.com'],
    rules: [
      ['authfailure', { any: ['s dmarc policy', 'blocked for failing both spf and dkim autentication checks'] }],
      ['blocked', { any: ['rejected due to having a domain present in the spamhaus', 'rejected due to listing in spamhaus',
        'blocked - see https://support.proofpoint.com/dnsbl-lookup', 'not accepting connections'] }],
      ['hasmoved', { any: ['recipient no longer on server'] }],
      ['mailboxfull', { any: ['user is over quota'] }],
      ['norelaying', { any: ['relay access denied'] }],
      ['notaccept', { any: ['host/domain does not accept mail'] }],
      ['policyviolation', { any: ['due to local policy'] }],
      ['rejected', { any: ['sender address rejected'] }],
      ['ratelimited', { any: ['due to excessive volume'] }],
      ['userunknown', { any: ['inactive email address', 'user does not exist', 'unknown or illegal alias'] }],
    ],
  },
  {
    name: 'Outlook.com',
    hosts: ['.hotmail.com'],
    rules: [
      ['hostunknown', { any: ['the mail could not be delivered to the recipient because the domain is not reachable'] }],
      ['userunknown', { any: ['requested action not taken: mailbox unavailable'] }],
    ],
  },
  {
    name: 'Orange / La Poste',
    hosts: ['.laposte.net', '.orange.fr', '.wanadoo.fr'],
    // Error labels like "LPN007_426" or "OFR_999": the last three digits name the error.
    codes: {
      pattern: /\b(?:LPNAAA|LPN|OFR|OUK)[0-9]{0,3}_([0-9]{3})\b/i,
      table: {
        '101': 'blocked', '102': 'blocked', '103': 'blocked', '104': 'toomanyconn', '305': 'securityerror', '401': 'authfailure',
        '402': 'securityerror', '403': 'rejected', '405': 'rejected', '415': 'rejected', '416': 'userunknown', '417': 'mailboxfull',
        '420': 'suspend', '421': 'rejected', '426': 'suspend', '505': 'systemerror', '506': 'spamdetected', '510': 'blocked',
        '514': 'mesgtoobig', '517': 'authfailure', '630': 'policyviolation', '999': 'blocked',
      },
    },
    rules: [['authfailure', { any: ['spf/dns de votre nom de domaine'] }]],
  },
  {
    name: 'GoDaddy',
    hosts: ['smtp.secureserver.net', 'mailstore1.secureserver.net'],
    codes: {
      pattern: /\b(IB[0-9]{3})\b/,
      table: {
        IB401: 'securityerror', IB501: 'notcompliantrfc', IB502: 'notcompliantrfc', IB506: 'rejected', IB508: 'authfailure', IB108: 'requireptr',
        IB212: 'spamdetected', IB705: 'virusdetected', IB605: 'toomanyconn', IB007: 'toomanyconn', IB101: 'ratelimited', IB110: 'blocked',
        IB111: 'blocked', IB112: 'blocked', IB113: 'blocked', IB504: 'ratelimited', IB510: 'ratelimited', IB607: 'ratelimited',
        IB103: 'badreputation', IB104: 'blocked', IB105: 'blocked', IB106: 'blocked',
      },
    },
    rules: [
      ['blocked', { any: ['rbl reject', 'www.spamhaus.org/query/bl?ip='] }],
      ['expired', { any: ['has been in the queue too long', 'delivery timeout'] }],
      ['mailboxfull', { any: ['account storage limit'] }],
      ['spamdetected', { any: ['message rejected for spam or virus content'] }],
      ['suspend', { any: ['account disabled'] }],
      ['systemerror', { any: ['message is looping'] }],
      ['userunknown', { any: ['recipient not found', 'account does not exist'] }],
    ],
  },
  {
    name: 'Cox',
    hosts: ['cox.net'],
    codes: {
      pattern: /AUP#([A-Z]{2,6}[0-9]{0,5})\b/,
      table: {
        CXBL: 'blocked', CXDNS: 'requireptr', CXSNDR: 'authfailure', CXSMTP: 'rejected', CXCNCT: 'toomanyconn', CXMXRT: 'toomanyconn',
        CDRBL: 'blocked', CXTHRT: 'securityerror', CXMJ: 'securityerror', IPBL0001: 'blocked', IPBL0010: 'blocked', IPBL0100: 'blocked',
        IPBL0011: 'blocked', IPBL0101: 'blocked', IPBL0110: 'blocked', IPBL0111: 'blocked', IPBL1000: 'blocked', IPBL1001: 'blocked',
        IPBL1010: 'blocked', IPBL1011: 'blocked', IPBL1100: 'blocked', IPBL1101: 'blocked', IPBL1110: 'blocked', IPBL1111: 'blocked',
        IPBL00001: 'blocked', URLBL011: 'spamdetected', URLBL101: 'spamdetected', URLBL110: 'spamdetected', URLBL1001: 'spamdetected',
      },
    },
    rules: [
      ['blocked', { any: ['cox too many bad commands from', 'too many invalid recipients'] }],
      ['requireptr', { any: ['dns check failure - try again later', 'rejected - no rdns'] }],
      ['policyviolation', { any: ['esmtp no data before greeting', 'attachment extension is forbidden'] }],
      ['rejected', { any: ['sender rejected'] }],
      ['systemerror', { any: ['esmtp server temporarily not available'] }],
      ['toomanyconn', { any: ['too many sessions from', 'requested action aborted: try again later', 'message threshold exceeded'] }],
      ['userunknown', { any: ['recipient rejected'] }],
    ],
  },
  {
    name: 'Spectrum',
    hosts: ['charter.net'],
    ranges: {
      pattern: /AUP#[A-Za-z]{0,3}-?([0-9]{4})/,
      table: [
        [1000, 1000, 'blocked'], [1010, 1010, 'rejected'], [1020, 1080, 'rejected'], [1090, 1090, 'systemerror'], [1100, 1150, 'requireptr'],
        [1160, 1190, 'policyviolation'], [1200, 1210, 'blocked'], [1220, 1250, 'blocked'], [1260, 1260, 'networkerror'],
        [1300, 1340, 'toomanyconn'], [1350, 1490, 'ratelimited'], [1500, 1500, 'rejected'], [1520, 1520, 'rejected'],
        [1530, 1530, 'mesgtoobig'], [1540, 1540, 'ratelimited'], [1550, 1550, 'ratelimited'], [1560, 1560, 'policyviolation'],
        [1580, 1580, 'ratelimited'],
      ],
    },
    rules: [],
  },
  {
    name: 'Facebook',
    hosts: ['.facebook.com'],
    codes: {
      pattern: /\b([A-Z]{3}-[PT][0-9])\b/,
      table: {
        'POL-P7': 'authfailure', 'POL-P1': 'blocked', 'POL-P2': 'blocked', 'POL-P3': 'blocked', 'POL-P4': 'blocked', 'POL-T1': 'blocked',
        'POL-T2': 'blocked', 'POL-T3': 'blocked', 'MSG-P2': 'contenterror', 'RCP-P2': 'filtered', 'RCP-P3': 'filtered', 'MSG-P1': 'mesgtoobig',
        'INT-P2': 'mesgtoobig', 'MSG-P3': 'notcompliantrfc', 'DNS-P1': 'rejected', 'DNS-P2': 'rejected', 'DNS-T1': 'rejected',
        'DNS-P3': 'requireptr', 'DNS-T2': 'requireptr', 'POL-P6': 'spamdetected', 'RCP-T4': 'suspend', 'RCP-T1': 'systemerror',
        'CON-T1': 'toomanyconn', 'CON-T2': 'toomanyconn', 'CON-T3': 'toomanyconn', 'CON-T4': 'toomanyconn', 'MSG-T1': 'toomanyconn',
        'RCP-P1': 'userunknown', 'INT-P1': 'userunknown', 'INT-P3': 'userunknown', 'INT-P4': 'userunknown', 'POL-P5': 'virusdetected',
      },
    },
    rules: [],
  },
  {
    name: 'Tencent',
    hosts: ['.qq.com'],
    rules: [
      ['authfailure', { any: ['spf check failed', 'dmarc check failed'] }],
      ['blocked', { any: ['suspected bounce attacks', 'suspected spam ip', 'connection denied'] }],
      ['mesgtoobig', { any: ['message too large'] }],
      ['rejected', { any: ['suspected spam', 'mail is rejected by recipients'] }],
      ['spamdetected', { any: ['spam is embedded in the email', 'mail content denied'] }],
      ['ratelimited', { any: ['mailbox unavailable or access denined', 'frequency of receiving messages is limited'] }],
      ['suspend', { any: ['is a deactivated mailbox'] }],
      ['syntaxerror', { any: ['bad address syntax'] }],
      ['toomanyconn', { any: ['ip frequency limited', 'domain frequency limited', 'sender frequency limited', 'connection frequency limited'] }],
      ['userunknown', { any: ['mailbox not found'] }],
    ],
  },
  {
    name: 'i.ua',
    hosts: ['.email.ua'],
    codes: {
      pattern: /\.i\.ua\/err\/([0-9]{1,2})\//i,
      table: {
        '1': 'norelaying', '2': 'userunknown', '3': 'suspend', '4': 'mailboxfull', '5': 'toomanyconn', '6': 'norelaying', '7': 'blocked',
        '8': 'rejected', '9': 'blocked', '10': 'filtered',
      },
    },
    rules: [],
  },
  {
    name: 'KDDI au',
    hosts: ['.ezweb.ne.jp', 'msmx.au.com'],
    rules: [
      ['filtered', { any: ['550 : user unknown'] }],
      ['userunknown', { any: ['>: user unknown'] }],
    ],
  },
  {
    name: 'MessageLabs',
    hosts: ['.messagelabs.com'],
    rules: [
      ['authfailure', { any: ['domain authentication fail'] }],
      ['badreputation', { any: ['connection rejected by policy'] }],
      ['blocked', { any: ['mail rejected because your ip is in the pbl', 'your ip address has been ', 'your ip address (ip-addr) has been blocked',
        'your email address (addr) has been blocked'] }],
      ['contenterror', { any: ['stray linefeeds in message'] }],
      ['failedstarttls', { any: ['tls/sslv3 connection required'] }],
      ['norelaying', { any: [' as a relay, '] }],
      ['notcompliantrfc', { any: ['550 requested action aborted [4]', 'has detected that this message is not rfc 5322'] }],
      ['rejected', { any: ['sender envelope domain not allowed for sender ip address', 'your domain has been blocked',
        'your email address has been blocked', 'your envelope sender is in my badmailfrom list', 'your email address has been blacklisted',
        'your domain has been blacklisted'] }],
      ['securityerror', { any: ['please turn on smtp authentication in your mail client'] }],
      ['spamdetected', { any: ['message filtered', 'filtered by outbound scanning'] }],
      ['toomanyconn', { any: ['too many recipients received this hour', 'too many messages'] }],
      ['userunknown', { any: ['no such user', 'invalid recipient', 'mailbox is not allowed', 'recipient mailbox is not allowed'] }],
    ],
  },
  {
    name: 'Mimecast',
    hosts: ['.mimecast.com'],
    rules: [
      ['authfailure', { any: ['spf sender invalid - envelope rejected', 'dkim sender invalid - envelope rejected', 'dmarc sender invalid - envelope rejected'] }],
      ['badreputation', { any: ['internal resources are temporarily unavailable', 'local ct ip reputation - (reject)'] }],
      ['blocked', { any: ['sender address blocked', 'recipient temporarily unavailable', 'ip temporarily blacklisted'] }],
      ['expired', { any: ['journal messages past the expiration'] }],
      ['failedstarttls', { any: ['this route requires encryption (tls)', 'this route requires tls version 1.2 or greater',
        'this route requires high-strength ciphers', 'configuration is invalid for this certificate'] }],
      ['mesgtoobig', { any: ['maximum email size exceeded'] }],
      ['networkerror', { any: ['the incorrect hostname used for inbounds', 'mail loop detected'] }],
      ['norelaying', { any: ['open relay not allowed', 'open relay is not allowed'] }],
      ['notaccept', { any: ['account inbounds disabled'] }],
      ['policyviolation', { any: ['anti-spoofing policy - inbound not allowed', 'rejected by header-based anti-spoofing policy',
        'message bounced due to content examination policy', 'host network not allowed', 'host network, not allowed'] }],
      ['rejected', { any: ['administrative prohibition envelope blocked', 'envelope blocked - user entry', 'envelope blocked - user domain entry',
        'rejected by header-based manually blocked senders', 'rejected by header-based blocked senders',
        'envelope rejected - block policy for envelope from address'] }],
      ['securityerror', { any: ['incorrect authentication data', 'submitter failed to authenticate'] }],
      ['systemerror', { any: ['unable to process connection at this time', 'message ended early', 'unable to process command',
        'unable to process an email at this time'] }],
      ['toomanyconn', { any: ['account service is temporarily unavailable', 'too many recipients', 'exceeding outbound thread limit'] }],
      ['userunknown', { any: ['invalid address', 'user unknown', 'invalid recipient'] }],
      ['virusdetected', { any: ['email rejected due to security policies'] }],
    ],
  },
];
