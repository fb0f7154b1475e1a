import type { InvolvementDomain } from '../../domain/roles.ts';
import { HouseholdDraft, type DemoContext } from './draft.ts';
import { handWrittenSurnames } from './families.ts';
import {
  demoMunicipality, grandfatherNames, grandmotherNames, nameGroups, otherMunicipalities, popularBoys, popularGirls,
  primarySchools, rondeelPlaces, secondarySchools, streets, type NameGroup,
} from './names.ts';
import type { Rng } from './random.ts';
import { districtTeamUserKeys, teamLeadOf } from './region.ts';

/**
 * Generated households: plausible, varied, deterministic for a seed. Each has one district-team
 * professional as its first involvement (so every login sees families); Anouk Jansen gets every
 * eleventh household, about 20 of the default 220.
 */

interface Family {
  draft: HouseholdDraft;
  children: Array<{ id: string; firstName: string; age: number; boy: boolean }>;
  adults: Array<{ id: string; firstName: string }>;
  motherLastName: string;
  group: NameGroup;
}

interface Partner {
  userKey: string;
  domain: InvolvementDomain;
  /** Which child the involvement is about, if it is about one child. */
  about?: (family: Family) => Family['children'][number] | undefined;
  applies?: (family: Family) => boolean;
  reasons: string[];
}

interface Theme { key: string; summary: string; domain: InvolvementDomain; partners: Partner[] }

const youngest = (family: Family) => [...family.children].sort((a, b) => a.age - b.age)[0];
const primaryAged = (family: Family) => family.children.find((child) => child.age >= 4 && child.age <= 12);
const secondaryAged = (family: Family) => family.children.find((child) => child.age >= 12);
const under4 = (family: Family) => family.children.find((child) => child.age < 4);

const themes: Theme[] = [
  {
    key: 'opvoeding', domain: 'parenting', summary: 'opvoedvragen en oplopende spanningen thuis',
    partners: [
      { userKey: 'bram.degraaf', domain: 'parenting', reasons: [
        'Ambulante gezinsbehandeling: ouders leren grenzen stellen zonder te schreeuwen of te slaan; wekelijks thuis.',
        'Video-hometraining: ouders leren de signalen van hun kinderen beter lezen. Loopt nog drie maanden.',
      ] },
      { userKey: 'sanne.willems', domain: 'parenting', about: under4, applies: (f) => Boolean(under4(f)), reasons: [
        'Pedagogisch coach van de kinderopvang: {child} huilt veel bij het brengen en is snel overprikkeld; observaties worden gedeeld met ouders en wijkteam.',
        '{child} gaat vier dagdelen naar de opvang. De opvang ziet een kind dat zich terugtrekt en weinig speelt.',
      ] },
      { userKey: 'carla.verbeek', domain: 'health', about: under4, applies: (f) => Boolean(under4(f)), reasons: [
        'Extra huisbezoeken van de jeugdverpleegkundige: zorgen over verzorging en hechting bij {child}.',
      ] },
    ],
  },
  {
    key: 'geweld', domain: 'domestic_violence', summary: 'huiselijk geweld tussen de ouders waar de kinderen bij waren',
    partners: [
      { userKey: 'ingrid.bos', domain: 'domestic_violence', reasons: [
        'Melding na politie-inzet bij geweld tussen ouders. Veiligheidsbeoordeling gedaan; veiligheidsvoorwaarden vastgesteld en overgedragen aan het wijkteam. Monitoring loopt.',
        'Tweede melding binnen een jaar over ruzies met geweld waar de kinderen bij waren. Veilig Thuis monitort de veiligheidsvoorwaarden.',
      ] },
      { userKey: 'mohamed.ouali', domain: 'domestic_violence', reasons: [
        'Monitoring van de veiligheidsvoorwaarden na een melding van huiselijk geweld: elke zes weken contact met ouders en wijkteam.',
      ] },
      { userKey: 'aylin.kaya', domain: 'domestic_violence', reasons: [
        'Moeder en kinderen verbleven zes weken in de vrouwenopvang; nu ambulante nazorg vanuit Het Baken, zodat de terugkeer naar huis niet zonder begeleiding gaat.',
      ] },
      { userKey: 'petra.vandijk', domain: 'education', about: primaryAged, applies: (f) => Boolean(primaryAged(f)), reasons: [
        '{child} vertelde de juf over ruzie en slaan thuis. School heeft de meldcode gevolgd en houdt {child} dagelijks in het oog.',
      ] },
      { userKey: 'erik.meijer', domain: 'justice', reasons: [
        'Politie-inzet na melding van buren over geschreeuw en geweld; zorgmelding doorgezet naar Veilig Thuis.',
        'Tijdelijk huisverbod opgelegd aan vader na geweld tegen moeder; wijkagent houdt contact met het gezin.',
      ] },
    ],
  },
  {
    key: 'schulden', domain: 'finances', summary: 'oplopende schulden en een dreigende huisuitzetting',
    partners: [
      { userKey: 'henk.dekker', domain: 'finances', reasons: [
        'Schuldregeling en budgetbeheer; vaste lasten worden nu doorbetaald. Ouders ervaren veel stress over geld.',
        'Vroegsignalering: betalingsachterstanden bij huur, energie en zorgverzekering. Stabilisatie gestart.',
      ] },
      { userKey: 'mirjam.vos', domain: 'housing', reasons: [
        'Huurachterstand van vier maanden. Afspraak gemaakt om ontruiming te voorkomen zolang er kinderen in huis wonen, mits er budgetbeheer is.',
      ] },
    ],
  },
  {
    key: 'ggz', domain: 'mental_health', summary: 'psychische problemen van {adult}',
    partners: [
      { userKey: 'nadia.haddou', domain: 'mental_health', reasons: [
        'Behandeling van {adult} voor depressieve klachten. Kindcheck gedaan: met {adult} besproken wat de kinderen merken en wie hen opvangt als het slechter gaat.',
        'Traumabehandeling van {adult}. Kindcheck: de kinderen zijn in beeld bij school; afstemming met het wijkteam met toestemming van {adult}.',
      ] },
      { userKey: 'wouter.peters', domain: 'health', reasons: [
        'Huisarts van het gezin; de POH-GGZ ziet {adult} om de twee weken. Heeft het wijkteam ingeschakeld voor steun bij de opvoeding.',
      ] },
    ],
  },
  {
    key: 'verslaving', domain: 'addiction', summary: 'alcohol- of drugsgebruik van {adult}',
    partners: [
      { userKey: 'thijs.vanleeuwen', domain: 'addiction', reasons: [
        'Verslavingsbehandeling van {adult} (alcohol). Kindcheck gedaan: afgesproken dat {adult} niet drinkt als de kinderen thuis zijn; terugval wordt gemeld aan het wijkteam.',
        'FACT-team, bemoeizorg voor {adult} (cannabis en psychische klachten). Kinderen in huis: afstemming met wijkteam en school.',
      ] },
      { userKey: 'wouter.peters', domain: 'health', reasons: [
        'Huisarts; kent de problemen van {adult} al jaren en heeft verwezen naar de verslavingszorg.',
      ] },
    ],
  },
  {
    key: 'school', domain: 'education', summary: 'schoolverzuim en gedragsproblemen van {child}',
    partners: [
      { userKey: 'petra.vandijk', domain: 'education', about: primaryAged, applies: (f) => Boolean(primaryAged(f)), reasons: [
        'Intern begeleider: {child} is vaak te laat, moe en komt zonder lunch. Gesprekken met ouders lopen moeizaam.',
        '{child} laat in de klas boos en teruggetrokken gedrag zien sinds de problemen thuis. School heeft een handelingsplan.',
      ] },
      { userKey: 'jeroen.kuipers', domain: 'education', about: secondaryAged, applies: (f) => Boolean(secondaryAged(f)), reasons: [
        'Zorgcoördinator: {child} verzuimt veel en is besproken in het ondersteuningsadviesteam. Mentor is vast aanspreekpunt.',
        '{child} vertelde de mentor over ruzies thuis; school volgt de meldcode en houdt contact met het wijkteam.',
      ] },
      { userKey: 'pieter.smits', domain: 'education', about: secondaryAged, applies: (f) => Boolean(secondaryAged(f)), reasons: [
        'Leerplicht: verzuimmelding voor {child}. Gesprek met {child} en ouders gevoerd; afstemming met het wijkteam in plaats van een proces-verbaal.',
      ] },
    ],
  },
  {
    key: 'veiligheid', domain: 'child_safety', summary: 'ernstige zorgen over de veiligheid van de kinderen',
    partners: [
      { userKey: 'linda.hoekstra', domain: 'child_safety', reasons: [
        'Ondertoezichtstelling van de kinderen; de jeugdbeschermer bewaakt de veiligheidsvoorwaarden en kan een schriftelijke aanwijzing geven.',
        'Jeugdbescherming in het drangkader: als de afspraken niet worden nagekomen volgt een verzoek tot onderzoek bij de Raad.',
      ] },
      { userKey: 'ingrid.bos', domain: 'child_safety', reasons: [
        'Melding over verwaarlozing van de kinderen (geen eten in huis, kinderen vaak alleen). Veiligheidsbeoordeling gedaan; voorwaarden gesteld.',
      ] },
    ],
  },
  {
    key: 'gezondheid', domain: 'health', summary: 'zorgen over groei en ontwikkeling van {youngest}',
    partners: [
      { userKey: 'carla.verbeek', domain: 'health', about: youngest, reasons: [
        'Jeugdverpleegkundige: {child} groeit onvoldoende en mist afspraken op het consultatiebureau. Huisbezoek om de vier weken.',
      ] },
      { userKey: 'hanneke.brouwer', domain: 'health', about: youngest, reasons: [
        'Jeugdarts: onderzoek naar de achterblijvende ontwikkeling van {child}; verwezen naar de kinderarts.',
      ] },
      { userKey: 'wouter.peters', domain: 'health', about: youngest, reasons: [
        'Huisarts: {child} komt vaak op het spreekuur met vage klachten; afstemming met de jeugdarts.',
      ] },
    ],
  },
  {
    key: 'wonen', domain: 'housing', summary: 'een te kleine woning en overlast van en naar buren',
    partners: [
      { userKey: 'mirjam.vos', domain: 'housing', reasons: [
        'Woonconsulent: gezin woont met vijf personen in een tweekamerflat; aanvraag voor een grotere woning loopt. Overlastklachten worden via het wijkteam besproken.',
      ] },
      { userKey: 'gerda.prins', domain: 'other', reasons: [
        'Netwerkberaad georganiseerd: familie en buren denken mee over opvang van de kinderen als het thuis te vol en te druk wordt.',
      ] },
    ],
  },
];

const sources = ['School', 'De huisarts', 'Veilig Thuis', 'Het consultatiebureau', 'De wijkagent', 'Een buurvrouw via het sociaal loket'];
const districtActions = [
  'De gezinscoach ondersteunt de ouders en houdt zicht op de veiligheid van de kinderen.',
  'Het wijkteam stelt met het gezin en hun netwerk één gezinsplan op en stemt af met de andere betrokkenen.',
  'Wekelijks huisbezoek; de kinderen worden ook apart gesproken.',
  'Ondersteuning bij structuur in huis, geldzaken en opvoeding; het netwerk wordt erbij gehaald.',
];
const handoverNotes = [
  'Veiligheidsbeoordeling afgerond: Veilig Thuis blijft de voorwaarden monitoren, de regie gaat naar het wijkteam. Warme overdracht in een gezamenlijk gesprek met ouders.',
  'Herverdeling binnen het team. Overdracht besproken met het gezin; alle lopende afspraken blijven staan.',
  'De zorgen liggen nu vooral bij de kinderen thuis en minder op school; regie overgedragen in een driegesprek met ouders.',
  'Behandeling van de ouder is afgerond; de regie gaat terug naar het wijkteam. Afgesproken wie signaleert als het weer slechter gaat.',
];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? name);

export function generateHouseholds(ctx: DemoContext, count: number): HouseholdDraft[] {
  const otherDistrict = districtTeamUserKeys.filter((key) => key !== 'anouk.jansen');
  const drafts: HouseholdDraft[] = [];
  for (let index = 0; index < count; index += 1) {
    const primary = index % 11 === 5 ? 'anouk.jansen' : ctx.rng.pick(otherDistrict);
    drafts.push(generateOne(ctx, primary));
  }
  return drafts;
}

const pickGroup = (rng: Rng) => rng.weighted(nameGroups.map((group) => [group, group.weight] as const));
const surnameOf = (rng: Rng, group: NameGroup) => rng.pick(group.surnames.filter((name) => !handWrittenSurnames.includes(name)));

function generateOne(ctx: DemoContext, primaryKey: string): HouseholdDraft {
  const { rng } = ctx;
  const composition = rng.weighted([['two_parents', 45], ['mother', 32], ['father', 8], ['stepfather', 10], ['grandmother', 5]] as const);
  const motherGroup = pickGroup(rng);
  const fatherGroup = rng.chance(0.8) ? motherGroup : pickGroup(rng);
  const motherLastName = surnameOf(rng, motherGroup);
  const fatherLastName = composition === 'two_parents' && rng.chance(0.6) ? surnameOf(rng, fatherGroup) : motherLastName;
  const withFather = composition === 'two_parents' || composition === 'father';
  const childLastName = withFather ? fatherLastName : motherLastName;
  const childGroup = withFather ? fatherGroup : motherGroup;

  const childCount = rng.weighted([[1, 30], [2, 35], [3, 20], [4, 10], [5, 5]] as const);
  const ages = Array.from({ length: childCount }, () => rng.int(0, 17)).sort((a, b) => b - a);
  const oldest = ages[0]!;
  const primarySince = rng.int(20, 700);

  const draft = new HouseholdDraft(ctx, {
    name: `Gezin ${capitalise(childLastName)}`, municipality: demoMunicipality, createdBy: primaryKey, createdDaysAgo: primarySince,
  });
  const family: Family = { draft, children: [], adults: [], motherLastName, group: motherGroup };

  // Addresses: the current one in Rondeel, sometimes after one or two moves from elsewhere.
  const currentFrom = rng.int(60, 3650);
  const postcode = (base: number) => `${base + rng.int(0, 9)} ${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`;
  draft.address({ street: `${rng.pick(streets)} ${rng.int(1, 180)}`, postcode: postcode(9990), city: rng.pick(rondeelPlaces), municipality: demoMunicipality, fromDaysAgo: currentFrom });
  if (rng.chance(0.22)) {
    let until = currentFrom;
    const moves = rng.chance(0.25) ? 2 : 1;
    let previousMunicipality = '';
    for (let move = 0; move < moves; move += 1) {
      const from = until + rng.int(300, 1800);
      const municipality = rng.pick(otherMunicipalities.filter((name) => name !== previousMunicipality));
      previousMunicipality = municipality;
      draft.address({ street: `${rng.pick(streets)} ${rng.int(1, 180)}`, postcode: postcode(9960), city: municipality, municipality, fromDaysAgo: from, untilDaysAgo: until });
      until = from;
    }
  }

  for (const age of ages) {
    const boy = rng.chance(0.5);
    const firstName = rng.chance(0.55) ? rng.pick(boy ? childGroup.boys : childGroup.girls) : rng.pick(boy ? popularBoys : popularGirls);
    const school = age >= 12 ? rng.pick(secondarySchools) : age >= 4 ? rng.pick(primarySchools) : rng.chance(0.3) ? 'Kinderopvang Klein Rondeel' : null;
    const id = draft.child({ firstName, lastName: childLastName, age, school, bsn: rng.chance(0.7) });
    family.children.push({ id, firstName, age, boy });
  }

  const together = (oldest + 1) * 365 + rng.int(0, 1500);
  const addAdult = (firstName: string, lastName: string, age: number, role: 'parent' | 'caregiver', relation: string, sinceDaysAgo: number) => {
    family.adults.push({ id: draft.adult({ firstName, lastName, age, role, relation, sinceDaysAgo, bsn: rng.chance(0.7) }), firstName });
  };
  const parentAge = () => oldest + rng.int(20, 36);
  const withMother = composition !== 'father' && composition !== 'grandmother';
  if (withMother) addAdult(rng.pick(motherGroup.women), motherLastName, parentAge(), 'parent', 'moeder', together);
  if (withFather) addAdult(rng.pick(fatherGroup.men), fatherLastName, parentAge(), 'parent', 'vader', together);
  if (composition === 'stepfather') {
    const group = pickGroup(rng);
    addAdult(rng.pick(group.men), surnameOf(rng, group), parentAge(), 'caregiver', 'partner van moeder (stiefvader)', rng.int(100, 1500));
  }
  if (composition === 'grandmother') addAdult(grandmotherName(rng, motherGroup), motherLastName, oldest + rng.int(45, 60), 'caregiver', 'grootmoeder; zorgt voor de kinderen (netwerkpleegzorg)', rng.int(200, 2000));

  const child = family.children[0]!;
  const adult = family.adults[0]!;
  const values = { child: child.firstName, youngest: youngest(family)!.firstName, adult: adult.firstName };

  // Involvements: the district-team professional first, then partners that fit the family's themes.
  const chosenThemes = rng.sample(themes, rng.chance(0.45) ? 2 : 1);
  const summary = chosenThemes.map((theme) => fill(theme.summary, values)).join(' en ');
  draft.involve(primaryKey, {
    domain: chosenThemes[0]!.key === 'veiligheid' || chosenThemes[0]!.key === 'geweld' ? 'child_safety' : chosenThemes[0]!.domain,
    sinceDaysAgo: primarySince,
    reason: `${rng.pick([...sources, ...(withMother ? ['Moeder zelf'] : []), ...(withFather ? ['Vader zelf'] : [])])} meldde het gezin aan bij het wijkteam vanwege ${summary}. ${rng.pick(districtActions)}`,
  });
  const target = rng.weighted([[1, 12], [2, 35], [3, 33], [4, 20]] as const);
  const candidates = chosenThemes.flatMap((theme) => theme.partners).filter((partner) => !partner.applies || partner.applies(family));
  const seen = new Set([primaryKey]);
  for (const partner of rng.sample(candidates, candidates.length)) {
    if (draft.involvedUsers.length >= target) break;
    if (seen.has(partner.userKey)) continue;
    seen.add(partner.userKey);
    const about = partner.about?.(family);
    draft.involve(partner.userKey, {
      domain: partner.domain, sinceDaysAgo: rng.int(10, primarySince + 200), personId: about?.id,
      reason: fill(rng.pick(partner.reasons), { ...values, child: about?.firstName ?? values.child }),
    });
  }
  const keys = new Set(chosenThemes.map((theme) => theme.key));
  if (keys.has('veiligheid')) draft.rows.household.escalation_level = draft.isInvolved('linda.hoekstra') ? 'compulsory' : 'with_conditions';
  else if (keys.has('geweld') && rng.chance(0.6)) draft.rows.household.escalation_level = 'with_conditions';

  // Informal network: absent in about a third of the families (the five questions then show it).
  const networkIds: Array<{ id: string; grandparent: boolean }> = [];
  if (rng.chance(0.68)) {
    const options = networkOptions(rng, family);
    for (const option of rng.sample(options, rng.int(1, 3))) {
      const id = draft.network({ ...option, sinceDaysAgo: rng.int(5, primarySince), contact: rng.chance(0.8) ? draft.nextMobile() : 'via moeder' });
      networkIds.push({ id, grandparent: option.relation.startsWith('oma') || option.relation.startsWith('opa') });
    }
  }

  // Safety guardians: every child in about 60% of the families, some children in the rest.
  const allGuarded = rng.chance(0.6);
  for (const kid of family.children) {
    if (!allGuarded && rng.chance(0.5)) continue;
    const grandparent = networkIds.find((member) => member.grandparent);
    if (networkIds.length > 0 && rng.chance(0.3)) {
      draft.guard(kid.id, { networkMemberId: (grandparent ?? networkIds[0]!).id }, rng.int(1, 200));
      continue;
    }
    const preferred = kid.age < 4 ? 'carla.verbeek' : kid.age < 12 ? 'petra.vandijk' : 'jeroen.kuipers';
    draft.guard(kid.id, { userKey: draft.isInvolved(preferred) ? preferred : primaryKey }, rng.int(1, 200));
  }

  // Direction: a current regisseur in about 60%; some with an earlier period that was handed over.
  const primary = draft.user(primaryKey);
  const teamLead = primary.teamKey ? teamLeadOf[primary.teamKey] ?? primaryKey : primaryKey;
  const others = draft.involvedUsers.filter((key) => key !== primaryKey);
  const involvedSince = (key: string) => {
    const row = draft.rows.involvements.find((involvement) => involvement.user_id === draft.user(key).id);
    return row ? Math.round((ctx.today.getTime() - Date.parse(row.since)) / 86_400_000) : 1;
  };
  if (rng.chance(0.6)) {
    const kind = rng.weighted([['primary', 70], ['other', 15], ['family', 15]] as const);
    const holderKey = kind === 'other' && others.length > 0 ? rng.pick(others) : primaryKey;
    const since = rng.int(1, Math.max(1, involvedSince(holderKey)));
    if (others.length > 0 && rng.chance(0.3)) {
      const previous = rng.pick(others.filter((key) => key !== holderKey).concat(holderKey === primaryKey ? [] : [primaryKey]));
      const previousSince = Math.min(since + rng.int(30, 400), involvedSince(previous));
      if (previousSince > since) {
        draft.direction({
          holder: { userKey: previous }, assignedBy: teamLead, sinceDaysAgo: previousSince, untilDaysAgo: since,
          mandate: `${draft.user(previous).name} coördineert de hulp aan het gezin tot de acute zorgen zijn afgenomen.`,
          handoverNote: rng.pick(handoverNotes),
        });
      }
    }
    if (kind === 'family') {
      draft.direction({
        holder: { personId: adult.id, supportedBy: primaryKey }, assignedBy: primaryKey, sinceDaysAgo: since,
        mandate: `${adult.firstName} houdt zelf de regie over het gezinsplan, ondersteund door ${primary.name} (wijkteam). Zolang de veiligheidsafspraken worden nagekomen blijft dat zo; bij zorgen over de kinderen neemt het wijkteam de regie over.`,
      });
    } else {
      const holder = draft.user(holderKey);
      draft.direction({
        holder: { userKey: holderKey }, assignedBy: teamLead, sinceDaysAgo: since,
        mandate: `${holder.name} (${holder.title}) voert de regie over het gezinsplan: bewaakt de afspraken, zit het gezinsoverleg voor en schaalt op als de veiligheid van de kinderen in het geding komt.`,
      });
    }
  } else if (rng.chance(0.1)) {
    const since = rng.int(200, 600);
    draft.direction({
      holder: { userKey: primaryKey }, assignedBy: teamLead, sinceDaysAgo: since, untilDaysAgo: rng.int(5, since - 1),
      mandate: `${primary.name} voert de regie over het gezinsplan.`,
      handoverNote: 'Regisseur langdurig afwezig; er is nog geen opvolger aangewezen.',
    });
  }
  return draft;
}

function grandmotherName(rng: Rng, group: NameGroup): string {
  return group === nameGroups[0] ? rng.pick(grandmotherNames) : rng.pick(group.women);
}

function networkOptions(rng: Rng, family: Family): Array<{ name: string; relation: string; doesWhat: string }> {
  const boy = family.children.find((child) => child.boy && child.age >= 6);
  const girl = family.children.find((child) => !child.boy && child.age >= 6);
  const local = () => pickGroup(rng);
  const woman = () => { const group = local(); return `${rng.pick(group.women)} ${surnameOf(rng, group)}`; };
  const man = () => { const group = local(); return `${rng.pick(group.men)} ${surnameOf(rng, group)}`; };
  const { group } = family;
  const options = [
    { name: `${grandmotherName(rng, group)} ${family.motherLastName}`, relation: 'oma (moederskant)', doesWhat: 'Haalt de kinderen twee middagen per week uit school; de kinderen kunnen bij haar logeren als het thuis te veel wordt.' },
    { name: `${group === nameGroups[0] ? rng.pick(grandfatherNames) : rng.pick(group.men)} ${family.motherLastName}`, relation: 'opa (moederskant)', doesWhat: 'Komt elke zaterdag langs en helpt met klussen; merkt het als de sfeer thuis gespannen is.' },
    { name: woman(), relation: 'buurvrouw', doesWhat: 'Ziet de kinderen dagelijks op straat; de kinderen weten dat ze bij haar kunnen aanbellen.' },
    { name: man(), relation: 'buurman', doesWhat: 'Heeft een reservesleutel en springt bij als ouders niet thuis zijn.' },
    { name: `${rng.pick(group.women)} ${family.motherLastName}`, relation: 'tante (zus van moeder)', doesWhat: 'Vangt de kinderen op in het weekend als moeder overbelast raakt.' },
    { name: woman(), relation: 'vriendin van moeder', doesWhat: 'Luisterend oor voor moeder; gaat mee naar afspraken als moeder dat wil.' },
    { name: man(), relation: 'maatje via Stichting Netwerkkracht', doesWhat: 'Helpt eens per week met post en administratie.' },
  ];
  if (boy) options.push({ name: man(), relation: `voetbaltrainer van ${boy.firstName}`, doesWhat: `Ziet ${boy.firstName} drie keer per week op de training en merkt het als het niet goed gaat.` });
  if (girl) options.push({ name: woman(), relation: `trainer van de turnclub van ${girl.firstName}`, doesWhat: `${girl.firstName} vertrouwt haar; zij heeft eerder zorgen gedeeld met school.` });
  return options;
}
