// Node attaches a string `code` to its errors and callers branch on it
// (mailauth turns `err.code` into result comments), so the stand-ins throw
// errors of the same shape.
export type NodeStyleError = Error & { code: string };

export function nodeError(message: string, code: string, ErrorClass: ErrorConstructor = Error): NodeStyleError {
  return Object.assign(new ErrorClass(message), { code });
}

export function notInBrowser(what: string, why: string): NodeStyleError {
  return nodeError(
    `${what} is not available in the Mail Lab browser worker: ${why}`,
    'ERR_MAIL_LAB_UNAVAILABLE',
  );
}
