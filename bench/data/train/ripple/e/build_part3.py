"""Part 3: decoys (watched region + Turkey/shipping/oil, no reaction) and unrelated watched-region news."""
from common import art, save

A = []

# ---------------- decoys ----------------
A.append(art("d1", "Tbilisi Courier", "2025-10-02 15:30", "georgia-turkey-agree-more-freight-kars-line",
"Georgia and Turkey agree to push more freight onto the Kars line", "decoy", "georgia-turkey-rail-freight-deal", "georgia-turkey-rail-freight-deal", """
TBILISI (Tbilisi Courier) — Georgia and Turkey agreed on Thursday to raise the volume of goods carried on the Baku-Tbilisi-Kars railway to 5 million tonnes a year by 2028, up from about 1.5 million tonnes now, officials of the two countries said after talks in Tbilisi.

The agreement, signed by deputy transport ministers, sets common tariffs for container freight and commits both sides to shortening the time trains spend at the Kartsakhi border crossing to under six hours. Trains currently wait a day or more while wagons are moved between the broad gauge used in Georgia and the standard gauge used in Turkey.

"This railway was built to carry much more than it does today. We now have a plan to make that happen," said Georgia's Deputy Transport Minister Nika Chkheidze.

The Turkish delegation said Turkey would finish a new logistics centre in Kars next year, where containers from Central Asia and China could be sorted for onward transport to Istanbul and European markets.

The 826-kilometre line opened in 2017 and links the Caspian port of Alat in Azerbaijan with eastern Turkey. It has been used mainly for grain, metals and building materials.

Freight forwarders welcomed the deal but said the real test would be whether the two railways can guarantee fixed timetables. "Customers do not care about memorandums. They care about whether the train arrives on Tuesday or on Friday," said Gia Natsvlishvili, who runs a forwarding company in Tbilisi.

The two sides will meet again in Ankara in the spring.
"""))

A.append(art("d2", "Caspian Dispatch", "2025-10-07 12:10", "btc-pipeline-september-throughput",
"BTC pipeline carried 2.6 million tonnes in September, Ceyhan loadings steady", "decoy", "btc-september-throughput", "btc-september-throughput", """
BAKU (Caspian Dispatch) — The Baku-Tbilisi-Ceyhan pipeline carried 2.6 million tonnes of crude in September, roughly unchanged from August, according to figures published on Tuesday by the Energy Ministry.

Azerbaijani crude accounted for about 2.1 million tonnes of the total, with the rest made up of oil from Turkmenistan and Kazakhstan delivered across the Caspian by tanker, the ministry said. In the first nine months of the year the pipeline carried 23.4 million tonnes, 3 percent less than in the same period of 2024.

Tankers loaded 34 cargoes of Azeri Light and BTC Blend at the Turkish Mediterranean port of Ceyhan during the month. Most went to refiners in Italy, Israel, Germany and India.

Output from Azerbaijan's offshore fields has declined slowly for several years, and officials have said they want third-party oil to fill more of the pipeline. Shipments of Kazakh crude through the line averaged about 100,000 tonnes a month this year.

Separately, the ministry said gas exports through the Southern Gas Corridor reached 1.1 billion cubic metres in September, with Italy the largest buyer.

The ministry said maintenance at the Sangachal terminal south of Baku, planned for late November, would reduce pipeline flows for about four days. Shippers have been notified, it said.

Azeri Light traded at a premium of about $2.30 a barrel to Dated Brent at the end of September, traders said.
"""))

A.append(art("d3", "Yerevan Evening Post", "2025-10-09 17:50", "armenia-turkey-envoys-meet-margara",
"Armenian and Turkish envoys meet at Margara, discuss opening crossing", "decoy", "armenia-turkey-envoys-meeting", "armenia-turkey-normalisation", """
MARGARA (Yerevan Evening Post) — The special envoys of Armenia and Turkey for the normalisation of relations met on Thursday at the Margara crossing on the closed border between the two countries, and discussed the technical steps needed to open it to citizens of third countries and diplomats.

The meeting, the first in five months, lasted about three hours in a tent set up on the Armenian side of the border bridge over the Akhurian river, officials said. Armenia's envoy, Deputy Parliament Speaker Karen Aloyan, and his Turkish counterpart were accompanied by border and customs officials.

A joint statement said the two sides had "reviewed the state of infrastructure at the crossing" and agreed that working groups would meet in November. It gave no date for the opening.

Armenia has repaired the road and customs buildings on its side of Margara. Turkish officials have said their side requires further work.

The land border between Armenia and Turkey has been closed since 1993. The two countries launched a normalisation process in 2021 and have since allowed a small number of humanitarian crossings and restored direct cargo flights.

"Every meeting is a step. We are not in a hurry, but we are not standing still either," Aloyan told reporters after the talks.

Business groups in the Shirak region, which borders Turkey, have long pressed for the opening, saying it would cut the cost of imports from Turkey that now travel through Georgia.
"""))

A.append(art("d7", "Caspian Dispatch", "2025-10-12 18:20", "azerbaijan-turkey-business-forum-istanbul-deals",
"Azerbaijani and Turkish firms sign $780 million in deals at Istanbul forum", "decoy", "azerbaijan-turkey-business-forum", "azerbaijan-turkey-business-forum", """
ISTANBUL (Caspian Dispatch) — Companies from Azerbaijan and Turkey signed 27 agreements worth about $780 million at a business forum in Istanbul on Sunday, covering construction, textiles, agriculture and renewable energy, organisers said.

The largest deal, worth $210 million, was signed by an Azerbaijani developer and an Istanbul construction group to build housing in the town of Aghdam. Several textile companies agreed to open spinning mills in Azerbaijan's Mingachevir industrial park, using locally grown cotton.

The forum, held at a congress centre on the European shore of the city, drew about 600 business people. Azerbaijan's economy minister and Turkey's trade minister addressed the opening session.

"Our political relations are at the highest level. Our task now is to bring trade to the same level," said Anar Rzayev, chairman of the Azerbaijani exporters' association, which co-organised the event.

Trade between the two countries reached about $7 billion last year, and both governments have set a target of $15 billion. Turkey is one of the largest foreign investors in Azerbaijan outside the oil and gas sector.

A separate agreement signed on the sidelines will allow Azerbaijani farm products to be shipped to Istanbul markets under a simplified veterinary control regime from January.

The next forum is planned for Baku in the spring of 2026.
"""))

A.append(art("d5", "Tbilisi Courier", "2025-10-25 13:10", "poti-court-convicts-trawler-skipper-collision",
"Poti court convicts trawler skipper over March collision with cargo ship", "decoy", "poti-trawler-verdict", "poti-trawler-verdict", """
POTI (Tbilisi Courier) — A court in Poti on Friday sentenced the skipper of a Georgian fishing trawler to three years in prison for negligence over a collision with a Turkish-flagged cargo ship off the port in March in which two fishermen drowned.

Judge Tamar Jikia found that skipper Zaza Kvaratskhelia, 49, had switched off his vessel's automatic identification system and failed to keep a lookout while fishing for anchovy in the approach channel to Poti at night. The 24-metre trawler Gulnara was cut in two by the cargo ship, which was entering the port with a load of cement.

The court suspended half of the sentence. Kvaratskhelia's lawyer said he would appeal, arguing that the cargo ship had been travelling too fast in fog.

The Turkish captain of the cargo ship was questioned by Georgian investigators in March and allowed to leave the country. Prosecutors said they had found no grounds to charge him.

Relatives of the two drowned fishermen, who were brothers from the village of Kulevi, wept as the verdict was read. "No sentence will bring them back, but at least someone has answered," said their mother, Lia Gogua.

Fishermen's groups in Poti said the case showed the need for stricter rules on small boats in busy channels. The Maritime Transport Agency said in May it would require all fishing vessels over 15 metres to keep their tracking systems switched on.
"""))

A.append(art("d4", "Tbilisi Courier", "2025-10-30 12:00", "anka-air-istanbul-kutaisi-route",
"Anka Air to fly Istanbul–Kutaisi from December", "decoy", "anka-air-kutaisi-route", "anka-air-kutaisi-route", """
KUTAISI (Tbilisi Courier) — Turkish low-cost carrier Anka Air will start daily flights between Istanbul's Sabiha Gökçen airport and Kutaisi on December 15, the airline and Georgia's airports company said on Thursday.

The route, first announced in July, will be flown with 189-seat Airbus A320neo jets. Introductory one-way fares start at 39 euros, the airline said.

Kutaisi, Georgia's second airport, is used mainly by low-cost airlines and handled about 1.3 million passengers last year. Its operator expects the new route to bring 60,000 additional passengers a year, many of them Georgian workers in Turkey and tourists heading for ski resorts in the Svaneti and Racha mountains.

"Turkey is our most important travel market, and Istanbul is a gateway to the world for our passengers," said Ketevan Gabunia, commercial director of Georgia's airports company.

Anka Air already flies to Tbilisi and Batumi. It said it was also considering a summer route from Antalya to Batumi.

Imereti's regional government said it would spend 2 million lari on a campaign to promote Kutaisi and the surrounding region in Turkey, including its caves, monasteries and wine cellars.

Georgian and Turkish airlines together operate more than 120 flights a week between the two countries, according to the Civil Aviation Agency.
"""))

A.append(art("d6", "Caspian Dispatch", "2025-11-01 16:40", "oil-leak-caspian-platform-contained",
"Small oil leak at Caspian platform contained, ecology ministry says", "decoy", "caspian-platform-leak", "caspian-platform-leak", """
BAKU (Caspian Dispatch) — A leak from a subsea flowline at an ageing offshore platform in the Caspian Sea released an estimated 12 tonnes of oil before it was stopped on Saturday morning, Azerbaijan's Ministry of Ecology and Natural Resources said.

The leak was detected on Friday evening at a platform in the shallow-water Gunashli area, about 100 kilometres east of Baku, when workers saw a sheen on the water, the ministry said. Divers closed a valve on the damaged line overnight.

Two oil-spill response vessels laid booms around the sheen, which stretched over about 2 square kilometres at its largest, and skimmers had recovered most of the oil by the afternoon, the ministry said. It said there was no threat to the coast.

The ministry said it had opened an inspection and would decide on penalties once the cause was established. The platform's operator said corrosion on a section of pipe installed in the 1980s was the likely cause.

Environmental groups in Baku said the incident showed the need to replace old infrastructure in the shallow-water fields. "Small leaks are frequent, and many are never reported," said Gulnara Mammadova of the Caspian Environment Network.

The Caspian Sea, the world's largest inland body of water, is home to the endangered Caspian seal and to sturgeon stocks that have collapsed since the 1990s.
"""))

# ---------------- watched-region unrelated ----------------
A.append(art("u6", "Tbilisi Courier", "2025-09-29 14:20", "lentekhi-2-hydropower-plant-opens",
"Lentekhi-2 hydropower plant opens in Svaneti foothills", "unrelated", "lentekhi-hydropower-opening", "lentekhi-hydropower-opening", """
LENTEKHI (Tbilisi Courier) — A 48-megawatt hydropower plant on the Tskhenistskali river began commercial operation on Monday, the first large plant to be completed in Georgia in three years, its developer said.

The Lentekhi-2 plant, built by Georgian-Czech company Rioni Power at a cost of about $96 million, is expected to generate 210 gigawatt-hours of electricity a year, enough to supply roughly 70,000 homes. The power will be sold to the grid under a 15-year agreement with the state electricity market operator.

"Every plant like this means less gas burned in winter and less electricity bought from abroad," Energy Minister Levan Chiteishvili said at the opening ceremony, held under steady rain.

Georgia generates about three quarters of its electricity from hydropower but relies on imports and gas-fired plants in winter, when river flows fall. The government wants to end net electricity imports by 2030.

Residents of nearby villages attended the ceremony, some with placards demanding that the company repair a road damaged by construction trucks. Rioni Power said it would resurface the 11-kilometre road next spring.

Environmental groups had opposed an earlier design for the plant that would have required a larger reservoir. The final design uses a smaller dam and a diversion tunnel, reducing the flooded area to 14 hectares.

The company said it was studying a third plant further up the valley.
"""))

A.append(art("u1a", "Yerevan Evening Post", "2025-10-03 16:00", "government-caps-irrigation-draw-from-sevan",
"Government caps irrigation draw from Lake Sevan as level falls", "unrelated", "sevan-irrigation-cap", "sevan-irrigation-cap", """
YEREVAN (Yerevan Evening Post) — The Armenian government on Friday limited the amount of water that can be taken from Lake Sevan for irrigation next year to 120 million cubic metres, the lowest cap in a decade, after the lake's level fell for a third straight year.

Environment Minister Narek Poghosyan said the lake stood at 1,900.3 metres above sea level at the end of September, about 24 centimetres lower than a year earlier, after a hot summer with little rain.

"Sevan is not a reservoir. It is the largest lake in the Caucasus and a national treasure, and we have a legal duty to raise its level," Poghosyan said after the cabinet meeting.

The cap is well below the 170 million cubic metres requested by farmers in the Ararat valley, where apricots, grapes and vegetables depend on water released from the lake. The government said it would spend 9 billion drams on lining canals to reduce losses and on drip irrigation grants.

Farmers' representatives said the decision would hurt harvests. "Half of the water never reaches the fields because the canals leak. Fix the canals first, then cut our share," said Garik Simonyan, a farmer from Armavir.

A law passed in 2001 requires Armenia to raise the lake's level to 1,903.5 metres to restore its ecology, but the target has been repeatedly delayed.
"""))

A.append(art("u1b", "Rhein Tribune", "2025-10-04 10:00", "armenia-lake-sevan-water-limit-farmers",
"Armenia rations Lake Sevan's water, and farmers fear for their fields", "unrelated", "sevan-irrigation-cap", "sevan-irrigation-cap", """
YEREVAN — Armenia has decided to take less water from Lake Sevan, the high mountain lake that supplies much of the country's farmland, after its level dropped again this year. The government in Yerevan set a ceiling of 120 million cubic metres for irrigation in 2026 on Friday.

For farmers in the Ararat plain, below the snow-capped mountain of the same name, the decision means tough choices. "We will plant fewer tomatoes and more wheat, which needs less water," said one grower near the town of Masis.

Lake Sevan, at almost 1,900 metres above sea level, has a troubled history. In Soviet times engineers drained it heavily for hydropower and irrigation, and its level fell by nearly 20 metres. Since independence, Armenian governments have tried to reverse the damage, with limited success.

Scientists warn that a lower lake warms faster in summer, which feeds the algae blooms that have turned parts of the water green in recent years. The lake's famous trout, the ishkhan, has almost disappeared.

The government says it will invest in repairing leaking irrigation canals, many of them built in the 1960s. Development banks, including Germany's KfW, have financed similar projects in Armenia in the past.

Environmental groups welcomed the cap, but said it had come years too late. Farmers' unions have announced protests in Yerevan next week.
"""))

A.append(art("u2", "Caspian Dispatch", "2025-10-10 21:00", "baku-film-festival-opens",
"Baku film festival opens with record 94 films", "unrelated", "baku-film-festival", "baku-film-festival", """
BAKU (Caspian Dispatch) — The Baku International Film Festival opened on Friday evening with a record 94 films from 31 countries, and a new competition for debut directors from Central Asia and the Caucasus.

The opening film, "The Salt Road," by Azerbaijani director Leyla Huseynzade, tells the story of a caravan trader crossing the Absheron peninsula in the 1890s. It was shot over two winters near the salt lakes of Masazir and premiered to a full house at the Nizami cinema.

"For a long time our cinema looked at the past with sadness. I wanted to show it with humour and colour," Huseynzade told reporters on the red carpet.

The festival, in its eighth year, runs until October 17. Screenings are held at five venues, including an open-air cinema on the seaside boulevard, weather permitting.

This year's jury is chaired by Georgian actress Nana Kipiani and includes critics from Kazakhstan, Iran and France. The main prize, the Golden Pomegranate, carries an award of 30,000 manats.

Organisers said ticket sales were up about a fifth on last year, helped by cheaper student passes. A programme of restored Soviet-era Azerbaijani comedies has proved particularly popular with older viewers.

A new section for short films made on mobile phones drew 400 entries, most of them from students in Baku and Ganja.
"""))

A.append(art("u3a", "Tbilisi Courier", "2025-10-24 08:30", "earthquake-racha-damage-ambrolauri",
"Magnitude 4.9 quake shakes Racha, damages houses in Ambrolauri", "unrelated", "racha-earthquake", "racha-earthquake", """
AMBROLAURI (Tbilisi Courier) — An earthquake of magnitude 4.9 struck the mountainous Racha region of north-western Georgia early on Friday, damaging dozens of old houses and a school but causing no deaths, officials said.

The quake hit at 03:12 local time at a depth of about 10 kilometres, with its epicentre near the village of Khvanchkara, according to the Institute of Earth Sciences at Ilia State University. It was felt as far away as Kutaisi and Tbilisi.

Four people were treated in hospital in Ambrolauri for minor injuries, the Health Ministry said. Rescue teams inspected 140 homes by midday and found cracks in the walls of 38, mostly stone buildings constructed before the 1970s.

"We ran outside in our pyjamas. The whole house was shaking and the dog would not stop barking," said Manana Japaridze, 67, who lives in the centre of Ambrolauri.

The secondary school in the village of Chrebalo will remain closed for a week while engineers check its structure, the regional administration said.

Racha was hit by a devastating magnitude 7 earthquake in 1991 that killed more than 200 people. Seismologists said Friday's quake was unlikely to be the precursor of a larger event but recorded eleven aftershocks by the morning.

The government said it would pay compensation for damaged homes after an assessment.
"""))

A.append(art("u3b", "Meridian Wire", "2025-10-24 10:05", "georgia-earthquake-racha-injuries",
"Moderate earthquake hits northern Georgia, four hurt", "unrelated", "racha-earthquake", "racha-earthquake", """
TBILISI, Oct 24 (Meridian Wire) — A moderate earthquake struck the Racha region of northern Georgia before dawn on Friday, injuring four people and damaging several dozen buildings, Georgian authorities said.

The magnitude 4.9 tremor was centred near the village of Khvanchkara, known for its semi-sweet red wine, and was felt in the capital Tbilisi, about 150 kilometres to the south-east.

The Emergency Management Service said 38 homes had cracked walls and that one school had been closed for inspection. Electricity was briefly cut in parts of the region.

Georgia lies in a seismically active zone where the Arabian and Eurasian tectonic plates meet. A major earthquake in Racha in 1991 killed more than 200 people and left tens of thousands homeless.

The prime minister's office said in a statement that the government would compensate families whose homes were damaged and had sent engineers to the area.

No damage was reported to the Shaori and Lajanuri hydropower facilities in the region, the Energy Ministry said.

Residents in Ambrolauri said the shaking lasted about 10 seconds. Several aftershocks followed, none larger than magnitude 3. Schools elsewhere in the region were due to open as normal on Monday.
"""))

A.append(art("u4a", "Caspian Dispatch", "2025-10-29 15:00", "central-bank-holds-rate-food-inflation",
"Central bank holds rate at 7.25% as food prices stay high", "unrelated", "azerbaijan-rate-decision", "azerbaijan-rate-decision", """
BAKU (Caspian Dispatch) — The Central Bank of Azerbaijan kept its refinancing rate unchanged at 7.25 percent on Wednesday, saying food prices were still rising faster than it would like despite a slowdown in overall inflation.

Annual consumer price inflation eased to 5.4 percent in September from 5.9 percent in August, the bank said. But food inflation remained above 7 percent, driven by meat, dairy products and vegetables after a dry summer.

"The balance of risks does not yet allow us to ease policy. We want to see inflation close to the middle of our target range before acting," the bank's deputy governor, Elchin Rustamov, told a news conference.

The bank targets inflation of 4 percent, plus or minus 2 percentage points. It cut the rate twice earlier this year.

The manat has been held stable at 1.70 to the dollar since 2017. The bank said demand for foreign currency at its auctions had been steady in October.

Economists had expected the decision. "The bank will wait for the new harvest and for the 2026 budget to be passed before moving again," said Nigar Abbasova, an economist at a Baku brokerage.

Lending to households grew 18 percent year on year, the bank said, and it would tighten rules on consumer loans from January to prevent overheating.

The next rate decision is due in December.
"""))

A.append(art("u4b", "Meridian Wire", "2025-10-29 16:20", "azerbaijan-central-bank-keeps-rate",
"Azerbaijan central bank keeps rate steady, flags consumer lending", "unrelated", "azerbaijan-rate-decision", "azerbaijan-rate-decision", """
BAKU, Oct 29 (Meridian Wire) — Azerbaijan's central bank held its main interest rate at 7.25 percent on Wednesday, as expected, and said it would tighten rules on consumer lending after rapid growth in household borrowing.

The bank said annual inflation had slowed to 5.4 percent in September but that food prices remained a concern. All six economists polled by Meridian Wire had forecast no change.

Deputy Governor Elchin Rustamov said growth in consumer loans of 18 percent a year was "above what the economy can safely sustain." From January, banks will have to hold more capital against unsecured loans and will face tighter limits on the share of a borrower's income that can go to debt repayments.

The manat, pegged informally at 1.70 per dollar, was unchanged.

Azerbaijan's economy grew 2.1 percent in the first nine months of the year, with the non-oil sector expanding by about 4 percent, according to official data.

Analysts said the lending measures suggested the bank was more worried about financial stability than about prices. "They are using rules rather than rates to cool credit, which lets them keep the door open to a cut next year," said a London-based emerging markets strategist.

The central bank will announce its next decision on December 10.
"""))

A.append(art("u5", "Yerevan Evening Post", "2025-10-31 19:10", "yerevan-metro-drivers-strike",
"Metro drivers walk out, Yerevan commuters crowd buses", "unrelated", "yerevan-metro-strike", "yerevan-metro-strike", """
YEREVAN (Yerevan Evening Post) — Drivers on the Yerevan metro stopped work for six hours on Friday in a dispute over pay and overtime, leaving tens of thousands of commuters to squeeze onto buses and minibuses during the morning rush.

Trains stopped running at 07:00 and resumed at 13:00, the metro company said. Only the short branch line to Charbakh operated with supervisors at the controls.

The drivers' trade union said its members had not received a promised 15 percent pay rise and were being asked to work up to 60 hours of overtime a month because of staff shortages. The metro employs 62 drivers, down from more than 90 five years ago.

"We are not against the passengers. We are against being treated as if we were machines," said union leader Artak Ghazaryan outside the Republic Square station.

The city's deputy mayor, Vahe Nikoghosyan, said the city would raise drivers' pay by 10 percent from January and would hire 20 trainees. He called the strike illegal because the union had not given the required notice.

Queues stretched for hundreds of metres at bus stops on Mashtots Avenue and Baghramyan Avenue. Taxi apps reported fares two to three times higher than normal.

The union said it would decide next week whether to hold a longer strike.
"""))

A.append(art("u7a", "Yerevan Evening Post", "2025-11-01 18:00", "border-commissions-meet-demarcation-tavush",
"Border commissions agree next stretch of demarcation in Tavush", "unrelated", "armenia-azerbaijan-demarcation-meeting", "armenia-azerbaijan-demarcation", """
IJEVAN (Yerevan Evening Post) — The border commissions of Armenia and Azerbaijan agreed on Saturday to begin demarcating a further 18-kilometre stretch of their shared border in the northern Tavush province, officials said after a meeting on the border.

The commissions, led by Armenia's Deputy Prime Minister Arsen Tadevosyan and Azerbaijan's Deputy Prime Minister, met for about five hours at a site between the villages of Berd and Tovuz, their first meeting since July.

A joint protocol said topographers would begin work in the spring and that the sides had agreed on the legal principles for dealing with roads and water pipes that cross the line. No map was published.

"This is slow, careful work. Each kilometre is agreed with the people who live there in mind," Tadevosyan said in a statement.

Residents of border villages in Tavush have protested against earlier demarcation work, saying it cut them off from land and roads. The government said it would pay compensation for any private land affected.

Armenia and Azerbaijan agreed last year on the first section of their border, about 12 kilometres long, also in Tavush. The two countries are still negotiating a peace treaty.

The next meeting of the commissions is due to be held in Azerbaijan in January.
"""))

A.append(art("u7b", "Caspian Dispatch", "2025-11-02 11:30", "azerbaijan-armenia-commissions-new-border-section",
"Azerbaijan, Armenia commissions back new border section in north", "unrelated", "armenia-azerbaijan-demarcation-meeting", "armenia-azerbaijan-demarcation", """
BAKU (Caspian Dispatch) — The state commissions on the delimitation of the border between Azerbaijan and Armenia agreed at their meeting on Saturday to start work on an 18-kilometre section in the north of the border, the Azerbaijani government said.

The statement said the section lies between Azerbaijan's Gazakh and Tovuz districts and Armenia's Tavush province, and that the work would be based on Soviet-era maps from the 1970s, as agreed for the first section last year.

"Each step brings closer the signing of a peace agreement and the opening of transport links in the region," the statement said.

Residents of the Gazakh district said they hoped the work would allow them to return to farmland they have been unable to use since the early 1990s. "My father had an orchard near the border. I have never seen it," said Elshad Aliyev, 44, from the village of Ashaghi Askipara.

The commissions also agreed to set up a joint working group on water resources, as several rivers flow across the border, the statement said.

Azerbaijani political analysts described the meeting as businesslike. The next session will take place on Azerbaijani territory in January, the statement said.
"""))

save("part3.json", A)
