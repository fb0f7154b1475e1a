import type { TFunction } from 'i18next';
import type { AccountChangeView, Organisation } from '../types.ts';

interface Change<T> { from: T; to: T }
type Team = { id: string; name: string } | null;

/** Names for the ids in the audit details (organisations and teams), from the social map. */
export interface Names { organisation: (id: unknown) => string; team: (id: unknown) => string }

export function namesFrom(organisations: Organisation[]): Names {
  const find = (id: unknown) => organisations.find((o) => o.id === id);
  return {
    organisation: (id) => find(id)?.name ?? String(id ?? ''),
    team: (id) => organisations.flatMap((o) => o.teams).find((team) => team.id === id)?.name ?? String(id ?? ''),
  };
}

const isChange = (value: unknown): value is Change<unknown> => typeof value === 'object' && value !== null && 'from' in value && 'to' in value;

/**
 * What an administration event changed, in plain words, one line per field: roles and team from → to, the
 * e-mail address, the second factor, an identity provider set or removed. Read from the audit details.
 */
export function changeLines(t: TFunction, event: AccountChangeView, names: Names): string[] {
  const d = event.details;
  const roleList = (roles: unknown) => (Array.isArray(roles) && roles.length > 0 ? roles.map((r) => t(`role.${String(r)}`, { defaultValue: String(r) })).join(', ') : t('accountChanges.none'));
  const team = (value: unknown) => ((value as Team)?.name || t('accountChanges.none'));
  const plain = (value: unknown) => (value === null || value === undefined || value === '' ? t('accountChanges.none') : String(value));
  const yesNo = (value: unknown) => (value ? t('accountChanges.yes') : t('accountChanges.no'));
  const fromTo = (label: string, change: Change<unknown>, show: (value: unknown) => string) =>
    t('accountChanges.fromTo', { field: label, from: show(change.from), to: show(change.to) });

  switch (event.action) {
    case 'user.create': {
      const lines = [t('accountChanges.roles', { roles: roleList(d.roles) })];
      if (d.teamId) lines.push(t('accountChanges.team', { team: names.team(d.teamId) }));
      if (d.organisationId) lines.push(t('accountChanges.organisation', { organisation: names.organisation(d.organisationId) }));
      if (d.activation === 'mail' || d.activation === 'identity_provider') lines.push(t(`accountChanges.activation.${d.activation}`));
      if (d.via === 'cli') lines.push(t('accountChanges.viaCli'));
      return lines;
    }
    case 'user.update': {
      const changes = (d.changes ?? {}) as Record<string, unknown>;
      const lines: string[] = [];
      if (isChange(changes.roles)) lines.push(fromTo(t('accountChanges.field.roles'), changes.roles, roleList));
      if (isChange(changes.team)) lines.push(fromTo(t('accountChanges.field.team'), changes.team, team));
      if (isChange(changes.email)) lines.push(fromTo(t('accountChanges.field.email'), changes.email, plain));
      if (isChange(changes.name)) lines.push(fromTo(t('accountChanges.field.name'), changes.name, plain));
      if (isChange(changes.phone)) lines.push(fromTo(t('accountChanges.field.phone'), changes.phone, plain));
      if (isChange(changes.secondFactor)) lines.push(fromTo(t('accountChanges.field.secondFactor'), changes.secondFactor, yesNo));
      if (changes.secondFactorReset) lines.push(t('accountChanges.secondFactorReset'));
      return lines;
    }
    case 'user.deactivate':
      return typeof d.leadsFamilies === 'number' && d.leadsFamilies > 0 ? [t('accountChanges.leadsFamilies', { count: d.leadsFamilies })] : [];
    case 'user.activate':
      return d.secondFactor ? [t('accountChanges.withSecondFactor')] : [];
    case 'identity_provider.set':
      return [
        t('accountChanges.organisation', { organisation: names.organisation(d.organisationId) }),
        t('accountChanges.issuer', { issuer: plain(d.issuer) }),
        ...(d.replaced ? [t('accountChanges.replaced')] : []),
      ];
    case 'identity_provider.remove':
      return [t('accountChanges.organisation', { organisation: names.organisation(d.organisationId) }), t('accountChanges.backToPasswords')];
    case 'organisation.create':
      return d.organisationId ? [t('accountChanges.organisation', { organisation: names.organisation(d.organisationId) })] : [];
    case 'team.create':
      return d.teamId ? [t('accountChanges.team', { team: names.team(d.teamId) })] : [];
    case 'team.update':
      return [
        ...(d.teamId ? [t('accountChanges.team', { team: names.team(d.teamId) })] : []),
        ...(typeof d.active === 'boolean' ? [t(d.active ? 'accountChanges.teamReactivated' : 'accountChanges.teamDeactivated')] : []),
      ];
    default:
      return [];
  }
}
