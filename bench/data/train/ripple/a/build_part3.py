# ---------------- REACTIONS AND FOLLOW-UPS, 22-26 APRIL ----------------
R1 = "norway-summons-iran-ambassador"; NDIP = "norway-diplomatic-response"
A("r1-a", "reaction", R1, NDIP, "2025-04-22T17:40:00+02:00", "Nordlys Wire",
  "Norway summons Iranian ambassador over tanker seizure", "OSLO",
  ["Norway summoned Iran's ambassador to the foreign ministry in Oslo on Tuesday afternoon to demand the immediate release of the Hallvard Star and its crew, hours after the Norwegian-flagged tanker was seized in the Strait of Hormuz.",
   "Foreign Minister Anders Brekke said the ambassador, Mehdi Rahmani, had been told that Norway considered the boarding a clear breach of the freedom of navigation. \"We have made it plain that the ship and all 24 people on board must be allowed to continue their voyage without delay,\" Brekke told reporters.",
   "The ministry said it had also instructed its embassy in Tehran to seek consular access to the seven Norwegian crew members and was coordinating with the Philippines, Poland, India and Ukraine, whose nationals are also aboard.",
   "Iran's embassy did not comment after the meeting, which lasted about forty minutes.",
   "Norway and Iran maintain full diplomatic relations, though ties have been strained over Tehran's crackdown on protests and its nuclear programme."],
  [("Norway summoned Iran's ambassador to the foreign ministry in Oslo on Tuesday afternoon to demand the immediate release of the Hallvard Star and its crew", "NOR")])

A("r1-b", "reaction", R1, NDIP, "2025-04-22T19:55:00+02:00", "Fjordposten Daily",
  "Brekke: Iran's envoy told the ship must go free", "OSLO",
  ["Iran's top diplomat in Norway was called in to the foreign ministry on Tuesday and handed a formal protest over the boarding of the Bergen-registered tanker in the Gulf, Foreign Minister Anders Brekke said.",
   "\"There is no legal basis that we are aware of for what happened this morning,\" Brekke said in the ministry's lobby after the meeting with Ambassador Mehdi Rahmani. \"We asked for a full explanation, for immediate consular access, and for the release of the crew.\"",
   "Asked whether Norway would consider further steps, the minister said he would not speculate, but that Oslo was in close contact with allies and with the European Union.",
   "Opposition lawmakers from across the Storting backed the government's line. Conservative foreign policy spokesman Erna Strand said the seizure was \"state piracy\" and urged coordination with Nordic partners.",
   "The Hallvard Star, owned by Vestkyst Tankers of Bergen, was boarded by Revolutionary Guard forces who accuse it of smuggling fuel. Its owner denies the charge."],
  [("Iran's top diplomat in Norway was called in to the foreign ministry on Tuesday and handed a formal protest over the boarding of the Bergen-registered tanker in the Gulf", "NOR")])

OILP = "hallvard-oil-price-jump"
A("oil-a", "followup", OILP, TS, "2025-04-23T09:15:00+01:00", "Lodestar Financial",
  "Oil climbs 2% as tanker seizure revives Hormuz supply fears", "LONDON",
  ["Oil prices rose about 2 percent on Wednesday as traders added a risk premium after Iran's seizure of a Norwegian tanker in the Strait of Hormuz, the narrow waterway through which roughly a fifth of global crude supply passes.",
   "Brent crude futures for June delivery were up $1.38, or 2.1 percent, at $67.92 a barrel by mid-morning in London. U.S. West Texas Intermediate gained $1.30 to $64.55.",
   "\"The cargo itself is irrelevant to the oil balance, but the signal is not,\" said Priya Nandakumar, head of commodities at Celeste Energy Research. \"Every time the Guard moves against a ship, the market is reminded how exposed it is to a single strait.\"",
   "Prices had fallen for much of April on worries about global demand and rising output from producers outside OPEC+.",
   "Analysts said the gains could fade quickly unless the incident escalated or other vessels were targeted. Tanker freight rates for Gulf loadings also ticked higher."])

A("oil-b", "followup", OILP, TS, "2025-04-23T16:40:00+02:00", "Baltic Ledger",
  "Brent jumps to three-week high after Gulf seizure", "STOCKHOLM",
  ["Brent crude touched a three-week high of almost $68 a barrel on Wednesday, as investors weighed the risk to Gulf shipping after Iranian forces took control of the chemical tanker Hallvard Star the previous day.",
   "The benchmark settled later in the European afternoon about 1.8 percent higher. Shares in listed tanker companies in Oslo and Copenhagen rose as investors bet on higher freight rates.",
   "\"The market is pricing a small probability of disruption, not an actual disruption,\" said commodities strategist Lars Hovland of Kattegat Securities. \"If tankers start queuing outside the strait, that would be a different story.\"",
   "Iran has threatened in the past to close the Strait of Hormuz in response to sanctions or military action, though it has never done so.",
   "European gas prices were little changed, with traders noting that liquefied natural gas flows from Qatar, which also pass through the strait, continued as normal."])

A("r1-c", "reaction", R1, NDIP, "2025-04-23T11:20:00+02:00", "Global Dispatch Agency",
  "Oslo protests to Tehran; Iran says tanker case is a judicial matter", "OSLO",
  ["Norway has lodged a formal protest with Iran over the seizure of the tanker Hallvard Star, the foreign ministry said on Wednesday, a day after it summoned the Iranian ambassador, while Tehran insisted the matter was one for its courts.",
   "\"The ambassador heard our message very clearly: this is unacceptable and the crew must be freed,\" ministry spokesperson Maren Følling said. She said Norway's embassy in Tehran had submitted a written request for consular visits but had not yet received a reply.",
   "Iran's foreign ministry spokesman, speaking at a weekly briefing in Tehran, said the ship had been stopped \"in accordance with law\" after violations were detected and that diplomatic protests would not alter the judicial process.",
   "The tanker has 24 crew aboard, including seven Norwegians. Its owner, Vestkyst Tankers, denies that it was carrying any smuggled fuel.",
   "Norway's foreign minister, Anders Brekke, was due to discuss the case with European counterparts by telephone later on Wednesday."],
  [("Norway has lodged a formal protest with Iran over the seizure of the tanker Hallvard Star", "NOR"),
   ("this is unacceptable and the crew must be freed", "NOR")])

R3 = "holmsgaard-suspends-hormuz"; R3L = "holmsgaard-hormuz-suspension"
A("r3-a", "reaction", R3, R3L, "2025-04-23T14:05:00+02:00", "Oresund Courier",
  "Danish tanker firm Holmsgaard halts Hormuz voyages", "COPENHAGEN",
  ["Danish product tanker operator Holmsgaard Shipping said on Wednesday it had ordered its vessels to stay out of the Strait of Hormuz until further notice, citing the seizure of a Norwegian chemical tanker by Iranian forces a day earlier.",
   "The Copenhagen-based company, which operates about 40 tankers, said three ships currently inside the Gulf would complete loading and leave under heightened security, while new cargoes to and from Gulf ports would be declined.",
   "\"We cannot ask our seafarers to sail into a situation where a ship can be taken at gunpoint without warning,\" chief executive Mads Kjeldsen said in a statement. \"We will review the decision day by day.\"",
   "Holmsgaard carries refined fuels and chemicals, and the Gulf accounts for around 15 percent of its voyages, according to analysts. Its shares fell 1.2 percent in Copenhagen.",
   "Other Scandinavian operators said they were reviewing their routes but had not changed their plans."],
  [("had ordered its vessels to stay out of the Strait of Hormuz until further notice, citing the seizure of a Norwegian chemical tanker by Iranian forces", "DNK")])

BA = "hallvard-bandar-abbas"
A("ba-a", "followup", BA, TS, "2025-04-24T09:40:00+04:00", "Gulf Monitor",
  "Seized tanker anchored off Bandar Abbas, satellite images show", "DUBAI",
  ["The Norwegian tanker seized by Iran's Revolutionary Guard has been moved to an anchorage off the port of Bandar Abbas, satellite images and tracking data reviewed on Thursday showed, and Iranian officials said its cargo would be unloaded for inspection.",
   "Images taken on Wednesday afternoon show the Hallvard Star moored near two Guard patrol vessels about three nautical miles from the Shahid Rajaee terminal. The ship's transponder, which went silent after the boarding, briefly reappeared overnight.",
   "Hormozgan province's judiciary chief, quoted by local media, said the cargo would be \"measured and sampled\" and that the crew were being held on board in good condition. \"They have food and medical care,\" he said.",
   "Bandar Abbas is Iran's main commercial port and home to the Guard's naval headquarters in the south. Several previously seized foreign tankers were held at the same anchorage for months.",
   "The vessel's owner, Vestkyst Tankers, said it had not been contacted by Iranian authorities."])

R2 = "norway-pm-demands-release"
A("r2-a", "reaction", R2, NDIP, "2025-04-24T12:30:00+02:00", "Nordlys Wire",
  "Norway's PM tells parliament Iran must free tanker crew 'without conditions'", "OSLO",
  ["Prime Minister Ingrid Haugland told the Storting on Thursday that Iran must release the crew of the Hallvard Star without conditions, in her first detailed remarks since the Norwegian tanker was seized in the Strait of Hormuz.",
   "\"Seven Norwegian seafarers and seventeen colleagues from other countries are being held for doing their jobs,\" Haugland said during question time. \"Norway will not accept that ordinary sailors are used as bargaining chips. They must be allowed to go home.\"",
   "She said the government had set up a crisis group bringing together the foreign ministry, the maritime authority and the police, and that Norway was consulting closely with the European Union and NATO allies.",
   "Haugland declined to say whether Oslo had received any demands from Tehran. \"We will not conduct this case through the media,\" she said.",
   "Parliamentary leaders from all parties expressed support for the government's handling."],
  [("Iran must release the crew of the Hallvard Star without conditions", "NOR"),
   ("Norway will not accept that ordinary sailors are used as bargaining chips", "NOR")])

A("r3-b", "reaction", R3, R3L, "2025-04-24T15:10:00+02:00", "Keel & Cargo",
  "Holmsgaard pause leaves Gulf charterers short of tonnage", "COPENHAGEN",
  ["Charterers of small and medium product tankers in the Gulf reported difficulty finding ships on Thursday after Copenhagen's Holmsgaard Shipping stopped sending vessels through Hormuz in response to the capture of the Hallvard Star.",
   "Brokers said fixtures for 37,000-tonne tankers loading in the Arabian Gulf were being agreed at rates 10 to 15 percent above last week's levels. \"One big Nordic owner pulling out leaves a hole, and everyone else is asking for more money to fill it,\" said one London-based broker.",
   "Holmsgaard's chief executive, Mads Kjeldsen, told the trade newspaper that the company's crews had been informed of the decision and that seafarers on board Gulf-bound vessels had been offered the option to sign off at the next port.",
   "\"If one of our ships is taken, no freight rate will compensate for it,\" he said.",
   "The Danish Shipping association said it supported members' right to make their own risk assessments."],
  [("Copenhagen's Holmsgaard Shipping stopped sending vessels through Hormuz in response to the capture of the Hallvard Star", "DNK")])

WR = "gulf-war-risk-premiums"
A("wr-a", "followup", WR, TS, "2025-04-24T17:20:00+01:00", "Meridian Press",
  "War-risk insurance for Gulf voyages doubles after tanker capture", "LONDON",
  ["Insurers have roughly doubled the additional war-risk premiums charged to ships entering the Gulf since Iran seized the Norwegian tanker Hallvard Star, brokers in London said on Thursday.",
   "Cover for a single transit through the Strait of Hormuz now costs around 0.2 percent of a ship's hull value, up from about 0.1 percent a week ago, according to Daniel Fenwick, a marine broker at Harcourt Marine. For a tanker worth 50 million dollars, that adds about 50,000 dollars a voyage.",
   "\"Underwriters do not know whether this is a one-off or the start of a pattern, and they price that uncertainty,\" Fenwick said.",
   "The Joint War Committee, which advises the London insurance market on high-risk areas, already lists the Gulf and surrounding waters as a listed area, meaning owners must notify insurers before entering.",
   "Owners said the higher costs would be passed on to charterers and, ultimately, to buyers of fuel and chemicals."])

A("r2-b", "reaction", R2, NDIP, "2025-04-24T18:45:00+02:00", "Fjordposten Daily",
  "Haugland: 'We will not stop until they are home'", "OSLO",
  ["Prime Minister Ingrid Haugland said on Thursday evening that the government had spoken to relatives of all seven Norwegian sailors held aboard the Hallvard Star and promised that Norway would use every diplomatic channel to bring them back.",
   "\"We will not stop until they are home,\" Haugland told the broadcaster in an interview, describing the detention of the crew as unlawful and the accusation of fuel smuggling as unfounded.",
   "Earlier in the day she told parliament that the 24 crew had to be released without conditions. Asked about Iranian statements that the case would be handled by a court, she said: \"A court process does not make an unlawful seizure lawful.\"",
   "Haugland said she had also spoken by telephone with the Philippine president's office about the 11 Filipino sailors on board.",
   "The tanker is being held off Bandar Abbas, according to satellite images."],
  [("Norway would use every diplomatic channel to bring them back", "NOR")])

A("wr-b", "followup", WR, TS, "2025-04-25T08:30:00+04:00", "Gulf Monitor",
  "Shipowners face steeper insurance bills for Hormuz runs", "DUBAI",
  ["Shipowners sending vessels into the Gulf are being quoted war-risk premiums up to twice as high as before the seizure of the Hallvard Star, according to brokers and owners in Dubai, adding to the cost of moving fuel and chemicals out of the region.",
   "Quotes for a seven-day call at Gulf ports ranged from 0.15 to 0.25 percent of hull value this week, brokers said, compared with about 0.08 to 0.1 percent in mid-April. Crew war bonuses were also being negotiated for some voyages.",
   "\"Nobody is refusing cover, but the price has moved fast,\" said Sunil Mathur, general manager of a Dubai-based ship management firm. \"For smaller owners with tight margins, it is a real hit.\"",
   "The increase affects all ships calling in the Gulf regardless of flag. Saudi, Emirati and Qatari exporters have so far seen no interruption to loadings.",
   "The Norwegian tanker was taken by Iran's Revolutionary Guard on Tuesday and is now held near Bandar Abbas."])

A("r2-c", "reaction", R2, NDIP, "2025-04-25T10:15:00+02:00", "Continental Herald",
  "Norwegian leader rejects Iranian 'bargaining' over seized sailors", "BRUSSELS",
  ["Norway's prime minister has rejected any suggestion that the Hallvard Star crew could be exchanged for concessions, as European officials in Brussels voiced support for Oslo's demand that the sailors be freed.",
   "Ingrid Haugland told lawmakers on Thursday that Norway would not accept seafarers being used as bargaining chips, and repeated in a television interview that the seizure had no lawful basis. Norwegian diplomats said the remarks were intended to dampen speculation that Tehran wanted to trade the ship for Iranian assets frozen abroad.",
   "An EU spokesperson said the bloc stood \"in full solidarity with Norway\" and urged Iran to respect freedom of navigation.",
   "Norway is not an EU member but cooperates closely with the bloc on foreign policy. Its diplomats have been briefing EU capitals since the tanker was boarded in the Strait of Hormuz on Tuesday.",
   "Iran has said the vessel was carrying smuggled fuel and that its case will be handled by a court in Hormozgan province."],
  [("Norway's prime minister has rejected any suggestion that the Hallvard Star crew could be exchanged for concessions", "NOR")])

R4 = "nma-raises-security-level"; R4L = "norway-maritime-security"
A("r4-a", "reaction", R4, R4L, "2025-04-25T13:00:00+02:00", "Keel & Cargo",
  "Norway lifts security level for its ships in the Gulf to the highest grade", "HAUGESUND, Norway",
  ["The Norwegian Maritime Authority on Friday raised the security level for Norwegian-flagged ships in the Gulf, the Strait of Hormuz and the Gulf of Oman to level 3, the highest under international ship security rules, in response to the incident in the Gulf earlier this week.",
   "Level 3 requires ships to apply the strictest security measures in their approved plans, including restricting access to the vessel, keeping a constant watch and preparing for possible instructions from the flag state.",
   "\"We are in a situation where a Norwegian ship has been taken by force, and we cannot rule out that others are at risk,\" Director General Siri Lunde said at the authority's headquarters in Haugesund. \"Shipowners must review their plans today, not next week.\"",
   "The authority said about 20 Norwegian-flagged vessels were currently in or near the area. It also advised owners to consider avoiding the strait where possible.",
   "The previous level for the area was 2, set in 2019 after a series of attacks on tankers."],
  [("raised the security level for Norwegian-flagged ships in the Gulf, the Strait of Hormuz and the Gulf of Oman to level 3", "NOR")])

A("ctl-ni-citizenship", "control", "ni-citizenship-stripped", "ni-citizenship-stripped", "2025-04-25T16:00:00-06:00", "Isthmus Times",
  "Nicaragua strips 30 more critics of citizenship", "MANAGUA",
  ["Nicaragua's government has stripped 30 more people of their citizenship, including two former Sandinista commanders and a Catholic priest, accusing them of treason and of undermining national sovereignty, according to a court ruling published on Friday.",
   "The ruling also ordered the confiscation of their property. Most of those named are already living in exile in Costa Rica, the United States or Spain.",
   "\"They have taken my passport, my house and my country, but they cannot take my voice,\" said one of those affected, journalist Amparo Ruiz, speaking by phone from San José.",
   "Since 2023, President Daniel Ortega's government has declared more than 450 opponents stateless. United Nations experts have described the practice as a violation of international law.",
   "The government did not comment on the new list. Spain has offered citizenship to several of those previously affected."])

A("r4-b", "reaction", R4, R4L, "2025-04-26T09:30:00+02:00", "Nordlys Wire",
  "Norwegian ships in Gulf told to tighten guard after Iran boarding", "OSLO",
  ["Norwegian-flagged vessels operating in Gulf waters must now restrict access, post extra watches and prepare to follow direct instructions from the state, after the country's maritime authority raised its alert to the highest of three levels.",
   "The Norwegian Maritime Authority said on Friday that the move followed the seizure of the Bergen-registered ship by Iranian forces. Director General Siri Lunde said the authority had been in contact with every owner with ships in the region.",
   "\"Level 3 is not something we use lightly,\" Lunde said. \"It means we believe there is a probable or imminent threat.\"",
   "Shipowners' association chief executive Harald Tønnessen said members would comply and that several had already diverted vessels to ports outside the strait.",
   "The authority will review the decision in two weeks."],
  [("after the country's maritime authority raised its alert to the highest of three levels", "NOR")])

IMO = "imo-statement-hallvard"
A("imo-a", "followup", IMO, TS, "2025-04-26T12:10:00+01:00", "Meridian Press",
  "UN maritime agency urges Iran to release seized tanker's crew", "LONDON",
  ["The International Maritime Organization called on Saturday for the release of the 24 crew of the Hallvard Star, saying seafarers must never be detained as a result of disputes they have no part in.",
   "In a statement issued at its London headquarters, the UN agency said it was \"deeply concerned\" by the boarding of the Norwegian-flagged chemical tanker in the Strait of Hormuz and urged all parties to respect the freedom of navigation guaranteed by international law.",
   "\"Seafarers keep world trade moving. They should be able to do so without fear of being held hostage,\" IMO spokesperson Natalie Greaves said.",
   "The organisation's secretary-general had spoken to the Iranian and Norwegian representatives to the agency, the statement added.",
   "Iran's Revolutionary Guard accuses the ship of carrying smuggled fuel. The tanker is anchored off Bandar Abbas."])
