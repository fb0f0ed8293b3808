"""Reads DNS messages with dnspython, an implementation independent of both
dns-packet (which builds the local DoH server's answers) and src/dns (which
builds Mail Lab's queries). Run by doh-wire-check.ts; not a test.

stdin: {"url": ..., "questions": [{"name", "type", "dns": base64url query}]}
stdout: one JSON result per question.
"""
import base64
import json
import sys
import urllib.error
import urllib.request

try:
    import dns.flags
    import dns.message
    import dns.rcode
    import dns.rdatatype
except ImportError:
    print("dnspython is missing: apt-get install python3-dnspython, then run with /usr/bin/python3", file=sys.stderr)
    sys.exit(2)


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def rdata_value(rdata):
    if rdata.rdtype == dns.rdatatype.TXT:
        return [s.decode("utf-8") for s in rdata.strings]
    if rdata.rdtype == dns.rdatatype.MX:
        return {"priority": rdata.preference, "exchange": rdata.exchange.to_text(omit_final_dot=True)}
    if rdata.rdtype in (dns.rdatatype.CNAME, dns.rdatatype.PTR, dns.rdatatype.NS):
        return rdata.target.to_text(omit_final_dot=True)
    return rdata.to_text()


def ask(url, wire, method):
    if method == "GET":
        request = urllib.request.Request(url + "?dns=" + base64.urlsafe_b64encode(wire).decode().rstrip("="),
                                         headers={"accept": "application/dns-message"})
    else:
        request = urllib.request.Request(url, data=wire, method="POST",
                                         headers={"content-type": "application/dns-message"})
    try:
        with urllib.request.urlopen(request, timeout=0.5) as response:
            return dns.message.from_wire(response.read())
    except TimeoutError:
        return None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            return None
        raise


def main():
    job = json.load(sys.stdin)
    for question in job["questions"]:
        wire = b64url_decode(question["dns"])
        query = dns.message.from_wire(wire)
        q = query.question[0]
        result = {
            "name": question["name"],
            "type": question["type"],
            "query": {
                "id": query.id,
                "rd": bool(query.flags & dns.flags.RD),
                "qname": q.name.to_text(omit_final_dot=True),
                "qtype": dns.rdatatype.to_text(q.rdtype),
            },
        }
        for method in ("GET", "POST"):
            response = ask(job["url"], wire, method)
            if response is None:
                result[method] = "timeout"
                continue
            result[method] = {
                "id": response.id,
                "rcode": dns.rcode.to_text(response.rcode()),
                "answers": [
                    {"name": rrset.name.to_text(omit_final_dot=True), "type": dns.rdatatype.to_text(rrset.rdtype),
                     "ttl": rrset.ttl, "values": [rdata_value(r) for r in rrset]}
                    for rrset in response.answer
                ],
            }
        print(json.dumps(result, ensure_ascii=False))


main()
