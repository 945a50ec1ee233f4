/**
 * The slice of Office.js (Mailbox requirement sets 1.1–1.14) that the pane uses, typed here
 * so the adapter compiles without `@types/office-js` and tests can pass a mock
 * (`office-addin-mock`) in its place. Names and shapes are Office.js's own.
 */

export interface AsyncResult<T> {
  readonly status: string; // Office.AsyncResultStatus.Succeeded | Failed
  readonly value: T;
  readonly error?: { readonly name?: string; readonly message?: string; readonly code?: number };
}

export type Callback<T> = (result: AsyncResult<T>) => void;

export interface EmailAddressDetails {
  readonly displayName?: string;
  readonly emailAddress?: string;
}

export interface CategoryDetails {
  readonly displayName: string;
  readonly color: string;
}

export interface SharedProperties {
  readonly owner?: string;
  readonly targetMailbox?: string;
}

export interface OfficeMessageRead {
  readonly itemId?: string;
  readonly itemType?: string;
  readonly internetMessageId?: string;
  readonly conversationId?: string;
  readonly subject?: string;
  readonly from?: EmailAddressDetails;
  readonly sender?: EmailAddressDetails;
  readonly to?: readonly EmailAddressDetails[];
  readonly dateTimeCreated?: Date;
  readonly body: {
    getAsync(coercionType: unknown, callback: Callback<string>): void;
  };
  readonly categories?: {
    addAsync(categories: string[], callback: Callback<void>): void;
    getAsync?(callback: Callback<CategoryDetails[]>): void;
  };
  /** Mailbox 1.1: opens a reply to the sender with this HTML body (returns at once). */
  displayReplyForm?(formData: string | { readonly htmlBody?: string }): void;
  /** Mailbox 1.9: the same, reporting whether Outlook could open it. */
  displayReplyFormAsync?(
    formData: string | { readonly htmlBody?: string },
    callback?: Callback<void>,
  ): void;
  /** Mailbox 1.1: the files attached (names, kinds), without their content. */
  readonly attachments?: readonly {
    readonly name?: string;
    readonly attachmentType?: string;
    readonly isInline?: boolean;
    readonly size?: number;
  }[];
  /** Mailbox 1.14: the whole message as base64-encoded EML. */
  getAsFileAsync?(callback: Callback<string>): void;
  /** Mailbox 1.8: present on items in shared folders and shared mailboxes. */
  getSharedPropertiesAsync?(callback: Callback<SharedProperties>): void;
}

/** Mailbox 1.14: the colours of the Office theme the officer chose (light, dark, …). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly themeId?: string;
}

export interface OfficeMailbox {
  readonly item?: OfficeMessageRead | null;
  readonly masterCategories?: {
    getAsync(callback: Callback<CategoryDetails[]>): void;
    addAsync(categories: CategoryDetails[], callback: Callback<void>): void;
  };
  addHandlerAsync(
    eventType: unknown,
    handler: (args?: never) => void,
    callback?: Callback<void>,
  ): void;
  removeHandlerAsync?(eventType: unknown, options?: unknown, callback?: Callback<void>): void;
}

export interface OfficeApi {
  readonly context: {
    readonly mailbox: OfficeMailbox;
    readonly requirements?: { isSetSupported(name: string, version?: string): boolean };
    readonly officeTheme?: OfficeThemeColors;
  };
  readonly CoercionType: { readonly Text: unknown };
  readonly EventType: { readonly ItemChanged: unknown; readonly OfficeThemeChanged?: unknown };
  readonly AsyncResultStatus: { readonly Succeeded: unknown; readonly Failed?: unknown };
  readonly MailboxEnums?: {
    readonly CategoryColor?: Readonly<Record<string, string>>;
    readonly ItemType?: { readonly Message?: string };
  };
}

/** Turns Office.js's callback style into a promise of the result (never rejects). */
export function officeCall<T>(start: (callback: Callback<T>) => void): Promise<AsyncResult<T>> {
  return new Promise((resolve) => {
    try {
      start(resolve);
    } catch (error) {
      resolve({
        status: 'failed',
        value: undefined as T,
        error: { message: error instanceof Error ? error.message : String(error) },
      });
    }
  });
}
