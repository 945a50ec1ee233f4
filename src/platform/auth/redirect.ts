import { bridgeActionFor } from './redirectBridge';

/**
 * Entry of `auth-redirect.html`, the redirect bridge MSAL v5 needs for popups and silent
 * iframes, and the page the Office sign-in dialog runs in. Kept tiny: the common case
 * (`broadcast`) loads only MSAL's bridge module.
 */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

interface OfficeInDialog {
  onReady(): Promise<unknown>;
  context: { ui: { messageParent(message: string): void } };
}

function say(text: string): void {
  const root = document.getElementById('root') ?? document.body;
  const paragraph = document.createElement('p');
  paragraph.setAttribute('role', 'status');
  paragraph.style.font = '16px system-ui, sans-serif';
  paragraph.style.margin = '2rem';
  paragraph.textContent = text;
  root.replaceChildren(paragraph);
}

function loadOfficeJs(): Promise<OfficeInDialog> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = OFFICE_JS;
    script.onload = () => {
      const office = (globalThis as { Office?: OfficeInDialog }).Office;
      if (office) resolve(office);
      else reject(new Error('Office.js did not load'));
    };
    script.onerror = () => reject(new Error('Office.js did not load'));
    document.head.append(script);
  });
}

async function main(): Promise<void> {
  const action = bridgeActionFor(new URL(location.href));
  switch (action) {
    case 'broadcast': {
      say('Signing in…');
      const { broadcastResponseToMainFrame } = await import('@azure/msal-browser/redirect-bridge');
      await broadcastResponseToMainFrame();
      return;
    }
    case 'dialog-start':
    case 'dialog-return': {
      say('Signing in to Feedback Desk…');
      const office = await loadOfficeJs();
      await office.onReady();
      const { runDialogSignIn } = await import('./dialogSignIn');
      await runDialogSignIn(
        action === 'dialog-start' ? 'start' : 'return',
        location.href,
        (message) => office.context.ui.messageParent(message),
      );
      return;
    }
    case 'idle':
      say('This page completes sign-in for Feedback Desk. You can close it.');
      return;
  }
}

main().catch(() => {
  // No details: the URL and the error may carry sign-in data.
  say('Sign-in could not be completed. Close this window and select Sign in again.');
});
