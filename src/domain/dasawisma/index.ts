// PKK dasawisma: the group recap of form 4.16a and its roll-ups to PKK RT, RW/dusun and desa.
export { RECAP_COLUMNS, emptyCounts, addCounts, type RecapColumn, type RecapCounts } from './columns';
export { familyRecapCounts, dasawismaGroupRecap, rollUpRecap, type DasawismaFamily, type RecapRow, type RecapTable } from './recap';
export {
  HOUSE_FLAGS, HOUSEHOLD_FACTS, unaskedFacts, familyMissing, emptyFactCounts, addFactCounts, factCountsOf,
  type HouseFlag, type HouseholdFact, type FactCounts,
} from './facts';
export { recapYear, toSnapshot, fromSnapshot, type RecapSnapshot } from './snapshot';
