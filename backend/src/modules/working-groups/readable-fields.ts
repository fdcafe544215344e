import type {
  FieldsOf,
  GROUP_FIELDS_WITHOUT_PIPELINE,
  TERM_FIELDS_WITHOUT_CONTACT,
} from '../../permissions/readable-fields';
import type { TermResponse, WorkingGroupDetailResponse } from './dto/working-group.response';

// Compile-time: the fields the ability lets every reader see of a group and of a term are fields of their responses.
export type GroupFieldsWithoutPipeline = FieldsOf<WorkingGroupDetailResponse, typeof GROUP_FIELDS_WITHOUT_PIPELINE>;
export type TermFieldsWithoutContact = FieldsOf<TermResponse, typeof TERM_FIELDS_WITHOUT_CONTACT>;
