// Placeholder: MSAL redirect bridge.
export {};
