// Decides day and month order from the data itself: Export-Csv writes the culture of the machine that ran it, and
// nothing in the file says which. A day above 12 proves the order; `AM`/`PM` with slashes only suggests en-US (en-AU
// writes the same with the day first), so without proof the outcome stays 'ambiguous' and both readings are kept.
import type { DateOrder } from '../model';
import type { DateCell } from './dates';

export interface DateOrderJudge {
  note(cell: DateCell): void;
  order(): DateOrder;
}

export function createDateOrderJudge(): DateOrderJudge {
  let iso = 0;
  let yearFirst = 0;
  let dayMonth = 0;
  let provenMonthFirst = 0;
  let provenDayFirst = 0;
  return {
    note(cell) {
      if (cell.reading === 'iso') iso += 1;
      else if (cell.reading === 'year-first') yearFirst += 1;
      else {
        dayMonth += 1;
        if (Number.isNaN(cell.dayFirst)) provenMonthFirst += 1;
        else if (Number.isNaN(cell.monthFirst)) provenDayFirst += 1;
      }
    },
    order() {
      if (dayMonth > 0) {
        // Proof both ways means a file joined from two cultures; the larger share wins and the other cells, unreadable
        // in that order, carry no time.
        if (provenDayFirst > provenMonthFirst) return 'day-first';
        if (provenMonthFirst > provenDayFirst) return 'month-first';
        return 'ambiguous';
      }
      if (yearFirst > iso) return 'year-first';
      // Nothing to decide (ISO times, or no times at all).
      return 'iso';
    },
  };
}
