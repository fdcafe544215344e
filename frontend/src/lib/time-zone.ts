// The one display time zone of the project (emails/src/time-zone.ts), under the UI's name.
export { DISPLAY_TIME_ZONE as TIME_ZONE } from '@maillage/emails/time-zone';
