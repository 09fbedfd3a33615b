"""Part 4: control region (Southern Africa) and world background."""
from common import art, save

A = []

A.append(art("c1", "Highveld Herald", "2025-09-30 17:20", "johannesburg-water-outage-pump-station",
"Parts of Johannesburg face four days without water after pump station failure", "control", "joburg-water-outage", "joburg-water-outage", """
JOHANNESBURG (Highveld Herald) — Residents of more than 30 suburbs in the west of Johannesburg were told on Tuesday to expect up to four days without running water after an electrical fault knocked out a major pump station.

The city's water utility said the fault at the station, which feeds reservoirs serving Roodepoort, Florida and parts of Soweto, had drained storage faster than expected. Engineers were replacing a burnt-out transformer and a damaged switchboard.

"We apologise for the hardship. Our teams are working around the clock, but some of the parts have to be brought from Durban," a utility spokesperson said.

The city sent 45 water tankers to affected areas, but residents said they were too few. In Florida, people queued with buckets and plastic drums from early morning, and several schools sent pupils home at midday because toilets could not be flushed.

"This is the third time this year. We pay our rates, and we get excuses," said Thandeka Mokoena, a mother of two in Roodepoort, as she waited at a tanker with four 25-litre containers.

Johannesburg's water network has suffered repeated failures, blamed on ageing pipes, power cuts and years of underinvestment. The city says it needs more than R20 billion to repair its water and sanitation systems.

Opposition councillors called for an urgent council sitting and demanded a published repair schedule for the city's pump stations.
"""))

A.append(art("c2", "Zambezi Times", "2025-10-06 11:00", "zimbabwe-wheat-harvest-record",
"Farmers on course for record wheat harvest", "control", "zimbabwe-wheat-harvest", "zimbabwe-wheat-harvest", """
HARARE (Zambezi Times) — Zimbabwe is on course to harvest a record 600,000 tonnes of winter wheat this year, the Ministry of Lands, Agriculture and Rural Development said on Monday, as combine harvesters moved into fields across Mashonaland.

The estimate is about 7 percent above last year's crop and would again cover the country's annual consumption of about 360,000 tonnes with room for a strategic reserve, officials said.

Farmers planted 125,000 hectares of wheat this winter, helped by reliable irrigation water from dams that filled during the good rains of the last season, and by a government scheme supplying seed and fertiliser on credit.

"Ten years ago this country imported most of its bread flour. Today our millers buy local grain," said Tendai Mushonga, a ministry official, during a visit to a farm near Bindura.

Farmers raised concerns about late payments from the state grain buyer and about power cuts that interrupt irrigation pumps. "The harvest is good, but we are still waiting for money from last year's deliveries," said Chipo Nyandoro, who grows wheat on 40 hectares in Mazowe.

The government set the producer price at $390 a tonne. Millers said they would buy surplus grain at market prices.

Harvesting is expected to finish by mid-November, before the start of the summer rains.
"""))

A.append(art("c3", "Namib Observer", "2025-10-08 13:30", "green-hydrogen-plant-groundbreaking-luderitz",
"Ground broken on first phase of Lüderitz hydrogen plant", "control", "luderitz-hydrogen-groundbreaking", "luderitz-hydrogen-groundbreaking", """
LÜDERITZ (Namib Observer) — Construction started on Wednesday on the first phase of a green hydrogen plant near Lüderitz, a project its backers say could turn Namibia's windswept south coast into an exporter of clean fuel.

Tsau Energy, a joint venture of Namibian and Dutch investors, will build a 300-megawatt electrolyser powered by wind and solar farms in the desert east of the town. The first phase, costing about N$6.5 billion, is due to produce ammonia for export from 2028.

"For a hundred years the wind in Lüderitz was something we complained about. Now it is our wealth," Mines and Energy Minister Petrus Haingura said at the ceremony, his speech interrupted more than once by gusts.

The company said about 1,200 people would be employed during construction and 250 once the plant is running. It has promised that at least 60 percent of workers will come from the //Kharas region.

Environmental groups have raised concerns about the effect of a planned desalination plant and port on the coastline, which borders the Tsau //Khaeb National Park. Tsau Energy said an environmental assessment had been approved and that brine would be discharged far offshore.

Namibia has positioned itself as a leader in green hydrogen in Africa. The government holds a 24 percent stake in the project.
"""))

A.append(art("c4a", "Highveld Herald", "2025-10-16 18:45", "cape-town-taxi-strike-impoundments",
"Cape Town taxi strike strands commuters as talks collapse", "control", "cape-town-taxi-strike", "cape-town-taxi-strike", """
CAPE TOWN (Highveld Herald) — Hundreds of thousands of commuters in Cape Town were left without transport on Thursday after minibus taxi associations began an indefinite strike over the impoundment of vehicles by city traffic officers.

The strike, called by the Western Cape taxi council after talks with the city broke down on Wednesday night, emptied taxi ranks in Khayelitsha, Mitchells Plain and Bellville. Many workers walked for hours or stayed at home, and some schools reported attendance below half.

Taxi owners say the city impounds minibuses for minor offences, such as expired permits, and charges high release fees. "Our drivers are treated like criminals for paperwork. A taxi in the pound feeds no family," said Mandla Qwabe, a spokesman for the taxi council.

The city's mayoral committee member for safety said impoundments were lawful and necessary to keep roads safe. "We will not negotiate with a gun to our heads," she said.

Police said they had arrested five people after buses were stoned on the N2 highway. The bus operator suspended services in several townships for the afternoon.

A strike in 2023 lasted eight days and left five people dead. Business groups estimated that it cost the Western Cape economy more than R4 billion.

Provincial transport officials said they would try to bring the two sides together on Friday.
"""))

A.append(art("c4b", "Meridian Wire", "2025-10-17 14:10", "cape-town-taxi-strike-second-day",
"Cape Town taxi strike enters second day, mediators step in", "control", "cape-town-taxi-strike", "cape-town-taxi-strike", """
CAPE TOWN, Oct 17 (Meridian Wire) — A minibus taxi strike in Cape Town entered its second day on Friday, as provincial officials began mediation between taxi owners and the city over the impounding of vehicles.

Minibus taxis carry the majority of commuters in South Africa's second-largest city, and their absence left roads into the city centre unusually quiet. Trains, which have partly recovered after years of vandalism, were packed.

The Western Cape's transport department said both the taxi council and the city had agreed to attend talks at the provincial legislature on Friday afternoon.

The dispute centres on a city by-law that allows traffic officers to impound minibuses for operating without a valid route permit or for traffic violations. Taxi owners want fines instead of impoundments for minor offences.

Police reported scattered incidents of intimidation overnight, including the torching of a private car in Philippi. No deaths have been reported.

Retailers in the city centre said foot traffic had fallen by about 60 percent. Several hospitals arranged transport for nurses.

Previous strikes in the city have ended with agreements to review the list of impoundable offences, but taxi leaders say past promises have not been kept.
"""))

A.append(art("c5", "Zambezi Times", "2025-10-22 09:30", "victoria-falls-tourist-arrivals-rise",
"Victoria Falls arrivals up 18% as new flights and hotels open", "control", "victoria-falls-tourism", "victoria-falls-tourism", """
VICTORIA FALLS (Zambezi Times) — Tourist arrivals in Victoria Falls rose 18 percent in the first nine months of the year, helped by new direct flights and three new hotels, the Zimbabwe Tourism Authority said on Wednesday.

The town received about 420,000 foreign visitors between January and September, the authority said, with the largest numbers from the United States, Britain, South Africa and Germany. Visitors from China rose by more than half from a low base.

"The Falls sell themselves. Our job is to make it easy to get here and pleasant to stay," said Nokuthula Sibanda, the authority's regional manager, at a tourism fair in the town.

Two regional airlines started flights to Victoria Falls airport this year from Johannesburg and Windhoek, and a European carrier began a seasonal route via Cape Town. Hotel occupancy averaged 71 percent, up from 63 percent a year earlier.

Operators said the low water level of the Zambezi at this time of year meant visitors could walk in parts of the riverbed on the Zambian side and swim in rock pools at the edge of the Falls.

Business owners said the town's roads, water supply and rubbish collection had not kept pace with growth. The town council said it had secured a loan to upgrade its sewer system next year.
"""))

A.append(art("c6", "Namib Observer", "2025-10-27 10:15", "desert-lions-collared-kunene",
"Six desert lions fitted with satellite collars in Kunene", "control", "desert-lions-collared", "desert-lions-collared", """
OPUWO (Namib Observer) — Wildlife vets fitted satellite collars to six desert-adapted lions in the Kunene region last week, part of an effort to warn herders when the animals approach their livestock, the Ministry of Environment, Forestry and Tourism said on Monday.

The collars send the lions' positions every hour to a control room run by conservancy rangers. When a lion comes within two kilometres of a cattle post, an alert is sent to the phones of herders and rangers, who can move livestock into protective kraals.

Conflicts between lions and herders have killed dozens of desert lions in the past decade. Farmers lose cattle, goats and donkeys, and some have poisoned or shot lions in revenge.

"When a farmer loses ten goats in one night, he cannot wait for a meeting. The warning must come before the lion arrives," said Ester Tjiposa, a ranger in the Anabeb conservancy.

Researchers estimate that about 60 adult lions live in the desert and semi-desert of north-western Namibia, where they hunt oryx and springbok and can go days without drinking.

The ministry said compensation payments for livestock lost to predators would rise from January. Tour operators, who bring visitors to track the lions, have agreed to pay a levy towards the programme.
"""))

A.append(art("c7", "Highveld Herald", "2025-10-31 12:40", "durban-container-terminal-new-cranes",
"Durban terminal gets eight new cranes in push to cut ship waiting times", "control", "durban-port-cranes", "durban-port-cranes", """
DURBAN (Highveld Herald) — Durban's main container terminal took delivery of eight new ship-to-shore cranes on Friday, the largest single equipment upgrade at the port in more than a decade, its operator said.

The cranes, each standing about 80 metres tall, arrived on a heavy-lift vessel from China and will be installed over the next four months. They will replace machines that are more than 30 years old and frequently break down, the operator said.

Durban handles about 60 percent of South Africa's container traffic but has fallen to near the bottom of global rankings for port efficiency. Ships waited an average of four days for a berth in the third quarter, according to the port's shipping lines' association.

"New cranes alone will not fix Durban, but without them nothing else works," said Sipho Dlamini, the terminal's executive manager. He said crane productivity was expected to rise from about 18 to 28 moves an hour.

The operator is also seeking a private partner to run part of the terminal under a 25-year concession, a plan unions have opposed. The transport workers' union said it would not accept job losses.

Exporters of citrus and vehicles, who rely heavily on the port, welcomed the delivery but said they needed to see shorter waiting times before the peak citrus season begins in May.
"""))

A.append(art("c8", "Namib Observer", "2025-11-04 14:00", "botswana-diamond-sales-slump-namibia-concern",
"Diamond slump deepens as Botswana sales fall again", "control", "botswana-diamond-slump", "botswana-diamond-slump", """
WINDHOEK (Namib Observer) — Rough diamond sales from Botswana fell by about a third in the third quarter, figures released on Tuesday showed, deepening concern across the region over a slump that is also weighing on Namibia's mining income.

Botswana's diamond exports were worth about $620 million in July to September, down from $940 million a year earlier, according to the Bank of Botswana. Buyers have cut purchases as demand for natural diamonds in the United States and China stays weak and laboratory-grown stones take a larger share of the jewellery market.

Botswana relies on diamonds for about 80 percent of its exports and a third of government revenue. The government in Gaborone has delayed some spending and drawn on its savings.

In Namibia, where diamonds are mined mostly offshore from ships, the marine mining company has reduced the number of days its vessels operate. Namibian officials said diamond royalties for the 2025/26 financial year would be about a quarter lower than budgeted.

"The whole region is paying for a change in how people buy jewellery. This is not a cycle that will simply turn," said Hilma Nghifitikeko, an economist at a Windhoek investment firm.

Both governments are promoting local cutting and polishing and marketing campaigns to support natural stones.
"""))

# ---------------- world background ----------------
A.append(art("w1", "Coromandel Standard", "2025-09-29 19:30", "chennai-metro-phase-two-trial-run",
"Driverless train completes first trial run on Chennai metro's new corridor", "world", "chennai-metro-trial", "chennai-metro-trial", """
CHENNAI (Coromandel Standard) — A driverless train completed its first trial run on a section of the second phase of the Chennai metro on Monday, travelling 3.2 kilometres between Poonamallee and Porur at low speed.

The three-car train, built at a factory in Andhra Pradesh, ran under automatic control with engineers on board to monitor its signalling and braking systems. Officials said further trials at higher speeds would follow over the next two months.

"This is the first time a train has run without a driver in Tamil Nadu. The system will allow trains every 90 seconds at peak hours once the corridor is complete," a senior official of the metro rail company told reporters at Porur.

The second phase of the network, which covers 119 kilometres across three corridors, is one of the largest urban transport projects in India. It has been delayed by land acquisition disputes and by the difficulty of tunnelling beneath the city's dense neighbourhoods.

Residents along the Poonamallee High Road, who have lived with construction barriers for four years, welcomed the progress but complained about dust and traffic. "We have been patient. Now we want to travel on it," said S. Lakshmi, who runs a sweet shop near the Porur junction.

The section is expected to open to passengers early next year, subject to safety approval.
"""))

A.append(art("w2", "Capitol Harbor Post", "2025-10-06 16:00", "dc-council-approves-bus-lane-plan",
"D.C. Council backs 14 miles of new bus lanes despite business objections", "world", "dc-bus-lanes", "dc-bus-lanes", """
WASHINGTON (Capitol Harbor Post) — The D.C. Council voted 10-3 on Monday to approve 14 miles of dedicated bus lanes on six of the city's busiest corridors, overriding objections from business groups that warned of lost parking and deliveries.

The plan, to be built over three years, includes red-painted lanes on parts of Georgia Avenue, Benning Road and Pennsylvania Avenue Southeast, along with traffic signals that give buses priority at intersections.

Supporters said the lanes would cut travel times for tens of thousands of riders, many of them in neighborhoods east of the Anacostia River with few other options. "Bus riders have been waiting in traffic for decades. This is about fairness," said Councilmember Dana Whitfield, who sponsored the measure.

Opponents, including several small business associations, said the loss of about 900 parking spaces would hurt shops and restaurants. "Our customers do not all arrive by bus," said Marcus Ellery, who owns a hardware store on Georgia Avenue.

The city's transportation department estimated the project would cost $68 million, much of it covered by federal grants.

Construction on the first corridor is expected to start next spring. The council also asked the department to report each year on bus speeds and on the effect on local businesses.
"""))

A.append(art("w3", "Straits Mercantile", "2025-10-11 12:00", "tuas-desalination-plant-opens",
"New Tuas desalination plant opens as Singapore cuts energy use per litre", "world", "singapore-desalination-plant", "singapore-desalination-plant", """
SINGAPORE (Straits Mercantile) — Singapore opened its sixth desalination plant on Saturday, a facility in Tuas that uses a new membrane system to cut the energy needed to turn seawater into drinking water by about a fifth.

The plant, built and run by a consortium of local engineering firm Lionport Utilities and a Japanese partner under a 25-year contract, can produce 30 million gallons a day, enough to meet about 7 percent of the city-state's current demand.

Desalination is one of Singapore's "four national taps," alongside rainwater catchment, recycled water and imported water. The government wants desalinated and recycled water to meet up to 85 percent of demand by 2060.

"Water is a matter of survival for us. Every kilowatt-hour we save makes that tap more sustainable," the Minister for Sustainability and the Environment said at the opening.

The plant's roof carries solar panels that supply about 8 percent of its power. Engineers said the new membranes allow the plant to operate at lower pressure, reducing wear and cleaning costs.

Industry analysts said the consortium's bid had been the lowest on record for a Singapore desalination project, reflecting falling technology costs. Lionport shares rose 3.1 percent on Friday ahead of the opening.

The national water agency said it would test the membranes for a year before deciding whether to retrofit older plants.
"""))

A.append(art("w4", "Fjordline Energy", "2025-10-23 11:00", "utsira-nord-floating-wind-awards",
"Norway awards two floating wind areas at Utsira Nord", "world", "utsira-nord-awards", "utsira-nord-awards", """
STAVANGER (Fjordline Energy) — Norway's energy ministry on Thursday awarded two project areas for floating offshore wind at Utsira Nord, off the west coast, to consortia that bid the lowest amount of state support per megawatt-hour.

The winners, a group led by Norwegian utility Havbris Energi and a partnership between a French developer and a local shipowner, will each be allowed to build up to 500 megawatts of floating turbines. They will receive support through a two-sided contract for difference over 15 years, the ministry said.

The support level in the winning bids was not disclosed, but ministry officials said it was well within the budget of 35 billion kroner set aside for the competition.

"Floating wind is where Norway can combine its offshore industry with the energy of the future," said Marit Solheim, state secretary at the ministry. She said the projects could be in operation by 2032.

Industry groups welcomed the awards but warned that high costs and supply chain problems had forced the cancellation of floating wind projects elsewhere in Europe. Several yards on the west coast hope to win contracts to build the floating foundations.

Fishermen's associations, which fear losing access to fishing grounds, said they would follow the detailed planning closely and seek compensation where needed.
"""))

A.append(art("w5", "Rhein Tribune", "2025-11-01 09:00", "frankfurt-council-approves-ring-tram",
"Frankfurt council approves ring tram line after years of debate", "world", "frankfurt-ring-tram", "frankfurt-ring-tram", """
FRANKFURT — Frankfurt's city council has approved the construction of a 9-kilometre tram line linking the city's northern districts without passing through the centre, ending more than a decade of debate over a project meant to relieve crowded underground trains.

The so-called ring tram will run from Bockenheim through Ginnheim and Eschersheim to Bornheim, with 17 stops. The council voted for the plan late on Thursday by a clear majority, with opposition from two smaller parties who favour an underground line.

The city expects construction to cost about 410 million euros, of which the federal and state governments are to cover up to 75 percent. Work could begin in 2027, and the first trams could run in 2031.

"Many people in this city do not want to go to the centre. They want to go from one district to another, and today they have to change twice," said the head of the city's transport department.

Residents along the route are divided. Some welcome the tram, while others fear the loss of trees and parking spaces on narrow streets. A citizens' initiative in Eschersheim has announced that it will examine legal action.

Transport planners estimate that the line could carry up to 40,000 passengers a day and take pressure off the U-Bahn stations at Hauptwache and Konstablerwache.
"""))

save("part4.json", A)
