import type { Hit } from './signals';

/**
 * A complaint about a council service that never says "complaint" (issue 15): the sender asked
 * or paid for something (an application, a renewal, a permit, a bill) and it failed them (nothing
 * came, nobody answered, money was taken with nothing to show for it, a reminder for a bill
 * already paid, a timescale the council gave gone by). Neither half is a complaint alone: "how
 * do I renew my permit?" asks for a service and "nothing has arrived" could be anything;
 * together they are dissatisfaction with the service, which is what the complaints procedure
 * is for (docs/domain.md).
 *
 * Every pattern is a plain alternation with bounded gaps, run once over the sender's own words
 * (linear time: test/unit/domain/triage/linearTime.test.ts).
 */

/** Something the sender asked or paid the council for. */
const SOUGHT =
  /\b(?:appl(?:y|ied|ication)|renew(?:al|ed|ing)?|form|paid|payment|direct debit|permit|badge|pass|licen[cs]e|subscription|booked|booking|ordered|order|requested|reported|refund|bill|invoice|grant|assessment)\b/i;

/** It has not come: nothing arrived, nobody answered, still waiting. */
const FAILED =
  /\bstill (?:have )?(?:nothing|no\b|not\b|waiting|haven['’]?t|hasn['’]?t|not had|not heard|not received)|\b(?:has|have|had)(?: not|n['’]?t) (?:yet )?(?:arrived|come|heard|received|had|got|been (?:sent|processed|issued|dealt with|refunded))|\bnot (?:yet )?(?:arrived|come through|received|heard back)\b|\bnever (?:got|received|arrived|came|heard|had)\b|\bno (?:reply|response|confirmation|reference|receipt|news|word|update|record|acknowledge?ment)\b|\bnothing (?:has )?(?:arrived|come|happened|since)\b|\b(?:nobody|no one|no-one) (?:has )?(?:contacted|replied|answered|rung|called|been in touch|got back)\b|\b(?:rings|rang) out\b/i;

/** Money went out. */
const TAKEN =
  /(?:£ ?\d|\bpayment\b|\bmoney\b|\bfee\b)[^.!?\n]{0,40}?\b(?:came out|taken|debited|left my account|went out|charged|cleared)\b|\b(?:took|taken|charged|debited) (?:me )?(?:£ ?\d|the (?:payment|money|fee)|my (?:payment|money))/i;

/** Chased for a bill that was paid. */
const PAID_CHASED =
  /\bpaid\b[^!?\n]{0,120}?\b(?:reminders?|final notice|demand|arrears|bailiffs?|summons|(?:says?|saying|claims?|claiming) (?:i|we) owe|(?:i|we) still owe)\b|\b(?:reminders?|final notice|demand|arrears|bailiffs?|summons)\b[^!?\n]{0,120}?\b(?:already paid|paid (?:it|in full|by|on)|(?:i|we) (?:have )?paid)\b/i;

/** Time has passed: weeks or months, "it is now", "since March". */
const ELAPSED =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) (?:weeks|months)\b|\b(?:weeks|months) (?:ago|later|on|now)\b|\bit is now\b|\bsince (?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:week|month|year))\b/i;

/** A time the council gave itself: "within six weeks", "up to 12 weeks", "in 10 working days". */
const TIMESCALE =
  /\b(?:within|up to|in) (?:\d+|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty) (?:working |school )?(?:days|weeks|months)\b/i;

/** And it has gone by: "it is now September", "it has now been eleven", "we are now at week 34". */
const GONE_BY =
  /\b(?:it is|it['’]s|it has|we are|we['’]re) (?:now|nearly|almost|well past|past)\b|\bnow (?:at |been )?(?:week \d+|over|more than)\b/i;

/** How much the failure counts towards a complaint, with the reason the officer reads. */
export function serviceFailure(own: string): Hit | null {
  if (!SOUGHT.test(own)) return null;
  const failed = FAILED.test(own) || (TIMESCALE.test(own) && GONE_BY.test(own));
  const taken = TAKEN.test(own);
  const chased = PAID_CHASED.test(own);
  if (!failed && !taken && !chased) return null;
  let weight = 2;
  if (ELAPSED.test(own)) weight += 1;
  if (taken && failed) weight += 1;
  const reason = chased
    ? 'Chased for a bill already paid'
    : taken && failed
      ? 'Paid, with nothing to show for it'
      : taken
        ? 'Money taken for a service'
        : 'A service asked for has not come';
  return { weight, reason };
}
