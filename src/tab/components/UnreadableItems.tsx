import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { UnreadableGroup } from '../data/unreadable';

/**
 * Says that some list items could not be read and are left out of the figures on screen:
 * how many, in which list, their item ids and why — never their content. An administrator
 * can find each one in SharePoint by its id.
 */
export function UnreadableItems(props: {
  readonly count: number;
  readonly groups: readonly UnreadableGroup[];
}) {
  const { count, groups } = props;
  if (count === 0) return null;
  const items = count === 1 ? '1 item' : `${count} items`;
  return (
    <section aria-label="Items that could not be read">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {items} could not be read and {count === 1 ? 'is' : 'are'} left out of this view
          </MessageBarTitle>
          The figures below do not count {count === 1 ? 'it' : 'them'}. Ask your site administrator
          to correct {count === 1 ? 'it' : 'them'} in SharePoint, or to update Feedback Desk:
          <ul>
            {groups.map((g) => (
              <li key={`${g.listName}-${g.reason}`}>
                {g.listName}, {g.itemIds.length === 1 ? 'item' : 'items'} {g.itemIds.join(', ')}:{' '}
                {g.reason}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
