/**
 * The header with which the plain (token-less) emulator is told which demo person makes a
 * request, in place of the person a token would name: the standalone pages send the person
 * picked in "Signed in as", and the demo seed the head of service who made each sign-off.
 * SharePoint ignores it; the emulator's strict mode takes the person from the token instead.
 */
export const DEV_USER_HEADER = 'X-Feedback-Desk-User';
