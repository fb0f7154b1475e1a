/**
 * The one way Rondom reads its environment variables (docs/configuration.md).
 *
 * The rule: a variable set to the empty string (or only spaces) counts as unset, because `VAR=` in an env file
 * or a service definition means "not set" to most operators. The exception is a secret that, left out, would
 * silently be replaced by another one (`requiredIfSet`): whoever sets it means to supply it, and an empty
 * value is then a secret store or template that failed, which must stop the start rather than change a key.
 * A bad value is a SettingError: one message naming the setting, what is wrong and how to fix it, never the
 * value of a secret. `rondom` prints it without a stack trace and exits with code 1 (src/cli/main.ts).
 */
export type Environment = Readonly<Record<string, string | undefined>>;

export class SettingError extends Error {
  constructor(readonly setting: string, message: string) {
    super(message);
    this.name = 'SettingError';
  }
}

const isBlank = (value: string | undefined): value is undefined | '' => value === undefined || value.trim() === '';

/** The value without surrounding spaces; undefined when unset or empty. */
export function setting(env: Environment, name: string): string | undefined {
  const value = env[name];
  return isBlank(value) ? undefined : value.trim();
}

/** A password as given (spaces may belong to it); undefined when unset or empty. */
export function passwordSetting(env: Environment, name: string): string | undefined {
  const value = env[name];
  return isBlank(value) ? undefined : value;
}

/**
 * A secret as given (trimming would change a key); undefined when unset. Set but empty is refused with `fix`,
 * because falling back to another secret would silently break what the configured one protects.
 */
export function requiredIfSet(env: Environment, name: string, fix: string): string | undefined {
  const value = env[name];
  if (value === undefined) return undefined;
  if (isBlank(value)) throw new SettingError(name, `${name} is set but empty. ${fix}`);
  return value;
}

const on = new Set(['1', 'true', 'yes', 'on']);
const off = new Set(['0', 'false', 'no', 'off']);

/** A switch: 1/true/yes/on is on, 0/false/no/off or unset/empty is off (any case); anything else is refused. */
export function switchSetting(env: Environment, name: string): boolean {
  const value = setting(env, name)?.toLowerCase();
  if (value === undefined || off.has(value)) return false;
  if (on.has(value)) return true;
  throw new SettingError(name, `${name} is a switch: set it to 1 (or true, yes, on) to turn it on, or to 0 (or false, no, off) or leave it out to turn it off; "${env[name]}" is neither.`);
}
