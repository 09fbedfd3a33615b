# ---------------- PRE-TRIGGER ----------------
A("ctl-gt-coffee", "control", "gt-coffee-exports", "gt-coffee-exports", "2025-04-02T08:40:00-06:00", "Isthmus Times",
  "Guatemala coffee exports hit seven-year high on strong European demand", "GUATEMALA CITY",
  ["Guatemala shipped more coffee in the first quarter of 2025 than in any comparable period since 2018, the national coffee association said on Wednesday, crediting a late harvest and steady orders from buyers in Germany and Belgium.",
   "Exports reached roughly 1.1 million 60-kilogram bags between January and March, up about 14 percent from a year earlier, according to figures released by the association in the capital. Average prices paid to growers also rose, helped by tight supplies from Brazil and Vietnam.",
   "\"Small farmers in Huehuetenango and Alta Verapaz are finally seeing a return on years of replanting,\" said Marta Juárez Pop, the association's director of markets. \"But the cost of fertiliser and labour has climbed as well, so the margin is thinner than the headline suggests.\"",
   "Coffee remains one of Guatemala's largest agricultural exports alongside bananas, sugar and cardamom. Rust disease devastated plantations a decade ago, pushing thousands of rural workers to migrate north.",
   "The association said it expects full-year exports to rise by around 8 percent if weather in the highlands stays favourable through the next flowering season."])

A("dec-nbim-exclusion", "decoy", "oil-fund-excludes-shippers", "oil-fund-excludes-shippers", "2025-04-04T10:15:00+02:00", "Fjordposten Daily",
  "Norway's oil fund drops two Asian shipowners over Iran sanctions breaches", "OSLO",
  ["Norway's sovereign wealth fund will sell its stakes in two Asia-listed shipping companies after its ethics watchdog concluded that tankers they control had repeatedly carried Iranian crude in breach of international sanctions, the central bank said on Friday.",
   "The fund, which manages more than 18 trillion crowns of the country's petroleum income, held small positions in both companies worth a combined 640 million crowns at the end of last year. The ethics council said vessels owned by the firms had switched off their tracking transponders and transferred cargoes ship-to-ship off Malaysia.",
   "\"The council found an unacceptable risk that the companies contribute to serious violations of norms,\" said Aslak Vinje, who chairs the council. \"Engagement did not produce answers that satisfied us.\"",
   "Neither company responded to requests for comment. Their shares barely moved in Asian trading.",
   "The fund has excluded around 180 companies since its ethical guidelines were introduced in 2004, on grounds ranging from weapons production to environmental damage. Decisions are made by the central bank's executive board on the council's advice and usually take effect once the holdings are sold."])

A("nord-fi-port-strike-1", "nordic", "fi-port-strike", "fi-port-strike", "2025-04-08T07:50:00+03:00", "Baltic Ledger",
  "Finnish dockworkers walk out, halting Helsinki–Tallinn cargo ferries", "HELSINKI",
  ["Dockworkers at Finland's main ports began a 48-hour strike on Tuesday, stopping cargo handling in Helsinki, Kotka and Turku and leaving dozens of lorries queued at the Vuosaari harbour gate before dawn.",
   "The Transport Workers' Union called the walkout after talks on a new collective agreement broke down over night-shift pay and the use of agency staff. Passenger ferries to Tallinn and Stockholm were sailing, but freight decks were left largely empty.",
   "\"We have offered a reasonable deal and the employers have walked away from the table twice,\" union chair Jari Koskela told reporters outside the harbour. \"Our members are not willing to keep subsidising the logistics industry.\"",
   "The employers' federation said the union's demands would raise costs by nearly 7 percent over two years and warned that export industries, including forestry and steel, would bear the damage.",
   "Finland relies on sea transport for roughly 90 percent of its foreign trade. A state mediator has invited both sides to talks on Wednesday."])

A("nord-fi-port-strike-2", "nordic", "fi-port-strike", "fi-port-strike", "2025-04-08T13:20:00+02:00", "Nordlys Wire",
  "Port strike leaves Finnish exporters scrambling as freight piles up", "HELSINKI",
  ["Finnish forestry and steel exporters said on Tuesday they were rerouting urgent shipments through Sweden after a two-day stoppage by dockworkers froze cargo operations at the country's largest ports.",
   "Queues of trucks stretched several kilometres from Helsinki's Vuosaari terminal by midday, while container ships waited at anchor off Kotka. Passenger sailings to Estonia continued, though with fewer freight units aboard.",
   "A spokeswoman for paper maker Lindholm Paper said the company had moved two vessels' worth of pulp to the Swedish port of Gävle. \"We can live with two days,\" she said. \"If it drags into next week, customers in Germany will start to feel it.\"",
   "The dispute centres on pay for night shifts and the hiring of temporary workers. Union leader Jari Koskela said the walkout could be extended if employers did not return with a better offer.",
   "The national mediator, Pirjo Saarinen, said she had summoned both parties for talks on Wednesday morning and hoped to find a settlement before further action is announced."])

A("ctl-pa-canal", "control", "pa-canal-slots", "pa-canal-slots", "2025-04-09T11:05:00-05:00", "Cordillera Post",
  "Panama Canal adds daily transit slots as Gatun Lake levels recover", "PANAMA CITY",
  ["The Panama Canal Authority said on Wednesday it would raise the number of daily booking slots to 38 from next month, after heavy rains late last year refilled Gatun Lake and eased the water shortage that crippled traffic in 2023 and 2024.",
   "The lake stood at about 83 feet this week, well above the level at which the authority had imposed draft limits and cut transits to as few as 22 a day during the drought.",
   "\"Customers have told us they want predictability above everything else,\" said the authority's operations chief, Ricardo Batista. \"With the reservoir where it is, we can offer that through the dry season.\"",
   "Shipping lines had diverted some Asia–US East Coast services to the Suez route or to rail across the United States during the restrictions. Analysts say the canal has won back most of that traffic.",
   "The authority is also pressing ahead with a proposed reservoir on the Indio River, which would secure water for both ship transits and drinking water for Panama City, though the project faces resistance from communities that would be relocated."])

A("dec-dk-spy-trial", "decoy", "dk-dissident-plot-trial", "dk-dissident-plot-trial", "2025-04-10T15:30:00+02:00", "Oresund Courier",
  "Danish court jails man for spying on Iranian dissidents", "COPENHAGEN",
  ["A Danish court on Thursday sentenced a 46-year-old man to four years in prison for gathering information on Iranian opposition activists living in Denmark on behalf of an Iranian intelligence service.",
   "The man, a Danish citizen born in Iran whose name was withheld under a court order, was found to have photographed homes and vehicles of members of an Arab separatist group in Ringsted and Copenhagen between 2022 and 2024 and passed the material to a handler in Tehran.",
   "\"This was systematic, paid surveillance carried out for a foreign state,\" prosecutor Line Abildgaard told the Glostrup court. The defence argued that the defendant had been pressured because of relatives in Iran, and said it would consider an appeal.",
   "The Danish Security and Intelligence Service has warned repeatedly that Iran monitors exiles in Scandinavia. In 2018 Copenhagen recalled its ambassador from Tehran over an alleged assassination plot against an exile in Denmark.",
   "The court ordered that the man be stripped of his Danish citizenship and expelled after serving his sentence, a decision his lawyer called disproportionate."])

A("wld-jp-cyber", "world", "jp-cyber-defence-law", "jp-cyber-defence-law", "2025-04-11T18:00:00+09:00", "Global Dispatch Agency",
  "Japan's parliament approves active cyber defence law", "TOKYO",
  ["Japan's upper house on Friday passed a law allowing the government to monitor some internet traffic and to disable foreign servers used in cyberattacks before they strike, a significant shift for a country whose constitution guarantees the secrecy of communications.",
   "The legislation lets police and the Self-Defense Forces, with the approval of an independent panel, take down servers suspected of preparing attacks on power grids, railways and other critical infrastructure.",
   "\"The threat environment has changed beyond recognition,\" said Koji Nakamura, the minister in charge of economic security. \"We cannot wait until the hospitals and the railway signals go dark.\"",
   "Opposition lawmakers said the oversight body lacked teeth and warned that the monitoring of communications data could be expanded quietly. Civil liberties groups have called for a court challenge.",
   "The government plans to phase in the new powers by 2027 and to create a new national cyber office with around 2,000 staff."])

A("ctl-sv-hospital", "control", "sv-hospital-opens", "sv-hospital-opens", "2025-04-14T10:30:00-06:00", "Isthmus Times",
  "El Salvador opens largest public hospital in the country's east", "SAN MIGUEL, El Salvador",
  ["El Salvador inaugurated a 400-bed public hospital in San Miguel on Monday, the largest medical facility in the eastern part of the country, which health officials say will cut the long journeys patients have made to the capital for specialist care.",
   "The hospital has eight operating theatres, a cancer unit and a neonatal intensive care ward. It was financed partly by a loan from the Central American Bank for Economic Integration and cost about 190 million dollars.",
   "\"A mother in La Unión should not have to travel four hours to San Salvador to see a paediatric cardiologist,\" Health Minister Óscar Menjívar said at the opening.",
   "Doctors' associations welcomed the building but cautioned that staffing remained a problem. They said several hundred specialists have left the public system in recent years for private clinics or jobs abroad.",
   "The ministry said recruitment of nurses and technicians was under way and that the hospital would reach full capacity by the end of the year."])

A("nord-no-avalanche", "nordic", "no-lyngen-avalanche", "no-lyngen-avalanche", "2025-04-15T16:45:00+02:00", "Polar Bulletin",
  "Avalanche kills two ski tourers in northern Norway's Lyngen Alps", "TROMSØ",
  ["Two foreign ski tourers were killed on Tuesday when an avalanche swept down a slope in the Lyngen Alps in northern Norway, police in Troms said.",
   "The victims, a German man and a Swiss woman in their thirties, were part of a group of five climbing towards a summit east of Lyngseidet. Three others in the party escaped and raised the alarm shortly before noon. A rescue helicopter from Tromsø located the two under about two metres of snow.",
   "\"Conditions have been unstable after several days of warm weather on top of a weak snowpack,\" said police operations leader Tor Inge Eliassen. \"We urge everyone to check the warning service before heading out.\"",
   "The national avalanche warning service had rated the danger at level three, considerable, for the region.",
   "The Lyngen Alps attract thousands of ski tourers each spring, many from central Europe. Avalanches in the area have killed several visitors in recent seasons, prompting local guides to call for stricter rules on guided groups."])

A("dec-fi-qatar-lng", "decoy", "fi-qatar-lng-deal", "fi-qatar-lng-deal", "2025-04-16T12:00:00+03:00", "Baltic Ledger",
  "Finland signs 10-year LNG supply deal with Qatar", "HELSINKI",
  ["Finland's state-owned gas system operator signed a ten-year agreement with QatarEnergy on Wednesday for the delivery of liquefied natural gas to the floating terminal at Inkoo, as the country continues to replace the Russian pipeline gas it lost in 2022.",
   "Under the deal, Qatar will supply up to 0.8 million tonnes a year from 2027. The cargoes will be shipped by tanker from Ras Laffan in the Gulf, through the Suez Canal and around to the Baltic.",
   "\"This gives Finnish industry a long-term anchor for gas supply at a time when the market remains tight,\" said Economy Minister Sanna Lahtinen. \"We are diversifying, and we are doing it with a reliable partner.\"",
   "Finland shares the Inkoo terminal's capacity with Estonia. Gas makes up a small share of Finnish energy use, but it is important for the chemicals and food industries.",
   "Environmental groups criticised the length of the contract, arguing that it could lock the country into fossil fuels beyond its 2035 carbon neutrality target."])

A("nord-is-eruption-1", "nordic", "is-reykjanes-eruption", "is-reykjanes-eruption", "2025-04-17T06:30:00+00:00", "Nordlys Wire",
  "Volcano erupts again on Iceland's Reykjanes peninsula, Grindavik evacuated", "REYKJAVIK",
  ["A volcanic eruption began early on Thursday on Iceland's Reykjanes peninsula, the Icelandic Met Office said, sending lava from a fissure about 1.5 kilometres long north of the fishing town of Grindavik.",
   "Authorities evacuated the few residents who had returned to Grindavik as well as guests at the Blue Lagoon spa, which closed for the day. Keflavik international airport remained open and flights were operating normally.",
   "\"The eruption is smaller than those we saw last year, but it opened very close to the defence barriers,\" said Met Office volcanologist Kristín Jónsdóttir Berg. \"We are watching the southern end of the fissure closely.\"",
   "It is the ninth eruption in the area since December 2023, after the volcanic system woke following some 800 years of dormancy. Earth walls built around Grindavik and the Svartsengi power plant have diverted lava flows several times.",
   "Civil protection officials said the town's roughly 3,700 residents should not attempt to return until further notice."])

A("nord-is-eruption-2", "nordic", "is-reykjanes-eruption", "is-reykjanes-eruption", "2025-04-17T14:10:00+00:00", "Polar Bulletin",
  "Lava reaches barriers near Grindavik as Iceland's new eruption slows", "GRINDAVIK, Iceland",
  ["Lava from a fissure that opened before dawn on Thursday reached the earth barriers protecting Grindavik by the afternoon, but the walls held and the flow had begun to slow, Iceland's civil protection agency said.",
   "Geologists estimated the fissure had shrunk to a few hundred metres of active vents by midday. Smoke from burning moss drifted over the southern coast, and residents of nearby towns were advised to keep windows shut.",
   "\"The defences are doing exactly what they were built to do,\" said civil protection chief Víðir Hallgrímsson Thors. \"But we will not let people back until we are sure no new vents open inside the town.\"",
   "The Blue Lagoon said it would stay closed on Friday. Air traffic at Keflavik was unaffected.",
   "Grindavik has been largely empty since November 2023, when earthquakes split streets and the government bought out many homeowners. This was the ninth eruption since then."])

A("ctl-cr-tourism", "control", "cr-tourism-record", "cr-tourism-record", "2025-04-18T09:15:00-06:00", "Cordillera Post",
  "Costa Rica counts record Easter tourist arrivals", "SAN JOSÉ",
  ["Costa Rica welcomed more foreign visitors during Holy Week than in any previous year, the Costa Rican Tourism Institute said on Friday, with airports in San José and Liberia handling close to 190,000 international arrivals over ten days.",
   "Visitors from the United States and Canada made up most of the total, but the institute said arrivals from Europe rose by nearly a fifth, helped by new direct flights from Madrid and Amsterdam.",
   "\"Our national parks and beaches are full, and so are the small family-run lodges in Guanacaste and on the Caribbean coast,\" said Tourism Minister Laura Solano Vargas.",
   "Hotel owners in the Pacific province of Guanacaste reported occupancy above 90 percent. The sector accounts for around 8 percent of the economy and employs roughly 200,000 people directly.",
   "Business groups warned, however, that a strong colón was making the country more expensive for foreign visitors and urged the central bank to take note."])

A("nord-se-rail", "nordic", "se-rail-package", "se-rail-package", "2025-04-19T11:00:00+02:00", "Nordlys Wire",
  "Sweden pledges 40 billion crowns for rail maintenance after winter breakdowns", "STOCKHOLM",
  ["The Swedish government said on Saturday it would add 40 billion crowns over the next decade to maintain the country's ageing rail network, after a winter of frozen switches, broken overhead lines and cancelled trains.",
   "Infrastructure Minister Johan Ekström said the money would go mainly to the main lines between Stockholm, Gothenburg and Malmö and to the iron ore railway in the far north.",
   "\"Travellers and companies have lost patience, and they are right to,\" Ekström told a news conference at Stockholm Central Station. \"We have built new lines while letting the old ones decay.\"",
   "The rail administration estimates its maintenance backlog at more than 100 billion crowns. Rail freight operators said the pledge was welcome but too slow, and the opposition Social Democrats called it a repackaging of money already announced.",
   "The extra funding will be included in the spring budget bill to be presented to parliament next week."])

A("wld-ke-floods", "world", "ke-floods", "ke-floods", "2025-04-20T17:30:00+03:00", "Global Dispatch Agency",
  "Floods kill at least 23 in Kenya as long rains intensify", "NAIROBI",
  ["Flash floods have killed at least 23 people across Kenya over the past week and displaced more than 9,000 families, the interior ministry said on Sunday, as heavy seasonal rains swelled rivers in the capital and in the west of the country.",
   "In Nairobi, residents of the Mathare informal settlement waded through waist-deep water after the Nairobi River burst its banks overnight. Several roads into the city centre were closed.",
   "\"We are moving families from the riverbanks to schools and churches on higher ground,\" Interior Secretary Peter Wambua Kiptoo said. \"I appeal to people not to try to cross flooded roads on foot or in vehicles.\"",
   "The Kenya Meteorological Department forecast more heavy rain through the end of the month. Last year more than 200 people died in floods during the same season.",
   "The Kenya Red Cross said it had opened 14 camps and was distributing food and water purification tablets."])
