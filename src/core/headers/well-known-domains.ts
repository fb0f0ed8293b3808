// Domains that phishing imitates most: the brands named most often in the
// Anti-Phishing Working Group's quarterly trends reports and in the
// national CERT warnings of the German-speaking countries (banks, parcel
// services, stores, mail and cloud providers). A From domain whose
// UTS #39 skeleton equals one of these, but which is not that domain, is
// a look-alike whatever its script. Only the name label is compared
// ("paypal" of paypal.com), so country domains of the brand count too.

export const WELL_KNOWN_DOMAINS: readonly string[] = [
  'adobe.com',
  'airbnb.com',
  'amazon.com',
  'americanexpress.com',
  'apple.com',
  'bankofamerica.com',
  'binance.com',
  'booking.com',
  'chase.com',
  'coinbase.com',
  'commerzbank.de',
  'comdirect.de',
  'deutsche-bank.de',
  'dhl.com',
  'docusign.com',
  'dropbox.com',
  'ebay.com',
  'facebook.com',
  'fedex.com',
  'github.com',
  'gmx.net',
  'google.com',
  'icloud.com',
  'instagram.com',
  'linkedin.com',
  'mastercard.com',
  'microsoft.com',
  'netflix.com',
  'office.com',
  'outlook.com',
  'paypal.com',
  'postbank.de',
  'sparkasse.de',
  'steampowered.com',
  'telekom.de',
  'usps.com',
  'visa.com',
  'volksbank.de',
  'wellsfargo.com',
  'whatsapp.com',
  'yahoo.com',
];
