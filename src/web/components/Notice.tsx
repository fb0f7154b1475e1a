import { useEffect, useRef } from 'react';

/** A short confirmation after a change (e.g. "ended"); it takes focus, as the control that was used is gone. */
export function Notice({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, [message]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="utrecht-alert utrecht-alert--ok rondom-saved">
      <div className="utrecht-alert__content"><p className="utrecht-paragraph"><strong>{message}</strong></p></div>
    </div>
  );
}
