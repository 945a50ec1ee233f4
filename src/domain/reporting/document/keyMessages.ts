import { formatCount, formatMoney, formatPercent } from '../../format';
import { percent } from '../tally';
import type { AnnualReport } from '../reportTypes';

/**
 * "48, down from 52" / "6, up from 4" / "3, the same as last year". `noun` is plural.
 * `compared(48, 52, 'complaints were accepted')` → `48 complaints were accepted, down from 52`.
 */
export function compared(now: number, before: number, noun: string): string {
  const trend =
    now === before ? 'the same as last year' : `${now < before ? 'down' : 'up'} from ${before}`;
  return `${count(now, noun)}, ${trend}`;
}

/** `count(1, 'complaints were accepted')` → `1 complaint was accepted`. */
export function count(n: number, noun: string): string {
  if (n !== 1) return `${formatCount(n)} ${noun}`;
  const singular = noun
    .replace(/^(\w+?)(ies)\b/, '$1y')
    .replace(/^(\w+?)s\b/, '$1')
    .replace(/\bwere\b/, 'was')
    .replace(/\bhave\b/, 'has');
  return `1 ${singular}`;
}

const pct = (part: number, whole: number) => formatPercent(percent(part, whole));

/**
 * Key messages drafted from the figures in plain English, for the complaints manager to edit.
 * Each is one sentence; a figure with nothing behind it is left out rather than written as 0.
 */
export function draftKeyMessages(report: AnnualReport): string[] {
  const r = report.received;
  const q = report.previous.received;
  const messages: string[] = [];
  const procedure = report.procedure;
  if (procedure === 'children_statutory') {
    messages.push(`${compared(r.stage1, q.stage1, 'complaints were accepted at Stage 1')}.`);
    if (r.stage1 > 0)
      messages.push(
        `${r.stage2} went to Stage 2 (${formatPercent(r.stage2PercentOfStage1)} of Stage 1 complaints) and ${r.stage3} to Stage 3.`,
      );
    const s1 = report.resolved.stage1;
    if (s1.responded > 0)
      messages.push(
        `${formatPercent(s1.percentWithin20)} of Stage 1 responses were given within 20 working days (${formatPercent(report.previous.resolved.stage1.percentWithin20)} last year); ${formatPercent(s1.percentWithin10)} within 10.`,
      );
    const referrals = report.demand.complaintsPerReferralPercent;
    if (referrals !== null)
      messages.push(
        `Complaints were ${referrals.toFixed(1)}% of referrals to children's social care.`,
      );
  } else if (procedure === 'adults_statutory') {
    messages.push(`${compared(r.complaints, q.complaints, 'complaints were received')}.`);
    const joint = report.jointWithNhs;
    if (joint !== null && joint.complaints > 0)
      messages.push(
        `${joint.complaints} ${joint.complaints === 1 ? 'was' : 'were'} handled jointly with the NHS (${report.previous.jointWithNhs?.complaints ?? 0} last year).`,
      );
    const six = report.adults;
    if (six !== null && six.withAgreedPeriod > 0)
      messages.push(
        `${formatPercent(six.percentWithinAgreedPeriod)} of responses with an agreed date were given by that date` +
          (report.previous.adults?.withAgreedPeriod
            ? ` (${formatPercent(report.previous.adults.percentWithinAgreedPeriod)} last year).`
            : '.'),
      );
    if (six !== null && six.responded > 0)
      messages.push(
        `${formatPercent(six.percentWithinSixMonths)} of responses were given within six months of the complaint.`,
      );
    const active = report.demand.complaintsPercentOf.adult_active_cases;
    if (active !== null) messages.push(`Complaints were ${active.toFixed(1)}% of active cases.`);
  } else if (procedure === 'all') {
    messages.push(`${compared(r.complaints, q.complaints, 'complaints were received')}.`);
  } else {
    messages.push(`${compared(r.stage1, q.stage1, 'complaints were received at Stage 1')}.`);
    if (r.stage1 > 0)
      messages.push(
        `${count(r.stage2, 'complaints')} went on to Stage 2 (${formatPercent(r.stage2PercentOfStage1)}).`,
      );
    const code = report.code;
    if (code !== null && code.stage1.responded > 0)
      messages.push(
        `${formatPercent(code.stage1.percentWithinTimescale)} of Stage 1 responses met the Code's timescale.`,
      );
  }
  const closed = report.resolved.complaints;
  if (closed > 0) {
    const o = report.resolved.byOutcome;
    messages.push(
      `Of ${count(closed, 'complaints resolved')}, ${pct(o.upheld + o.partly_upheld, closed)} were upheld or partly upheld.`,
    );
  }
  const om = report.ombudsman;
  if (om.decisions > 0)
    messages.push(
      `The Ombudsman made ${count(om.decisions, 'decisions')} and upheld ${om.byDecision.upheld}${om.actualUpholdPercent !== null ? `; ${formatPercent(om.actualUpholdPercent)} were upheld where we had not already upheld the complaint` : ''}.`,
    );
  // A public report must go before the council (Local Government Act 1974, ss. 30–31): say it first-hand.
  if (om.publicReports > 0)
    messages.push(
      `The Ombudsman issued ${om.publicReports === 1 ? 'a public report' : `${om.publicReports} public reports`} about our handling of complaints.`,
    );
  const c = report.compliments.received;
  if (c > 0 || report.previous.compliments.received > 0)
    messages.push(
      `${compared(c, report.previous.compliments.received, 'compliments were received')}.`,
    );
  const costs = report.costs[report.year]?.total ?? 0;
  const before = report.costs[report.previous.year]?.total ?? 0;
  if (costs > 0 || before > 0)
    messages.push(
      `Complaints cost ${formatMoney(costs)}, ${costs === before ? 'the same as' : costs < before ? 'down from' : 'up from'} ${formatMoney(before)}${costs === before ? ' last year' : ''}.`,
    );
  return messages.map(capitalise);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
