import { describe, expect, it } from 'vitest';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { draftDueDates } from '../../../../src/taskpane/model/dueDates';

const calendar = calendarForNation();

describe('draftDueDates', () => {
  it("children's Stage 1 from Fri 19 Dec 2025: acknowledgement and the response over Christmas", () => {
    expect(
      draftDueDates(calendar, {
        type: 'complaint',
        procedure: 'children_statutory',
        stage: 1,
        received: '2025-12-19',
      }),
    ).toEqual([
      { label: 'Acknowledgement', due: '2025-12-24' },
      { label: 'Stage 1 response', due: '2026-01-07' },
    ]);
  });

  it('corporate Stage 1: the response runs from the acknowledgement, marked as provisional', () => {
    const dates = draftDueDates(calendar, {
      type: 'complaint',
      procedure: 'corporate',
      stage: 1,
      received: '2025-06-10',
    });
    expect(dates[0]).toMatchObject({ due: '2025-06-17' });
    expect(dates[1]).toMatchObject({ due: '2025-07-01', note: 'if acknowledged on time' });
  });

  it('an MP enquiry has one clock; early resolution has none', () => {
    expect(
      draftDueDates(calendar, {
        type: 'mp_enquiry',
        procedure: null,
        stage: 0,
        received: '2025-06-12',
      }),
    ).toEqual([{ label: expect.any(String), due: '2025-06-26' }]);
    expect(
      draftDueDates(calendar, {
        type: 'complaint',
        procedure: 'corporate',
        stage: 0,
        received: '2025-06-12',
      }),
    ).toEqual([]);
  });
});
