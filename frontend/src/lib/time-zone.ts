/** The network lives in France: instants are shown, and "today" is reckoned, in Paris time (as the API does). */
export const TIME_ZONE = 'Europe/Paris';
