import { useId, useState, type ReactNode } from 'react';

/** A button that opens a panel (usually a form); the panel's content gets a `close` to call after saving. */
export function Disclosure({ label, children, primary }: { label: string; primary?: boolean; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="rondom-disclosure">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}
        className={`utrecht-button ${primary ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`}>
        <span aria-hidden="true">{open ? '− ' : '+ '}</span>{label}
      </button>
      <div id={panelId} hidden={!open} className="rondom-disclosure__panel">
        {open && children(() => setOpen(false))}
      </div>
    </div>
  );
}
