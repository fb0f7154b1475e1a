import { useCallback, useEffect, useState } from 'react';
import type { HouseholdListItem } from '../../api/contract.ts';
import { ApiError, get } from '../api.ts';

export interface FamilyFilter {
  q: string; municipality: string; rule: string; escalationLevel: string; mine: boolean;
}

export const noFilter: FamilyFilter = { q: '', municipality: '', rule: '', escalationLevel: '', mine: false };

const pageSize = 50;

const queryOf = (filter: FamilyFilter, cursor: string | null) => {
  const params = new URLSearchParams({ limit: String(pageSize) });
  if (filter.q) params.set('q', filter.q);
  if (filter.municipality) params.set('municipality', filter.municipality);
  if (filter.rule) params.set('rule', filter.rule);
  if (filter.escalationLevel) params.set('escalationLevel', filter.escalationLevel);
  if (filter.mine) params.set('mine', 'true');
  if (cursor) params.set('cursor', cursor);
  return `/households?${params.toString()}`;
};

/**
 * "Mijn gezinnen" page by page, in the server's order (what needs attention first): a new filter starts
 * again from the top; "more" adds the next page after the families already shown.
 */
export function useFamilyPages(filter: FamilyFilter) {
  const [families, setFamilies] = useState<HouseholdListItem[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(filter);

  useEffect(() => {
    let current = true;
    setLoading(true);
    get<{ data: HouseholdListItem[]; nextCursor: string | null }>(queryOf(filter, null))
      .then((page) => { if (current) { setFamilies(page.data); setNextCursor(page.nextCursor); setError(null); } })
      .catch((caught: unknown) => { if (current) setError(caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught))); })
      .finally(() => { if (current) setLoading(false); });
    return () => { current = false; };
    // The filter's content, not its identity, decides when to load again.
  }, [key]);

  const more = useCallback(async () => {
    if (!nextCursor) return;
    setLoading(true);
    try {
      const page = await get<{ data: HouseholdListItem[]; nextCursor: string | null }>(queryOf(filter, nextCursor));
      setFamilies((shown) => [...(shown ?? []), ...page.data]);
      setNextCursor(page.nextCursor);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught)));
    } finally {
      setLoading(false);
    }
  }, [filter, nextCursor]);

  return { families, hasMore: nextCursor !== null, more, error, loading };
}
