import type { KindSpec, SyncRecord } from '../../domain/records';
import { posyanduKinds } from '../../domain/records/posyandu';

// Data types of the Posyandu kinds, derived from their schemas so the two never drift apart.
type DataOf<K> = K extends KindSpec<infer D> ? D : never;
type Kinds = typeof posyanduKinds;

export type PosyanduKind = keyof Kinds;
export type UnitData = DataOf<Kinds['posyandu.unit']>;
export type ChildData = DataOf<Kinds['posyandu.child']>;
export type VisitData = DataOf<Kinds['posyandu.visit']>;
export type SessionData = DataOf<Kinds['posyandu.session']>;
export type PregnantData = DataOf<Kinds['posyandu.pregnant']>;
export type MotherData = DataOf<Kinds['posyandu.mother']>;
export type WusPusData = DataOf<Kinds['posyandu.wuspus']>;
export type VitalData = DataOf<Kinds['posyandu.vital']>;
export type MeetingData = DataOf<Kinds['posyandu.meeting']>;
export type BusinessData = DataOf<Kinds['posyandu.business']>;
export type FinanceData = DataOf<Kinds['posyandu.finance']>;
export type CounsellingData = DataOf<Kinds['posyandu.counselling']>;
export type Services = NonNullable<VisitData['services']>;
export type Kader = NonNullable<UnitData['kaders']>[number];

export type Unit = SyncRecord<UnitData>;
export type Child = SyncRecord<ChildData>;
export type Visit = SyncRecord<VisitData>;
export type Session = SyncRecord<SessionData>;
