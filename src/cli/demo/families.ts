import { HouseholdDraft, type DemoContext } from './draft.ts';
import { demoMunicipality } from './names.ts';

/**
 * Five hand-written families, modelled on the situations in the source documents (numbered as in docs/domain.md#sources):
 * the girl back home after a crisis placement (000), the mother with five children in a shelter (004),
 * the family where grandmother was pushed out of view (001), the family that moved between
 * municipalities three times (004, care avoidance) and the father whose children nobody asked about (004,
 * the kindcheck). Anouk Jansen (district team) is involved in all five and leads three of them.
 * Each family has a timeline of signals from the organisations involved (dates relative to today), so
 * the stored alerts tell the seed's story: Verhoeven — repeated violence, crisis after crisis, Tim out of
 * view; Kramer — repeated violence, crisis after crisis, arrived with history; Hofstede — missed home
 * visits, help refused, Daan out of view; Pronk — arrived with history and five faces of care avoidance;
 * Vermeulen — police call-outs, adult problems without kindcheck, Sophie out of view.
 */
export const handWrittenFamilyNames = [
  'Gezin Verhoeven', 'Gezin Kramer', 'Gezin Hofstede', 'Gezin Pronk', 'Gezin Vermeulen',
] as const;

/** Surnames the generator must not reuse, so the hand-written families are easy to find. */
export const handWrittenSurnames = ['Verhoeven', 'Kramer', 'Hofstede', 'Pronk', 'Vermeulen', 'Koopman', 'de Wit', 'Brouwers', 'de Groot'];

/**
 * Mother Kim de Groot's household, where Sophie and Milan Vermeulen live every other week. Anouk is not involved
 * here, and the district team South is not involved with father: the one place in the demo where two organisations
 * worry about the same children without knowing of each other — what matching is for (docs/domain.md#matching).
 */
export const coParentFamilyName = 'Gezin de Groot';

export function buildHandWrittenFamilies(ctx: DemoContext): HouseholdDraft[] {
  return [verhoeven(ctx), kramer(ctx), hofstede(ctx), pronk(ctx), vermeulen(ctx)];
}

/** Built after the generated households, so that adding it left their ids and contents as they were. */
export function buildCoParentFamily(ctx: DemoContext, handWritten: readonly HouseholdDraft[]): HouseholdDraft {
  const father = handWritten.find((draft) => draft.rows.household.name === 'Gezin Vermeulen');
  if (!father) throw new Error('the co-parent family needs Gezin Vermeulen');
  return deGroot(ctx, father);
}

/** Seed 000: Lisa (15) is back home after a crisis placement; the violence with her father is not solved. */
function verhoeven(ctx: DemoContext): HouseholdDraft {
  const family = new HouseholdDraft(ctx, { name: 'Gezin Verhoeven', municipality: demoMunicipality, createdBy: 'bram.degraaf', escalationLevel: 'with_conditions', createdDaysAgo: 190 });
  family.address({ street: 'Merelstraat 14', postcode: '9991 KB', city: 'Rondeel', municipality: demoMunicipality, fromDaysAgo: 3200 });
  const lisa = family.child({ firstName: 'Lisa', lastName: 'Verhoeven', age: 15, school: 'Rondeel College' });
  const tim = family.child({ firstName: 'Tim', lastName: 'Verhoeven', age: 11, school: 'Basisschool De Wilgenhoek' });
  const marco = family.adult({ firstName: 'Marco', lastName: 'Verhoeven', age: 47, role: 'parent', relation: 'vader', sinceDaysAgo: 6000 });
  const ellen = family.adult({ firstName: 'Ellen', lastName: 'Dijkstra', age: 45, role: 'parent', relation: 'moeder', sinceDaysAgo: 6000 });

  family.involve('bram.degraaf', {
    domain: 'parenting', sinceDaysAgo: 190, personId: lisa,
    reason: 'Lisa verbleef zes weken op de crisisgroep van De Kompasroos na geweld tussen haar en vader. Nu intensieve ambulante gezinsbegeleiding: twee keer per week thuis, gericht op de-escalatie tussen vader en Lisa en op wat ouders nodig hebben om grenzen te stellen zonder geweld.',
  });
  family.involve('anouk.jansen', {
    domain: 'child_safety', sinceDaysAgo: 120,
    reason: 'Regisseur sinds Lisa terug is uit de crisisgroep. De problemen thuis zijn door de opname niet opgelost en lopen weer op; er is al een nieuwe veiligheidsmelding. Anouk houdt het veiligheidsplan bij, zit de gezinsgesprekken voor en let ook op Tim, over wie nog niemand het heeft gehad.',
  });
  family.involve('jeroen.kuipers', {
    domain: 'education', sinceDaysAgo: 300, personId: lisa,
    reason: 'Zorgcoördinator Rondeel College. Lisa komt sinds haar terugkeer nauwelijks op school. School maakt zich zorgen over haar beïnvloedbaarheid en contacten met oudere jongens buiten school (mogelijke loverboyproblematiek).',
  });
  family.involve('pieter.smits', {
    domain: 'education', sinceDaysAgo: 90, personId: lisa,
    reason: 'Leerplicht: verzuimmelding voor Lisa (meer dan 16 uur in vier weken). Het verzuim hangt samen met het geweld thuis; daarom geen proces-verbaal maar afstemming met het wijkteam en de zorgcoördinator.',
  });
  family.involve('ingrid.bos', {
    domain: 'domestic_violence', sinceDaysAgo: 45,
    reason: 'Nieuwe melding na een escalatie thuis (vader en Lisa, beiden lichte verwondingen). Veiligheidsbeoordeling gedaan: veiligheidsvoorwaarden vastgesteld en overgedragen aan het wijkteam; Veilig Thuis monitort de voorwaarden.',
  });
  family.involve('erik.meijer', {
    domain: 'justice', sinceDaysAgo: 60,
    reason: 'Wijkagent: twee keer ter plaatse geweest na burenmeldingen over geschreeuw en slaan. Zorgmelding doorgezet naar Veilig Thuis.',
  });

  const aunt = family.network({
    name: 'Marloes Dijkstra', relation: 'tante (zus van moeder)', sinceDaysAgo: 110, contact: family.nextMobile(),
    doesWhat: 'Lisa mag bij haar logeren als het thuis oploopt; staat als time-out-adres in het veiligheidsplan. Belt Anouk als Lisa onverwacht voor de deur staat.',
  });
  family.network({
    name: 'Kees Brandsma', relation: 'handbaltrainer van Lisa', sinceDaysAgo: 100, contact: family.nextMobile(),
    doesWhat: 'Ziet Lisa twee keer per week op de training; Lisa vertrouwt hem. Laat het weten als ze niet komt opdagen.',
  });
  family.guard(lisa, { userKey: 'anouk.jansen' }, 110);
  family.guard(lisa, { networkMemberId: aunt }, 110);
  // Tim (11) has nobody watching over him yet: the five-questions panel shows it.

  family.direction({
    holder: { userKey: 'bram.degraaf' }, assignedBy: 'marieke.devries', sinceDaysAgo: 190, untilDaysAgo: 120,
    mandate: 'Bram de Graaf (De Kompasroos) coördineert tijdens de crisisopname van Lisa: veiligheid van Lisa op de groep, gesprekken met ouders, en een terugkeerplan.',
    handoverNote: 'Lisa is na zes weken crisisgroep weer thuis. De achterliggende problemen zijn niet opgelost: het geweld tussen Lisa en vader kan opnieuw oplaaien. De regie gaat naar Anouk Jansen (wijkteam); De Kompasroos blijft ambulant betrokken. Afgesproken: bij een nieuwe escalatie binnen 24 uur overleg met Veilig Thuis, en Lisa kan dan naar tante Marloes.',
  });
  family.direction({
    holder: { userKey: 'anouk.jansen' }, assignedBy: 'marieke.devries', sinceDaysAgo: 120,
    mandate: 'Anouk Jansen voert de regie over één gezinsplan voor het gezin Verhoeven: zij bewaakt de veiligheidsvoorwaarden van Veilig Thuis, organiseert elke drie weken een gezinsgesprek met Lisa erbij, en schaalt op naar Jeugdbescherming als het geweld terugkomt. Afgesproken met ouders, Lisa, De Kompasroos en school.',
  });
  // Seed 000/004: police call-outs, reports and a crisis placement, each handled on its own; Tim out of view.
  family.signal({ by: 'erik.meijer', kind: 'police_call_out', daysAgo: 340, about: [lisa, marco], severity: 'high',
    note: 'Burenmelding: geschreeuw en klappen. Vader en Lisa allebei overstuur; vader zegt dat het "uit de hand liep". Zorgmelding gemaakt.' });
  family.signal({ by: 'jeroen.kuipers', kind: 'child_withdrawn', daysAgo: 320, about: [lisa],
    note: 'Lisa zit in de pauzes alleen en reageert nauwelijks als de mentor haar aanspreekt.' });
  family.signal({ by: 'ingrid.bos', kind: 'report_to_safe_at_home', daysAgo: 300, about: [lisa, marco, ellen], severity: 'high',
    note: 'Melding van de politie. Vader sloeg Lisa na een ruzie over uitgaan; moeder stond erbij en greep niet in. Onderzoek gestart.' });
  family.signal({ by: 'erik.meijer', kind: 'police_call_out', daysAgo: 205, about: [lisa, marco], severity: 'high',
    note: 'Lisa belde zelf 112 na een vechtpartij met vader. Lisa voorlopig naar de crisisgroep.' });
  family.signal({ by: 'bram.degraaf', kind: 'crisis_placement', daysAgo: 196, about: [lisa], severity: 'high' });
  family.signal({ by: 'bram.degraaf', kind: 'help_started', daysAgo: 150, about: [lisa, marco, ellen], severity: 'low' });
  family.signal({ by: 'anouk.jansen', kind: 'child_seen_and_heard', daysAgo: 118, about: [lisa], severity: 'low' });
  family.signal({ by: 'pieter.smits', kind: 'child_school_absence', daysAgo: 88, about: [lisa],
    note: 'Meer dan 16 uur ongeoorloofd verzuim in vier weken. Geen proces-verbaal: verzuim hangt samen met de situatie thuis.' });
  family.signal({ by: 'jeroen.kuipers', kind: 'child_school_absence', daysAgo: 70, about: [lisa] });
  family.signal({ by: 'erik.meijer', kind: 'police_call_out', daysAgo: 58, about: [lisa, marco], severity: 'high' });
  family.signal({ by: 'erik.meijer', kind: 'police_call_out', daysAgo: 47, about: [lisa, tim, marco, ellen], severity: 'high',
    note: 'Escalatie tussen vader en Lisa, beiden lichte verwondingen. Tim (11) zat boven op zijn kamer; niet met hem gesproken.' });
  family.signal({ by: 'ingrid.bos', kind: 'report_to_safe_at_home', daysAgo: 45, about: [lisa, tim, marco, ellen], severity: 'high' });
  family.signal({ by: 'jeroen.kuipers', kind: 'child_disclosure', daysAgo: 31, about: [lisa], severity: 'high',
    note: 'Lisa vertelde haar mentor dat vader haar bij een ruzie tegen de kast duwde en dat ze bang is voor de avonden. Ze wil niet dat vader weet dat zij dit verteld heeft.' });
  family.signal({ by: 'anouk.jansen', kind: 'child_seen_and_heard', daysAgo: 12, about: [lisa], severity: 'low',
    note: 'Lisa alleen gesproken bij tante Marloes. Zij wil thuis blijven wonen als vader meedoet aan de gezinsbehandeling.' });
  return family;
}

/** Seed 004: a mother with five children in the shelter after violence by her ex-partner. */
function kramer(ctx: DemoContext): HouseholdDraft {
  const family = new HouseholdDraft(ctx, { name: 'Gezin Kramer', municipality: demoMunicipality, createdBy: 'aylin.kaya', escalationLevel: 'with_conditions', createdDaysAgo: 70 });
  family.address({ street: 'Havenkade 37', postcode: '9982 AH', city: 'Kreekmonde', municipality: 'Kreekmonde', fromDaysAgo: 2900, untilDaysAgo: 70 });
  family.address({ street: 'Geheim adres (vrouwenopvang Het Baken)', postcode: null, city: 'Rondeel', municipality: demoMunicipality, fromDaysAgo: 70 });
  const kevin = family.child({ firstName: 'Kevin', lastName: 'de Wit', age: 12, school: 'Basisschool De Wilgenhoek' });
  const demi = family.child({ firstName: 'Demi', lastName: 'de Wit', age: 10, school: 'Basisschool De Wilgenhoek' });
  const jayden = family.child({ firstName: 'Jayden', lastName: 'Koopman', age: 7, school: 'Basisschool De Wilgenhoek' });
  const noa = family.child({ firstName: 'Noa', lastName: 'Koopman', age: 4, school: 'Basisschool De Wilgenhoek' });
  const sem = family.child({ firstName: 'Sem', lastName: 'Koopman', age: 1, bsn: false });
  const jolanda = family.adult({ firstName: 'Jolanda', lastName: 'Kramer', age: 34, role: 'parent', relation: 'moeder', sinceDaysAgo: 4500 });
  const dennis = family.adult({
    firstName: 'Dennis', lastName: 'Koopman', age: 38, role: 'parent', sinceDaysAgo: 2900, untilDaysAgo: 70,
    relation: 'vader van Jayden, Noa en Sem; ex-partner van moeder (pleger huiselijk geweld)',
  });

  family.involve('aylin.kaya', {
    domain: 'domestic_violence', sinceDaysAgo: 70, personId: jolanda,
    reason: 'Moeder en de vijf kinderen verblijven sinds tien weken in de crisisopvang na ernstig geweld door ex-partner Dennis. Aylin begeleidt moeder; de kinderwerker van Het Baken ziet de kinderen dagelijks.',
  });
  family.involve('ingrid.bos', {
    domain: 'domestic_violence', sinceDaysAgo: 72,
    reason: 'Melding van de politie na huiselijk geweld in Kreekmonde. Veiligheidsbeoordeling: acuut onveilig. Veiligheidsvoorwaarden: geen contact tussen Dennis en de kinderen buiten begeleide omgang, het adres blijft geheim. Veilig Thuis monitort 18 maanden.',
  });
  family.involve('anouk.jansen', {
    domain: 'child_safety', sinceDaysAgo: 40,
    reason: 'Wijkteam neemt de nazorg na de opvang op zich: gezinnen die zonder begeleiding uit de opvang naar een eigen woning gaan, vallen vaak snel terug. Anouk bereidt de overdracht voor en houdt alle vijf kinderen in beeld, elk met hun eigen behoeften.',
  });
  family.involve('carla.verbeek', {
    domain: 'health', sinceDaysAgo: 60, personId: sem,
    reason: 'Consultatiebureau voor Sem (1) en Noa (4), huisbezoek in de opvang. Sem blijft achter in groei en oogt erg stil; extra controle elke vier weken.',
  });
  family.involve('petra.vandijk', {
    domain: 'education', sinceDaysAgo: 55,
    reason: 'Kevin, Demi, Jayden en Noa zijn na de vlucht ingeschreven op De Wilgenhoek (de derde school voor Kevin). Kevin is boos en teruggetrokken; Demi zorgt opvallend veel voor haar broertjes en zusje.',
  });
  family.involve('mirjam.vos', {
    domain: 'housing', sinceDaysAgo: 30,
    reason: 'Urgentieaanvraag voor een eengezinswoning met vier slaapkamers in Rondeel; uitstroom uit de opvang verwacht binnen drie maanden.',
  });
  family.involve('henk.dekker', {
    domain: 'finances', sinceDaysAgo: 25, personId: jolanda,
    reason: 'Schulden (huurachterstand in Kreekmonde, energie) staan op naam van moeder; de ex-partner beheerde het geld. Stabilisatie en budgetbeheer, zodat de nieuwe woning niet meteen in gevaar komt.',
  });

  family.network({
    name: 'Sandra Kramer', relation: 'zus van moeder', sinceDaysAgo: 60, contact: family.nextMobile(),
    doesWhat: 'Past op woensdag op Noa en Sem zodat moeder naar afspraken kan. Kent het geheime adres niet; ze zien elkaar via de opvang.',
  });
  family.network({
    name: 'Fenny Boersma', relation: 'buurvrouw in Kreekmonde', sinceDaysAgo: 60, contact: family.nextMobile(),
    doesWhat: 'Belde in de nacht van het geweld de politie. Kevin houdt contact met haar zoon; zij is voor Kevin een vertrouwd adres.',
  });
  family.guard(kevin, { userKey: 'petra.vandijk' }, 50);
  family.guard(demi, { userKey: 'petra.vandijk' }, 50);
  family.guard(jayden, { userKey: 'aylin.kaya' }, 65);
  family.guard(noa, { userKey: 'aylin.kaya' }, 65);
  family.guard(sem, { userKey: 'carla.verbeek' }, 58);

  family.direction({
    holder: { userKey: 'ingrid.bos' }, assignedBy: 'ingrid.bos', sinceDaysAgo: 72, untilDaysAgo: 40,
    mandate: 'Veilig Thuis coördineert de acute fase: veiligheid van moeder en kinderen, plaatsing in de crisisopvang, veiligheidsbeoordeling.',
    handoverNote: 'Veiligheidsbeoordeling afgerond. De regie gaat naar de vrouwenopvang zolang het gezin daar verblijft; Veilig Thuis blijft de veiligheidsvoorwaarden monitoren. Bij uitstroom naar een eigen woning gaat de regie naar het wijkteam (Anouk Jansen) — niet eerder stoppen dan dat.',
  });
  family.direction({
    holder: { userKey: 'aylin.kaya' }, assignedBy: 'ingrid.bos', sinceDaysAgo: 40,
    mandate: 'Aylin Kaya (Het Baken) leidt het gezinsplan tijdens het verblijf in de opvang: veiligheid van moeder en de vijf kinderen, omgang met vader alleen begeleid, voorbereiding op de uitstroom. Bij de verhuizing draagt zij de regie expliciet over aan het wijkteam.',
  });
  // Seed 004: reports in Kreekmonde, a closure, then violence again, the shelter and a move: "starting over".
  family.signal({ by: 'ingrid.bos', kind: 'report_to_safe_at_home', daysAgo: 760, about: [kevin, demi, jolanda],
    note: 'Melding van de school in Kreekmonde: Kevin vertelde over harde ruzies thuis.' });
  family.signal({ by: 'ingrid.bos', kind: 'safe_at_home_closed', daysAgo: 700, about: [kevin, demi, jolanda],
    note: 'Afgesloten: moeder gaf aan dat de relatie voorbij was. Geen vervolghulp afgesproken.' });
  family.signal({ by: 'ingrid.bos', kind: 'adult_domestic_violence', daysAgo: 330, about: [jolanda, dennis], severity: 'high',
    details: { kindcheckAnswered: true }, note: 'Dennis sloeg moeder tijdens een ruzie; de vijf kinderen waren thuis.' });
  family.signal({ by: 'ingrid.bos', kind: 'police_call_out', daysAgo: 300, about: [kevin, jolanda, dennis], severity: 'high',
    note: 'Politie Kreekmonde ter plaatse na burenmelding. Geen huisverbod: moeder wilde geen aangifte doen.' });
  family.signal({ by: 'ingrid.bos', kind: 'police_call_out', daysAgo: 72, about: [kevin, demi, jayden, noa, sem, jolanda, dennis], severity: 'high',
    note: 'Buurvrouw Fenny Boersma belde 112. Ernstig geweld tegen moeder, de kinderen waren erbij.' });
  family.signal({ by: 'ingrid.bos', kind: 'report_to_safe_at_home', daysAgo: 72, about: [kevin, demi, jayden, noa, sem, jolanda], severity: 'high' });
  family.signal({ by: 'aylin.kaya', kind: 'crisis_placement', daysAgo: 71, about: [kevin, demi, jayden, noa, sem, jolanda], severity: 'high',
    note: 'Crisisopvang Het Baken op een geheim adres.' });
  family.signal({ by: 'aylin.kaya', kind: 'move', daysAgo: 70, about: [kevin, demi, jayden, noa, sem, jolanda], severity: 'low',
    details: { fromMunicipality: 'Kreekmonde', toMunicipality: demoMunicipality }, note: 'Geheim adres: niet delen met vader of zijn familie.' });
  family.signal({ by: 'petra.vandijk', kind: 'school_change', daysAgo: 55, about: [kevin, demi, jayden, noa], severity: 'low',
    note: 'Ingeschreven op De Wilgenhoek; voor Kevin de derde school.' });
  family.signal({ by: 'carla.verbeek', kind: 'child_withdrawn', daysAgo: 52, about: [sem], note: 'Sem is erg stil, maakt weinig contact en blijft achter in groei.' });
  family.signal({ by: 'petra.vandijk', kind: 'child_withdrawn', daysAgo: 40, about: [kevin] });
  family.signal({ by: 'henk.dekker', kind: 'adult_debts', daysAgo: 25, about: [jolanda], details: { kindcheckAnswered: true } });
  family.signal({ by: 'carla.verbeek', kind: 'child_seen_and_heard', daysAgo: 24, about: [sem, noa], severity: 'low' });
  family.signal({ by: 'anouk.jansen', kind: 'child_seen_and_heard', daysAgo: 20, about: [kevin, demi], severity: 'low',
    note: 'Kevin en Demi apart gesproken in de opvang. Demi: "ik moet op de kleintjes letten, anders doet niemand het".' });
  family.signal({ by: 'aylin.kaya', kind: 'child_seen_and_heard', daysAgo: 10, about: [jayden, noa], severity: 'low' });
  return family;
}

/** Seed 001: grandmother — not the "real" grandmother — disappeared from view after the divorce. */
function hofstede(ctx: DemoContext): HouseholdDraft {
  const family = new HouseholdDraft(ctx, { name: 'Gezin Hofstede', municipality: demoMunicipality, createdBy: 'sander.bakker', createdDaysAgo: 1300 });
  family.address({ street: 'Kastanjehof 3', postcode: '9991 CP', city: 'Rondeel', municipality: demoMunicipality, fromDaysAgo: 2500 });
  const iris = family.child({ firstName: 'Iris', lastName: 'Hofstede', age: 14, school: 'Rondeel College' });
  const daan = family.child({ firstName: 'Daan', lastName: 'Hofstede', age: 7, school: 'Basisschool De Wilgenhoek' });
  const monique = family.adult({ firstName: 'Monique', lastName: 'Hofstede', age: 39, role: 'parent', relation: 'moeder', sinceDaysAgo: 5200 });

  family.involve('sander.bakker', {
    domain: 'parenting', sinceDaysAgo: 1300, untilDaysAgo: 700,
    reason: 'Opvoedondersteuning aan moeder na de scheiding. Afgesloten toen het beter leek te gaan.',
  });
  family.involve('nadia.haddou', {
    domain: 'mental_health', sinceDaysAgo: 400, personId: monique,
    reason: 'Behandeling van moeder voor een ernstige depressie en angstklachten. Kindcheck gedaan: twee kinderen thuis, Iris neemt veel zorg over. Afgesproken met moeder dat de GGZ het wijkteam belt als zij opnieuw uitvalt.',
  });
  family.involve('jeroen.kuipers', {
    domain: 'education', sinceDaysAgo: 160, personId: iris,
    reason: 'Iris valt uit in de lessen en vertelde haar mentor dat ze \'s nachts voor haar moeder zorgt. De mentor is haar vertrouwenspersoon op school.',
  });
  family.involve('anouk.jansen', {
    domain: 'child_safety', sinceDaysAgo: 150,
    reason: 'Heraanmelding door school: Iris (14) zorgt feitelijk voor Daan én voor moeder, Daan komt ongewassen en zonder eten op school. Anouk is regisseur en liet een familiegroepsplan maken waarin oma Truus en de buurvrouw weer een plek hebben.',
  });
  family.involve('gerda.prins', {
    domain: 'parenting', sinceDaysAgo: 130,
    reason: 'Coördinator familiegroepsplan: bracht oma Truus, buurvrouw Ans en een tante van moeder bij elkaar. Het plan: oma neemt Daan om het weekend, de buurvrouw is aanspreekpunt voor Iris.',
  });
  family.involve('petra.vandijk', {
    domain: 'education', sinceDaysAgo: 200, personId: daan,
    reason: 'Daan (groep 4) heeft een leerachterstand; onderzoek naar een licht verstandelijke beperking loopt. Komt regelmatig zonder ontbijt en te laat.',
  });

  family.network({
    name: 'Truus van Dam', relation: 'oma van Daan (moeder van ex-partner)', sinceDaysAgo: 2400, untilDaysAgo: 900,
    doesWhat: 'Vaste opvang van Daan op woensdag en in de vakanties; Iris kwam na school bij haar. Na de scheiding uit beeld geraakt: "geen echte familie", en niemand vroeg naar haar.',
  });
  const truus = family.network({
    name: 'Truus van Dam', relation: 'oma van Daan (moeder van ex-partner)', sinceDaysAgo: 130, contact: family.nextMobile(),
    doesWhat: 'Weer in beeld sinds het familiegroepsplan. Daan logeert om het weekend bij haar; Iris kan altijd bij haar terecht. Belt Anouk als het thuis niet goed gaat. Juridisch geen positie, voor de kinderen wel familie.',
  });
  family.network({
    name: 'Ans Kok', relation: 'buurvrouw', sinceDaysAgo: 130, contact: family.nextMobile(),
    doesWhat: 'Ziet dagelijks wie er in en uit gaat; Iris loopt bij haar binnen als moeder in bed blijft. Uitte eerder zorgen bij school, maar niemand vroeg door.',
  });
  family.guard(daan, { networkMemberId: truus }, 125);
  family.guard(iris, { userKey: 'jeroen.kuipers' }, 140);
  family.guard(iris, { userKey: 'anouk.jansen' }, 140);

  family.direction({
    holder: { userKey: 'sander.bakker' }, assignedBy: 'marieke.devries', sinceDaysAgo: 1300, untilDaysAgo: 700,
    mandate: 'Sander Bakker coördineert de opvoedondersteuning na de scheiding.',
    handoverNote: 'Hulp afgesloten: moeder gaf aan dat het goed ging en de doelen waren behaald. Geen overdracht; niemand bleef betrokken. (Achteraf: te vroeg losgelaten — oma Truus en de buurvrouw stonden niet in het plan.)',
  });
  family.direction({
    holder: { userKey: 'anouk.jansen' }, assignedBy: 'marieke.devries', sinceDaysAgo: 150,
    mandate: 'Anouk Jansen leidt het gezinsplan Hofstede. Zij zorgt dat Iris niet langer de zorg voor moeder en Daan draagt, dat oma Truus en buurvrouw Ans als vaste steun in het plan staan, en dat de hulp niet opnieuw stopt zolang moeder kwetsbaar is. Afsluiten alleen met een overdracht aan wie blijft kijken.',
  });
  // Seed 001/004: home visits where nobody opened, help ended by the family, and Daan whom nobody talks with.
  family.signal({ by: 'sander.bakker', kind: 'help_started', daysAgo: 1290, about: [monique, iris, daan], severity: 'low' });
  family.signal({ by: 'sander.bakker', kind: 'appointment_missed', daysAgo: 800, about: [monique], note: 'Huisbezoek: niemand deed open, gordijnen dicht.' });
  family.signal({ by: 'sander.bakker', kind: 'appointment_missed', daysAgo: 780, about: [monique] });
  family.signal({ by: 'sander.bakker', kind: 'appointment_missed', daysAgo: 745, about: [monique], note: 'Derde keer niemand thuis; moeder belde later af.' });
  family.signal({ by: 'sander.bakker', kind: 'help_ended', daysAgo: 705, about: [monique, iris, daan], details: { endedBy: 'family' },
    note: 'Moeder wilde stoppen: "het gaat nu goed". Geen overdracht; niemand bleef betrokken.' });
  family.signal({ by: 'nadia.haddou', kind: 'adult_mental_health', daysAgo: 400, about: [monique], severity: 'high', details: { kindcheckAnswered: true },
    note: 'Ernstige depressie en angstklachten; moeder ligt soms dagen in bed. Kindcheck: twee kinderen thuis, Iris neemt veel zorg over.' });
  family.signal({ by: 'nadia.haddou', kind: 'help_declined', daysAgo: 380, about: [monique], note: 'Moeder zag af van de deeltijdbehandeling: "dan is er niemand voor de kinderen".' });
  family.signal({ by: 'petra.vandijk', kind: 'child_neglected_appearance', daysAgo: 190, about: [daan], note: 'Daan komt zonder ontbijt en dagen in dezelfde kleren.' });
  family.signal({ by: 'jeroen.kuipers', kind: 'child_school_absence', daysAgo: 165, about: [iris] });
  family.signal({ by: 'jeroen.kuipers', kind: 'child_disclosure', daysAgo: 158, about: [iris], severity: 'high',
    note: 'Iris vertelde haar mentor dat ze \'s nachts voor moeder zorgt en Daan \'s ochtends aankleedt en naar school brengt.' });
  family.signal({ by: 'anouk.jansen', kind: 'child_seen_and_heard', daysAgo: 140, about: [iris, daan], severity: 'low' });
  family.signal({ by: 'petra.vandijk', kind: 'child_neglected_appearance', daysAgo: 95, about: [daan] });
  family.signal({ by: 'petra.vandijk', kind: 'child_regression', daysAgo: 60, about: [daan], note: 'Daan plast weer in zijn broek op school.' });
  family.signal({ by: 'anouk.jansen', kind: 'child_seen_and_heard', daysAgo: 35, about: [iris], severity: 'low', note: 'Iris gesproken bij buurvrouw Ans.' });
  return family;
}

/** Seed 004 (care avoidance): three moves between municipalities, each soon after help started. */
function pronk(ctx: DemoContext): HouseholdDraft {
  const family = new HouseholdDraft(ctx, { name: 'Gezin Pronk', municipality: demoMunicipality, createdBy: 'anouk.jansen', escalationLevel: 'compulsory', createdDaysAgo: 380 });
  family.address({ street: 'Weverstraat 8', postcode: '9971 BR', city: 'Lindewaard', municipality: 'Lindewaard', fromDaysAgo: 2000, untilDaysAgo: 1400 });
  family.address({ street: 'Sluisstraat 21b', postcode: '9982 SL', city: 'Kreekmonde', municipality: 'Kreekmonde', fromDaysAgo: 1400, untilDaysAgo: 900 });
  family.address({ street: 'Bleekveld 5', postcode: '9961 BV', city: 'Dijkerveen', municipality: 'Dijkerveen', fromDaysAgo: 900, untilDaysAgo: 400 });
  family.address({ street: 'Reigerlaan 44', postcode: '9992 RL', city: 'Rondeel', municipality: demoMunicipality, fromDaysAgo: 400 });
  const jesse = family.child({ firstName: 'Jesse', lastName: 'Pronk', age: 8, school: 'Basisschool De Wilgenhoek' });
  const luna = family.child({ firstName: 'Luna', lastName: 'Brouwers', age: 3, school: 'Kinderopvang Klein Rondeel (peuteropvang)' });
  const mees = family.child({ firstName: 'Mees', lastName: 'Brouwers', age: 0 });
  const sabrina = family.adult({ firstName: 'Sabrina', lastName: 'Pronk', age: 29, role: 'parent', relation: 'moeder', sinceDaysAgo: 3100 });
  const rick = family.adult({ firstName: 'Rick', lastName: 'Brouwers', age: 32, role: 'caregiver', relation: 'partner van moeder; vader van Luna en Mees, stiefvader van Jesse', sinceDaysAgo: 1500 });

  family.involve('petra.vandijk', {
    domain: 'education', sinceDaysAgo: 380, personId: jesse,
    reason: 'Jesse wisselde in twee jaar vier keer van school en heeft anderhalf jaar leerachterstand. School zag blauwe plekken die niet goed werden uitgelegd en heeft dat volgens de meldcode gemeld.',
  });
  family.involve('ingrid.bos', {
    domain: 'child_safety', sinceDaysAgo: 330, untilDaysAgo: 120,
    reason: 'Derde melding in vier jaar. Eerdere meldingen in Kreekmonde en Dijkerveen werden afgesloten omdat het gezin verhuisd was. Nu als patroon herkend (zorgmijding) en verzoek tot onderzoek gedaan bij de Raad voor de Kinderbescherming.',
  });
  family.involve('anouk.jansen', {
    domain: 'parenting', sinceDaysAgo: 300,
    reason: 'Praktische gezinsondersteuning binnen de ondertoezichtstelling: dagstructuur, geldzaken, contact met school en consultatiebureau. Anouk is het vaste gezicht aan huis en legt de verhuisgeschiedenis vast, zodat een volgende gemeente die ziet.',
  });
  family.involve('carla.verbeek', {
    domain: 'health', sinceDaysAgo: 200, personId: mees,
    reason: 'Mees kwam na de geboorte niet op het consultatiebureau; het dossier was vanuit Dijkerveen niet overgedragen. Nu huisbezoek elke twee weken.',
  });
  family.involve('sanne.willems', {
    domain: 'parenting', sinceDaysAgo: 250, personId: luna,
    reason: 'Luna gaat drie ochtenden naar de peuteropvang (VVE). Ze is schrikachtig en praat weinig; de pedagogisch coach observeert en deelt wat ze ziet.',
  });
  family.involve('henk.dekker', {
    domain: 'finances', sinceDaysAgo: 200,
    reason: 'Hoge schulden, deels achtergelaten in eerdere gemeenten, met beslagleggingen. Budgetbeheer is een voorwaarde in het plan van de jeugdbeschermer.',
  });
  family.involve('linda.hoekstra', {
    domain: 'child_safety', sinceDaysAgo: 120,
    reason: 'Ondertoezichtstelling van Jesse, Luna en Mees sinds vier maanden. Het gezin verhuisde drie keer in vier jaar, telkens kort nadat hulp of een onderzoek begon; Jesse zat op vier scholen.',
  });

  family.network({
    name: 'Gerrit Pronk', relation: 'opa (vader van moeder)', sinceDaysAgo: 110, contact: family.nextMobile(),
    doesWhat: 'Woont in Lindewaard en is het enige vaste punt in alle verhuizingen. Jesse logeert in de vakanties bij hem.',
  });
  family.network({
    name: 'Yvonne Statia', relation: 'buurvrouw', sinceDaysAgo: 90, contact: family.nextMobile(),
    doesWhat: 'Past af en toe op Luna en Mees. Weet van de ondertoezichtstelling en mag de jeugdbeschermer bellen.',
  });
  family.guard(jesse, { userKey: 'petra.vandijk' }, 115);
  family.guard(luna, { userKey: 'sanne.willems' }, 115);
  family.guard(mees, { userKey: 'carla.verbeek' }, 115);

  family.direction({
    holder: { userKey: 'ingrid.bos' }, assignedBy: 'ingrid.bos', sinceDaysAgo: 330, untilDaysAgo: 120,
    mandate: 'Veilig Thuis coördineert onderzoek en veiligheid na de derde melding, en vraagt de dossiers uit Kreekmonde en Dijkerveen op.',
    handoverNote: 'De kinderrechter sprak een ondertoezichtstelling uit voor een jaar; Veilig Thuis draagt de regie over aan de jeugdbeschermer. De dossiers uit Kreekmonde en Dijkerveen zijn opgevraagd; de verhuisgeschiedenis staat in Rondom.',
  });
  family.direction({
    holder: { userKey: 'linda.hoekstra' }, assignedBy: 'ingrid.bos', sinceDaysAgo: 120,
    mandate: 'Linda Hoekstra (Jeugdbescherming) voert de regie binnen de ondertoezichtstelling: zij stelt het plan vast, bewaakt de veiligheidsvoorwaarden en kan een schriftelijke aanwijzing geven. Een verhuizing of schoolwissel wordt vooraf met haar besproken; bij vertrek naar een andere gemeente zorgt zij voor een warme overdracht.',
  });
  // Seed 004 (care avoidance): three municipalities, four schools, help stopped and contact with earlier helpers forbidden.
  family.signal({ by: 'ingrid.bos', kind: 'report_to_safe_at_home', daysAgo: 1460, about: [jesse, sabrina],
    note: 'Eerste melding (Lindewaard): het consultatiebureau zag blauwe plekken bij Jesse die niet goed werden uitgelegd.' });
  family.signal({ by: 'anouk.jansen', kind: 'move', daysAgo: 1400, about: [jesse, sabrina], severity: 'low', details: { fromMunicipality: 'Lindewaard', toMunicipality: 'Kreekmonde' } });
  family.signal({ by: 'anouk.jansen', kind: 'school_change', daysAgo: 1395, about: [jesse], severity: 'low' });
  family.signal({ by: 'anouk.jansen', kind: 'help_ended', daysAgo: 1150, about: [jesse, sabrina], details: { endedBy: 'family' },
    note: 'Moeder stopte na twee gesprekken met de opvoedondersteuning van het wijkteam Kreekmonde.' });
  family.signal({ by: 'ingrid.bos', kind: 'report_to_safe_at_home', daysAgo: 960, about: [jesse, sabrina, rick], severity: 'high',
    note: 'Tweede melding (Kreekmonde): school zag opnieuw blauwe plekken.' });
  family.signal({ by: 'ingrid.bos', kind: 'earlier_helpers_contact_refused', daysAgo: 930, about: [sabrina, rick],
    note: 'Ouders gaven geen toestemming om het consultatiebureau in Lindewaard te bellen.' });
  family.signal({ by: 'anouk.jansen', kind: 'move', daysAgo: 900, about: [jesse, sabrina, rick], severity: 'low',
    details: { fromMunicipality: 'Kreekmonde', toMunicipality: 'Dijkerveen' }, note: 'Twee weken nadat Veilig Thuis het onderzoek startte.' });
  family.signal({ by: 'ingrid.bos', kind: 'safe_at_home_closed', daysAgo: 890, about: [jesse, sabrina, rick], note: 'Afgesloten omdat het gezin verhuisd was; geen overdracht naar Dijkerveen.' });
  family.signal({ by: 'anouk.jansen', kind: 'school_change', daysAgo: 885, about: [jesse], severity: 'low' });
  family.signal({ by: 'anouk.jansen', kind: 'help_declined', daysAgo: 700, about: [sabrina, rick], note: 'Gezinscoach Dijkerveen: ouders wilden geen hulp, "we redden het zelf".' });
  family.signal({ by: 'anouk.jansen', kind: 'school_change', daysAgo: 600, about: [jesse], severity: 'low' });
  family.signal({ by: 'anouk.jansen', kind: 'move', daysAgo: 400, about: [jesse, luna, sabrina, rick], severity: 'low',
    details: { fromMunicipality: 'Dijkerveen', toMunicipality: demoMunicipality } });
  family.signal({ by: 'petra.vandijk', kind: 'school_change', daysAgo: 395, about: [jesse], severity: 'low', note: 'De vierde school in vier jaar.' });
  family.signal({ by: 'petra.vandijk', kind: 'child_injury', daysAgo: 380, about: [jesse], severity: 'high',
    note: 'Blauwe plekken op bovenarmen en rug. Jesse zegt dat hij van de trap viel; moeder zegt dat hij met zijn fiets viel.' });
  family.signal({ by: 'ingrid.bos', kind: 'report_to_safe_at_home', daysAgo: 330, about: [jesse, luna, sabrina, rick], severity: 'high' });
  family.signal({ by: 'sanne.willems', kind: 'child_withdrawn', daysAgo: 240, about: [luna], note: 'Luna schrikt van harde geluiden en praat weinig.' });
  family.signal({ by: 'henk.dekker', kind: 'adult_debts', daysAgo: 200, about: [sabrina, rick], details: { kindcheckAnswered: true } });
  family.signal({ by: 'henk.dekker', kind: 'only_non_threatening_help', daysAgo: 190, about: [sabrina, rick],
    note: 'Ouders accepteren budgetbeheer, maar willen niets weten van gezinsbehandeling.' });
  family.signal({ by: 'carla.verbeek', kind: 'appointment_missed', daysAgo: 185, about: [luna, sabrina], note: 'Niet verschenen op het consultatiebureau.' });
  family.signal({ by: 'carla.verbeek', kind: 'appointment_missed', daysAgo: 170, about: [luna, sabrina], note: 'Huisbezoek: niemand thuis.' });
  family.signal({ by: 'carla.verbeek', kind: 'appointment_missed', daysAgo: 150, about: [luna, sabrina] });
  family.signal({ by: 'linda.hoekstra', kind: 'child_seen_and_heard', daysAgo: 28, about: [jesse], severity: 'low', note: 'Jesse alleen gesproken op school.' });
  family.signal({ by: 'sanne.willems', kind: 'child_seen_and_heard', daysAgo: 16, about: [luna], severity: 'low' });
  family.signal({ by: 'carla.verbeek', kind: 'child_seen_and_heard', daysAgo: Math.min(12, family.bornDaysAgo(mees)), about: [mees], severity: 'low' });
  return family;
}

/** Seed 004 (kindcheck): two years of adult mental health care before anyone asked about the children. */
function vermeulen(ctx: DemoContext): HouseholdDraft {
  const family = new HouseholdDraft(ctx, { name: 'Gezin Vermeulen', municipality: demoMunicipality, createdBy: 'thijs.vanleeuwen', escalationLevel: 'with_conditions', createdDaysAgo: 56 });
  family.address({ street: 'Stationsweg 112 (bovenwoning)', postcode: '9991 ST', city: 'Rondeel', municipality: demoMunicipality, fromDaysAgo: 800 });
  const sophie = family.child({ firstName: 'Sophie', lastName: 'Vermeulen', age: 12, school: 'Rondeel College' });
  const milan = family.child({ firstName: 'Milan', lastName: 'Vermeulen', age: 9, school: 'Basisschool De Wilgenhoek' });
  const patrick = family.adult({ firstName: 'Patrick', lastName: 'Vermeulen', age: 42, role: 'parent', relation: 'vader', sinceDaysAgo: 4700 });
  family.adult({
    firstName: 'Kim', lastName: 'de Groot', age: 40, role: 'parent', sinceDaysAgo: 4700, untilDaysAgo: 800,
    relation: 'moeder; woont sinds de scheiding zelfstandig in Rondeel (co-ouderschap, kinderen om de week bij vader)',
  });

  family.involve('thijs.vanleeuwen', {
    domain: 'mental_health', sinceDaysAgo: 730, personId: patrick,
    reason: 'Casemanager FACT-team: vader heeft een psychotische stoornis en gebruikt cannabis en alcohol. Twee jaar in behandeling zonder dat iemand naar kinderen vroeg. Kindcheck acht weken geleden alsnog gedaan: Sophie en Milan wonen om de week bij vader. Zorgen gemeld bij Veilig Thuis.',
  });
  family.involve('wouter.peters', {
    domain: 'health', sinceDaysAgo: 900, personId: patrick,
    reason: 'Huisarts van vader, moeder en kinderen; schrijft de medicatie van vader voor. Werkt mee aan de kindcheck en deelt wat nodig is voor de veiligheid van de kinderen.',
  });
  family.involve('ingrid.bos', {
    domain: 'child_safety', sinceDaysAgo: 56,
    reason: 'Melding van de GGZ na de kindcheck. Veiligheidsvoorwaarden: vader gebruikt niet in de weken dat de kinderen bij hem zijn; bij tekenen van psychose gaan de kinderen direct naar moeder.',
  });
  family.involve('anouk.jansen', {
    domain: 'child_safety', sinceDaysAgo: 50,
    reason: 'Regisseur sinds de melding. Spreekt Sophie en Milan zelf: wat merken zij van vaders ziekte en gebruik? Verbindt volwassenen-GGZ en school, die elkaar niet kenden, en kijkt of een KOPP-groep past.',
  });
  family.involve('erik.meijer', {
    domain: 'justice', sinceDaysAgo: 40, personId: patrick,
    reason: 'Drie overlastmeldingen in een jaar (geluid, verward gedrag op straat); nooit gevraagd of er kinderen in huis waren. Deelt signalen nu met het wijkteam.',
  });
  family.involve('petra.vandijk', {
    domain: 'education', sinceDaysAgo: 45, personId: milan,
    reason: 'Milan is in de vaderweken vaak moe en vergeet zijn spullen; hij vertelde de juf dat papa "rare dingen ziet".',
  });

  family.network({
    name: 'Hassan Bouzid', relation: 'voetbaltrainer van Milan', sinceDaysAgo: 40, contact: family.nextMobile(),
    doesWhat: 'Ziet Milan drie keer per week en brengt hem na de training thuis; merkt hoe het met vader gaat. Afgesproken dat hij Anouk belt bij zorgen.',
  });
  family.network({
    name: 'Ben Vermeulen', relation: 'opa (vader van Patrick)', sinceDaysAgo: 40, contact: family.nextMobile(),
    doesWhat: 'Heeft een sleutel en gaat langs als Patrick de telefoon niet opneemt.',
  });
  family.guard(milan, { userKey: 'petra.vandijk' }, 40);
  // Sophie (12) has nobody watching over her yet: her secondary school does not know.
  void sophie;

  family.direction({
    holder: { userKey: 'anouk.jansen' }, assignedBy: 'marieke.devries', sinceDaysAgo: 50,
    mandate: 'Anouk Jansen is regisseur: zij brengt volwassenen-GGZ, huisarts, school en Veilig Thuis bij elkaar in één plan, spreekt de kinderen zelf en bewaakt de afspraken over de vaderweken. Moeder Kim is betrokken en stemt in.',
  });
  // Seed 004 (kindcheck): two years of adult care and police call-outs without asking about the children;
  // Veilig Thuis closed while father's addiction remained; Sophie not seen by anyone.
  family.signal({ by: 'thijs.vanleeuwen', kind: 'help_started', daysAgo: 725, about: [patrick], severity: 'low' });
  family.signal({ by: 'thijs.vanleeuwen', kind: 'adult_mental_health', daysAgo: 720, about: [patrick], severity: 'high',
    note: 'Psychotische stoornis; wisselende therapietrouw.' });
  family.signal({ by: 'thijs.vanleeuwen', kind: 'adult_addiction', daysAgo: 700, about: [patrick], note: 'Dagelijks cannabis, in het weekend veel alcohol.' });
  family.signal({ by: 'ingrid.bos', kind: 'report_to_safe_at_home', daysAgo: 430, about: [sophie, milan, patrick],
    note: 'Melding door moeder Kim: vader verward en onder invloed in de vaderweek.' });
  family.signal({ by: 'ingrid.bos', kind: 'safe_at_home_closed', daysAgo: 385, about: [sophie, milan, patrick],
    note: 'Afgesloten na de afspraak dat de kinderen tijdelijk bij moeder blijven. De verslaving van vader bleef buiten het onderzoek.' });
  family.signal({ by: 'erik.meijer', kind: 'police_call_out', daysAgo: 330, about: [patrick], note: 'Overlast: harde muziek midden in de nacht.' });
  family.signal({ by: 'erik.meijer', kind: 'police_call_out', daysAgo: 210, about: [patrick], note: 'Verward gedrag op straat.' });
  family.signal({ by: 'erik.meijer', kind: 'police_call_out', daysAgo: 95, about: [patrick], note: 'Vader liep verward over straat en sprak over stemmen.' });
  family.signal({ by: 'thijs.vanleeuwen', kind: 'kindcheck_done', daysAgo: 56, about: [sophie, milan, patrick], severity: 'low',
    note: 'Kindcheck alsnog na twee jaar: Sophie en Milan wonen om de week bij vader.' });
  family.signal({ by: 'thijs.vanleeuwen', kind: 'report_to_safe_at_home', daysAgo: 56, about: [sophie, milan, patrick], severity: 'high' });
  family.signal({ by: 'petra.vandijk', kind: 'child_disclosure', daysAgo: 44, about: [milan], severity: 'high',
    note: 'Milan vertelde de juf dat papa "rare dingen ziet" en dat hij dan zelf maar een boterham smeert.' });
  family.signal({ by: 'anouk.jansen', kind: 'child_seen_and_heard', daysAgo: 30, about: [milan], severity: 'low', note: 'Milan thuis gesproken; Sophie was er niet.' });
  family.signal({ by: 'erik.meijer', kind: 'adult_addiction', daysAgo: 18, about: [patrick], note: 'Vader onder invloed aangetroffen bij een verkeerscontrole.' });
  family.signal({ by: 'wouter.peters', kind: 'adult_mental_health', daysAgo: 12, about: [patrick], note: 'Vraagt om meer slaapmedicatie; achterdochtig en slaapt slecht.' });
  return family;
}

/** Seed 004, the mother's side: the district team South helps Kim with debts and hears the children's worries. */
function deGroot(ctx: DemoContext, father: HouseholdDraft): HouseholdDraft {
  const personNamed = (firstName: string) => {
    const person = father.rows.persons.find((row) => row.first_name === firstName);
    if (!person) throw new Error(`Gezin Vermeulen has no ${firstName}`);
    return { id: person.id, firstName, age: father.children.find((child) => child.id === person.id)?.age };
  };
  const family = new HouseholdDraft(ctx, { name: coParentFamilyName, municipality: demoMunicipality, createdBy: 'lotte.smit', createdDaysAgo: 120 });
  family.address({ street: 'Zuidsingel 7', postcode: '9993 ZA', city: 'Rondeel', municipality: demoMunicipality, fromDaysAgo: 800 });
  const kim = family.alsoLivesHere(personNamed('Kim'), { role: 'parent', relation: 'moeder', sinceDaysAgo: 800 });
  const sophie = family.alsoLivesHere(personNamed('Sophie'), { role: 'child', relation: 'om de week bij moeder', sinceDaysAgo: 800 });
  const milan = family.alsoLivesHere(personNamed('Milan'), { role: 'child', relation: 'om de week bij moeder', sinceDaysAgo: 800 });
  family.involve('lotte.smit', {
    domain: 'finances', sinceDaysAgo: 120, personId: kim,
    reason: 'Gezinscoach wijkteam Zuid: moeder vroeg hulp bij schulden sinds de scheiding. Ziet de kinderen in de moederweken.',
  });
  family.involve('hanneke.brouwer', {
    domain: 'health', sinceDaysAgo: 70, personId: sophie,
    reason: 'Jeugdarts: Sophie kwam niet op het onderzoek in klas 1; moeder maakte een nieuwe afspraak.',
  });
  family.signal({ by: 'lotte.smit', kind: 'adult_debts', daysAgo: 115, about: [kim], note: 'Betalingsachterstanden sinds de scheiding; schuldhulp aangevraagd.' });
  family.signal({ by: 'lotte.smit', kind: 'child_withdrawn', daysAgo: 60, about: [sophie, milan],
    note: 'Sophie en Milan zijn na de vaderweek stil; Milan wil niet zeggen waarom.' });
  family.signal({ by: 'hanneke.brouwer', kind: 'appointment_missed', daysAgo: 70, about: [sophie], severity: 'low' });
  return family;
}
