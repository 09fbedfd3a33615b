# Pre-trigger articles (1-15 June 2025). Original fiction.
A = []
def add(story, outlet, city, published, title, paras, reaction=None):
    A.append(dict(story=story, source=outlet, city=city, published=published,
                  title=title, paras=paras, reaction=reaction))

add("jpn-childcare-law", "Harbor Light News", "TOKYO", "2025-06-02T10:15:00+09:00",
 "Japan's upper house passes bill widening childcare allowances",
 ["Japan's House of Councillors on Monday approved a bill that extends monthly childcare allowances to families with children up to age 18, sending the measure into law after months of debate over how to pay for it.",
  "The legislation raises the payment for a third child to 30,000 yen a month and removes the income ceiling that had excluded many dual-earner households. It passed by 142 votes to 97.",
  "\"Families told us the old rules punished them for working,\" said Aiko Morinaga, the minister in charge of children's policy, speaking to reporters after the vote. \"This closes that gap.\"",
  "Opposition lawmakers backed the goal but attacked the funding plan, which adds a small surcharge to public health insurance premiums from next April. Kenji Ubukata of the Constitutional Democratic Party called the surcharge \"a stealth tax on every worker.\"",
  "Japan recorded about 720,000 births last year, the lowest figure since records began in 1899, and the government has described the coming decade as its last chance to reverse the decline.",
  "The new allowances take effect in October. Local governments, which administer the payments, have asked Tokyo for extra staff to process an expected surge in applications."])

add("world-india-monsoon", "Atlas Press Agency", "THIRUVANANTHAPURAM", "2025-06-02T16:40:00+05:30",
 "Monsoon rains reach Kerala coast, weather office confirms",
 ["The southwest monsoon reached the coast of Kerala on Monday, India's weather office said, marking the formal start of the rainy season that waters roughly half of the country's farmland.",
  "The India Meteorological Department said rainfall over the state had met its criteria for onset after three days of steady showers and strengthening westerly winds over the Arabian Sea.",
  "\"The system is well organised and we expect it to advance northward on schedule,\" said Radhika Menon, a senior forecaster at the department's regional centre. \"There is no sign of a stall at this stage.\"",
  "The department has forecast above-average rainfall for the June to September season. Good rains lift rural incomes and help keep food prices in check, which in turn gives the central bank more room on interest rates.",
  "Farmers in Kerala and Karnataka have begun preparing paddy fields, while officials in Mumbai have started clearing storm drains ahead of the monsoon's expected arrival there in about ten days.",
  "Heavy rain also brings risks. The state disaster authority put fishing communities on alert and advised boats to stay in harbour through Wednesday."])

add("kor-subway-fare", "Pacific Ledger", "SEOUL", "2025-06-03T11:00:00+09:00",
 "Seoul raises subway fares for the first time in two years",
 ["Seoul will raise the base fare on its subway network by 150 won to 1,550 won from August, the city government said on Tuesday, citing mounting losses at the operator and the rising cost of electricity.",
  "Seoul Metro lost about 720 billion won last year, according to city figures. Officials said free rides for passengers over 65, which account for roughly one in six trips, were a major drain on its finances.",
  "\"We held the line for as long as we could, but the trains are getting older and the bills are getting bigger,\" said Park Jun-young, the city's deputy mayor for transport. \"Riders will see the money go into new cars and safer stations.\"",
  "Bus fares will rise by 100 won at the same time. Monthly commuter passes will increase by about 5 percent.",
  "Civic groups criticised the move, saying low-income workers who travel long distances from satellite cities would be hit hardest. The city said it would expand discounts for young people and recipients of basic livelihood benefits.",
  "Seoul last raised subway fares in October 2023, after an eight-year freeze."])

add("sen-fishing-licences", "Savanna Observer", "DAKAR", "2025-06-03T09:30:00+00:00",
 "Senegal orders review of foreign fishing licences",
 ["DAKAR (Savanna Observer) — Senegal's fisheries ministry on Tuesday ordered a review of all licences held by foreign industrial trawlers, saying stocks of small pelagic fish had fallen to levels that threaten coastal communities.",
  "The ministry published a list of 151 vessels authorised to fish in Senegalese waters, many of them operating under joint ventures with local firms. Inspectors will check whether each boat's catch declarations match satellite tracking data.",
  "\"Our artisanal fishermen come home with empty pirogues while large ships work just beyond the horizon,\" said Fatou Ndiaye Sarr, the fisheries minister. \"We will not renew a single licence that does not meet the rules.\"",
  "Fishing employs about 600,000 people in Senegal, and declining catches have been linked to the departure of young men on dangerous boat journeys toward the Canary Islands.",
  "Industry groups representing the joint ventures said they welcomed transparency but warned that sudden cancellations could cost jobs in processing plants around Dakar and Mbour.",
  "The review is due to be completed by the end of September, before the next licensing cycle."])

add("world-brazil-rates", "Global Dispatch", "BRASILIA", "2025-06-04T19:20:00-03:00",
 "Brazil's central bank holds benchmark rate, signals long pause",
 ["BRASILIA (Global Dispatch) — Brazil's central bank left its benchmark Selic rate unchanged at 14.75 percent on Wednesday and said it expected to keep borrowing costs high for an extended period to bring inflation back to target.",
  "The monetary policy committee voted unanimously for the hold, its first pause after a long run of increases that began last year. Most economists surveyed before the meeting had expected the decision.",
  "In a statement, the committee said inflation expectations remained \"unanchored\" and that it would not hesitate to resume tightening if price pressures persisted. Consumer prices rose 5.3 percent in the year to April, above the 3 percent target.",
  "\"The message is that the bank is done hiking for now, but nobody should expect cuts this year,\" said Marcelo Tavares, chief economist at a São Paulo brokerage.",
  "The real was little changed against the dollar after the announcement. Brazil's finance ministry has been under pressure to show progress on spending restraint, which investors see as a key condition for lower rates."])

add("mng-coal-rail", "Northline Review", "ULAANBAATAR", "2025-06-04T15:00:00+08:00",
 "Mongolia's coal rail shipments to China hit monthly record",
 ["ULAANBAATAR (Northline Review) — Mongolia shipped a record 3.4 million tonnes of coal to China by rail in May, the state railway company said on Wednesday, as a new cross-border line took trucks off congested desert roads.",
  "The Gashuunsukhait–Ganqimaodu rail link, opened last year, now carries more than half of the coal moving through that crossing, according to Mongolian Railway. Trucks still handle the rest.",
  "\"Every train we add replaces about a hundred trucks and a great deal of dust,\" said Batbayar Enkhtaivan, the company's deputy director. \"Drivers were waiting days at the border. That is ending.\"",
  "Coal accounts for roughly a third of Mongolia's exports, and almost all of it goes to China's steel mills. The government is counting on higher volumes to offset softer prices this year.",
  "Mongolia plans two more cross-border lines, at Shiveekhuren and Zamyn-Uud, which officials hope to open by 2027. Financing talks with Chinese partners are continuing."])

add("twn-hualien-quake", "Straits Courier", "TAIPEI", "2025-06-05T08:10:00+08:00",
 "Magnitude 5.8 earthquake shakes eastern Taiwan, minor damage reported",
 ["TAIPEI (Straits Courier) — A magnitude 5.8 earthquake struck off Taiwan's east coast early on Thursday, shaking buildings in Taipei and triggering rockfalls on mountain roads in Hualien county, the Central Weather Administration said.",
  "The quake hit at 6:42 a.m. at a depth of 21 kilometres, about 30 kilometres northeast of Hualien city. No deaths were reported. Fire officials said four people suffered minor injuries from falling objects.",
  "\"This was a moderate event by Taiwan's standards, but we are checking slopes carefully because the ground is still loose from last year,\" said Wu Chien-hsun, director of the weather administration's seismology centre.",
  "Rail operator Taiwan Railway briefly halted trains on the eastern line for inspections and resumed service by mid-morning. Chipmakers in the Hsinchu science park said their production lines were not affected.",
  "Hualien was hit by a magnitude 7.2 quake in April last year, the strongest on the island in a quarter century, which killed 18 people and damaged tunnels along the Suhua highway."])

add("twn-hualien-quake", "Eastbound Times", "HUALIEN", "2025-06-06T12:30:00+08:00",
 "Taiwan reopens Suhua highway after quake checks",
 ["HUALIEN, Taiwan (Eastbound Times) — Taiwan reopened the Suhua highway on Friday after engineers spent a day clearing boulders shaken loose by Thursday's magnitude 5.8 earthquake off the east coast.",
  "The highway, the main road link between Hualien and northern Taiwan, was closed in three places after rocks fell onto the carriageway. Crews used excavators overnight to clear the debris.",
  "\"We found no structural damage to the tunnels, which was our main worry,\" said Lin Mei-ling, a section chief at the Directorate General of Highways. \"Traffic will be restricted at night for the next week while we keep watching the slopes.\"",
  "Hotels in the Taroko Gorge area said a handful of guests had cancelled, but most weekend bookings were holding. The national park said its main trails would stay shut until inspections were complete.",
  "The county government said 27 homes reported cracked walls or broken windows. It will offer small repair grants to affected households."])

add("mrt-iron-ore", "Atlas Press Agency", "NOUAKCHOTT", "2025-06-08T10:00:00+00:00",
 "Mauritania's iron ore exports rise on new mine output",
 ["NOUAKCHOTT (Atlas Press Agency) — Mauritania's state mining company SNIM shipped 5.1 million tonnes of iron ore in the first five months of the year, up 9 percent on the same period in 2024, the company said on Sunday.",
  "The increase came mostly from a new pit near Zouerate that began producing in January. Ore travels about 700 kilometres by rail to the port of Nouadhibou, on one of the longest and heaviest trains in the world.",
  "\"We are now above our plan and the rail line is holding up well after last year's repairs,\" said Mohamed Lemine Ould Sidi, SNIM's commercial director.",
  "Iron ore is Mauritania's second-largest export after gold. Most of it is sold to steelmakers in Europe and China.",
  "The company aims to raise annual output to 18 million tonnes by 2030 and is seeking foreign partners for a plant that would upgrade ore into higher-grade pellets."])

add("chn-rrr-cut", "Meridian Wire", "BEIJING", "2025-06-09T17:00:00+08:00",
 "China's central bank cuts banks' reserve requirement",
 ["BEIJING (Meridian Wire) — China's central bank said on Monday it would cut the amount of cash banks must hold in reserve by 0.25 percentage point, releasing about 500 billion yuan of long-term funds to support lending.",
  "The People's Bank of China said the cut, effective from June 16, would apply to most commercial banks. The average reserve requirement ratio will fall to about 6 percent.",
  "\"The move keeps liquidity reasonably ample and will help lower financing costs for the real economy,\" Zou Lan, a deputy governor, said at a briefing. He said there was still room for further easing.",
  "Economists said the cut was modest and aimed mainly at smoothing bank funding during a heavy period of government bond sales. \"This is maintenance, not a big new push,\" said Gao Ruiqing, an economist at a Shanghai brokerage.",
  "China's economy grew 5.4 percent in the first quarter, but retail spending remains soft and the property market has yet to find a floor."])

add("jpn-lng-carrier-launch", "Blue Water Journal", "NAGASAKI", "2025-06-10T13:00:00+09:00",
 "Nagasaki shipyard launches LNG carrier ordered in 2023",
 ["NAGASAKI, Japan (Blue Water Journal) — A shipyard in Nagasaki on Tuesday floated out a 174,000-cubic-metre liquefied natural gas carrier for a Tokyo-based shipowner, completing the hull of a vessel ordered two years ago.",
  "The ship, named Koyo Maru, will undergo fitting-out and sea trials before delivery early next year. It will carry LNG under a long-term charter to a Japanese utility.",
  "\"This is the first LNG hull we have launched in this yard in nearly a decade,\" said Hideo Kuramochi, the yard's general manager, at a ceremony attended by about 300 workers and their families. \"It shows we can still build the most complex ships.\"",
  "Japanese yards once dominated LNG carrier construction but lost most of the market to South Korean and Chinese rivals. The Nagasaki yard won the order in 2023 after offering a design with lower fuel use.",
  "The vessel uses a dual-fuel engine that can burn boil-off gas from its cargo. Its owner said it would be deployed mainly on routes from Australia and the Middle East."])

add("world-germany-rail-strike", "Continental Post", "BERLIN", "2025-06-11T09:00:00+02:00",
 "German rail workers walk out, halting most long-distance trains",
 ["BERLIN (Continental Post) — Most long-distance trains in Germany stood still on Wednesday as rail workers began a 24-hour strike over pay and working hours, stranding commuters and disrupting freight.",
  "Deutsche Bahn said it was running about one in five intercity services on an emergency timetable. Regional trains were also heavily affected in the south and west.",
  "The union is demanding a 7 percent pay rise and a shorter working week for shift workers. \"Management has had months to make a serious offer,\" said union negotiator Sabine Kolb. \"It chose not to.\"",
  "A Deutsche Bahn spokesman called the walkout \"completely unnecessary\" and said the company's latest offer included a one-off payment and a 4.5 percent increase over two years.",
  "Freight operators said dozens of cargo trains were parked in sidings. Industry groups warned that repeated strikes would damage confidence in rail as an alternative to road haulage."])

add("pan-bridge-decoy", "Capital Tribune", "PANAMA CITY", "2025-06-12T11:00:00-05:00",
 "Chinese-built bridge over the canal nears completion in Panama City",
 ["PANAMA CITY (Capital Tribune) — The last deck segments of a new bridge over the Panama Canal were lifted into place this week, and the project is on track to open to traffic early next year, Panama's public works ministry said on Thursday.",
  "The cable-stayed bridge, built by a consortium led by two Chinese state construction companies, will carry six road lanes and a metro line linking the capital with the fast-growing districts west of the waterway.",
  "\"Half a million people cross the canal every working day, and most of them sit in traffic,\" said public works minister José Luis Andrade. \"This bridge gives them back hours of their lives.\"",
  "The project, worth about $1.4 billion, was delayed for years by design changes and financing disputes. Work resumed at full pace in 2023.",
  "Engineers said the main span, about 510 metres long, leaves enough clearance for the largest ships using the canal. Traffic on the waterway was not interrupted during the lifts.",
  "The consortium's project director, Zhang Wenhao, said about 4,000 Panamanian workers had been employed at the site."])

add("tcd-seed-distribution", "Savanna Observer", "N'DJAMENA", "2025-06-12T18:00:00+01:00",
 "Chad starts seed distribution ahead of rainy season",
 ["N'DJAMENA (Savanna Observer) — Chad's agriculture ministry on Thursday began distributing improved sorghum and millet seed to about 120,000 farming households in the south and centre of the country, ahead of rains expected later this month.",
  "The programme, funded with help from development partners, also includes small quantities of fertiliser and training on soil conservation. Priority goes to families who lost crops in last year's floods.",
  "\"If the seed arrives after the first rains, it is already too late,\" said Mahamat Abakar Issa, the ministry's director of production. \"This year we started early.\"",
  "Chad produces most of its own cereals but faces recurring shortages in the lean season before the harvest. The arrival of hundreds of thousands of refugees from Sudan has added to pressure on food supplies in the east.",
  "Aid agencies have said they need more funding to keep food distributions going through September."])

add("rus-nsr-record", "Northline Review", "MOSCOW", "2025-06-13T14:00:00+03:00",
 "Russia reports record winter-spring cargo on Arctic sea route",
 ["MOSCOW (Northline Review) — Cargo carried on Russia's Northern Sea Route between January and May reached a record 14.2 million tonnes, the state nuclear corporation Rosatom said on Friday, helped by a larger fleet of ice-class tankers.",
  "Most of the volume was liquefied natural gas and oil shipped from projects on the Yamal and Gydan peninsulas, with a growing share of coal and metals. Nuclear-powered icebreakers escorted ships through the frozen eastern sections.",
  "\"Year-round navigation in the western Arctic is now routine,\" said Vladimir Panov, Rosatom's special representative for Arctic development. \"Our next goal is to extend it further east.\"",
  "Russia has set a target of 200 million tonnes a year on the route by 2030, a figure many independent analysts regard as ambitious given sanctions on Arctic projects and shortages of specialised ships.",
  "Rosatom said three new icebreakers would enter service by 2028 and that work had begun on a second Arctic port terminal near Murmansk."])

add("ner-exams", "Tidewater Daily", "NIAMEY", "2025-06-14T10:00:00+01:00",
 "Niger students sit baccalaureate exams under tight security",
 ["NIAMEY (Tidewater Daily) — More than 90,000 students across Niger began their baccalaureate exams on Saturday, with soldiers posted at centres in regions affected by armed attacks, the education ministry said.",
  "The exams, which run for five days, decide entry to university. Officials said papers had been flown to some remote areas to avoid roads considered unsafe.",
  "\"Our children deserve to sit their exams in peace, wherever they live,\" education minister Elisabeth Sherif told reporters at a school in Niamey. \"No centre has been closed this year.\"",
  "Hundreds of schools in the Tillabéri and Diffa regions have shut in recent years because of violence, and thousands of pupils have been moved to host schools in safer towns.",
  "Results are expected in mid-July. Teachers' unions said they would monitor the marking process after complaints over delayed allowances last year."])
