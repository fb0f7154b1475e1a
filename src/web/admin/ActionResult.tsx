import { useEffect, useRef } from 'react';

/**
 * The outcome of an action on an account, announced (role=status) and given the focus: the button that was
 * used is often gone (Deactiveren becomes Heractiveren). A warning, when there is one, is part of it.
 */
export function ActionResult({ message, warning }: { message: string; warning?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, [message, warning]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className={`utrecht-alert ${warning ? 'utrecht-alert--warning' : 'utrecht-alert--ok'} rondom-saved`}>
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph"><strong>{message}</strong></p>
        {warning && <p className="utrecht-paragraph">{warning}</p>}
      </div>
    </div>
  );
}
