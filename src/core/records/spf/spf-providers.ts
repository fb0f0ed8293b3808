// Common mail providers' SPF includes, for the generator. Each is the
// include the provider's own setup page names (as known when written; not
// fetched from here). A provider may change it, so the page links each
// source for the reader to confirm before publishing.

export interface SpfProvider {
  id: string;
  name: string;
  include: string;
  /** The provider's page that names this include. */
  source: string;
}

export const SPF_PROVIDERS: readonly SpfProvider[] = [
  { id: 'google', name: 'Google Workspace', include: '_spf.google.com', source: 'https://support.google.com/a/answer/10685031' },
  { id: 'microsoft', name: 'Microsoft 365', include: 'spf.protection.outlook.com', source: 'https://learn.microsoft.com/defender-office-365/email-authentication-spf-configure' },
  { id: 'amazonses', name: 'Amazon SES', include: 'amazonses.com', source: 'https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-spf.html' },
  { id: 'sendgrid', name: 'SendGrid', include: 'sendgrid.net', source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/spf-records' },
  { id: 'mailgun', name: 'Mailgun', include: 'mailgun.org', source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/' },
  { id: 'mailchimp', name: 'Mailchimp Transactional (Mandrill)', include: 'spf.mandrillapp.com', source: 'https://mailchimp.com/developer/transactional/docs/authentication-delivery/' },
  { id: 'zoho', name: 'Zoho Mail', include: 'zoho.com', source: 'https://www.zoho.com/mail/help/adminconsole/spf-configuration.html' },
];
