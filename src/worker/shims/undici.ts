// Stand-in for `undici`. mailauth's BIMI module constructs an undici Agent
// when it loads (so the class must construct without error) and fetches VMC
// certificates with `fetch(url, { dispatcher })`; the browser's fetch
// ignores the unknown `dispatcher` option. Looked up on every call so that
// tests can replace globalThis.fetch.
export const fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

export class Dispatcher {
  constructor(_options?: unknown) {}
  close(): Promise<void> {
    return Promise.resolve();
  }
  destroy(): Promise<void> {
    return Promise.resolve();
  }
}
export class Agent extends Dispatcher {}

let globalDispatcher: Dispatcher = new Agent();
export function setGlobalDispatcher(dispatcher: Dispatcher): void {
  globalDispatcher = dispatcher;
}
export function getGlobalDispatcher(): Dispatcher {
  return globalDispatcher;
}

export const Headers = globalThis.Headers;
export const Request = globalThis.Request;
export const Response = globalThis.Response;
export const FormData = globalThis.FormData;

export default { fetch, Agent, Dispatcher, setGlobalDispatcher, getGlobalDispatcher, Headers, Request, Response, FormData };
