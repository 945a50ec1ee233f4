import { timescalePolicySchema, type TimescalePolicy } from './policy';

/**
 * The default timescales of docs/domain.md, Timescales (working days unless stated). Every value can be
 * changed by the complaints manager through `applyTimescaleOverrides`.
 */
const DEFAULT_RULES = {
  version: 1,
  rules: {
    children_statutory: {
      acknowledgement: {
        label: 'Acknowledgement',
        unit: 'working_days',
        limit: 3,
        clockStartsAt: 'received',
        source: 'local practice (2 at some councils)',
      },
      stage1_response: {
        label: 'Stage 1 response',
        unit: 'working_days',
        limit: 10,
        extendedLimit: 20,
        clockStartsAt: 'received',
        source: 'Children Act 1989 Representations Procedure (England) Regulations 2006, reg 14',
      },
      stage2_request_window: {
        label: 'Request for Stage 2',
        unit: 'working_days',
        limit: 20,
        clockStartsAt: 'stage1_response_received',
        source: 'Getting the Best from Complaints (2006): discretion to accept later',
      },
      stage2_response: {
        label: 'Stage 2 response',
        unit: 'working_days',
        limit: 25,
        extendedLimit: 65,
        clockStartsAt: 'stage2_start',
        source: '2006 regs, reg 17 (up to 65 for complex cases)',
      },
      stage3_request_window: {
        label: 'Request for Stage 3',
        unit: 'working_days',
        limit: 20,
        clockStartsAt: 'stage2_adjudication_received',
        source: '2006 regs, reg 18',
      },
      stage3_panel: {
        label: 'Review panel meets',
        unit: 'working_days',
        limit: 30,
        clockStartsAt: 'stage3_request_received',
        source: '2006 regs, reg 19(4)',
      },
      stage3_panel_report: {
        label: 'Panel report',
        unit: 'working_days',
        limit: 5,
        clockStartsAt: 'panel_met',
        source: '2006 regs, reg 20',
      },
      stage3_council_response: {
        label: 'Council response to the panel',
        unit: 'working_days',
        limit: 15,
        clockStartsAt: 'panel_report_received',
        source: '2006 regs, reg 20(3)',
      },
    },
    adults_statutory: {
      acknowledgement: {
        label: 'Acknowledgement',
        unit: 'working_days',
        limit: 3,
        clockStartsAt: 'received',
        source:
          'Local Authority Social Services and NHS Complaints (England) Regulations 2009, reg 13',
      },
      six_month_letter: {
        label: 'Six months without a response: write to explain',
        unit: 'calendar_months',
        limit: 6,
        clockStartsAt: 'received',
        source: '2009 regs, reg 14',
      },
    },
    corporate: {
      stage1_acknowledgement: {
        label: 'Stage 1 acknowledgement',
        unit: 'working_days',
        limit: 5,
        clockStartsAt: 'received',
        source: 'LGSCO Complaint Handling Code 6.2',
      },
      stage1_response: {
        label: 'Stage 1 response',
        unit: 'working_days',
        limit: 10,
        extendedLimit: 20,
        clockStartsAt: 'stage1_acknowledged',
        source: 'LGSCO Complaint Handling Code 6.3–6.5',
      },
      stage2_acknowledgement: {
        label: 'Stage 2 acknowledgement',
        unit: 'working_days',
        limit: 5,
        clockStartsAt: 'stage2_requested',
        source: 'LGSCO Complaint Handling Code',
      },
      stage2_response: {
        label: 'Stage 2 response',
        unit: 'working_days',
        limit: 20,
        extendedLimit: 40,
        clockStartsAt: 'stage2_acknowledged',
        source: 'LGSCO Complaint Handling Code',
      },
    },
    mp_enquiry: {
      response: {
        label: 'Response to the MP',
        unit: 'working_days',
        limit: 10,
        clockStartsAt: 'received',
        source: 'council service standard',
      },
    },
    compliment: {
      acknowledgement: {
        label: 'Acknowledgement',
        unit: 'working_days',
        limit: 5,
        clockStartsAt: 'received',
        source: 'local practice',
      },
    },
    comment: {
      response: {
        label: 'Response',
        unit: 'working_days',
        limit: 10,
        clockStartsAt: 'received',
        source: 'local practice',
      },
    },
  },
  timeLimitsForComplaining: {
    children_statutory: { months: 12, waivable: true, source: '2006 regs, reg 9 (one year)' },
    adults_statutory: { months: 12, waivable: true, source: '2009 regs, reg 12' },
  },
  dueSoonWorkingDays: 2,
  pauseAgreementMonths: 3,
};

let checked: TimescalePolicy | undefined;

/**
 * The default policy, checked at first use rather than when the module loads (every page
 * imports it, and the check would delay the tab's first paint).
 */
export function defaultTimescalePolicy(): TimescalePolicy {
  checked ??= timescalePolicySchema.parse(DEFAULT_RULES);
  return checked;
}
