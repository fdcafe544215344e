import dayjs from 'dayjs';
import { TIME_ZONE } from '@/lib/i18n/dates';

/** Today as the network lives it (Paris), the way date inputs and the API write days. */
export const todayInParis = () => dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
