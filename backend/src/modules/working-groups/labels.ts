import type { MemberRole } from './group-member.entity';
import type { PipelineStage } from './group-volunteer.entity';

/** Words the API itself writes (CSV export): the UI has its own dictionaries. */
export const ROLE_LABELS: Record<'fr' | 'en', Record<MemberRole, string>> = {
  fr: { referent: 'référent·e', facilitator: 'facilitateur·rice', welcomer: 'accueil des bénévoles', member: 'membre' },
  en: { referent: 'referent', facilitator: 'facilitator', welcomer: 'volunteer welcome', member: 'member' },
};

export const STAGE_LABELS: Record<'fr' | 'en', Record<PipelineStage, string>> = {
  fr: {
    new: 'bénévole (nouveau·elle)',
    welcomed: 'bénévole (accueilli·e)',
    active: 'bénévole (actif·ve)',
    paused: 'bénévole (en pause)',
    left: 'bénévole (parti·e)',
  },
  en: {
    new: 'volunteer (new)',
    welcomed: 'volunteer (welcomed)',
    active: 'volunteer (active)',
    paused: 'volunteer (paused)',
    left: 'volunteer (left)',
  },
};
