export const roles = ['professional', 'team_lead', 'privacy_officer', 'administrator', 'overseer'] as const;
export type Role = (typeof roles)[number];

/** Roles that work with case content. Administrators, privacy officers and overseers see none. */
export const caseRoles: readonly Role[] = ['professional', 'team_lead'];

/** A second factor is required for these roles outside the demo. */
export const rolesRequiringTotp: readonly Role[] = ['administrator', 'privacy_officer'];

export const organisationKinds = [
  'district_team', 'safe_at_home', 'school', 'childcare', 'police', 'youth_health', 'gp', 'mental_health',
  'youth_care', 'child_protection', 'shelter', 'debt_help', 'housing', 'municipality', 'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const personRoles = ['child', 'parent', 'caregiver', 'other'] as const;
export type PersonRole = (typeof personRoles)[number];

/** Domains of involvement, as professionals name them in case meetings. */
export const involvementDomains = [
  'child_safety', 'parenting', 'education', 'health', 'mental_health', 'addiction', 'domestic_violence',
  'finances', 'housing', 'justice', 'other',
] as const;
export type InvolvementDomain = (typeof involvementDomains)[number];
