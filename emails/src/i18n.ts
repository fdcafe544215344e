import type { EmailName } from './emails';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Same keys as the backend's ROLES; the labels are what an invited person reads. */
export type Role = 'admin' | 'coordinator' | 'copil' | 'comms' | 'wg_lead' | 'contractor' | 'volunteer';

/** What every email needs: the subject line, the inbox preview line and the heading. */
interface EmailTexts {
  subject: string;
  preheader: string;
  heading: string;
}

type DictionaryShape = { layout: Record<string, string>; roles: Record<Role, string>; newsletter: Record<string, string> } & {
  [N in EmailName]: EmailTexts & Record<string, string>;
};

// French typography: a no-break space (\u00a0) before ":" and a narrow one (\u202f) before "?".
// Texts are plain text: `{{placeholders}}` come from the email's variables and are escaped when put in HTML.
const fr = {
  layout: {
    tagline: 'Maillage — réseau coopératif',
    automatic: 'Ce message vous a été envoyé automatiquement par Maillage, l’espace de travail du réseau.',
    linkHelp: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
  },
  roles: {
    admin: 'administration technique',
    coordinator: 'coordination du réseau',
    copil: 'membre du COPIL',
    comms: 'équipe communication',
    wg_lead: 'référent·e de groupe de travail',
    contractor: 'prestataire',
    volunteer: 'bénévole',
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
  },
  invitation: {
    subject: '{{inviterName}} vous invite à rejoindre Maillage',
    preheader: 'Choisissez votre mot de passe avant le {{expiresAt}}.',
    heading: 'Bienvenue sur Maillage',
    greeting: 'Bonjour {{firstName}},',
    intro:
      '{{inviterName}} vous invite à rejoindre Maillage, l’outil avec lequel le réseau suit ses organisations membres, ses contributions, ses financements et sa gouvernance.',
    access: 'Vos accès\u00a0: {{roles}}.',
    action: 'Pour activer votre compte, choisissez votre mot de passe\u00a0:',
    cta: 'Choisir mon mot de passe',
    expiry: 'Cette invitation est valable jusqu’au {{expiresAt}} (heure de Paris). Passé ce délai, demandez-en une nouvelle à {{inviterName}}.',
    notExpected: 'Vous ne vous attendiez pas à cette invitation\u202f? Ignorez ce message\u00a0: aucun compte ne sera activé.',
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
    notYou: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: votre mot de passe reste inchangé.',
  },
  'newsletter-confirm': {
    subject: 'Confirmez votre inscription à la lettre du réseau',
    preheader: 'Un clic pour confirmer\u00a0; sans confirmation, vous ne recevrez rien.',
    heading: 'Confirmez votre inscription',
    greeting: 'Bonjour,',
    intro: 'Vous avez demandé à recevoir\u00a0: {{lists}}.',
    action: 'Pour confirmer votre inscription, ouvrez ce lien\u00a0:',
    cta: 'Confirmer mon inscription',
    expiry: 'Ce lien ne sert qu’une fois et reste valable jusqu’au {{expiresAt}} (heure de Paris).',
    notYou: 'Vous n’avez rien demandé\u202f? Ignorez ce message\u00a0: sans confirmation, votre adresse est effacée au bout de 30 jours.',
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
} satisfies DictionaryShape;

/** The French texts' keys, required in every locale: a missing translation is a compile error. */
export type Dictionary = { readonly [S in keyof typeof fr]: { readonly [K in keyof (typeof fr)[S]]: string } };

const en: Dictionary = {
  layout: {
    tagline: 'Maillage — cooperative network',
    automatic: 'This message was sent to you automatically by Maillage, the network’s workspace.',
    linkHelp: 'If the button does not work, copy this link into your browser:',
  },
  roles: {
    admin: 'technical administration',
    coordinator: 'network coordination',
    copil: 'steering committee (COPIL) member',
    comms: 'communication team',
    wg_lead: 'working-group lead',
    contractor: 'contractor',
    volunteer: 'volunteer',
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
  },
  invitation: {
    subject: '{{inviterName}} invites you to join Maillage',
    preheader: 'Choose your password before {{expiresAt}}.',
    heading: 'Welcome to Maillage',
    greeting: 'Hello {{firstName}},',
    intro:
      '{{inviterName}} invites you to join Maillage, the tool the network uses to keep track of its member organisations, contributions, funding and governance.',
    access: 'Your access: {{roles}}.',
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
  'newsletter-confirm': {
    subject: 'Confirm your subscription to the network’s newsletter',
    preheader: 'One click to confirm; without it you will receive nothing.',
    heading: 'Confirm your subscription',
    greeting: 'Hello,',
    intro: 'You asked to receive: {{lists}}.',
    action: 'To confirm your subscription, open this link:',
    cta: 'Confirm my subscription',
    expiry: 'This link works once and is valid until {{expiresAt}} (Paris time).',
    notYou: 'Did not ask for anything? Ignore this message: without confirmation, your address is erased after 30 days.',
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
};

export const dictionary: Readonly<Record<Locale, Dictionary>> = { fr, en };
