import type { Sex } from '../types';

/** One LMS column: integers scaled by 10^d, each stored as the difference from the previous. */
export interface PackedColumn { d: number; v: number[] }
export interface PackedLms { first: number; count: number; L: PackedColumn; M: PackedColumn; S: PackedColumn }
export type WhoTableName = 'wfa' | 'lhfa' | 'bfa' | 'wfl' | 'wfh';
export type PackedWhoTables = Record<WhoTableName, Record<Sex, PackedLms>>;
