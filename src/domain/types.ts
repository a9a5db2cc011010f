// Value types shared by every part of the domain core.
export type Sex = 'L' | 'P';
/** Calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;
/** Calendar month 'YYYY-MM'. */
export type Month = string;
