import * as v from 'valibot';

// Small schemas reused by the record kinds of every module.
export const isoDate = v.pipe(v.string(), v.isoDate('date'));
export const month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month'));
export const sex = v.picklist(['L', 'P']);
export const citizenship = v.picklist(['WNI', 'WNA']);
export const text = (max = 200) => v.pipe(v.string(), v.maxLength(max));
export const optText = (max = 200) => v.optional(v.pipe(v.string(), v.maxLength(max)));
/** 16 digits; NIK plausibility (date, sex) is checked by domain/nik, and a mismatch is only a warning. */
export const nik16 = v.pipe(v.string(), v.regex(/^\d{16}$/, 'nik'));
export const desaCode = v.pipe(v.string(), v.regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'desaCode'));
export const rtNo = v.pipe(v.string(), v.regex(/^\d{3}$/, 'rtNo'));
export const refId = v.pipe(v.string(), v.regex(/^[0-9A-Za-z_-]{1,64}$/, 'id'));
