import { useCallback, useEffect, useState } from 'react';
import { getDb } from '../../../data';
// By path: the day's modules stay off the first screen's chunk (the data barrel is on it).
import { chooseRecorder, lastRecorder, whoIsRecording, type Recorder, type RecorderSource } from '../../../data/recorder';

export interface RecorderState {
  /** undefined while loading */
  recorder: Recorder | null | undefined;
  source: RecorderSource | null;
  /** who recorded last time on this phone, offered first */
  last: Recorder | null;
  choose(r: Recorder): Promise<void>;
}

/** The person recording on this unit and day (src/data/recorder.ts), remembered across reloads. */
export function useRecorder(unitId: string, date: string): RecorderState {
  const [state, setState] = useState<{ recorder: Recorder | null; source: RecorderSource | null; last: Recorder | null } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const db = getDb();
    void Promise.all([whoIsRecording(db, { unitId, date }), lastRecorder(db, unitId)]).then(([who, last]) => {
      if (live) setState({ recorder: who?.recorder ?? null, source: who?.source ?? null, last });
    });
    return () => { live = false; };
  }, [unitId, date]);
  const choose = useCallback(async (r: Recorder) => {
    await chooseRecorder(getDb(), { unitId, date }, r);
    setState({ recorder: r, source: 'day', last: r });
  }, [unitId, date]);
  return { recorder: state?.recorder, source: state?.source ?? null, last: state?.last ?? null, choose };
}
