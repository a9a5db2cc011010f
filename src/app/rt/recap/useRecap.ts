import { useMemo } from 'react';
import { populationEvents, revisions } from '../../../data/rt';
import { useRt } from '../store';

/** The books as PopulationEvents (computed once per load) and the revised months. */
export function useRecapInputs() {
  const { unit, books, reg } = useRt();
  return useMemo(() => {
    if (!unit || !books || !reg) return null;
    return { events: populationEvents(books, reg, unit.data.bookStart), rev: revisions(reg, books), books, reg, unit };
  }, [unit, books, reg]);
}
