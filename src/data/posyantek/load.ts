import type { KaderDb } from '../db';
import { listRecords } from '../records';
import { firstDayOf, lastDayOf } from '../../domain/dates';
import { covers, type SyncRecord } from '../../domain/records';
import type {
  CashData, MonthlyData, NeedData, PosyantekActivityData, PosyantekBoardData, PosyantekSeatData, PostData, QuarterData, TtgData, UnitData,
} from '../../domain/records/posyantek';
import { boardOn, cashSummary, personKey, quarterReport, type BoardView, type CashSummary, type Quarter, type QuarterReport } from '../../domain/posyantek';

// Everything one Posyantek keeps, read in one transaction: the post, its boards and seats, the TTG
// inventory, needs mapped, activities, business units, the cash book and the reports marked sent.

export type Post = SyncRecord<PostData>;
export type PBoard = SyncRecord<PosyantekBoardData>;
export type PSeat = SyncRecord<PosyantekSeatData>;
export type Ttg = SyncRecord<TtgData>;
export type Need = SyncRecord<NeedData>;
export type PActivity = SyncRecord<PosyantekActivityData>;
export type Unit = SyncRecord<UnitData>;
export type CashLine = SyncRecord<CashData>;
export type Monthly = SyncRecord<MonthlyData>;
export type QuarterSent = SyncRecord<QuarterData>;

export interface PostBooks {
  post: Post;
  boards: { record: PBoard; seats: PSeat[] }[];
  ttg: Ttg[];
  needs: Need[];
  activities: PActivity[];
  units: Unit[];
  cash: CashLine[];
  monthly: Monthly[];
  quarters: QuarterSent[];
}

// listRecords matches the address as text ('…/posyantek:desa' is also the start of '…/posyantek:desa2'): only the post's own address.
const live = <T extends SyncRecord<unknown>>(rows: T[], addr: string) => rows.filter((r) => !r.deleted && r.addr === addr);
const byDate = <T extends { data: { date: string }; updatedAt: string }>(a: T, b: T) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.updatedAt < b.updatedAt ? -1 : 1);

/** The posts recorded under a prefix (a desa's, a kecamatan's, or all on the phone). */
export async function listPosts(db: KaderDb, prefix?: string): Promise<Post[]> {
  const rows = await listRecords<PostData>(db, 'posyantek.post', prefix);
  return rows.filter((r) => !r.deleted && (!prefix || covers(prefix, r.addr))).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

export async function loadPost(db: KaderDb, postId: string): Promise<PostBooks | null> {
  return db.transaction('r', db.records, async () => {
    const post = (await db.records.get(postId)) as Post | undefined;
    if (!post || post.deleted || post.kind !== 'posyantek.post') return null;
    const a = post.addr;
    const [boards, seats, ttg, needs, activities, units, cash, monthly, quarters] = await Promise.all([
      listRecords<PosyantekBoardData>(db, 'posyantek.board', a),
      listRecords<PosyantekSeatData>(db, 'posyantek.seat', a),
      listRecords<TtgData>(db, 'posyantek.ttg', a),
      listRecords<NeedData>(db, 'posyantek.need', a),
      listRecords<PosyantekActivityData>(db, 'posyantek.activity', a),
      listRecords<UnitData>(db, 'posyantek.unit', a),
      listRecords<CashData>(db, 'posyantek.cash', a),
      listRecords<MonthlyData>(db, 'posyantek.monthly', a),
      listRecords<QuarterData>(db, 'posyantek.quarter', a),
    ]);
    const liveSeats = live(seats, a);
    return {
      post,
      boards: live(boards, a)
        .sort((x, y) => (x.data.termStart < y.data.termStart ? 1 : -1))
        .map((record) => ({ record, seats: liveSeats.filter((s) => s.parent === record.id) })),
      ttg: live(ttg, a).sort((x, y) => x.data.name.localeCompare(y.data.name)),
      needs: live(needs, a).sort(byDate),
      activities: live(activities, a).sort(byDate),
      units: live(units, a).sort((x, y) => x.data.name.localeCompare(y.data.name)),
      cash: live(cash, a).sort(byDate),
      monthly: live(monthly, a),
      quarters: live(quarters, a),
    };
  });
}

/** The board whose term holds the day (else the newest), judged on that day. */
export function currentBoard(books: PostBooks, on: string): { record: PBoard; seats: PSeat[]; view: BoardView } | null {
  const b = books.boards.find((x) => x.record.data.termStart <= on) ?? books.boards[0];
  if (!b) return null;
  return { ...b, view: boardView(b.record, b.seats, on) };
}

export function boardView(board: PBoard, seats: PSeat[], on: string): BoardView {
  return boardOn({
    termStart: board.data.termStart,
    termEnd: board.data.termEnd,
    seats: seats.map((s) => ({
      id: s.id, position: s.data.position, start: s.data.start, end: s.data.end, replaces: s.data.replaces,
      skNumber: s.data.skNumber, name: s.data.person.name, personKey: personKey(s.data.person),
    })),
  }, on);
}

/** The latest report marked sent for a quarter (a resend is a new row; the first sending counts for the deadline). */
export function quarterSent(books: PostBooks, key: string): QuarterSent | undefined {
  return books.quarters.filter((q) => q.data.quarter === key).sort((a, b) => (a.data.sentOn < b.data.sentOn ? -1 : 1))[0];
}

/** The treasurer's report of a month as given first. */
export function monthlyGiven(books: PostBooks, month: string): Monthly | undefined {
  return books.monthly.filter((m) => m.data.month === month).sort((a, b) => (a.data.reportedOn < b.data.reportedOn ? -1 : 1))[0];
}

export function buildQuarter(books: PostBooks, year: number, quarter: Quarter): QuarterReport {
  return quarterReport(year, quarter, {
    activities: books.activities.map((x) => x.data),
    needs: books.needs.map((x) => x.data),
    ttg: books.ttg.map((x) => x.data),
    cash: books.cash.map((x) => x.data),
  });
}

export function monthSummary(books: PostBooks, month: string): CashSummary {
  return cashSummary(books.cash.map((x) => x.data), firstDayOf(month), lastDayOf(month));
}
