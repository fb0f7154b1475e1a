import type { OutgoingMail } from '../db/queries/mailOutbox.ts';

/**
 * The mails Rondom sends, in Dutch with a short English line. They hold no case content: at most a link
 * that opens nothing without the owner's own choices, and a reason to log in.
 */
const moment = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const signature = '\n\n— Rondom\n(Dit bericht is automatisch verstuurd; antwoorden komt nergens aan.)';

export function activationMail(to: { email: string; name: string; organisationName: string }, link: string, expiresAt: Date): OutgoingMail {
  return {
    kind: 'activation', to: to.email, subject: 'Activeer je account voor Rondom',
    text: `Beste ${to.name},\n\n`
      + `Er is een account voor je aangemaakt in Rondom, de gezamenlijke werkplek van de professionals rond een gezin (${to.organisationName}).\n\n`
      + `Activeer je account en kies je eigen wachtwoord via deze link. De link werkt één keer, tot ${moment.format(expiresAt)}:\n${link}\n\n`
      + 'Niemand anders kent je wachtwoord, ook de beheerder niet. Had je dit niet verwacht? Doe dan niets: zonder activering opent niemand dit account. '
      + 'Vraag bij twijfel je functioneel beheerder om uitleg.\n\n'
      + `(English: an account was created for you in Rondom. Open the link above before ${moment.format(expiresAt)} to activate it and choose your password.)`
      + signature,
  };
}

export function passwordResetMail(to: { email: string; name: string }, link: string, expiresAt: Date): OutgoingMail {
  return {
    kind: 'password_reset', to: to.email, subject: 'Nieuw wachtwoord kiezen voor Rondom',
    text: `Beste ${to.name},\n\n`
      + `Iemand heeft gevraagd om een nieuw wachtwoord voor je account in Rondom. Kies een nieuw wachtwoord via deze link. De link werkt één keer, tot ${moment.format(expiresAt)}:\n${link}\n\n`
      + 'Heb je dit niet zelf gevraagd? Doe dan niets; je huidige wachtwoord blijft werken. Gebeurt het vaker, meld het dan bij je functioneel beheerder.\n\n'
      + `(English: someone asked for a new password for your Rondom account. Open the link above before ${moment.format(expiresAt)} to choose one, or ignore this mail.)`
      + signature,
  };
}

export function emailChangedMail(to: { email: string; name: string }, newEmail: string): OutgoingMail {
  return {
    kind: 'email_changed', to: to.email, subject: 'Je e-mailadres in Rondom is gewijzigd',
    text: `Beste ${to.name},\n\nHet e-mailadres van je account in Rondom is gewijzigd in ${newEmail}. `
      + 'Berichten van Rondom gaan voortaan daarheen. Klopt dit niet? Neem dan meteen contact op met je functioneel beheerder of je privacyfunctionaris.\n\n'
      + `(English: your Rondom account's e-mail address was changed to ${newEmail}. If this is not right, contact your administrator or privacy officer at once.)`
      + signature,
  };
}

/** To the regisseur of an earlier family: someone asks for its records about a child. No names in the mail. */
export function historyRequestMail(to: { email: string; name: string }, link: string): OutgoingMail {
  return {
    kind: 'history_request', to: to.email, subject: 'Verzoek om eerdere gegevens over een kind in Rondom',
    text: `Beste ${to.name},\n\n`
      + 'Een professional in een ander gezin vraagt om de eerdere gegevens over een kind uit een gezin waarvan jij regisseur bent. '
      + 'Jij beslist of die gegevens meegaan. Bekijk het verzoek in Rondom; er staan bewust geen namen in deze e-mail:\n'
      + `${link}\n\n(English: a professional in another family asks for your family's earlier records about a child. As the regisseur you decide; see Rondom.)`
      + signature,
  };
}

/** To the professional who asked: the request was answered. Also without names. */
export function historyDecisionMail(to: { email: string; name: string }, link: string): OutgoingMail {
  return {
    kind: 'history_decision', to: to.email, subject: 'Je verzoek om eerdere gegevens is beantwoord',
    text: `Beste ${to.name},\n\nDe regisseur van een eerder gezin heeft je verzoek om eerdere gegevens over een kind beantwoord. Bekijk het antwoord in Rondom:\n${link}\n\n`
      + '(English: the regisseur of an earlier family answered your request for earlier records about a child; see Rondom.)'
      + signature,
  };
}

/** To the privacy officers: an administrator changed who can get into case content. What changed is in Rondom. */
export function accessChangeMail(to: { email: string; name: string }, link: string): OutgoingMail {
  return {
    kind: 'access_change', to: to.email, subject: 'Wijziging in toegang tot Rondom om te bekijken',
    text: `Beste ${to.name},\n\nEen beheerder heeft iets gewijzigd dat bepaalt wie in Rondom bij gegevens van gezinnen kan `
      + '(een account, een rol of team, een e-mailadres, een tweede inlogstap of het inloggen via een organisatie). '
      + `Bekijk de wijziging bij Wijzigingen in accounts en rollen:\n${link}\n\n`
      + '(English: an administrator changed who can reach family records in Rondom; see the account changes in Rondom.)'
      + signature,
  };
}

/** The owner lost their second factor: the administrator reset it, and the owner activates the account again. */
export function secondFactorResetMail(to: { email: string; name: string }, link: string, expiresAt: Date): OutgoingMail {
  return {
    kind: 'second_factor_reset', to: to.email, subject: 'Stel je tweede inlogstap opnieuw in voor Rondom',
    text: `Beste ${to.name},\n\n`
      + 'De beheerder heeft je tweede inlogstap in Rondom gereset, bijvoorbeeld omdat je je telefoon kwijt bent. '
      + `Kies via deze link een nieuw wachtwoord en stel je tweede inlogstap opnieuw in. De link werkt één keer, tot ${moment.format(expiresAt)}:\n${link}\n\n`
      + 'Tot je dat hebt gedaan, kan niemand met je account inloggen. Heb je hier niet om gevraagd? Neem dan meteen contact op met je functioneel beheerder.\n\n'
      + `(English: the administrator reset your second login step. Open the link above before ${moment.format(expiresAt)} to choose a new password and set it up again.)`
      + signature,
  };
}

/** To the team lead: a professional of the team who leads families was deactivated; those families need a new regisseur. */
export function regisseurDeactivatedMail(to: { email: string; name: string }, deactivated: string, families: number, link: string): OutgoingMail {
  return {
    kind: 'regisseur_deactivated', to: to.email, subject: 'Gezinnen zonder werkende regisseur in Rondom',
    text: `Beste ${to.name},\n\nHet account van ${deactivated} uit je team is gedeactiveerd. ${deactivated} was regisseur van `
      + `${families === 1 ? '1 gezin' : `${families} gezinnen`}. Die gezinnen hebben nu geen regisseur die kan handelen: draag de regie over. `
      + `Je vindt ze in Mijn gezinnen:\n${link}\n\n(English: a professional of your team who led ${families} families was deactivated; hand the direction over.)`
      + signature,
  };
}
