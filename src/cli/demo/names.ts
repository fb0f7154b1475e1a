/**
 * Fictional place names and plausible Dutch names for the demo region. Rondeel and its neighbours do
 * not exist; any resemblance of a generated family to a real one is coincidence.
 */

/** The demo municipality. */
export const demoMunicipality = 'Rondeel';

/** Villages inside the municipality (addresses), and fictional neighbouring municipalities (moves). */
export const rondeelPlaces = ['Rondeel', 'Rondeel', 'Rondeel', 'Oudeveer', 'Kreekhoven', 'Rondeel-Zuid'] as const;
export const otherMunicipalities = ['Kreekmonde', 'Lindewaard', 'Dijkerveen', 'Hoogbroek', 'Brakelmonde', 'Veenhuizerwold'] as const;

export const streets = [
  'Molenstraat', 'Kerkstraat', 'Lindelaan', 'Kastanjehof', 'Beukenlaan', 'Schoolstraat', 'Dorpsstraat',
  'Irisstraat', 'Tulpstraat', 'Zonnebloemlaan', 'Havenkade', 'Dijkweg', 'Sluisstraat', 'Vlietsingel',
  'Merelstraat', 'Spreeuwenhof', 'Populierenlaan', 'Wilgenhoek', 'Esdoornplein', 'Julianastraat',
  'Emmastraat', 'Oranjelaan', 'Stationsweg', 'Marktplein', 'Bleekveld', 'Weverstraat', 'Smidsweg',
  'Pastoor van Aalstraat', 'Burgemeester Rondhuisplein', 'Reigerlaan', 'Kievitstraat', 'Korenbloemstraat',
] as const;

/**
 * Surnames by background, each with first names that go with it, so a family reads as one family.
 * Children get a name from their background or, often, one of the names popular across the country.
 */
export interface NameGroup { surnames: readonly string[]; women: readonly string[]; men: readonly string[]; girls: readonly string[]; boys: readonly string[]; weight: number }

export const nameGroups: readonly NameGroup[] = [
  {
    weight: 60,
    surnames: [
      'de Jong', 'van den Berg', 'van Dijk', 'de Boer', 'Dekkers', 'Janssens', 'Vermeer', 'van der Linden', 'Schouten',
      'Willemsen', 'van Beek', 'Peeters', 'Hoekman', 'van Wijk', 'Kok', 'Jacobs', 'de Haan', 'Vos', 'van der Meer',
      'Lammers', 'Postma', 'Boersma', 'Koning', 'Bosman', 'van Loon', 'Huisman', 'Kuiper', 'Veenstra', 'Scholten',
      'Wouters', 'Groen', 'Timmermans', 'Hermans', 'Gerritsen', 'Martens', 'van Vliet', 'Bouwman', 'Sanders', 'Evers',
      'Maas', 'Franken', 'de Lange', 'Brink', 'Veldman', 'Bakkenes', 'van Rijn', 'Oosterhuis', 'Zwart', 'de Bruijn',
      'Mertens', 'Smeets', 'Claassen', 'Wijnands', 'Hoogeveen', 'van Essen', 'Dijkman', 'Roelofs', 'ter Horst',
      'Kloosterman', 'Nijland', 'Pool', 'Wessels', 'Hazenberg', 'Tuinman', 'Ververs', 'van Ommen', 'Stam', 'Vink',
      'Blom', 'de Ridder', 'Haverkamp', 'Bosch', 'Hendriksen',
    ],
    women: ['Sanne', 'Linda', 'Kim', 'Marloes', 'Esther', 'Nicole', 'Sabine', 'Chantal', 'Melissa', 'Ilse', 'Wendy', 'Miranda', 'Petra', 'Debora', 'Jolien', 'Manon', 'Daniëlle', 'Kelly'],
    men: ['Mark', 'Dennis', 'Kevin', 'Rick', 'Bas', 'Jeroen', 'Martijn', 'Erwin', 'Patrick', 'Michel', 'Ronald', 'Stefan', 'Wesley', 'Danny', 'Sjoerd', 'Niels'],
    girls: ['Fenna', 'Tess', 'Lotte', 'Saar', 'Fleur', 'Roos', 'Isa', 'Jasmijn', 'Demi', 'Kiki', 'Romy', 'Bo', 'Femke', 'Sterre'],
    boys: ['Daan', 'Luuk', 'Bram', 'Jesse', 'Thijs', 'Ruben', 'Teun', 'Gijs', 'Mees', 'Sven', 'Stijn', 'Niek', 'Tygo', 'Jurre'],
  },
  {
    weight: 9,
    surnames: ['Yılmaz', 'Şahin', 'Aydın', 'Kaya', 'Öztürk', 'Doğan', 'Çelik', 'Arslan'],
    women: ['Sevda', 'Ayşe', 'Fatma', 'Emine', 'Derya', 'Hülya', 'Songül'], men: ['Mehmet', 'Murat', 'Mustafa', 'Hakan', 'Emre', 'Serkan'],
    girls: ['Elif', 'Zeynep', 'Ecrin', 'Defne', 'Azra'], boys: ['Emir', 'Yusuf', 'Mert', 'Kerem', 'Burak'],
  },
  {
    weight: 10,
    surnames: ['El Idrissi', 'Benali', 'Ait Taleb', 'Bouzid', 'Amrani', 'El Khatib', 'Ouchan', 'Ziani', 'Tahiri'],
    women: ['Naima', 'Fatima', 'Khadija', 'Samira', 'Latifa', 'Nadia', 'Hanan'], men: ['Karim', 'Hassan', 'Mohamed', 'Said', 'Rachid', 'Khalid'],
    girls: ['Amira', 'Aya', 'Hiba', 'Malak', 'Yasmina', 'Ilham'], boys: ['Ayoub', 'Adam', 'Omar', 'Rayan', 'Ilias', 'Bilal'],
  },
  {
    weight: 7,
    surnames: ['Ramdin', 'Mahabier', 'Soekhai', 'Baldewsingh', 'Jagesar', 'Martina', 'Statia', 'Rosalia', 'Doelwijt'],
    women: ['Sharmila', 'Rachelle', 'Priscilla', 'Anjali', 'Shirley', 'Gisela'], men: ['Rishi', 'Glenn', 'Ricardo', 'Ravi', 'Dwight', 'Anil'],
    girls: ['Shanaya', 'Anaya', 'Priya', 'Naomi', 'Jaylinn'], boys: ['Ravi', 'Jayden', 'Dylan', 'Xavier', 'Dev'],
  },
  {
    weight: 5,
    surnames: ['Nowak', 'Kowalski', 'Wiśniewski', 'Popescu', 'Ionescu', 'Kamiński'],
    women: ['Agnieszka', 'Katarzyna', 'Ioana', 'Magdalena', 'Elena'], men: ['Tomasz', 'Piotr', 'Andrei', 'Marek', 'Bogdan'],
    girls: ['Maja', 'Hanna', 'Zuzanna', 'Alexandra'], boys: ['Kacper', 'Jakub', 'Filip', 'Matei'],
  },
  {
    weight: 6,
    surnames: ['Haile', 'Tesfay', 'Ahmadi', 'Mohammadi', 'Osei', 'Asante', 'Nguyen', 'Tran'],
    women: ['Helen', 'Selam', 'Abena', 'Thu', 'Zahra', 'Akosua'], men: ['Yonas', 'Dawit', 'Kofi', 'Tuan', 'Ali', 'Kwame'],
    girls: ['Selam', 'Linh', 'Ama', 'Mahnaz', 'Ruth'], boys: ['Dawit', 'Minh', 'Kwame', 'Amir', 'Natan'],
  },
];

/** Names heard everywhere in Dutch classrooms, whatever the family's background. */
export const popularGirls = ['Emma', 'Julia', 'Mila', 'Sophie', 'Zoë', 'Sara', 'Nora', 'Eva', 'Liv', 'Yara', 'Noor', 'Lina'] as const;
export const popularBoys = ['Noah', 'Sem', 'Liam', 'Lucas', 'Finn', 'Levi', 'Milan', 'Adam', 'Mohammed', 'Luca', 'Sami', 'Noud'] as const;

export const grandmotherNames = ['Truus', 'Riet', 'Annie', 'Gerda', 'Ria', 'Fatma', 'Hatice', 'Aicha', 'Wilma', 'Joke', 'Marianne'] as const;
export const grandfatherNames = ['Henk', 'Gerrit', 'Kees', 'Jan', 'Ahmet', 'Mohamed', 'Frans', 'Wim', 'Harry'] as const;

/** Schools in free text on the person (only De Wilgenhoek and Rondeel College are organisations in Rondom). */
export const primarySchools = ['Basisschool De Wilgenhoek', 'Basisschool De Wilgenhoek', 'Basisschool De Zonnewijzer', 'Sint-Jozefschool Oudeveer'] as const;
export const secondarySchools = ['Rondeel College', 'Rondeel College', 'Vakcollege Kreekhoven', 'Het Lindewaard Lyceum'] as const;

