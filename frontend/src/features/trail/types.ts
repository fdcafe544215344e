export type { TrailResponse as Trail } from '@/lib/generated/api';
