# ---------------- 28 APRIL - 7 MAY ----------------
R5 = "seafarers-union-crew-protection"; R5L = "norway-seafarers-union-demands"
A("r5-a", "reaction", R5, R5L, "2025-04-28T08:45:00+02:00", "Fjordposten Daily",
  "Seafarers' union demands right to refuse Gulf voyages", "BERGEN",
  ["The Norwegian Seafarers' Union on Monday demanded that crews on Norwegian ships be given the right to refuse to sail through the Strait of Hormuz without losing pay, and called on owners to fund armed security teams for vessels that must enter the Gulf.",
   "Union leader Hege Tvedt said members had been shaken by the capture of the Hallvard Star, whose seven Norwegian crew members have now been held for almost a week. \"Our members are asking one question: who protects us?\" she said at a meeting with shipowners in Bergen.",
   "The union wants the Gulf designated a warlike operations area in collective agreements, which would give seafarers the right to sign off before entering and entitle them to double pay and extra insurance if they stay aboard.",
   "The shipowners' association said it was open to discussing the designation but warned that armed guards raised legal questions in some coastal states' waters.",
   "A similar designation was agreed for the southern Red Sea in 2024 after attacks on merchant ships."],
  [("demanded that crews on Norwegian ships be given the right to refuse to sail through the Strait of Hormuz without losing pay", "NOR")])

A("r5-b", "reaction", R5, R5L, "2025-04-28T14:30:00+02:00", "Nordlys Wire",
  "Norwegian sailors' union wants Gulf classed as warlike area", "OSLO",
  ["Norway's largest seafarers' union has asked the government and shipowners to classify the Gulf as a warlike operations area, a step that would let crews decline voyages there, after Iranian forces boarded the Hallvard Star last week.",
   "\"It is not acceptable that a sailor from Haugesund or Manila can be taken off his bridge at gunpoint and the industry carries on as normal,\" union leader Hege Tvedt told reporters after talks in Bergen. \"We want protection on paper and on deck.\"",
   "The Norwegian Seafarers' Union also asked the foreign ministry to guarantee that families of crew held abroad receive regular updates and financial support.",
   "Tvedt said the union would consider recommending that members refuse Gulf voyages if no agreement was reached within ten days.",
   "The Hallvard Star's owner, Vestkyst Tankers, said it supported the call for a warlike designation and was continuing to pay the wages of its detained crew."],
  [("has asked the government and shipowners to classify the Gulf as a warlike operations area", "NOR")])

R6 = "swe-fin-eu-statement-call"; R6L = "swe-fin-eu-call"
A("r6-a", "reaction", R6, R6L, "2025-04-29T11:40:00+02:00", "Baltic Ledger",
  "Sweden and Finland push for joint EU statement on Gulf shipping", "STOCKHOLM",
  ["The foreign ministers of Sweden and Finland on Tuesday urged the European Union to issue a joint statement by all 27 member states on the security of merchant shipping in the Gulf, a week after a Norwegian-flagged tanker was captured by Iranian forces.",
   "In a letter to the EU's foreign policy chief, Sweden's Elin Sandqvist and Finland's Ville Korhonen wrote that the boarding of the Hallvard Star \"concerns every European country that depends on open sea lanes\" and that the union should speak with one voice alongside Norway.",
   "\"Norway is not an EU member, but this is a European matter,\" Sandqvist told reporters in Stockholm. \"Silence would be read in Tehran as permission.\"",
   "Korhonen said the two countries also wanted EU foreign ministers to discuss at their May meeting whether the bloc's naval presence in the region should be strengthened.",
   "Diplomats said Hungary had reservations about the wording, which could delay a statement requiring unanimity."],
  [("urged the European Union to issue a joint statement by all 27 member states on the security of merchant shipping in the Gulf", "SWE"),
   ("Sweden's Elin Sandqvist and Finland's Ville Korhonen wrote that the boarding of the Hallvard Star", "FIN")])

A("nord-dk-wind-auction", "nordic", "dk-offshore-wind-auction", "dk-offshore-wind-auction", "2025-04-29T15:20:00+02:00", "Oresund Courier",
  "Denmark relaunches North Sea wind auction with state support after failed round", "COPENHAGEN",
  ["Denmark will offer up to 55 billion crowns in state support to developers of three offshore wind farms in the North Sea, the energy ministry said on Tuesday, after a previous tender without subsidies attracted no bids at all.",
   "The new auction covers sites with a combined capacity of about 3 gigawatts and uses contracts for difference, under which the state pays developers when power prices are low and receives money back when they are high.",
   "\"We learned a hard lesson last winter,\" Climate and Energy Minister Kasper Lindberg said. \"The market told us that risk had to be shared, and we have listened.\"",
   "Industry body Green Power Denmark welcomed the change but said higher interest rates and costs for turbines still made the projects marginal.",
   "Bids are due in the spring of 2026, with the first farms expected to produce power by the early 2030s."])

A("r6-b", "reaction", R6, R6L, "2025-04-30T09:00:00+03:00", "Continental Herald",
  "Nordic EU members seek united front after Hallvard Star capture", "HELSINKI",
  ["Finland's foreign minister said on Wednesday that Europe needed to show Iran a united front on freedom of navigation, as Helsinki and Stockholm pressed fellow EU governments to back a common declaration on the detention of the Norwegian tanker and its crew.",
   "\"Seizing a ship and holding its crew is not a negotiating tactic that Europe should get used to,\" Ville Korhonen said in an interview. \"Our Norwegian friends should not stand alone.\"",
   "Finland and Sweden sent a joint letter on Tuesday to the EU's foreign policy chief asking for a statement backed by all member states and for a debate on the bloc's naval role in the region.",
   "A spokesperson for the EU's diplomatic service confirmed receipt of the letter and said work on a text was under way.",
   "Denmark, the third Nordic member of the union, said it supported the initiative."],
  [("Helsinki and Stockholm pressed fellow EU governments to back a common declaration on the detention of the Norwegian tanker and its crew", "FIN")])

A("wld-br-senate", "world", "br-senate-tax-bill", "br-senate-tax-bill", "2025-04-30T18:30:00-03:00", "Global Dispatch Agency",
  "Brazil's Senate approves income tax exemption for low earners", "BRASILIA",
  ["Brazil's Senate on Wednesday approved a bill exempting people who earn up to 5,000 reais a month from income tax, a flagship promise of President Luiz Inácio Lula da Silva's government, while imposing a minimum tax on the highest earners to make up the lost revenue.",
   "The measure passed by 61 votes to 9 after a day of negotiations over the minimum rate for people with annual incomes above 600,000 reais, which was set at up to 10 percent.",
   "\"Teachers, nurses and bus drivers will have more money in their pockets every month,\" said Finance Ministry executive secretary Dario Pereira Lins.",
   "Business groups argued the minimum tax would discourage investment and lead wealthy Brazilians to move assets abroad.",
   "The bill returns to the lower house for a final vote on changes made by the Senate. The government wants it in force from January."])

A("dec-is-tanker-tow", "decoy", "is-tanker-tow", "is-tanker-tow", "2025-04-30T12:50:00+00:00", "Polar Bulletin",
  "Icelandic coast guard tows crippled tanker away from Westfjords coast", "ÍSAFJÖRÐUR, Iceland",
  ["Iceland's coast guard towed a disabled product tanker to safety on Wednesday after it lost engine power in a gale off the Westfjords, drifting within a few nautical miles of the shore with a cargo of diesel for local fuel depots.",
   "The coast guard vessel Þór secured a line to the 12,000-tonne tanker early in the morning and pulled it into the sheltered fjord of Ísafjarðardjúp. None of the 16 crew were hurt and no fuel leaked.",
   "\"With the wind blowing onshore at 25 metres per second, we did not have much time,\" said coast guard operations chief Ásgeir Sigurðsson. \"The crew did everything right.\"",
   "The Liberian-flagged tanker was on a coastal distribution run from Reykjavik. Engineers were flown in from Reykjavik to inspect the damage.",
   "Environmental groups have long warned that Iceland's remote coast is exposed to shipping accidents and called for a second salvage tug to be stationed in the north."])

CH = "hallvard-captain-charged"
A("ch-a", "followup", CH, TS, "2025-04-30T16:20:00+03:30", "Gulf Monitor",
  "Iranian court charges Hallvard Star captain with fuel smuggling", "DUBAI",
  ["A court in Iran's Hormozgan province has charged the Norwegian captain of the seized tanker Hallvard Star with smuggling fuel, the judiciary's news website reported on Wednesday, a week after Revolutionary Guard forces took control of the ship.",
   "Captain Terje Mølstad was charged with organised smuggling of petroleum products, an offence that can carry a prison sentence and heavy fines, according to the report. Two other officers were named as witnesses.",
   "\"The investigation has established that the vessel carried a quantity of fuel not listed on its documents,\" provincial prosecutor Mojtaba Ghasemi was quoted as saying. He gave no figures.",
   "The ship's owner, Vestkyst Tankers, said the charge was baseless and that it had provided Iranian authorities with cargo certificates from the loading port.",
   "The captain is being held at a facility in Bandar Abbas, the report said. The rest of the 24 crew remain on the vessel."])

A("ch-b", "followup", CH, TS, "2025-05-01T10:30:00+02:00", "Tidewater News",
  "Norwegian master of seized tanker faces smuggling case in Iran", "OSLO",
  ["The captain of the Hallvard Star, the Norwegian tanker held by Iran since 22 April, has been formally charged in an Iranian court, his employer confirmed on Thursday, raising fears that the case could drag on for months.",
   "Vestkyst Tankers said Captain Terje Mølstad, 58, had been taken ashore in Bandar Abbas and charged with smuggling fuel. \"Terje has sailed for 35 years without a blemish. This accusation is simply false,\" chief executive Kristin Aarvik said.",
   "Iranian prosecutors say the vessel carried undeclared fuel. The company says the only fuel on board was for the ship's own engines.",
   "Legal experts said Iranian courts had in past cases used smuggling charges to hold foreign ships while political disputes were resolved.",
   "The company said it had appointed an Iranian lawyer to represent the captain but that he had not yet been allowed to meet his client."])

A("ctl-hn-fuel", "control", "hn-fuel-prices", "hn-fuel-prices", "2025-05-02T09:45:00-06:00", "Isthmus Times",
  "Honduras freezes bus fares as fuel prices rise for third week", "TEGUCIGALPA",
  ["The Honduran government said on Friday it would freeze urban bus fares for three months and pay a temporary subsidy to transport operators, after pump prices for diesel and petrol rose for a third straight week.",
   "Diesel prices in Tegucigalpa climbed to about 92 lempiras a gallon this week, following higher international crude prices in late April. Transport unions had threatened to strike if they were not compensated.",
   "\"We will not let the cost of a bus ticket fall on workers and students,\" Energy Minister Erick Tejada Mejía told a news conference. He said the subsidy would cost around 300 million lempiras.",
   "Honduras imports all of its fuel, and prices are adjusted weekly according to a formula linked to U.S. Gulf Coast benchmarks.",
   "Economists warned the subsidy would widen the budget deficit and urged the government to target aid more precisely."])

A("nord-se-police", "nordic", "se-gang-crackdown", "se-gang-crackdown", "2025-05-02T13:15:00+02:00", "Baltic Ledger",
  "Swedish police arrest 40 in raids on gang recruiting teenagers", "STOCKHOLM",
  ["Swedish police arrested 40 people in coordinated raids in Stockholm, Uppsala and Gothenburg on Friday, targeting a criminal network accused of recruiting teenagers through messaging apps to carry out shootings and bombings.",
   "Among those detained were six suspected leaders of the network. Police seized weapons, explosives and about two million crowns in cash.",
   "\"These people treat children as disposable tools,\" national police chief Petra Lindqvist said. \"Today we have taken away a significant part of their capacity.\"",
   "Sweden has suffered a wave of gang violence over the past decade, with criminals increasingly using minors who face lighter punishment. The government has tightened laws on youth crime and expanded police powers to conduct secret surveillance.",
   "Prosecutors said they would seek detention orders for most of those arrested over the weekend."])

A("dec-fi-football", "decoy", "fi-u21-beat-iran", "fi-u21-beat-iran", "2025-05-03T19:30:00+03:00", "Nordlys Wire",
  "Finland's under-21s beat Iran in Antalya friendly", "ANTALYA, Turkey",
  ["Finland's under-21 football team beat Iran 2-1 in a friendly match in Antalya on Saturday, with substitute Aleksi Nurmi scoring the winner six minutes from time.",
   "Iran had taken the lead in the first half through a header from a corner, but Finland equalised shortly after the break when midfielder Eetu Laaksonen curled a shot into the top corner from outside the area.",
   "\"It was a good test against a physical, well-organised side,\" Finland coach Mika Partanen said. \"We learned a lot about how we react when we go behind.\"",
   "The match was part of a short training camp for both teams in Turkey. Finland play Norway in another friendly on Tuesday before the squad returns home.",
   "The Finnish side is preparing for qualification for the 2027 European Under-21 Championship, which begins in the autumn."])

SAL = "no-salmon-tax-row"
A("nord-no-salmon-1", "nordic", SAL, SAL, "2025-05-05T10:05:00+02:00", "Fjordposten Daily",
  "Norwegian salmon farmers threaten to halt investment over tax change", "BERGEN",
  ["Norway's salmon farming industry warned on Monday that a government proposal to change how its resource rent tax is calculated would force companies to freeze investments worth around 12 billion crowns.",
   "The finance ministry wants to base the tax on a new norm price for salmon set by a state council, rather than on the prices companies actually receive. Farmers say the method will overstate their income.",
   "\"This will tax us on money we never earn,\" said Ragnhild Sæther, head of the seafood producers' association. \"Coastal communities will feel it first.\"",
   "The government says the change is needed to stop companies from shifting profits to sales units and to ensure the public gets a fair share of the value of the fjords.",
   "The resource rent tax, introduced in 2023, has already prompted several farmers to delay projects. Salmon is Norway's second-largest export after oil and gas."])

A("nord-no-salmon-2", "nordic", SAL, SAL, "2025-05-05T15:30:00+02:00", "Lodestar Financial",
  "Salmon stocks slide in Oslo as Norway tightens fish farm tax rules", "OSLO",
  ["Shares in Norway's biggest salmon farmers fell by as much as 5 percent in Oslo on Monday after the government proposed a new way of calculating the resource rent tax on the industry, which producers say would raise their bills.",
   "Under the proposal, a state-appointed council would set a norm price for salmon each quarter, replacing the prices reported by the companies themselves.",
   "\"The market had priced in a stable tax regime, and that assumption has now been tested,\" said seafood analyst Knut Aasland of Fjellstad Markets.",
   "Finance Minister Trond Vassbotn defended the plan, saying it would close loopholes and that it had been developed after long consultation.",
   "The proposal will be put to parliament before the summer recess. The ruling coalition lacks a majority and will need support from other parties."])

A("wld-au-in-trade", "world", "au-in-trade-deal", "au-in-trade-deal", "2025-05-05T14:00:00+10:00", "Global Dispatch Agency",
  "Australia and India sign broader trade pact covering services and critical minerals", "CANBERRA",
  ["Australia and India signed an expanded trade agreement on Monday that cuts tariffs on most goods, opens up services markets and sets up a framework for cooperation on critical minerals such as lithium and rare earths.",
   "The deal builds on an interim pact that took effect in 2022. Australian wine, lamb and education services will gain improved access to India, while Indian textiles and pharmaceutical firms get lower barriers in Australia.",
   "\"This is the most significant economic agreement India has signed with a developed country,\" Australian Trade Minister Fiona Merrick said after the signing ceremony.",
   "Farm groups in India had pressed for dairy to be excluded, and it was. Australian unions raised concerns about visa provisions for skilled workers.",
   "Both parliaments must still ratify the agreement."])

R7 = "denmark-frigate-hormuz"; R7L = "denmark-hormuz-deployment"
A("r7-a", "reaction", R7, R7L, "2025-05-06T11:00:00+02:00", "Oresund Courier",
  "Denmark to send frigate to European mission in Strait of Hormuz", "COPENHAGEN",
  ["Denmark will send a frigate to join the European-led maritime surveillance mission in the Strait of Hormuz, Defence Minister Rasmus Vinther said on Tuesday, citing the need to protect merchant ships after Iran's capture of a Norwegian tanker last month.",
   "The frigate, with about 170 personnel and a helicopter, is due to arrive in the region in early June and stay for five months. Parliament must still approve the deployment, but a broad majority has signalled support.",
   "\"Danish shipping is among the largest in the world, and our sailors must be able to trust that the sea lanes are safe,\" Vinther said. \"What happened to the Hallvard Star shows that we cannot take that for granted.\"",
   "The European mission, based in Abu Dhabi, monitors traffic in the strait and shares information with merchant ships but does not escort them. Denmark previously contributed a frigate in 2020.",
   "Iran has repeatedly denounced foreign naval deployments in the Gulf."],
  [("Denmark will send a frigate to join the European-led maritime surveillance mission in the Strait of Hormuz", "DNK")])

A("dec-se-export-verdict", "decoy", "se-dual-use-export-verdict", "se-dual-use-export-verdict", "2025-05-06T14:40:00+02:00", "Baltic Ledger",
  "Swedish businessman jailed for shipping drone parts to Iran", "GOTHENBURG",
  ["A Swedish court on Tuesday sentenced a 61-year-old businessman to three years and six months in prison for illegally exporting electronic components that can be used in military drones to Iran via companies in Turkey and the United Arab Emirates.",
   "The Gothenburg district court found that the man's trading firm had shipped thousands of navigation and engine-control parts between 2021 and 2023 without the required export licences.",
   "\"The defendant knew, or must have known, where the goods were going,\" Judge Annika Hedberg said in the ruling. Prosecutors had argued that some of the components later turned up in drones used in Ukraine.",
   "The man denied the charges, saying he believed the parts were for civilian agricultural equipment. His lawyer said he would appeal.",
   "The investigation was led by the Swedish Security Service, which has identified Iran as one of the countries most actively seeking to acquire Western technology through Swedish firms."])

A("ctl-bz-reef", "control", "bz-reef-bleaching", "bz-reef-bleaching", "2025-05-06T10:20:00-06:00", "Cordillera Post",
  "Survey finds widespread bleaching on Belize barrier reef", "BELIZE CITY",
  ["More than half of the coral surveyed on the Belize Barrier Reef showed signs of bleaching after a second year of record sea temperatures, scientists said on Tuesday, warning that some sites may not recover.",
   "The survey, carried out by a team from the University of Belize and a regional conservation group, covered 64 sites from Ambergris Caye to the southern cayes between January and March.",
   "\"We saw reefs that were bright and healthy three years ago turned almost white,\" marine biologist Denise Castillo said. \"Some corals are already dead and covered in algae.\"",
   "The reef, the second-largest barrier reef system in the world, is a UNESCO World Heritage Site and the backbone of the country's tourism and fishing industries.",
   "The government said it would expand no-take zones and restrict some coastal development to reduce pressure on the reef."])

A("r7-b", "reaction", R7, R7L, "2025-05-07T08:30:00+02:00", "Continental Herald",
  "Copenhagen commits warship to Gulf as Nordic concern over Iran grows", "COPENHAGEN",
  ["A Danish frigate is to head for the Strait of Hormuz next month to strengthen Europe's naval monitoring mission, Denmark's government has decided, in the clearest military response yet from a Nordic country to the detention of the Norwegian tanker Hallvard Star.",
   "Defence Minister Rasmus Vinther told parliament's defence committee on Tuesday evening that the ship would help give merchant vessels early warning of suspicious approaches. \"We are not going there to fight anyone. We are going there so that ships are not alone,\" he said.",
   "The frigate will serve under the European-led mission headquartered in the United Arab Emirates, which includes ships from France, Italy and Greece.",
   "Norway's foreign ministry welcomed the Danish decision. Norway itself has not announced a naval contribution.",
   "Iranian officials have said the presence of foreign warships increases tensions in the region."],
  [("A Danish frigate is to head for the Strait of Hormuz next month to strengthen Europe's naval monitoring mission", "DNK")])

A("dec-dk-shipping-q1", "decoy", "dk-nordhavn-q1-results", "dk-nordhavn-q1-results", "2025-05-07T07:15:00+02:00", "Lodestar Financial",
  "Nordhavn Line profit falls as container rates ease", "COPENHAGEN",
  ["Danish container carrier Nordhavn Line reported a 38 percent fall in first-quarter operating profit on Wednesday, as freight rates on routes between Asia and Europe eased from last year's highs and new ships added capacity.",
   "Earnings before interest and tax came to 610 million dollars for January to March, slightly above analysts' forecasts. Revenue fell 9 percent to 4.2 billion dollars.",
   "\"We are back in a market where discipline on costs matters more than the freight curve,\" chief executive Bodil Hvass said. She said volumes on the company's Gulf and Middle East services were steady and remained a small part of its network.",
   "The company kept its full-year guidance, which assumes that ships continue to sail around Africa rather than through the Red Sea for most of the year.",
   "Nordhavn Line shares rose 2 percent in early Copenhagen trading."])
