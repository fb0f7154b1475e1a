import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link.tsx';
import { paths } from '../router.ts';
import type { PersonAdded } from './AddPersonForm.tsx';

/**
 * A child was added. When another organisation already has a concern about the same child, that is said
 * here at once — "known elsewhere: contact X" — with the way to the matches, never more.
 */
export function AddedNotice({ added }: { added: PersonAdded }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, [added]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="utrecht-alert utrecht-alert--ok rondom-saved">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph"><strong>{t('children.added', { name: added.name })}</strong></p>
        {added.newMatches > 0 && <p className="utrecht-paragraph">{t('signal.newMatches', { count: added.newMatches })} <Link href={paths.matches}>{t('signal.toMatches')}</Link></p>}
      </div>
    </div>
  );
}
