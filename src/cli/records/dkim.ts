// `--record dkim`: a stand-in until the DKIM bench's command lands (issue
// 17); its author replaces this file, keeping the signature below, which
// record-command.ts calls.

import type { Resolver } from '../../dns/resolver.ts';

export async function runDkimRecord(value: string, options: { json: boolean; resolver: Resolver }, out: (line: string) => void): Promise<number> {
  void value;
  void options.resolver;
  out(options.json ? JSON.stringify({ error: { code: 'not-built', message: '--record dkim is not built yet' } }) : '--record dkim is not built yet');
  return 2;
}
