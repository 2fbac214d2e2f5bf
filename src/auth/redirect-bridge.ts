import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

// MSAL v5 returns popups, silent renewals and redirects through this page, which hands the answer
// back to the app's main frame. It must stay free of app code and of Cross-Origin-Opener-Policy.
broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = 'Sign-in could not be completed. Close this window and try again.';
  console.error('Sign-in response could not be passed back to the app.', error instanceof Error ? error.name : '');
});
