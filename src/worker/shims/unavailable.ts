// Stand-in for modules that mailauth loads but never calls on the
// verification path: `https`, `http`, `tls` and `fs` (MTA-STS, BIMI and the
// CLI), `@postalsys/vmc` (BIMI certificates) and `fast-xml-parser` (BIMI
// SVG). Dropping them saves about 580 kB of worker bundle.
//
// They are `require()`d and destructured when mailauth loads, so loading and
// reading a property must not throw; only a call or `new` does, naming the
// function.
import { notInBrowser } from './node-error.ts';

const WHY = 'Mail Lab runs mailauth in a browser worker without network, file or certificate access';

// A regular function, so that `new XMLParser()` reaches the throw as well.
function unavailable(name: string): (...args: unknown[]) => never {
  const thrower = function (): never {
    throw notInBrowser(name, WHY);
  };
  Object.defineProperty(thrower, 'name', { value: name });
  return thrower;
}

// An object whose every property is such a function, for `fs.promises.x`,
// `require('https').get` and any name not listed below.
function unavailableNamespace(prefix: string): Record<string, (...args: unknown[]) => never> {
  return new Proxy({} as Record<string, (...args: unknown[]) => never>, {
    get(_target, property) {
      // Not thenable and not a module record: `await` and interop checks
      // must see a plain object.
      if (typeof property === 'symbol' || property === 'then' || property === '__esModule') return undefined;
      return unavailable(`${prefix}${property}`);
    },
  });
}

// https, http, tls
export const get = unavailable('https.get');
export const request = unavailable('https.request');
export const Agent = unavailable('https.Agent');
export const connect = unavailable('tls.connect');
export const checkServerIdentity = unavailable('tls.checkServerIdentity');
export const createSecureContext = unavailable('tls.createSecureContext');
// fs
export const readFile = unavailable('fs.readFile');
export const readFileSync = unavailable('fs.readFileSync');
export const createReadStream = unavailable('fs.createReadStream');
export const promises = unavailableNamespace('fs.promises.');
// @postalsys/vmc
export const vmc = unavailable('vmc');
// fast-xml-parser
export const XMLParser = unavailable('XMLParser');
export const XMLBuilder = unavailable('XMLBuilder');
export const XMLValidator = unavailableNamespace('XMLValidator.');

export default unavailableNamespace('');
