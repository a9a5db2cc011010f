import { useEffect, useState } from 'react';
import { getDb } from '../../data/storage';
import { findNikHolders, otherHolders, type NikHolder, type NikSelf } from '../../data/nik';
import { checkKk, checkNik, nikBlocks, type IdCheck } from '../../domain/nik/input';
import type { Sex } from '../../domain/types';

// The check behind every NIK field (and No. KK field): the as-you-type domain check, plus, once
// 16 digits are typed, who else in the phone's books has that NIK. Forms call it and pass the
// result to <NikField>; `blocks(note)` says whether the form may save.

export interface NikFieldCheck {
  what: 'nik' | 'kk';
  check: IdCheck;
  /** Other people in the phone's books with this NIK (never the record itself or its linked person). */
  holders: NikHolder[];
  /** Why saving must wait: not 16 digits, or a warning without a note; null when it may save. */
  blocks(note: string): 'length' | 'digits' | 'noteNeeded' | null;
}

export function useNikCheck(value: string, entered: { birthDate?: string; sex?: string }, self: NikSelf): NikFieldCheck {
  const sex: Sex | undefined = entered.sex === 'L' || entered.sex === 'P' ? entered.sex : undefined;
  const birthDate = entered.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(entered.birthDate) ? entered.birthDate : undefined;
  const check = checkNik(value, { birthDate, sex });
  const nik = value.trim();
  const full = !check.blocking && /^\d{16}$/.test(nik);
  const [found, setFound] = useState<{ nik: string; holders: NikHolder[] }>({ nik: '', holders: [] });
  useEffect(() => {
    if (!full) return;
    let live = true;
    void findNikHolders(getDb(), nik).then((holders) => live && setFound({ nik, holders }), () => undefined);
    return () => { live = false; };
  }, [full, nik]);
  const holders = full && found.nik === nik ? otherHolders(found.holders, self) : [];
  return { what: 'nik', check, holders, blocks: (note) => nikBlocks(check, note, holders.length) };
}

/** The No. KK field's check: 16 digits, and a number from another kabupaten asks for a note. */
export function useKkCheck(value: string, desaCode: string): NikFieldCheck {
  const check = checkKk(value, desaCode);
  return { what: 'kk', check, holders: [], blocks: (note) => nikBlocks(check, note) };
}
