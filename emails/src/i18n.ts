import type { EmailName, MeetingKind } from './emails';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Same keys as the backend's ROLES; the labels are what an invited person reads. */
export type Role = 'admin' | 'coordinator' | 'copil' | 'comms' | 'wg_lead' | 'contractor' | 'volunteer' | 'treasurer';

/** What every email needs: the subject line, the inbox preview line and the heading. */
interface EmailTexts {
  subject: string;
  preheader: string;
  heading: string;
}

type DictionaryShape = {
  layout: Record<string, string>;
  roles: Record<Role, string>;
  /** Around the names of the organisations whose COPIL seat an invited person takes. */
  copilSeat: { before: string; after: string };
  meetingKinds: Record<MeetingKind, string>;
  newsletter: Record<string, string>;
} & Record<EmailName, EmailTexts & Record<string, string>>;

// French typography: a no-break space (\u00a0) before ":" and a narrow one (\u202f) before "?".
// Texts are plain text: `{{placeholders}}` come from the email's variables and are escaped when put in HTML.
const fr = {
  layout: {
    tagline: 'Maillage — réseau coopératif',
    automatic: 'Ce message vous a été envoyé automatiquement par Maillage, l’espace de travail du réseau.',
    linkHelp: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
    /** Instead of an email's `greeting` when the first name is not known. */
    greetingAnonymous: 'Bonjour,',
  },
  copilSeat: { before: ' (siège de ', after: ' au COPIL)' },
  roles: {
    admin: 'administration technique',
    coordinator: 'coordination du réseau',
    copil: 'membre du COPIL',
    comms: 'équipe communication',
    wg_lead: 'référent·e de groupe de travail',
    contractor: 'prestataire',
    volunteer: 'bénévole',
    treasurer: 'trésorier·e',
  },
  newsletter: {
    webVersion: 'Voir cette lettre dans le navigateur',
    issueLine: 'Lettre n°\u00a0{{number}} — {{date}}',
    greeting: 'Bonjour {{firstName}},',
    greetingAnonymous: 'Bonjour,',
    why: 'Vous recevez cette lettre parce que vous vous êtes inscrit·e à la lettre du réseau.',
    unsubscribe: 'Se désinscrire',
    archive: 'Toutes les lettres',
    readMore: 'Lire la suite',
    moreInfo: 'En savoir plus',
    agenda: 'Agenda',
    newMembers: 'Bienvenue aux nouveaux membres',
    donationRaised: '{{raised}} collectés',
    donationRaisedOfGoal: '{{raised}} collectés sur {{goal}}',
    donationDonors: 'Donateurs et donatrices\u00a0: {{count}}',
  },
  invitation: {
    subject: '{{inviterName}} vous invite à rejoindre Maillage',
    preheader: 'Choisissez votre mot de passe avant le {{expiresAt}}.',
    heading: 'Bienvenue sur Maillage',
    greeting: 'Bonjour {{firstName}},',
    intro:
      '{{inviterName}} vous invite à rejoindre Maillage, l’outil avec lequel le réseau suit ses organisations membres, ses contributions, ses financements et sa gouvernance.',
    access: 'Vos accès\u00a0: {{roles}}{{seat}}.',
    action: 'Pour activer votre compte, choisissez votre mot de passe\u00a0:',
    cta: 'Choisir mon mot de passe',
    expiry:
      'Cette invitation est valable jusqu’au {{expiresAt}} (heure de Paris). Passé ce délai, demandez-en une nouvelle à {{inviterName}}.',
    notExpected:
      'Vous ne vous attendiez pas à cette invitation\u202f? Ignorez ce message\u00a0: aucun compte ne sera activé.',
  },
  'password-reset': {
    subject: 'Réinitialisation de votre mot de passe Maillage',
    preheader: 'Ce lien ne sert qu’une fois et expire le {{expiresAt}}.',
    heading: 'Réinitialisation du mot de passe',
    greeting: 'Bonjour {{firstName}},',
    intro: 'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Maillage.',
    action: 'Pour choisir un nouveau mot de passe, ouvrez ce lien\u00a0:',
    cta: 'Choisir un nouveau mot de passe',
    expiry: 'Ce lien ne peut servir qu’une seule fois et expire le {{expiresAt}} (heure de Paris).',
    notYou:
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: votre mot de passe reste inchangé.',
  },
  'funding-reminder': {
    subject: '{{what}} le {{dueOn}} — {{grantTitle}}',
    preheader: '{{funderName}} · {{label}} · {{inDays}}',
    heading: '{{what}} {{inDays}}',
    greeting: 'Bonjour {{firstName}},',
    intro: 'Une échéance de financement approche\u00a0; la voici, pour vous laisser le temps de la préparer.',
    due: 'Échéance\u00a0: {{dueOn}} ({{inDays}})',
    item: 'Objet\u00a0: {{label}}',
    grant: 'Financement\u00a0: {{grantTitle}} ({{funderName}})',
    amount: 'Montant\u00a0: {{amount}}',
    cta: 'Ouvrir le financement',
    why: 'Vous recevez ce rappel {{reminderDays}} jours avant chaque échéance des financements (candidatures, rapports, versements attendus), une seule fois par échéance.',
    kind_application: 'Date limite de candidature',
    kind_report: 'Rapport à rendre',
    kind_instalment: 'Versement attendu',
  },
  'funding-threshold': {
    subject: '{{what}} — {{year}}',
    preheader: '{{amount}} pour un seuil de {{threshold}}',
    heading: '{{what}}',
    greeting: 'Bonjour {{firstName}},',
    intro:
      'Un seuil légal sur l’argent public vient d’être franchi pour l’exercice {{year}}{{funder}} : {{amount}}, au-delà de {{threshold}}.',
    rule: '{{rule}}',
    law: 'Texte applicable\u00a0: {{law}}',
    cta: 'Voir les alertes de financement',
    why: 'Vous recevez ce message une seule fois par seuil et par exercice, parce que vous coordonnez le réseau.',
    what_agreement: 'Convention obligatoire avec un financeur public',
    rule_agreement:
      'Au-delà de 23 000 € de subventions d’une même autorité publique sur l’exercice, une convention écrite doit être signée avec elle (objet, montant, modalités de versement et conditions d’utilisation).',
    law_agreement: 'loi n° 2000-321 du 12 avril 2000, article 10 ; décret n° 2001-495 du 6 juin 2001, article 1',
    what_audit: 'Seuil des 153 000 € de subventions publiques reçues',
    rule_audit:
      'Au-delà de 153 000 € de subventions publiques reçues sur l’exercice, l’association nomme un commissaire aux comptes et publie ses comptes annuels.',
    law_audit: 'code de commerce, article L612-4 ; décret n° 2009-540 du 14 mai 2009',
  },
  meetingKinds: {
    copil: 'COPIL mensuel',
    copil_in_person: 'COPIL en présentiel',
    territorial_gathering: 'rencontre des territoires',
    working_group: 'réunion de groupe de travail',
  },
  'meeting-invitation': {
    subject: 'Invitation\u00a0: {{meetingTitle}} — {{startsAt}}',
    preheader: '{{kind}} le {{startsAt}}. L’ordre du jour et le fichier d’agenda sont joints.',
    heading: '{{meetingTitle}}',
    greeting: 'Bonjour {{firstName}},',
    intro: '{{organiserName}} vous invite à la réunion «\u00a0{{meetingTitle}}\u00a0» ({{kind}}).',
    when: 'Quand\u00a0: le {{startsAt}} – {{endTime}} (heure de Paris)',
    whereLabel: 'Où\u00a0:',
    agendaLabel: 'Ordre du jour\u00a0:',
    calendar:
      'Le fichier joint (.ics) ajoute la réunion à votre agenda. S’il change, une nouvelle invitation mettra votre agenda à jour.',
    cta: 'Voir la réunion dans Maillage',
  },
  'action-reminder': {
    subject: 'Action en retard\u00a0: {{actionTitle}}',
    preheader: 'Elle était prévue pour le {{dueOn}}.',
    heading: 'Une action qui vous est confiée est en retard',
    greeting: 'Bonjour {{firstName}},',
    intro: 'L’action «\u00a0{{actionTitle}}\u00a0» devait être faite pour le {{dueOn}}.',
    origin: 'Origine\u00a0: {{origin}}',
    action:
      'Si elle est faite, marquez-la comme terminée\u00a0; sinon, dites où elle en est ou convenez d’une nouvelle échéance avec la coordination.',
    cta: 'Voir mes actions',
    once: 'Ce rappel n’est envoyé qu’une fois pour cette échéance.',
  },
  'volunteer-signup': {
    subject: '{{volunteerName}} souhaite rejoindre le groupe {{groupName}}',
    preheader: 'Une nouvelle personne bénévole attend votre accueil.',
    heading: 'Une personne bénévole frappe à la porte',
    greeting: 'Bonjour {{firstName}},',
    intro:
      '{{volunteerName}} vient de proposer son aide au groupe {{groupName}} par le formulaire d’inscription du réseau.',
    contact: 'Son adresse\u00a0: {{volunteerEmail}}',
    messageLabel: 'Son message\u00a0:',
    action: 'Prenez contact avec cette personne, puis notez son accueil sur le tableau du groupe\u00a0:',
    cta: 'Ouvrir le groupe',
    why: 'Vous recevez ce message parce que vous accueillez les bénévoles de ce groupe.',
  },
  'volunteer-welcome': {
    subject: 'Bienvenue dans le groupe {{groupName}}',
    preheader: 'La liste de diffusion et le canal de discussion du groupe.',
    heading: 'Bienvenue dans le groupe {{groupName}}',
    greeting: 'Bonjour {{firstName}},',
    intro: 'Merci de proposer votre temps au réseau. {{welcomerName}} vous accueille dans le groupe {{groupName}}.',
    links: 'Pour suivre le groupe et y prendre part\u00a0:',
    mailingList: 'la liste de diffusion\u00a0: {{mailingList}}',
    chatIntro: 'le canal de discussion, où le groupe échange au quotidien\u00a0:',
    cta: 'Rejoindre le canal du groupe',
    closing: 'À très bientôt,',
    signature: '{{welcomerName}}, pour le groupe {{groupName}}',
  },
  'welcome-reminder': {
    subject: '{{volunteerName}} attend votre accueil dans le groupe {{groupName}}',
    preheader: 'Inscription du {{waitingSince}}, toujours sans accueil.',
    heading: 'Un accueil en attente',
    greeting: 'Bonjour {{firstName}},',
    intro:
      '{{volunteerName}} ({{volunteerEmail}}) a proposé son aide au groupe {{groupName}} le {{waitingSince}} et n’a pas encore été accueilli·e.',
    action:
      'Un premier contact rapide compte beaucoup. Une fois fait, déplacez sa carte vers «\u00a0Accueilli·e\u00a0»\u00a0:',
    cta: 'Ouvrir le groupe',
    why: 'Vous recevez ce message parce que vous accueillez les bénévoles de ce groupe. Il n’est envoyé qu’une fois par personne en attente.',
  },
  'newsletter-confirm': {
    subject: 'Confirmez votre inscription à la lettre du réseau',
    preheader: 'Un clic pour confirmer\u00a0; sans confirmation, vous ne recevrez rien.',
    heading: 'Confirmez votre inscription',
    greeting: 'Bonjour {{firstName}},',
    intro: 'Vous avez demandé à recevoir\u00a0: {{lists}}.',
    action: 'Pour confirmer votre inscription, ouvrez ce lien\u00a0:',
    cta: 'Confirmer mon inscription',
    expiry: 'Ce lien ne sert qu’une fois et reste valable jusqu’au {{expiresAt}} (heure de Paris).',
    notYou:
      'Vous n’avez rien demandé\u202f? Ignorez ce message\u00a0: sans confirmation, votre adresse est effacée au bout de 30 jours.',
  },
  'newsletter-reminder': {
    subject: 'La lettre n°\u00a0{{number}} est attendue le {{dueOn}}',
    preheader: 'Il reste deux semaines pour la préparer.',
    heading: 'Prochaine lettre dans deux semaines',
    greeting: 'Bonjour {{firstName}},',
    intro: 'Au rythme d’une lettre tous les deux mois, la lettre n°\u00a0{{number}} est attendue le {{dueOn}}.',
    action: 'Les propositions des groupes de travail et le brouillon sont ici\u00a0:',
    cta: 'Préparer la lettre',
  },
  'source-alert': {
    subject: 'Source {{sourceName}} : {{problem}}',
    preheader: 'Depuis le {{since}}.',
    heading: 'Une source demande votre attention',
    greeting: 'Bonjour {{firstName}},',
    intro: 'La source {{sourceName}} : {{problem}}, depuis le {{since}}.',
    action: 'Voyez sa fiche, ses dernières vérifications et son parcours d’accompagnement :',
    cta: 'Ouvrir la source',
    why: 'Vous recevez ce message parce que vous suivez cette source. Il n’est envoyé qu’une fois par épisode.',
    problem_failing: 'son flux ne répond plus',
    problem_stale: 'ses données ne changent plus',
    problem_step_overdue: 'la prochaine étape de son accompagnement est en retard',
  },
  notifications: {
    subject: 'Maillage\u00a0: ce qui vous concerne ({{count}})',
    preheader: 'Les nouvelles de vos contributions, groupes, actions et répartitions.',
    heading: 'Ce qui vous concerne dans Maillage',
    greeting: 'Bonjour {{firstName}},',
    intro: 'Voici ce qui s’est passé depuis votre dernier message\u00a0:',
    cta: 'Voir mes notifications',
    preference:
      'Vous recevez ces messages au fil de l’eau ou une fois par jour, comme vous l’avez choisi sur votre compte\u00a0; vous pouvez aussi ne plus les recevoir par e-mail.',
  },
  'event-registration': {
    subject: '{{headline}}\u00a0: {{eventTitle}}',
    preheader: 'Le {{startsAt}} (heure de Paris).',
    heading: '{{eventTitle}}',
    greeting: 'Bonjour {{firstName}},',
    when: 'Quand\u00a0: le {{startsAt}} – {{endTime}} (heure de Paris)',
    whereLabel: 'Où\u00a0:',
    cancel:
      'Vous ne pourrez pas venir\u00a0? Libérez votre place\u00a0: elle ira aussitôt à la première personne de la liste d’attente.',
    cta: 'Annuler mon inscription',
    headline_confirmed: 'Inscription confirmée',
    text_confirmed: 'votre place est réservée. Le fichier joint (.ics) ajoute l’événement à votre agenda.',
    headline_waiting: 'Liste d’attente',
    text_waiting:
      'l’événement est complet, vous êtes sur la liste d’attente. Si une place se libère, elle est pour vous et nous vous l’écrivons aussitôt.',
    headline_promoted: 'Une place s’est libérée',
    text_promoted:
      'elle est pour vous\u00a0: votre inscription est confirmée. Le fichier joint (.ics) ajoute l’événement à votre agenda.',
    headline_reminder: 'C’est demain',
    text_reminder: 'nous vous attendons. Le fichier joint (.ics) a l’heure et le lieu.',
  },
  'gathering-reminder': {
    subject: 'Prochain rassemblement territorial vers le {{dueOn}}',
    preheader: 'Le temps d’ouvrir les inscriptions.',
    heading: 'Le prochain rassemblement approche',
    greeting: 'Bonjour {{firstName}},',
    intro:
      'Au rythme d’un rassemblement territorial tous les six mois, le prochain est attendu vers le {{dueOn}} (le dernier a eu lieu le {{lastOn}}).',
    action: 'Créez-le et ouvrez les inscriptions\u00a0:',
    cta: 'Ouvrir les formations et rassemblements',
  },
  'tax-receipt': {
    subject: 'Votre reçu fiscal n°\u00a0{{number}} — {{entityName}}',
    preheader: 'Merci pour votre don de {{amount}}.',
    heading: 'Merci pour votre don',
    greeting: 'Bonjour {{firstName}},',
    intro: '{{entityName}} vous remercie de votre soutien.',
    attached:
      'Vous trouverez ci-joint le reçu fiscal n°\u00a0{{number}} ({{amount}}), à conserver\u00a0: il ouvre droit à la réduction d’impôt prévue par le code général des impôts.',
  },
} satisfies DictionaryShape;

/** The French texts' keys, required in every locale: a missing translation is a compile error. */
export type Dictionary = { readonly [S in keyof typeof fr]: { readonly [K in keyof (typeof fr)[S]]: string } };

const en: Dictionary = {
  layout: {
    tagline: 'Maillage — cooperative network',
    automatic: 'This message was sent to you automatically by Maillage, the network’s workspace.',
    linkHelp: 'If the button does not work, copy this link into your browser:',
    greetingAnonymous: 'Hello,',
  },
  copilSeat: { before: ' (the seat of ', after: ' on the COPIL)' },
  roles: {
    admin: 'technical administration',
    coordinator: 'network coordination',
    copil: 'steering committee (COPIL) member',
    comms: 'communication team',
    wg_lead: 'working-group lead',
    contractor: 'contractor',
    volunteer: 'volunteer',
    treasurer: 'treasurer',
  },
  newsletter: {
    webVersion: 'View this newsletter in your browser',
    issueLine: 'Newsletter no. {{number}} — {{date}}',
    greeting: 'Hello {{firstName}},',
    greetingAnonymous: 'Hello,',
    why: 'You receive this newsletter because you subscribed to the network’s newsletter.',
    unsubscribe: 'Unsubscribe',
    archive: 'All newsletters',
    readMore: 'Read more',
    moreInfo: 'More information',
    agenda: 'Agenda',
    newMembers: 'Welcome to our new members',
    donationRaised: '{{raised}} raised',
    donationRaisedOfGoal: '{{raised}} raised of {{goal}}',
    donationDonors: 'Donors: {{count}}',
  },
  invitation: {
    subject: '{{inviterName}} invites you to join Maillage',
    preheader: 'Choose your password before {{expiresAt}}.',
    heading: 'Welcome to Maillage',
    greeting: 'Hello {{firstName}},',
    intro:
      '{{inviterName}} invites you to join Maillage, the tool the network uses to keep track of its member organisations, contributions, funding and governance.',
    access: 'Your access: {{roles}}{{seat}}.',
    action: 'To activate your account, choose your password:',
    cta: 'Choose my password',
    expiry: 'This invitation is valid until {{expiresAt}} (Paris time). After that, ask {{inviterName}} for a new one.',
    notExpected: 'Not expecting this invitation? Ignore this message: no account will be activated.',
  },
  'password-reset': {
    subject: 'Resetting your Maillage password',
    preheader: 'This link works only once and expires on {{expiresAt}}.',
    heading: 'Password reset',
    greeting: 'Hello {{firstName}},',
    intro: 'We received a request to reset the password of your Maillage account.',
    action: 'To choose a new password, open this link:',
    cta: 'Choose a new password',
    expiry: 'This link can be used only once and expires on {{expiresAt}} (Paris time).',
    notYou: 'If it was not you, ignore this message: your password stays unchanged.',
  },
  'funding-reminder': {
    subject: '{{what}} on {{dueOn}} — {{grantTitle}}',
    preheader: '{{funderName}} · {{label}} · {{inDays}}',
    heading: '{{what}} {{inDays}}',
    greeting: 'Hello {{firstName}},',
    intro: 'A funding deadline is coming up; here it is, to leave you time to prepare it.',
    due: 'Due: {{dueOn}} ({{inDays}})',
    item: 'What: {{label}}',
    grant: 'Grant: {{grantTitle}} ({{funderName}})',
    amount: 'Amount: {{amount}}',
    cta: 'Open the grant',
    why: 'You receive this reminder {{reminderDays}} days before each funding deadline (applications, reports, instalments expected), once per deadline.',
    kind_application: 'Application deadline',
    kind_report: 'Report due',
    kind_instalment: 'Instalment expected',
  },
  'funding-threshold': {
    subject: '{{what}} — {{year}}',
    preheader: '{{amount}} for a threshold of {{threshold}}',
    heading: '{{what}}',
    greeting: 'Hello {{firstName}},',
    intro:
      'A legal threshold on public money has just been crossed for the {{year}} financial year{{funder}}: {{amount}}, over {{threshold}}.',
    rule: '{{rule}}',
    law: 'Legal basis: {{law}}',
    cta: 'See the funding alerts',
    why: 'You receive this message once per threshold and financial year, as the network’s coordinator.',
    what_agreement: 'Written agreement required with a public funder',
    rule_agreement:
      'Over €23,000 of subsidies from one public authority in the financial year, a written agreement must be signed with it (purpose, amount, payment terms and conditions of use).',
    law_agreement: 'loi n° 2000-321 of 12 April 2000, article 10; décret n° 2001-495 of 6 June 2001, article 1',
    what_audit: '€153,000 public subsidies received threshold',
    rule_audit:
      'Over €153,000 of public subsidies received in the financial year, the association appoints a statutory auditor and publishes its annual accounts.',
    law_audit: 'code de commerce, article L612-4; décret n° 2009-540 of 14 May 2009',
  },
  meetingKinds: {
    copil: 'monthly steering committee (COPIL)',
    copil_in_person: 'in-person steering committee (COPIL)',
    territorial_gathering: 'territorial gathering',
    working_group: 'working-group meeting',
  },
  'meeting-invitation': {
    subject: 'Invitation: {{meetingTitle}} — {{startsAt}}',
    preheader: '{{kind}} on {{startsAt}}. The agenda and a calendar file are attached.',
    heading: '{{meetingTitle}}',
    greeting: 'Hello {{firstName}},',
    intro: '{{organiserName}} invites you to “{{meetingTitle}}” ({{kind}}).',
    when: 'When: {{startsAt}} – {{endTime}} (Paris time)',
    whereLabel: 'Where:',
    agendaLabel: 'Agenda:',
    calendar:
      'The attached file (.ics) adds the meeting to your calendar. If it changes, a new invitation will update your calendar.',
    cta: 'See the meeting in Maillage',
  },
  'action-reminder': {
    subject: 'Overdue action: {{actionTitle}}',
    preheader: 'It was due on {{dueOn}}.',
    heading: 'An action entrusted to you is overdue',
    greeting: 'Hello {{firstName}},',
    intro: 'The action “{{actionTitle}}” was due on {{dueOn}}.',
    origin: 'From: {{origin}}',
    action:
      'If it is done, mark it as done; if not, say where it stands or agree on a new due date with the coordination.',
    cta: 'See my actions',
    once: 'This reminder is sent only once for this due date.',
  },
  'volunteer-signup': {
    subject: '{{volunteerName}} would like to join the {{groupName}} group',
    preheader: 'A new volunteer is waiting for your welcome.',
    heading: 'A volunteer is knocking at the door',
    greeting: 'Hello {{firstName}},',
    intro: '{{volunteerName}} has just offered to help the {{groupName}} group through the network’s sign-up form.',
    contact: 'Their address: {{volunteerEmail}}',
    messageLabel: 'Their message:',
    action: 'Get in touch with them, then record their welcome on the group’s board:',
    cta: 'Open the group',
    why: 'You receive this message because you welcome this group’s volunteers.',
  },
  'volunteer-welcome': {
    subject: 'Welcome to the {{groupName}} group',
    preheader: 'The group’s mailing list and chat channel.',
    heading: 'Welcome to the {{groupName}} group',
    greeting: 'Hello {{firstName}},',
    intro:
      'Thank you for offering your time to the network. {{welcomerName}} welcomes you into the {{groupName}} group.',
    links: 'To follow the group and take part:',
    mailingList: 'the mailing list: {{mailingList}}',
    chatIntro: 'the chat channel, where the group talks day to day:',
    cta: 'Join the group’s channel',
    closing: 'See you soon,',
    signature: '{{welcomerName}}, for the {{groupName}} group',
  },
  'welcome-reminder': {
    subject: '{{volunteerName}} is waiting for your welcome in the {{groupName}} group',
    preheader: 'Signed up on {{waitingSince}}, still not welcomed.',
    heading: 'A welcome is waiting',
    greeting: 'Hello {{firstName}},',
    intro:
      '{{volunteerName}} ({{volunteerEmail}}) offered to help the {{groupName}} group on {{waitingSince}} and has not been welcomed yet.',
    action: 'A quick first contact matters a lot. Once done, move their card to “Welcomed”:',
    cta: 'Open the group',
    why: 'You receive this message because you welcome this group’s volunteers. It is sent only once per waiting person.',
  },
  'newsletter-confirm': {
    subject: 'Confirm your subscription to the network’s newsletter',
    preheader: 'One click to confirm; without it you will receive nothing.',
    heading: 'Confirm your subscription',
    greeting: 'Hello {{firstName}},',
    intro: 'You asked to receive: {{lists}}.',
    action: 'To confirm your subscription, open this link:',
    cta: 'Confirm my subscription',
    expiry: 'This link works once and is valid until {{expiresAt}} (Paris time).',
    notYou:
      'Did not ask for anything? Ignore this message: without confirmation, your address is erased after 30 days.',
  },
  'newsletter-reminder': {
    subject: 'Newsletter no. {{number}} is due on {{dueOn}}',
    preheader: 'Two weeks left to prepare it.',
    heading: 'Next newsletter in two weeks',
    greeting: 'Hello {{firstName}},',
    intro: 'At one newsletter every two months, newsletter no. {{number}} is due on {{dueOn}}.',
    action: 'The working groups’ proposals and the draft are here:',
    cta: 'Prepare the newsletter',
  },
  'source-alert': {
    subject: 'Source {{sourceName}}: {{problem}}',
    preheader: 'Since {{since}}.',
    heading: 'A source needs your attention',
    greeting: 'Hello {{firstName}},',
    intro: 'The source {{sourceName}}: {{problem}}, since {{since}}.',
    action: 'See its page, its latest checks and its onboarding path:',
    cta: 'Open the source',
    why: 'You receive this message because you follow this source. It is sent once per episode.',
    problem_failing: 'its feed keeps failing',
    problem_stale: 'its data no longer changes',
    problem_step_overdue: 'the next step of its onboarding is overdue',
  },
  notifications: {
    subject: 'Maillage: what concerns you ({{count}})',
    preheader: 'News of your contributions, groups, actions and splits.',
    heading: 'What concerns you in Maillage',
    greeting: 'Hello {{firstName}},',
    intro: 'Here is what happened since your last message:',
    cta: 'See my notifications',
    preference:
      'You get these messages as things happen or once a day, as chosen on your account; you may also stop them by email.',
  },
  'event-registration': {
    subject: '{{headline}}: {{eventTitle}}',
    preheader: 'On {{startsAt}} (Paris time).',
    heading: '{{eventTitle}}',
    greeting: 'Hello {{firstName}},',
    when: 'When: {{startsAt}} – {{endTime}} (Paris time)',
    whereLabel: 'Where:',
    cancel: 'Cannot come? Give your place up: it goes at once to the first person on the waiting list.',
    cta: 'Cancel my registration',
    headline_confirmed: 'Registration confirmed',
    text_confirmed: 'your place is booked. The attached file (.ics) adds the event to your calendar.',
    headline_waiting: 'Waiting list',
    text_waiting:
      'the event is full, you are on the waiting list. If a place frees up, it is yours and we will write to you at once.',
    headline_promoted: 'A place has freed up',
    text_promoted:
      'it is yours: your registration is confirmed. The attached file (.ics) adds the event to your calendar.',
    headline_reminder: 'It is tomorrow',
    text_reminder: 'we look forward to seeing you. The attached file (.ics) has the time and place.',
  },
  'gathering-reminder': {
    subject: 'Next territorial gathering around {{dueOn}}',
    preheader: 'Time to open registrations.',
    heading: 'The next gathering is coming',
    greeting: 'Hello {{firstName}},',
    intro:
      'At one territorial gathering every six months, the next one is due around {{dueOn}} (the last one was on {{lastOn}}).',
    action: 'Create it and open registrations:',
    cta: 'Open trainings and gatherings',
  },
  'tax-receipt': {
    subject: 'Your tax receipt no. {{number}} — {{entityName}}',
    preheader: 'Thank you for your gift of {{amount}}.',
    heading: 'Thank you for your gift',
    greeting: 'Hello {{firstName}},',
    intro: '{{entityName}} thanks you for your support.',
    attached:
      'Attached is tax receipt no. {{number}} ({{amount}}); keep it: it gives the tax reduction French tax law provides.',
  },
};

export const dictionary: Readonly<Record<Locale, Dictionary>> = { fr, en };
