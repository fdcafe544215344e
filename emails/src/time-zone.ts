/** The network lives in France: days and times are shown, and "today" is reckoned, in Paris time everywhere. */
export const DISPLAY_TIME_ZONE = 'Europe/Paris';
