// Placeholder entry: replaced by the app that owns this page.
export {};
