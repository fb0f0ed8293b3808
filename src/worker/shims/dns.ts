// Stand-in for `node:dns`. A browser has no DNS resolver to call: Mail Lab
// passes its own `resolver` (DNS over HTTPS or a recorded zone) to every
// mailauth call. If one is ever missed, each lookup fails as a server
// failure — a temporary error in mailauth's results (RFC 7208 §5 and
// RFC 6376 §6.1.2 map it to temperror) — instead of hanging or passing.
import { nodeError, type NodeStyleError } from './node-error.ts';

export const SERVFAIL = 'ESERVFAIL';
export const NOTFOUND = 'ENOTFOUND';
export const NODATA = 'ENODATA';

const RRTYPE_SYSCALL: Record<string, string> = {
  A: 'queryA', AAAA: 'queryAaaa', ANY: 'queryAny', CAA: 'queryCaa', CNAME: 'queryCname', MX: 'queryMx',
  NAPTR: 'queryNaptr', NS: 'queryNs', PTR: 'queryPtr', SOA: 'querySoa', SRV: 'querySrv', TXT: 'queryTxt',
};

function noResolver(syscall: string, hostname: unknown): NodeStyleError & { syscall: string; hostname: string } {
  const name = String(hostname);
  const error = nodeError(
    `${syscall} ${SERVFAIL} ${name} (no DNS resolver was passed, and a browser has no system resolver)`,
    SERVFAIL,
  );
  return Object.assign(error, { syscall, hostname: name });
}

const syscallFor = (rrtype: unknown): string => RRTYPE_SYSCALL[String(rrtype ?? 'A').toUpperCase()] ?? 'query';

// Promise forms, as in `dns.promises`.
const rejectWith = (syscall: string) => (hostname: unknown): Promise<never> => Promise.reject(noResolver(syscall, hostname));

const promiseMethods = {
  resolve: (hostname: unknown, rrtype?: unknown): Promise<never> => Promise.reject(noResolver(syscallFor(rrtype), hostname)),
  resolve4: rejectWith('queryA'),
  resolve6: rejectWith('queryAaaa'),
  resolveAny: rejectWith('queryAny'),
  resolveCaa: rejectWith('queryCaa'),
  resolveCname: rejectWith('queryCname'),
  resolveMx: rejectWith('queryMx'),
  resolveNaptr: rejectWith('queryNaptr'),
  resolveNs: rejectWith('queryNs'),
  resolvePtr: rejectWith('queryPtr'),
  resolveSoa: rejectWith('querySoa'),
  resolveSrv: rejectWith('querySrv'),
  resolveTxt: rejectWith('queryTxt'),
  reverse: rejectWith('getHostByAddr'),
  lookup: rejectWith('getaddrinfo'),
  lookupService: rejectWith('getnameinfo'),
};

const settings = {
  setServers: (): void => {},
  getServers: (): string[] => [],
  setDefaultResultOrder: (): void => {},
  getDefaultResultOrder: (): string => 'verbatim',
};

type Callback = (error: Error) => void;

// Callback forms: the callback is the last argument and is called
// asynchronously, as Node does.
function withCallback(run: (...args: any[]) => Promise<never>) {
  return (...args: unknown[]): void => {
    const callback = args.pop();
    if (typeof callback !== 'function') {
      throw nodeError('The "callback" argument must be of type function.', 'ERR_INVALID_ARG_TYPE', TypeError);
    }
    run(...args).catch((error: Error) => (callback as Callback)(error));
  };
}

const callbackMethods = Object.fromEntries(
  Object.entries(promiseMethods).map(([name, run]) => [name, withCallback(run)]),
) as Record<keyof typeof promiseMethods, (...args: unknown[]) => void>;

// `new dns.Resolver()` and `new dns.promises.Resolver()` fail the same way.
function resolverClass<T extends object>(methods: T): new () => T & typeof settings & { cancel(): void } {
  return class {
    constructor() {
      Object.assign(this, methods, settings, { cancel: () => {} });
    }
  } as unknown as new () => T & typeof settings & { cancel(): void };
}

export const Resolver = resolverClass(callbackMethods);
export const promises = { ...promiseMethods, ...settings, Resolver: resolverClass(promiseMethods) };

export const {
  resolve, resolve4, resolve6, resolveAny, resolveCaa, resolveCname, resolveMx, resolveNaptr, resolveNs,
  resolvePtr, resolveSoa, resolveSrv, resolveTxt, reverse, lookup, lookupService,
} = callbackMethods;
export const { setServers, getServers, setDefaultResultOrder, getDefaultResultOrder } = settings;

export default { ...callbackMethods, ...settings, promises, Resolver, SERVFAIL, NOTFOUND, NODATA };
