// RT population books: month-end recap (B3), ranges of months, roll-ups, revision flags.
export {
  populationRecap, populationRecapRange, sumRecaps, addCells, emptyCells,
  type PopulationEvent, type Cells, type PopulationRecap,
} from './recap';
export { revisedMonths, lateEvents } from './revisions';
