import { EnumOf, ReadAs } from '../../../common/contract';
import { AUDIENCES, type Audience } from '../kit.entity';

@ReadAs('Kit')
export class KitResponse {
  id: string;
  title: string;
  @EnumOf(AUDIENCES, 'Audience') audience: Audience;
  groupId: string;
  groupName: string;
  description: string | null;
  links: string[];
  version: string;
  publishedOn: string;
  updatedAt: Date;
}
