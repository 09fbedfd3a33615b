from common import A

# ---------------- North Africa unrelated ----------------
A("u1", "Nile Ledger", "ISMAILIA", "2025-01-06T11:00:00+02:00", "suez-canal-2024-revenue",
"Suez Canal revenue fell by more than half in 2024, authority says",
'''Suez Canal revenue fell to about $4 billion in 2024 from a record $10.25 billion a year earlier, the head of the Suez Canal Authority said on Monday, as attacks on shipping in the Red Sea kept many vessels on the longer route around Africa.

Authority chairman Osama Rabie said the number of transits dropped by around half, with container lines the most likely to divert.

"The canal is ready and safe. The problem is not in Egypt, it is at the southern entrance of the Red Sea," Rabie told reporters in Ismailia.

The authority has offered discounts of up to 15% to some categories of ships and is pressing ahead with projects to widen and deepen the southern section of the waterway.

The canal is one of Egypt's main sources of foreign currency, alongside tourism, remittances from Egyptians abroad and gas exports. Officials said they hoped traffic would recover during 2025 if security in the Red Sea improves.''')

A("u2", "Atlas Courier", "RABAT", "2025-01-07T14:30:00+01:00", "morocco-high-speed-rail-extension",
"Morocco awards contracts to extend high-speed rail line to Marrakech",
'''Morocco's national rail operator ONCF on Tuesday signed contracts worth about 9 billion dirhams to build the extension of the country's high-speed line from Kenitra to Marrakech, one of the main projects planned before the 2030 World Cup.

The contracts cover civil engineering works on several sections of the 430-kilometre line, which will pass through Rabat and Casablanca, ONCF director general Mohamed Rabie Khlie said at a signing ceremony.

"When the line is finished, a passenger will travel from Tangier to Marrakech in less than three hours," Khlie said.

Morocco opened Africa's first high-speed railway, between Tangier and Kenitra, in 2018. The extension is expected to cost about 53 billion dirhams in total, including new rolling stock and stations.

The government said the works would create around 30,000 jobs during construction.''')

A("u3", "Maghreb Wire", "CASABLANCA", "2025-01-08T09:50:00+01:00", "morocco-high-speed-rail-extension",
"Moroccan builders win bulk of high-speed rail extension works",
'''Moroccan construction companies secured most of the civil works contracts awarded this week for the extension of the country's high-speed rail line to Marrakech, rail operator ONCF said on Wednesday.

Several domestic groups, some in consortium with Spanish and Chinese partners, were chosen for sections between Kenitra and Marrakech, ONCF said, without giving a breakdown by company.

"This is a sign of maturity of our national construction sector," said Youssef Alaoui, an official at the transport ministry. "Ten years ago, the big lots went abroad."

The contracts, worth about 9 billion dirhams, were signed on Tuesday in Rabat. The new line is due to be ready before Morocco co-hosts the 2030 World Cup with Spain and Portugal.

Business groups said the project would help regional suppliers of steel, cement and engineering services.''')

A("u4", "Sahara Chronicle", "ALGIERS", "2025-01-10T16:00:00+01:00", "sonatrach-illizi-gas-discovery",
"Sonatrach announces gas discovery in Illizi basin",
'''Algeria's state energy company Sonatrach said on Friday it had made a significant natural gas discovery in the Illizi basin in the southeast of the country, the latest in a string of finds as Algiers tries to raise output.

An exploration well drilled alone by Sonatrach tested at about 1.1 million cubic metres of gas per day, the company said in a statement.

"This discovery confirms the potential of the Illizi basin and supports our plans to increase production and exports," Sonatrach chief executive Rachid Hachichi said.

Algeria is Africa's largest gas exporter and a major supplier to Italy and Spain through undersea pipelines. Rising domestic consumption has limited the volumes available for export, and the government has pushed for more exploration and partnerships with foreign firms.

The company said appraisal work would begin in the coming months to estimate the size of the reservoir.''')

A("u5", "Carthage Daily", "TUNIS", "2025-01-11T12:00:00+01:00", "tunisia-tourism-record-2024",
"Tunisia records more than 10 million tourist arrivals in 2024",
'''Tunisia welcomed just over 10 million foreign visitors in 2024, a record that beat the level reached before the COVID-19 pandemic, the tourism ministry said on Saturday.

Tourism revenue rose about 7% to around 7.5 billion dinars, Tourism Minister Sofiene Tekaya said, with the largest numbers of visitors coming from Algeria, Libya, France and Germany.

"Tunisia is again a destination of choice, and we now want to attract visitors all year round, not only in summer," Tekaya said.

The ministry said it would focus in 2025 on cultural and desert tourism and on increasing direct flights from European cities.

Tourism is one of Tunisia's main sources of foreign currency and employs hundreds of thousands of people, directly and indirectly. The sector was hit hard by militant attacks in 2015 and then by the pandemic.''')

A("u6", "Sahara Chronicle", "TRIPOLI", "2025-01-13T15:10:00+02:00", "libya-cbl-oil-revenue-2024",
"Libya's central bank reports 2024 oil revenue, urges spending restraint",
'''Libya's central bank said on Monday that the country earned about $22 billion from oil sales in 2024, down from the previous year because of a weeks-long shutdown of fields during a dispute over control of the bank itself.

The bank's governor, Naji Issa, said spending by rival authorities in the east and west had outpaced revenue and urged a unified budget for 2025.

"Without a single budget and real discipline, pressure on the dinar will continue," Issa said in a televised statement.

Libya's oil production has since recovered to more than 1.3 million barrels per day, according to the National Oil Corporation. Oil accounts for nearly all of the country's export earnings.

The central bank was at the centre of a political crisis last year when the Tripoli-based government tried to replace its long-serving governor, prompting eastern authorities to halt oil output.''')

A("u7", "Maghreb Wire", "ALGIERS", "2025-01-31T18:30:00+01:00", "algeria-cabinet-reshuffle",
"Algerian president reshuffles cabinet, names new finance minister",
'''Algerian President Abdelmadjid Tebboune reshuffled his government on Friday, appointing a new finance minister and merging several economic portfolios, the presidency said in a statement.

Abdelkrim Bouzred, a former head of a state bank, was named finance minister. The ministries of industry and of pharmaceutical production were combined into a single department.

Prime Minister Nadir Larbaoui and the ministers of foreign affairs, interior and energy kept their posts.

"The new team will have to speed up economic reforms and improve the business climate," political analyst Farid Benyahia said. "The president wants results before the end of his term's first half."

Tebboune was re-elected in September for a second five-year term. He has promised to diversify the economy away from oil and gas and to raise the minimum wage.''')

A("u8", "Nile Ledger", "CAIRO", "2025-02-20T20:10:00+02:00", "egypt-cbe-holds-rates-feb",
"Egypt's central bank keeps interest rates unchanged",
'''The Central Bank of Egypt kept its main interest rates unchanged on Thursday, saying inflation was slowing but remained high, and signalled it could begin easing policy later in the year.

The bank's monetary policy committee held the overnight deposit rate at 27.25% and the lending rate at 28.25%, where they have stood since March 2024.

Annual urban consumer price inflation slowed to 24% in January from 24.1% in December, official data showed. The bank said it expected inflation to fall significantly during 2025 because of favourable base effects.

"The committee will continue to assess the balance of risks and is ready to act when the outlook allows," the bank said in a statement.

Egypt raised rates by 600 basis points and floated its currency in March 2024 as part of a reform programme backed by an $8 billion International Monetary Fund loan.''')

A("u9", "Global Wire Service", "CAIRO", "2025-02-20T21:00:00+02:00", "egypt-cbe-holds-rates-feb",
"Egypt holds rates, economists see first cut within months",
'''Egypt's central bank held interest rates steady on Thursday for a seventh consecutive meeting, but economists said a first cut could come as early as April as inflation eases.

The overnight deposit rate remained at 27.25%. Most economists polled before the meeting had expected no change.

"The central bank wants to see a few more months of falling inflation before it moves. The real interest rate is becoming very positive, so the room to cut is growing," said Rania Gaber, an economist at a Cairo investment bank.

Egypt's inflation peaked at nearly 38% in September 2023 before a sharp currency devaluation and a financing package led by the International Monetary Fund stabilised markets.

Foreign investors have returned to Egyptian treasury bills in large numbers, attracted by high yields and a more flexible exchange rate.''')

A("u10", "Sahara Chronicle", "TRIPOLI", "2025-02-16T13:30:00+02:00", "tripoli-armed-clashes-feb",
"Clashes between armed groups erupt in southern Tripoli",
'''Heavy clashes broke out overnight between rival armed groups in southern districts of the Libyan capital, residents said on Sunday, forcing the closure of schools and roads in the Abu Salim area.

The Health Ministry said two people were killed and at least 11 wounded, including civilians hit by stray bullets.

The fighting pitted a group loyal to the interior ministry against a rival militia over control of a checkpoint, according to security sources.

"We spent the night on the floor of the corridor with the children. The shooting did not stop until dawn," said Abu Salim resident Huda Ben Ali.

The Government of National Unity said it had brokered a ceasefire by mid-morning and deployed neutral units to separate the two sides. The U.N. mission in Libya called for restraint and for the protection of civilians.''')

A("u11", "Levant Observer", "TRIPOLI", "2025-02-17T10:00:00+02:00", "tripoli-armed-clashes-feb",
"Uneasy calm returns to Tripoli after deadly militia fighting",
'''An uneasy calm settled over southern Tripoli on Monday after a weekend of fighting between armed groups that killed two people, but residents said they feared further violence as rival factions remained in their positions.

Shops reopened in Abu Salim and traffic resumed on the main roads, though schools in the district stayed closed for a second day.

The U.N. Support Mission in Libya said it was in contact with all sides and urged them to respect the ceasefire reached on Sunday.

"These groups fight over money and territory, and the residents pay the price each time," said Tripoli-based analyst Jalal Harchaoui. "Until there is one security structure, these rounds will repeat."

Tripoli has seen periodic clashes between armed groups since the end of a 2019-2020 offensive on the capital by eastern-based forces.''')

# ---------------- Oceania control ----------------
A("c1", "Southern Cross Record", "MELBOURNE", "2025-01-07T16:20:00+11:00", "victoria-grampians-bushfire",
"Bushfire in Victoria's Grampians forces evacuation of towns",
'''Firefighters battled a large bushfire in the Grampians National Park in western Victoria on Tuesday, with emergency warnings issued for several nearby towns as hot winds pushed the blaze east.

The fire had burned more than 30,000 hectares since it was sparked by lightning last week, the Country Fire Authority said. Residents of Pomonal and Halls Gap were told it was too late to leave and to shelter in place.

"Conditions this afternoon are extremely dangerous. Please follow the advice of emergency services," CFA Chief Officer Jason Heffernan said.

About 600 firefighters and 40 aircraft were deployed. No deaths have been reported, but authorities said several houses had been lost.

Temperatures in parts of Victoria were forecast to reach 42 degrees Celsius before a cool change late in the day.''')

A("c2", "Pacific Tribune", "WELLINGTON", "2025-01-10T14:00:00+13:00", "nz-fast-track-projects",
"New Zealand names first projects under fast-track consenting law",
'''New Zealand's government on Friday published the first group of infrastructure, housing and mining projects that will be considered under its new fast-track consenting law, a move critics say will weaken environmental protections.

Regional Development Minister Shane Jones said the 149 projects, including roads, renewable energy schemes and several mines, would be able to skip parts of the usual approval process.

"For too long this country has said no to building things. This list says yes," Jones told reporters.

Environmental groups said they would challenge some approvals in court. "This law hands ministers far too much power over decisions that affect the environment for generations," said Greenpeace Aotearoa campaigner Amanda Larsson.

The government says faster consents are needed to lift economic growth, which has been weak for two years.''')

A("c3", "Pacific Tribune", "SUVA", "2025-01-15T18:00:00+12:00", "fiji-cyclone-warning",
"Fiji issues cyclone warning as storm approaches northern islands",
'''Fiji's weather service issued a tropical cyclone warning for the northern island of Vanua Levu and nearby islands on Wednesday as a storm strengthened in the Coral Sea and moved east.

The Fiji Meteorological Service said the system was expected to become a category two cyclone within 24 hours, bringing gale-force winds, heavy rain and flooding to low-lying areas.

"People in the warning area should secure their homes and prepare to move to evacuation centres if told to do so," said service director Misaeli Funaki.

Schools in the north were told to remain closed on Thursday, and domestic flights and ferries were suspended.

The South Pacific cyclone season runs from November to April. Fiji was devastated by Cyclone Winston, one of the strongest storms recorded in the Southern Hemisphere, in 2016.''')

A("c4", "Southern Cross Record", "SYDNEY", "2025-01-18T09:30:00+11:00", "sydney-rail-industrial-action",
"Sydney train services disrupted as rail union escalates pay dispute",
'''Commuters in Sydney faced cancellations and delays on Saturday as the rail workers' union stepped up industrial action in a long-running pay dispute with the New South Wales government.

Sydney Trains said it would run a reduced timetable over the weekend, with services on some lines every 30 minutes, after drivers refused to operate certain trains.

"We are sorry for the inconvenience, but we cannot run services without crews," a Sydney Trains spokesperson said.

The Rail, Tram and Bus Union is seeking a 32% pay rise over four years. The state government has offered 11%. Premier Chris Minns said the union's demand was "unaffordable" and urged it to return to the bargaining table.

Union secretary Toby Warnes said workers had been left behind by the cost of living and that further action would follow if there was no better offer.''')

A("c5", "Pacific Tribune", "PORT MORESBY", "2025-01-28T15:40:00+10:00", "png-enga-landslide",
"Landslide buries homes in Papua New Guinea's Enga province",
'''A landslide buried several houses in a remote village in Papua New Guinea's Enga province after days of heavy rain, local officials said on Tuesday, and at least nine people were feared dead.

Provincial administrator Sandis Tsaka said rescuers were digging by hand because heavy machinery could not reach the area, about 60 kilometres from the provincial capital Wabag.

"The ground is still moving and it is dangerous for those trying to help," Tsaka said by telephone.

The national disaster centre said it was sending food, tents and medical supplies by helicopter. Aid agencies said access roads had been cut in several places.

Enga province was the scene of a massive landslide in May 2024 that buried a village and killed hundreds of people.''')

A("c6", "Pacific Tribune", "APIA", "2025-02-03T12:00:00+13:00", "samoa-no-confidence-motion",
"Samoa's prime minister faces no-confidence motion after party split",
'''Samoa's Prime Minister Fiame Naomi Mata'afa will face a motion of no confidence when parliament meets later this month, opposition lawmakers said on Monday, after a split in her ruling party.

The motion was filed by members of the FAST party who broke with Fiame after she dismissed several ministers last month, along with the opposition Human Rights Protection Party.

"The government has lost its way and the people deserve a new direction," said opposition MP Lauofo Pecifica Tuila'epa.

Fiame said she was confident of surviving the vote and accused her rivals of putting personal ambition above stability.

Samoa's parliament has 54 seats. Analysts said the outcome would depend on a handful of lawmakers who have not said how they will vote.''')

A("c7", "Southern Cross Record", "SYDNEY", "2025-02-18T15:00:00+11:00", "rba-rate-cut-feb",
"Reserve Bank of Australia cuts interest rates for first time in four years",
'''The Reserve Bank of Australia cut its cash rate by a quarter of a percentage point to 4.10% on Tuesday, its first reduction since November 2020, saying inflation had fallen faster than expected.

Governor Michele Bullock said the board remained cautious and warned that further cuts were not guaranteed.

"Today's decision does not mean that further rate cuts along the lines the market expects are coming," Bullock told a news conference in Sydney.

Underlying inflation eased to 3.2% in the December quarter, closer to the bank's target band of 2% to 3%.

The decision will bring relief to millions of households with mortgages ahead of a federal election that must be held by May. Treasurer Jim Chalmers called the cut "welcome news for Australians doing it tough".''')

A("c8", "Pacific Tribune", "PORT VILA", "2025-02-21T11:20:00+11:00", "vanuatu-quake-rebuilding",
"Vanuatu opens rebuilt wharf two months after earthquake",
'''Vanuatu reopened a section of the main wharf in Port Vila on Friday, two months after a powerful earthquake damaged the capital's port and central business district.

Infrastructure Minister Johnny Koanapo said the repaired berth would let cargo ships unload containers directly again, ending a period in which goods had to be ferried ashore.

"This is a big step. Our shops and our people depend on this wharf," Koanapo said at a ceremony attended by donor representatives from Australia, New Zealand and Japan.

The magnitude 7.3 earthquake in December killed 14 people and damaged several buildings in Port Vila, including a number of embassies.

Officials said reconstruction of damaged roads and government buildings would take at least another year.''')

# ---------------- World background ----------------
A("w1", "Global Wire Service", "TOKYO", "2025-01-09T17:00:00+09:00", "japan-heavy-snow-jan",
"Heavy snow strands drivers, cuts power along Japan's Sea of Japan coast",
'''Heavy snow fell across northern and western Japan on Thursday, stranding hundreds of vehicles on highways and cutting power to thousands of homes, officials said.

The Japan Meteorological Agency warned of record snowfall in parts of Niigata and Yamagata prefectures, with more than a metre of snow expected in some mountain areas within 24 hours.

"Please avoid unnecessary travel and be careful of avalanches and falling snow from roofs," an agency official said at a briefing.

Several bullet train services were suspended and dozens of domestic flights were cancelled. Utilities said about 8,000 households were without electricity in Niigata.

Authorities reported at least three deaths linked to snow clearing, including a man who fell from a roof.''')

A("w2", "Meridian Press", "SAO PAULO", "2025-01-12T19:30:00-03:00", "sao-paulo-floods-jan",
"Storms flood Sao Paulo streets, leaving two dead",
'''Torrential rain flooded streets across Sao Paulo on Sunday, killing two people and leaving thousands without power in Brazil's largest city, officials said.

More than 100 millimetres of rain fell in some districts in under three hours, according to the city's emergency management centre. Firefighters rescued dozens of people trapped in cars and houses.

"The volume of water was far beyond what the drainage system can take," Mayor Ricardo Nunes told reporters.

Two people died after being swept away by a flooded stream in the city's eastern zone, the fire department said. Electricity distributor Enel said about 200,000 customers had lost power at the peak of the storm.

Brazil's summer rainy season regularly brings floods and landslides to the southeast of the country.''')

A("w3", "Continental Dispatch", "SANTIAGO", "2025-01-18T12:10:00-03:00", "chile-copper-mine-strike",
"Workers at Chilean copper mine begin strike over bonus",
'''Workers at a large copper mine in northern Chile began a strike on Saturday after talks over a new labour contract broke down, their union said.

The union, which represents about 1,200 workers, is demanding a bigger signing bonus and a pay rise linked to copper prices. The mine's operator said its final offer was fair and that contingency plans were in place to maintain some output.

"We have been flexible, but the company has not moved on the main points," union president Patricio Rojas said.

Chile is the world's largest copper producer, and strikes at major mines can affect global supply. Copper prices on the London Metal Exchange rose slightly after news of the stoppage.

The government's labour inspectorate offered to mediate between the two sides.''')

A("w4", "Global Wire Service", "BENGALURU", "2025-01-29T12:30:00+05:30", "india-navigation-satellite-launch",
"India launches navigation satellite on 100th mission from Sriharikota",
'''India's space agency on Wednesday launched a navigation satellite from its Sriharikota spaceport, the 100th launch from the site since the first in 1979.

The Geosynchronous Satellite Launch Vehicle lifted off in the morning and placed the NVS-02 satellite into orbit, the Indian Space Research Organisation said.

"This is a proud moment for the Indian space programme and for all those who have worked at Sriharikota over four and a half decades," ISRO chairman V. Narayanan said.

The satellite is part of India's regional navigation system, which provides positioning services over the country and surrounding areas.

India has expanded its space ambitions in recent years, landing a probe near the moon's south pole in 2023 and preparing for its first crewed spaceflight.''')

A("w5", "Continental Dispatch", "BERLIN", "2025-02-10T08:00:00+01:00", "germany-election-tv-debate",
"German chancellor candidates clash on migration and economy in TV debate",
'''Germany's main candidates for chancellor clashed over migration, the economy and energy prices in a televised debate on Sunday evening, two weeks before a snap federal election.

Chancellor Olaf Scholz of the Social Democrats and conservative challenger Friedrich Merz traded accusations over the state of the economy, which has shrunk for two years in a row.

"You had three years and the country is poorer," Merz told Scholz. Scholz replied that Merz's plans for tax cuts would blow a hole in the budget.

Polls show Merz's CDU/CSU alliance leading with around 30% support, well ahead of the Social Democrats. The far-right Alternative for Germany is in second place.

The election on February 23 was called after Scholz's three-party coalition collapsed in November.''')
