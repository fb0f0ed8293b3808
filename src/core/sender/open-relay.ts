// The seed's "no open relay": a server must take mail only from its own
// users (authenticated) or for its own domains. Testing it takes an SMTP
// session to the server from outside its network, which a page cannot open
// (browsers have no raw TCP sockets, and a page that probed mail servers
// for the user would be an abuse tool). So the item says what to run
// instead and what a correct answer looks like.

import { scoreItem, type ScoreItem } from './scorecard.ts';

export function swaksRelayCommand(server: string): string {
  // Sender and recipient both in domains the server is not responsible for:
  // only an open relay would take it. --quit-after RCPT sends no message.
  return `swaks --server ${server} --port 25 --from relay-test@example.org --to relay-test@example.net --quit-after RCPT`;
}

export function openRelayItem(server: string | null): ScoreItem {
  const target = server ?? 'mail.example.com';
  return scoreItem(
    'open-relay',
    {
      status: 'cannot-tell',
      subject: target,
      reason: {
        en: `A page cannot test this: it takes an SMTP session to ${target} from outside its network, and browsers open no such connection. Run the command below from any host outside that network. A correct server refuses the recipient, e.g. "554 5.7.1 <relay-test@example.net>: Relaying denied" (Postfix: "Relay access denied"); a "250" reply to RCPT TO means an open relay.`,
        de: `Eine Webseite kann das nicht prüfen: es braucht eine SMTP-Sitzung zu ${target} von außerhalb seines Netzes, und Browser öffnen keine solche Verbindung. Den Befehl unten auf einem Rechner außerhalb dieses Netzes ausführen. Ein richtiger Server weist den Empfänger ab, z. B. „554 5.7.1 <relay-test@example.net>: Relaying denied“ (Postfix: „Relay access denied“); eine „250“-Antwort auf RCPT TO bedeutet ein offenes Relay.`,
      },
      fix: {
        en: `Test: ${swaksRelayCommand(target)}. If it relays, let only your own networks and authenticated users relay (Postfix main.cf):`,
        de: `Test: ${swaksRelayCommand(target)}. Wenn er weiterleitet, nur eigenen Netzen und angemeldeten Benutzern das Weiterleiten erlauben (Postfix main.cf):`,
      },
      fixLine: 'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination',
    },
  );
}
