import { useCallback, useEffect, useState } from 'react';
import { ApiError, get } from '../api.ts';

/** Loads one GET resource; `reload` fetches it again after a change, and so does a new `version` from outside. */
export function useResource<T>(path: string | null, version = 0) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setLoading(true);
    get<T>(path)
      .then((result) => { if (current) { setData(result); setError(null); } })
      .catch((caught: unknown) => { if (current) setError(caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught))); })
      .finally(() => { if (current) setLoading(false); });
    return () => { current = false; };
  }, [path, tick, version]);
  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data, error, loading, reload };
}
