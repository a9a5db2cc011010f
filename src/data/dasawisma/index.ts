// Read models and operations of the dasawisma/PKK module; screens use only these.
export * from './context';
export * from './groups';
export * from './families';
export * from './members';
export * from './submissions';
export * from './registers';
export * from './status';
export * from './house-flag';
export * from './peers';
export * from './recap';
export * from './rollup';
export * from './family-list';
export * from './links';
