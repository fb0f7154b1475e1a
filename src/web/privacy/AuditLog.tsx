import { useEffect, useRef } from 'react';
import type { AuditEventView } from '../types.ts';
import { AuditTable } from './AuditTable.tsx';

/**
 * The audit table, with its horizontal scroll area reachable by keyboard: the log has many columns and
 * scrolls sideways on narrower screens, so the scroll area becomes a focusable group named by the
 * table's heading (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
export function AuditLog({ events }: { events: AuditEventView[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelectorAll<HTMLElement>('.rondom-table-wrap').forEach((wrap) => {
      wrap.tabIndex = 0;
      wrap.setAttribute('role', 'group');
      wrap.setAttribute('aria-labelledby', 'audit-results');
    });
  }, [events]);
  return <div ref={ref}><AuditTable events={events} /></div>;
}
