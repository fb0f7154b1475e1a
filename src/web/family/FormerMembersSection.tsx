import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link.tsx';
import { Section } from '../components/Section.tsx';
import { formatDate } from '../format.ts';
import { paths } from '../router.ts';
import type { FamilySectionProps } from './props.ts';

/** Children and adults who lived in this family before: muted, with the period, and their own timeline still one click away. */
export function FormerMembersSection({ family }: Pick<FamilySectionProps, 'family'>) {
  const { t, i18n } = useTranslation();
  if (family.formerMembers.length === 0) return null;
  const former = [...family.formerMembers].sort((a, b) => (b.until ?? '').localeCompare(a.until ?? ''));
  return (
    <Section id="former" title={t('family.sections.former')} className="rondom-section--history">
      <ul className="utrecht-unordered-list">
        {former.map((p) => (
          <li key={p.memberId} className="utrecht-unordered-list__item">
            {p.firstName} {p.lastName} <span>({t(`personRole.${p.role}`, { defaultValue: p.role })}{p.relation && `, ${p.relation}`})</span>
            {' — '}{t('addresses.period', { from: formatDate(p.since, i18n.language), until: formatDate(p.until, i18n.language) })}
            {' · '}<Link href={paths.person(family.id, p.id)}>{t('children.timeline', { name: p.firstName })}</Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
