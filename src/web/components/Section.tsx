import type { ReactNode } from 'react';

/** A titled region of a page; the heading names the landmark for screen reader users. */
export function Section({ id, title, children, className }: { id: string; title: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`rondom-section ${className ?? ''}`}>
      <h2 id={`${id}-title`} className="utrecht-heading-2">{title}</h2>
      {children}
    </section>
  );
}
