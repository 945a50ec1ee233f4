import { useEffect, useState } from 'react';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar';
import { loadWorkingCalendar } from '../model/calendar';

/** The working calendar once its chunk has loaded; `undefined` until then. */
export function useWorkingCalendar(): WorkingCalendar | undefined {
  const [calendar, setCalendar] = useState<WorkingCalendar | undefined>();
  useEffect(() => {
    let live = true;
    void loadWorkingCalendar().then((c) => live && setCalendar(c));
    return () => {
      live = false;
    };
  }, []);
  return calendar;
}
