// The registrable domain as far as it can be guessed without the Public
// Suffix List (src/core/net/organizational-domain.ts), shared by the header
// explanations and the Received chain.

import { describe, expect, it } from 'vitest';
import { guessOrganizationalDomain, sameOrganization } from '../../../src/core/net/organizational-domain.ts';
import { organisationOf } from '../../../src/core/hops/organisation-name.ts';

describe('guessOrganizationalDomain', () => {
  it('takes the last two labels, three under a registry word of a country code', () => {
    expect(guessOrganizationalDomain('mx1.Mail.Example.com.')).toBe('example.com');
    expect(guessOrganizationalDomain('mail.example.co.uk')).toBe('example.co.uk');
    expect(guessOrganizationalDomain('smtp.sat.gob.mx')).toBe('sat.gob.mx');
    expect(guessOrganizationalDomain('mail.trust.nhs.uk')).toBe('trust.nhs.uk');
    // A three-letter top-level domain has no registry level below it.
    expect(guessOrganizationalDomain('a.co.com')).toBe('co.com');
  });

  it('returns short names as they are', () => {
    expect(guessOrganizationalDomain('example.de')).toBe('example.de');
    expect(guessOrganizationalDomain('localhost')).toBe('localhost');
  });

  it('is the rule the Received chain uses for its hosts', () => {
    for (const host of ['mail.example.co.uk', 'smtp.sat.gob.mx', 'relay.school.sch.uk', 'mx.example.org']) {
      expect(organisationOf(host)).toBe(guessOrganizationalDomain(host));
    }
  });

  it('compares two domains by their guessed organisation', () => {
    expect(sameOrganization('bounces.example.com', 'EXAMPLE.com')).toBe(true);
    expect(sameOrganization('example.co.uk', 'other.co.uk')).toBe(false);
  });
});
