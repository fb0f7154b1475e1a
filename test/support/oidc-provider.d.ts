// oidc-provider ships no types; the little the tests use.
declare module 'oidc-provider' {
  import type { Server } from 'node:http';
  interface Grant {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }
  interface KoaContextWithOIDC {
    oidc: {
      client?: { clientId: string };
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      result?: { consent?: { grantId?: string } };
      provider: Provider;
    };
  }
  interface Account { accountId: string; claims(use: string, scope: string): Promise<Record<string, unknown>> | Record<string, unknown> }
  export class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    Grant: { new (properties: { accountId?: string; clientId?: string }): Grant; find(id: string): Promise<Grant | undefined> };
    listen(port: number, host: string, callback: () => void): Server;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export type { Account, KoaContextWithOIDC };
  export default Provider;
}
