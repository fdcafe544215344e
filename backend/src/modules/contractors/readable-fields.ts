import type { FieldsOf, MISSION_FIELDS_WITHOUT_RATE } from '../../permissions/readable-fields';
import type { MissionDetailResponse } from './dto/mission.response';

// Compile-time: the fields the ability lets the COPIL read of a mission are fields of its response.
export type MissionFieldsWithoutRate = FieldsOf<MissionDetailResponse, typeof MISSION_FIELDS_WITHOUT_RATE>;
