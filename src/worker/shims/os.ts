// Stand-in for `node:os`. mailauth only calls hostname(), as the default
// MTA name in SPF results and macro expansion (RFC 7208 §7.3 %{r}) when the
// caller passes no `mta`; the rest keeps other callers from crashing.
export const EOL = '\n';
export const devNull = '/dev/null';
export const constants = Object.freeze({ signals: {}, errno: {}, priority: {} });

export function hostname(): string {
  return 'mail-lab';
}
export function platform(): string {
  return 'browser';
}
export function type(): string {
  return 'Browser';
}
export function release(): string {
  return '';
}
export function version(): string {
  return '';
}
export function machine(): string {
  return '';
}
export function arch(): string {
  return 'unknown';
}
export function endianness(): 'LE' {
  return 'LE';
}
export function tmpdir(): string {
  return '/tmp';
}
export function homedir(): string {
  return '/';
}
export function uptime(): number {
  return Math.floor(performance.now() / 1000);
}
export function cpus(): never[] {
  return [];
}
export function availableParallelism(): number {
  return globalThis.navigator?.hardwareConcurrency ?? 1;
}
export function loadavg(): [number, number, number] {
  return [0, 0, 0];
}
export function totalmem(): number {
  return 0;
}
export function freemem(): number {
  return 0;
}
export function networkInterfaces(): Record<string, never[]> {
  return {};
}
export function userInfo(): { username: string; uid: number; gid: number; shell: null; homedir: string } {
  return { username: 'mail-lab', uid: -1, gid: -1, shell: null, homedir: '/' };
}

export default {
  EOL, devNull, constants, hostname, platform, type, release, version, machine, arch, endianness,
  tmpdir, homedir, uptime, cpus, availableParallelism, loadavg, totalmem, freemem, networkInterfaces, userInfo,
};
