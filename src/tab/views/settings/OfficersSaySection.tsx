import { Text } from '@fluentui/react-components';
import { formatShare } from '../../../domain/format';
import { OFFICER_SHARE, SIMILAR_AT } from '../../../domain/triage/officerFeedback';
import { ViewSection } from '../../components/ViewSection';

/**
 * How much officers' triage decisions weigh against the safeguarding rules in the Outlook
 * pane (src/domain/triage/officerFeedback.ts). Read only: the cap is part of the product's
 * recall-first promise, not a council's choice.
 */
export function OfficersSaySection() {
  return (
    <ViewSection title="Learning from officers" id="settings-officers-say">
      <Text as="p">
        Officers’ share of say in the safeguarding flag:{' '}
        <strong>{formatShare(OFFICER_SHARE)}</strong> (fixed).
      </Text>
      <Text as="p">
        In the Outlook pane an officer can raise a safeguarding concern by hand (Alt+Shift+S),
        dismiss a flag with a reason, or set an email aside as not feedback. For the next email at
        least {formatShare(SIMILAR_AT)} alike, those decisions count for{' '}
        {formatShare(OFFICER_SHARE)} and the rules for the rest: a concern raised by hand flags
        similar mail, and dismissals lower a rule’s flag to half but never remove it, because a
        missed concern is the worst error. Only word codes shared by many words, the kind of concern
        and the reason are kept, in the Triage feedback list; never the email’s words.
      </Text>
    </ViewSection>
  );
}
