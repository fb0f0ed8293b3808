// DKIM selectors tried on request in "Check a domain" (`--common-selectors`),
// because keys cannot be listed (RFC 6376 §3.6.2.1 publishes each under its
// own name). Each is the default a signer or a provider's setup guide
// writes, as documented by it; a domain may use any other name.
//   default        opendkim-genkey's default -s (the seed's example), cPanel
//   google         Google Workspace's default prefix ("Set up DKIM", Admin help)
//   selector1/2    Microsoft 365 (Exchange Online "Set up DKIM", two CNAMEs)
//   k1, k2, k3     Mailchimp / Mandrill (CNAMEs to dkim.mcsv.net)
//   s1, s2         SendGrid (Twilio) domain authentication CNAMEs
//   dkim           Rspamd's dkim_signing default selector
//   mail           the Postfix + OpenDKIM guides (Debian wiki and others): inferred, no vendor default
//   fm1, fm2, fm3  Fastmail custom-domain setup
//   protonmail, protonmail2, protonmail3   Proton Mail custom-domain setup
//   zmail          Zoho Mail's suggested selector
// Every name is a TXT query to the user's resolver, so the list stays short.

export const COMMON_DKIM_SELECTORS: readonly string[] = [
  'default',
  'google',
  'selector1',
  'selector2',
  'k1',
  'k2',
  'k3',
  's1',
  's2',
  'dkim',
  'mail',
  'fm1',
  'fm2',
  'fm3',
  'protonmail',
  'protonmail2',
  'protonmail3',
  'zmail',
];
