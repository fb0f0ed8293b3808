// The organisational name of a host, as far as it can be told without the PSL.

import { describe, expect, it } from 'vitest';
import { firstLabel, organisationOf, sameName } from '../../../src/core/hops/organisation-name.ts';

describe('organisationOf', () => {
  it('takes two labels, three under a generic second level of a country code', () => {
    expect(organisationOf('mx1.mail.example.com')).toBe('example.com');
    expect(organisationOf('mail.example.co.uk')).toBe('example.co.uk');
    expect(organisationOf('mail.example.de')).toBe('example.de');
  });

  it('treats Microsoft 365\'s two transport names as one operator', () => {
    expect(organisationOf('AS9PR06CA0123.outlook.office365.com')).toBe(organisationOf('AM6PR08MB5123.eurprd08.prod.outlook.com'));
  });

  it('has none for addresses, single labels and non-ASCII names', () => {
    for (const name of ['192.0.2.1', 'localhost', null, 'università.it']) expect(organisationOf(name)).toBeNull();
  });

  it('compares names and first labels case-blind, root dot ignored', () => {
    expect(sameName('MX.example.com.', 'mx.EXAMPLE.com')).toBe(true);
    expect(sameName(null, 'a')).toBe(false);
    expect(firstLabel('BN3NAM04FT003.mail.protection.outlook.com')).toBe('bn3nam04ft003');
  });
});
