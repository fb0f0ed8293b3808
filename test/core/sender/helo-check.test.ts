import { describe, expect, it } from 'vitest';
import { checkHelo } from '../../../src/core/sender/helo-check.ts';
import { parseIp } from '../../../src/core/net/ip-address.ts';
import { senderSession } from './sender-zone.ts';

const ip = parseIp('192.0.2.25')!;
const helo = async (name: string | null, reverse = ['mail.example.com']) => checkHelo(senderSession().resolver, name, ip, reverse);

describe('the greeting name', () => {
  it.each([
    ['mail.example.com', 'pass'],
    ['helo-elsewhere.example.com', 'warn'],
    ['nothing.example.com', 'fail'],
    ['desktop', 'fail'],
    ['[192.0.2.25]', 'warn'],
    ['servfail.example', 'cannot-tell'],
  ])('%s: %s', async (name, status) => {
    expect((await helo(name)).status).toBe(status);
  });

  it('warns when the greeting resolves to the address but is not its reverse name', async () => {
    const item = await helo('mail.example.com', ['other.example.com']);
    expect(item.status).toBe('warn');
    expect(item.fixLine).toBe('smtp_helo_name = other.example.com');
  });

  it('cannot tell without a recorded greeting', async () => {
    expect((await helo(null)).status).toBe('cannot-tell');
  });
});
