import type { OrganisationKind, Role } from '../../domain/roles.ts';
import { demoMunicipality } from './names.ts';

/**
 * The social map of the fictional municipality Rondeel: one or more organisations of every kind, each
 * with what it offers, and the people who work there. Keys are stable names used by the families.
 */

export interface OrganisationSpec {
  key: string; name: string; kind: OrganisationKind; municipality: string; offers: string[]; phone: string; email: string;
}

export interface TeamSpec { key: string; organisationKey: string; name: string }

export interface UserSpec {
  key: string; email: string; name: string; organisationKey: string; roles: Role[]; teamKey: string | null;
  phone: string | null; /** What the person does, used in involvement reasons. */ title: string;
}

export const demoEmailDomain = 'demo.rondom.test';

const org = (key: string, name: string, kind: OrganisationKind, mailbox: string, phoneSuffix: string, offers: string[]): OrganisationSpec =>
  ({ key, name, kind, municipality: demoMunicipality, offers, phone: `088 000 ${phoneSuffix}`, email: `${mailbox}.rondeel.test` });

export const organisationSpecs: OrganisationSpec[] = [
  org('wijkteam-noord', 'Sociaal Wijkteam Rondeel-Noord', 'district_team', 'info@wijkteam-noord', '11 01', [
    'Gezinsondersteuning en opvoedadvies aan huis', 'Regie bij meervoudige problemen in gezinnen',
    'Toegang tot jeugdhulp en Wmo-ondersteuning', 'Veiligheidsplan opstellen met gezin en netwerk',
  ]),
  org('wijkteam-zuid', 'Sociaal Wijkteam Rondeel-Zuid', 'district_team', 'info@wijkteam-zuid', '11 02', [
    'Gezinsondersteuning en opvoedadvies aan huis', 'Regie bij meervoudige problemen in gezinnen',
    'Toegang tot jeugdhulp en Wmo-ondersteuning', 'Netwerkberaad en familiegroepsplan organiseren',
  ]),
  org('veilig-thuis', 'Veilig Thuis Kreekmonde-Rondeel', 'safe_at_home', 'meldingen@veiligthuis-kreekmonde', '12 00', [
    'Advies en meldingen over huiselijk geweld en kindermishandeling (24/7)',
    'Veiligheidsbeoordeling binnen 5 werkdagen, bij acute onveiligheid binnen 24 uur',
    'Veiligheidsvoorwaarden vaststellen en monitoren (circa 18 maanden)', 'Terugkoppeling aan de melder',
  ]),
  org('wilgenhoek', 'Basisschool De Wilgenhoek', 'school', 'ib@wilgenhoek', '13 01', [
    'Intern begeleider en aandachtsfunctionaris meldcode', 'Dagelijks zicht op het kind in de klas',
    'Overleg met ouders en het ondersteuningsteam', 'Leerlingvolgsysteem en verzuimmelding',
  ]),
  org('rondeel-college', 'Rondeel College (voortgezet onderwijs)', 'school', 'zorg@rondeelcollege', '13 02', [
    'Zorgcoördinator en ondersteuningsadviesteam (OAT)', 'Mentor als vast aanspreekpunt voor de leerling',
    'Verzuimaanpak samen met leerplicht', 'Schoolmaatschappelijk werk',
  ]),
  org('klein-rondeel', 'Kinderopvang Klein Rondeel', 'childcare', 'zorg@kleinrondeel', '14 00', [
    'Dagopvang, peuteropvang (VVE) en buitenschoolse opvang', 'Pedagogisch coach en aandachtsfunctionaris',
    'Dagelijks contact met ouders bij halen en brengen',
  ]),
  org('politie', 'Politie basisteam Rondeel', 'police', 'wijkagenten@politie-rondeel', '15 00', [
    'Wijkagent als vast aanspreekpunt', 'Zorgmeldingen en meldingen huiselijk geweld doorzetten naar Veilig Thuis',
    'Tijdelijk huisverbod (uitvoering met de burgemeester)', 'Crisisinterventie bij geweld',
  ]),
  org('jgz', 'Jeugdgezondheidszorg Rondeel (GGD Kreekmonde-Rondeel)', 'youth_health', 'jgz@ggd-kreekmonde', '16 00', [
    'Consultatiebureau 0–4 jaar', 'Jeugdarts en jeugdverpleegkundige 4–18 jaar', 'Huisbezoeken bij zorgen over ontwikkeling of verzorging',
    'Vaccinaties en groeionderzoek: zien elk kind op vaste momenten',
  ]),
  org('huisarts', 'Huisartsenpraktijk De Molenwijk', 'gp', 'praktijk@molenwijk-huisartsen', '17 00', [
    'Huisartsenzorg voor het hele gezin', 'POH-GGZ voor volwassenen en jeugd', 'Verwijzing naar jeugdhulp en GGZ',
  ]),
  org('ggz', 'GGZ Rondeel-West', 'mental_health', 'aanmelding@ggz-rondeelwest', '18 00', [
    'Volwassenen-GGZ en FACT-team (bemoeizorg)', 'Verslavingszorg (alcohol en drugs)',
    'Kindcheck bij elke volwassen cliënt met kinderen', 'KOPP-groepen voor kinderen van ouders met psychische problemen',
  ]),
  org('kompasroos', 'Jeugdhulp De Kompasroos', 'youth_care', 'aanmelding@kompasroos', '19 00', [
    'Ambulante gezinsbehandeling', 'Crisisgroep voor jongeren (kortdurend verblijf)', 'Intensieve ambulante gezinsbegeleiding na crisis',
    'Traumabehandeling voor kinderen',
  ]),
  org('jeugdbescherming', 'Jeugdbescherming Regio Kreekmonde-Rondeel', 'child_protection', 'info@jeugdbescherming-kreekmonde', '20 00', [
    'Ondertoezichtstelling (OTS) en voogdij', 'Jeugdreclassering', 'Drang- en dwangkader: gezinsmanager in het gedwongen kader',
  ]),
  org('het-baken', 'Vrouwenopvang Het Baken', 'shelter', 'opvang@hetbaken', '21 00', [
    'Crisisopvang op een geheim adres voor vrouwen en kinderen', 'Kinderwerker in de opvang',
    'Ambulante begeleiding en nazorg na vertrek uit de opvang',
  ]),
  org('schuldhulp', 'Schuldhulpverlening Rondeel', 'debt_help', 'schuldhulp@gemeente-rondeel', '22 00', [
    'Vroegsignalering van betalingsachterstanden', 'Budgetbeheer en budgetcoaching', 'Schuldregeling en stabilisatie',
  ]),
  org('woonstichting', 'Woonstichting Rondeel Wonen', 'housing', 'woonconsulent@rondeelwonen', '23 00', [
    'Woonconsulent bij huurachterstand en overlast', 'Urgentieverklaring en doorstroming uit de opvang',
    'Afspraken om huisuitzetting met kinderen te voorkomen',
  ]),
  org('gemeente', 'Gemeente Rondeel', 'municipality', 'sociaaldomein@gemeente-rondeel', '10 00', [
    'Leerplicht en RMC', 'Bijzondere bijstand en minimaregelingen', 'Wmo en jeugdhulp (beschikkingen)',
    'Functioneel beheer van Rondom',
  ]),
  org('netwerkkracht', 'Stichting Netwerkkracht Rondeel', 'other', 'hallo@netwerkkracht', '24 00', [
    'Familiegroepsplan (Eigen Kracht-conferentie) organiseren', 'Vrijwillige maatjes voor ouders en jongeren',
    'Netwerkberaad: oma, buren, trainer en vrienden aan tafel',
  ]),
];

export const teamSpecs: TeamSpec[] = [
  { key: 'team-noord', organisationKey: 'wijkteam-noord', name: 'Wijkteam Noord' },
  { key: 'team-zuid', organisationKey: 'wijkteam-zuid', name: 'Wijkteam Zuid' },
];

const email = (local: string) => `${local}@${demoEmailDomain}`;
let phoneSerial = 0;
const user = (
  key: string, name: string, organisationKey: string, title: string, roles: Role[] = ['professional'], teamKey: string | null = null,
): UserSpec => ({ key, email: email(key), name, organisationKey, roles, teamKey, title, phone: roles.includes('professional') ? `088 000 9${String(++phoneSerial).padStart(3, '0')}` : null });

/** The stable first login of the README: a district-team professional involved in every hand-written family. */
export const firstLoginEmail = email('anouk.jansen');

export const userSpecs: UserSpec[] = [
  user('beheer', 'Karin Schouten (functioneel beheer)', 'gemeente', 'functioneel beheerder', ['administrator']),
  user('privacy', 'Robert Lambrecht (FG)', 'gemeente', 'functionaris gegevensbescherming', ['privacy_officer']),
  user('toezicht', 'Monique Verhoef (bestuurder)', 'gemeente', 'bestuurder sociaal domein', ['overseer']),
  // District team North, with its team lead.
  user('marieke.devries', 'Marieke de Vries', 'wijkteam-noord', 'teamleider wijkteam', ['professional', 'team_lead'], 'team-noord'),
  user('anouk.jansen', 'Anouk Jansen', 'wijkteam-noord', 'gezinscoach wijkteam', ['professional'], 'team-noord'),
  user('sander.bakker', 'Sander Bakker', 'wijkteam-noord', 'gezinscoach wijkteam', ['professional'], 'team-noord'),
  user('fatima.elamrani', 'Fatima El Amrani', 'wijkteam-noord', 'jeugd- en gezinswerker', ['professional'], 'team-noord'),
  user('joost.visser', 'Joost Visser', 'wijkteam-noord', 'maatschappelijk werker', ['professional'], 'team-noord'),
  // District team South, with its team lead.
  user('ruud.hendriks', 'Ruud Hendriks', 'wijkteam-zuid', 'teamleider wijkteam', ['professional', 'team_lead'], 'team-zuid'),
  user('lotte.smit', 'Lotte Smit', 'wijkteam-zuid', 'gezinscoach wijkteam', ['professional'], 'team-zuid'),
  user('yusuf.demir', 'Yusuf Demir', 'wijkteam-zuid', 'jeugd- en gezinswerker', ['professional'], 'team-zuid'),
  user('esther.koster', 'Esther Koster', 'wijkteam-zuid', 'maatschappelijk werker', ['professional'], 'team-zuid'),
  // The other organisations.
  user('ingrid.bos', 'Ingrid Bos', 'veilig-thuis', 'casemanager Veilig Thuis'),
  user('mohamed.ouali', 'Mohamed Ouali', 'veilig-thuis', 'medewerker monitoring Veilig Thuis'),
  user('petra.vandijk', 'Petra van Dijk', 'wilgenhoek', 'intern begeleider'),
  user('jeroen.kuipers', 'Jeroen Kuipers', 'rondeel-college', 'zorgcoördinator'),
  user('sanne.willems', 'Sanne Willems', 'klein-rondeel', 'pedagogisch coach'),
  user('erik.meijer', 'Erik Meijer', 'politie', 'wijkagent'),
  user('carla.verbeek', 'Carla Verbeek', 'jgz', 'jeugdverpleegkundige'),
  user('hanneke.brouwer', 'Hanneke Brouwer', 'jgz', 'jeugdarts'),
  user('wouter.peters', 'Wouter Peters', 'huisarts', 'huisarts'),
  user('nadia.haddou', 'Nadia Haddou', 'ggz', 'GZ-psycholoog volwassenen'),
  user('thijs.vanleeuwen', 'Thijs van Leeuwen', 'ggz', 'casemanager FACT-team'),
  user('bram.degraaf', 'Bram de Graaf', 'kompasroos', 'gezinsbehandelaar'),
  user('linda.hoekstra', 'Linda Hoekstra', 'jeugdbescherming', 'jeugdbeschermer'),
  user('aylin.kaya', 'Aylin Kaya', 'het-baken', 'begeleider vrouwenopvang'),
  user('henk.dekker', 'Henk Dekker', 'schuldhulp', 'schuldhulpverlener'),
  user('mirjam.vos', 'Mirjam Vos', 'woonstichting', 'woonconsulent'),
  user('pieter.smits', 'Pieter Smits', 'gemeente', 'leerplichtambtenaar'),
  user('gerda.prins', 'Gerda Prins', 'netwerkkracht', 'coördinator familiegroepsplan'),
];

/** District-team professionals: one of them is involved in every generated household. */
export const districtTeamUserKeys = userSpecs.filter((spec) => spec.organisationKey.startsWith('wijkteam-')).map((spec) => spec.key);

export const teamLeadOf: Record<string, string> = { 'team-noord': 'marieke.devries', 'team-zuid': 'ruud.hendriks' };
