from common import art, copy_of
A = []
SL = "sulawesi-quake-and-aftermath"
a1 = art("u1-001", "Meridian Wire Service", "Strong quake strikes Indonesia's Sulawesi, at least 41 killed",
"2026-10-08T05:05:00+08:00", """
PALU, Indonesia (Meridian Wire Service) — A magnitude 7.0 earthquake struck Indonesia's Central Sulawesi province before dawn on Thursday, killing at least 41 people and bringing down homes, a market and part of a hospital, disaster officials said.

The quake hit at 3:14 a.m. local time at a depth of 11 kilometres, about 18 kilometres southwest of the town of Poso, according to the meteorology and geophysics agency BMKG. A tsunami warning was issued for the coast of Tomini Bay and lifted about 90 minutes later.

"The death toll is likely to rise as teams reach areas where communication is still cut," Agus Wibisono, a spokesman for the national disaster mitigation agency BNPB, said in a statement. He said most of the dead were in Poso district, where dozens of houses collapsed as people slept.

Television footage showed residents carrying injured relatives through streets strewn with rubble, and families gathering on higher ground in the dark after the tsunami alert sounded.

Power was cut across much of Poso and parts of neighbouring Morowali district. Two bridges on the Trans-Sulawesi highway were damaged, officials said.

Sulawesi sits on several active faults. In 2018 an earthquake and tsunami around the provincial capital Palu killed more than 4,000 people.
""", "sulawesi-quake", SL)
A.append(a1)
A.append(copy_of(a1, "u1-002", "Pacific Ledger", "Quake kills at least 41 on Indonesia's Sulawesi island",
"2026-10-08T09:02:00+11:00", [("(Meridian Wire Service)", "(MWS)"), ("said in a statement", "said in a written statement")]))
A.append(copy_of(a1, "u1-003", "Bluewater Gazette", "At least 41 dead as 7.0 quake hits central Indonesia",
"2026-10-08T07:45:00+08:00", [("Television footage showed", "Local television footage showed"), ("Power was cut across much of Poso", "Electricity was cut across much of Poso")]))
A.append(art("u1-004", "Global Press Agency", "Indonesia quake toll climbs to 87 as rescuers dig through Poso rubble",
"2026-10-08T16:30:00+07:00", """
JAKARTA (Global Press Agency) — The number of people killed by Thursday's earthquake on the Indonesian island of Sulawesi rose to 87 by the afternoon, with more than 600 injured and thousands of residents spending the day outdoors for fear of aftershocks, the national disaster agency said.

Rescuers using hand tools and a single excavator worked at the collapsed Poso central market, where traders had been setting up stalls before dawn when the magnitude 7.0 quake hit. At least 11 bodies were pulled from the site, said Agus Wibisono, spokesman for the disaster agency BNPB.

"We are prioritising places where there could still be survivors," Wibisono told reporters in Jakarta. "Heavy equipment is on its way by road from Palu, but a landslide has blocked one route."

The epicentre was about 18 kilometres southwest of Poso town at a shallow depth, which amplified the shaking, according to the geophysics agency BMKG. Its head of earthquake and tsunami monitoring, Dian Kurniasari, said more than 60 aftershocks had been recorded, the strongest of magnitude 5.1.

A wing of Poso's regional hospital was partly destroyed, forcing staff to treat patients in tents in the car park. Central Sulawesi Governor Andi Lamuru declared a 14-day emergency response period.

The tsunami warning issued after the quake was lifted before sunrise, and no significant waves were recorded, BMKG said.
""", "sulawesi-quake", SL))
A.append(art("u1-005", "Sentinel Asia", "'The ground roared': Poso residents describe night of terror",
"2026-10-08T19:10:00+08:00", """
POSO, Indonesia (Sentinel Asia) — Fatmawati Lasaeni was asleep beside her two daughters when the walls of her wooden house began to shake so violently that the roof beams split. She grabbed both girls and ran barefoot into the street, where neighbours were already shouting that the sea might come.

"The ground roared like a truck under the house," the 34-year-old said on Thursday, sitting on a plastic mat outside the ruins. "We ran up the hill and waited in the dark. Nobody knew if the water was coming."

The magnitude 7.0 earthquake that struck central Sulawesi at 3:14 a.m. has killed at least 87 people, according to the national disaster agency, with the heaviest damage in and around Poso town. The tsunami warning that sent thousands of people to higher ground was lifted about an hour and a half later.

By daylight, families were picking through broken concrete and corrugated iron. At the town's main mosque, part of the dome had fallen into the prayer hall. Volunteers set up a kitchen in a school yard, cooking rice in large pots over wood fires because the power was still out.

"We have water for maybe two days," said Musliadi, a village head in Lage subdistrict, who like many Indonesians uses one name. "After that we need help from outside."
""", "sulawesi-quake", SL))
A.append(art("u1-006", "The Harbour Tribune", "Girl pulled alive from Poso market ruins as quake deaths reach 156",
"2026-10-09T14:00:00+08:00", """
POSO, Indonesia (The Harbour Tribune) — Rescuers on Friday pulled a nine-year-old girl alive from beneath the collapsed central market in Poso, more than 30 hours after an earthquake flattened much of the town, even as the confirmed death toll on Sulawesi rose to 156.

The girl, identified by rescuers only as Nur, had been sheltered by a concrete stall counter that held up a fallen slab. Crowds applauded as she was carried out on a stretcher, dust-covered but conscious, and driven to a field hospital.

"She called out when she heard us cutting," said Hendra Saputra, a member of the national search and rescue agency's team. "We worked by hand for the last two metres because we were afraid of another collapse."

Officials said 1,240 people had been injured and about 38,000 had left damaged homes. Agus Wibisono of the disaster agency BNPB said search teams were still working at 19 sites, including a three-storey guesthouse where up to 20 people may be trapped.

The magnitude 7.0 quake struck early on Thursday at a shallow depth close to Poso. Aid lorries from Palu, the provincial capital, began arriving overnight after crews cleared part of a landslide on the main road.

Rain forecast for the weekend could complicate the work, the weather agency warned.
""", "sulawesi-quake", SL))
A.append(art("u1-007", "Continental Daily", "Injured overwhelm Sulawesi hospitals after quake; field units flown in",
"2026-10-09T18:40:00+07:00", """
JAKARTA (Continental Daily) — Indonesia's health ministry said on Friday it was flying three field hospitals and more than 200 doctors and nurses to Central Sulawesi, where hospitals are struggling to cope with hundreds of people injured in Thursday's earthquake.

Poso's regional hospital, the main referral centre for the district, lost one of its wards when part of the building collapsed, and patients have been moved into tents and corridors. Doctors there described treating crush injuries and broken limbs by torchlight during the first night.

"We ran out of plaster for casts by noon yesterday," said Dr. Ratna Pakaya, a surgeon at the hospital, in a telephone interview. "We are operating on the most urgent cases and sending others to Palu, but the road is slow."

A ministry spokeswoman, Lestari Wulandari, said the military had provided two transport aircraft to move the seriously injured to hospitals in Palu and Makassar. About 60 patients had been evacuated by Friday afternoon.

The confirmed death toll from the magnitude 7.0 quake stood at 156 on Friday, with more than 1,200 injured, according to the national disaster agency. Officials have warned the figures will rise.

The ministry also sent tetanus vaccine, antibiotics and water-purification tablets, citing the risk of infection in crowded evacuation camps.
""", "sulawesi-quake", SL, sec="health"))
A.append(art("u1-008", "Sentinel Asia", "Strong aftershock, landslide add to misery in quake-hit Indonesian district",
"2026-10-10T09:30:00+08:00", """
POSO, Indonesia (Sentinel Asia) — A magnitude 5.4 aftershock jolted central Sulawesi on Friday evening, sending residents who had begun returning to damaged homes running back into the streets, a day after the region's most destructive earthquake since 2018.

No new deaths were immediately reported from the aftershock, but local officials said several already-weakened buildings in Poso town collapsed. The geophysics agency BMKG said it was the strongest of more than 140 aftershocks recorded since Thursday's magnitude 7.0 quake.

Earlier in the day, a landslide triggered by the main shock was found to have buried a 300-metre stretch of the road linking Poso to the lakeside town of Tentena, cutting off villages in the hills. Poso Regent Yohanes Tandiari said supplies to those areas would have to be carried by motorbike along footpaths or dropped by helicopter.

"People up there have had no clean water since Thursday," Tandiari said. "We know of at least four villages where almost every house is damaged."

The national disaster agency put the death toll at 156 on Friday evening. Thousands of families are sleeping under tarpaulins in fields and school grounds, many reluctant to go indoors while the ground keeps shaking.

The 2018 disaster in nearby Palu, in which a quake triggered a tsunami and soil liquefaction, remains a vivid memory across the province.
""", "sulawesi-quake", SL))
A.append(art("u1-009", "Atlas News Network", "Sulawesi earthquake death toll passes 200; helicopters reach cut-off villages",
"2026-10-10T15:20:00+08:00", """
POSO, Indonesia (Atlas News Network) — The death toll from the earthquake in Indonesia's Central Sulawesi province rose to 212 on Saturday as military helicopters reached hillside villages that had been cut off since the disaster, officials said.

Agus Wibisono, spokesman for the national disaster mitigation agency BNPB, said 31 bodies had been recovered in the past 24 hours, many of them in remote parts of Poso and Morowali districts where teams arrived for the first time. At least 1,650 people were injured and 54,000 displaced.

Helicopters dropped rice, instant noodles, tarpaulins and drinking water near villages along the road to Tentena, which was blocked by a landslide. Soldiers were using chainsaws and shovels to open a path for lorries.

"The situation in the upland villages is worse than we feared," Wibisono said. "Many houses there are built of brick without reinforcement, and they did not survive."

The government has allocated an initial 250 billion rupiah ($15 million) for emergency relief, according to the finance ministry.

The magnitude 7.0 earthquake struck before dawn on Thursday about 18 kilometres from Poso. More than 170 aftershocks have followed.
""", "sulawesi-quake", SL))
A.append(art("u1-010", "The Morning Dispatch", "Explainer: Why the Poso earthquake was so destructive",
"2026-10-10T20:00:00+07:00", """
JAKARTA (The Morning Dispatch) — Thursday's earthquake in Central Sulawesi, which has killed more than 200 people, was not the strongest Indonesia has seen, but a combination of depth, location, timing and construction made it one of the most lethal in years. Here is what is known.

What happened? A magnitude 7.0 quake struck at 3:14 a.m. local time about 18 kilometres southwest of Poso. Most people were asleep indoors, which raised the number of casualties when houses collapsed.

Why was the shaking so violent? The rupture was shallow, about 11 kilometres deep according to Indonesia's geophysics agency. Shallow quakes release their energy close to the surface, producing more violent shaking over a smaller area. Seismologists say the quake appears to have occurred on a branch of the fault system that runs through the island's centre, the same system blamed for the 2018 Palu disaster.

Why did so many buildings fall? Many homes in the district are built of unreinforced brick or concrete block, materials that crack and crumble under strong shaking. Indonesia has a national seismic building code, but enforcement in small towns is patchy.

Why was there no tsunami? The epicentre was inland. A warning was issued as a precaution for the Tomini Bay coast and lifted after about 90 minutes.

What comes next? Aftershocks are expected for weeks. Officials say the main risks now are further collapses of damaged buildings, landslides if heavy rain arrives, and disease in crowded camps.
""", "sulawesi-quake", SL, sec="explainers"))
A.append(art("u1-011", "Global Press Agency", "Indonesian president visits quake zone, promises to rebuild homes",
"2026-10-11T17:45:00+08:00", """
POSO, Indonesia (Global Press Agency) — Indonesia's president toured earthquake-damaged areas of Central Sulawesi on Sunday, promising government money to rebuild every destroyed home and ordering ministers to restore electricity to Poso within a week.

Walking through the rubble of the Poso central market, where dozens of traders died, the president spoke with relatives of victims and visited patients in a tented ward outside the regional hospital.

"The state will be present until the last house is rebuilt," he told residents at an evacuation camp. Families whose houses were destroyed will receive 60 million rupiah each, and those with moderate damage 30 million rupiah, according to the disaster agency.

The president was accompanied by Governor Andi Lamuru and the head of the national disaster agency. He instructed the public works ministry to reopen the landslide-blocked road to Tentena "in days, not weeks".

The disaster agency said on Sunday that 241 people had been confirmed dead and 19 were missing. More than 58,000 people were staying in camps or with relatives.
""", "sulawesi-quake", SL))
A.append(art("u1-012", "Bluewater Gazette", "Quake survivors in Sulawesi hills say aid slow to arrive",
"2026-10-11T12:10:00+08:00", """
PAMONA, Indonesia (Bluewater Gazette) — Three days after the earthquake that tore through Central Sulawesi, residents of hill villages above Lake Poso say they have received little more than a few sacks of rice dropped from a helicopter, and are rationing drinking water collected from a stream.

"The aid goes to the town first because that is where the cameras are," said Yulius Tampai, 52, a farmer in a village where only the church remained standing. "We dug out our neighbours with our own hands."

The landslide that blocked the road from Poso on Thursday has left many communities reachable only on foot or by motorbike. Village leaders said they had lists of families needing tents, blankets and medicine but no way to deliver them.

Disaster officials acknowledge the difficulty. A provincial disaster agency official, who asked not to be named because he was not authorised to speak to the media, said about a third of affected villages had not yet received a full distribution. "We are sending what we can by air, but we have only two helicopters for this area," he said.

Church and mosque groups from Palu have begun ferrying supplies by boat across Lake Poso to villages on its shores.
""", "sulawesi-quake", SL))
A.append(art("u1-013", "Eastern Star Herald", "Analysis: Poso's fallen buildings expose gap between Indonesia's quake code and reality",
"2026-10-12T10:30:00+07:00", """
JAKARTA (Eastern Star Herald) — When the central market in Poso fell in on itself before dawn last Thursday, killing dozens of traders, it was a building that on paper should have survived. The market was rebuilt in 2015 with government funds under design rules that require reinforced columns capable of withstanding strong shaking.

Engineers who have inspected the ruins say the columns were thinner than specified and the steel bars inside them too widely spaced. "The design was fine. What was built was not," said Bambang Sulistyo, a structural engineer at a university in Makassar who visited the site on Saturday.

Indonesia updated its national seismic building standard after the 2018 Palu quake. But the rules are enforced by district governments, many of which have few trained inspectors. Permits are often issued without site visits, and small private houses are rarely checked at all.

The pattern in Poso was familiar from earlier disasters: homes of unreinforced brick crumbled while traditional wooden houses on stilts, which flex rather than crack, mostly stayed up. Of the more than 250 deaths confirmed so far, officials say the large majority were caused by falling masonry.

Public works officials have said they will investigate the market and the damaged hospital wing. Civil society groups are calling for a wider audit of public buildings in high-risk zones, noting that schools in the district were fortunate the quake struck at night.

"If this had happened at ten in the morning, we would be counting children," Sulistyo said.
""", "sulawesi-quake", SL, sec="analysis"))
A.append(art("u1-014", "The Harbour Tribune", "Indonesia ends search for Sulawesi quake survivors; 268 confirmed dead",
"2026-10-13T16:05:00+08:00", """
POSO, Indonesia (The Harbour Tribune) — Indonesian authorities on Tuesday formally ended the search for survivors of last week's earthquake in Central Sulawesi, with 268 people confirmed dead and 14 still missing, and said the focus would now shift to clearing rubble and rebuilding.

Agus Wibisono, spokesman for the national disaster agency BNPB, said search teams had checked all known collapse sites. The missing are presumed buried under debris or a landslide in the hills above Poso.

About 61,000 people remain displaced, many in camps run by the military and aid groups. More than 1,900 were injured.

Governor Andi Lamuru extended the provincial emergency period by 14 days and said 11,400 houses had been damaged, 3,200 of them destroyed. The road to Tentena, blocked by a landslide since the quake, reopened to light vehicles on Monday.

Aid agencies warned of a long recovery. "Families have lost their homes and their stalls, their boats and their harvest stores," said Maria Lintong, who coordinates relief for a church-based charity in Palu. "Cash will matter more than rice in a month's time."

The magnitude 7.0 earthquake struck on October 8 and is one of the deadliest to hit Indonesia in recent years.
""", "sulawesi-quake", SL))
A.append(art("u1-015", "Pacific Ledger", "A week after the quake, Poso's tent city learns to wait",
"2026-10-15T18:00:00+11:00", """
POSO, Indonesia (Pacific Ledger) — The football field behind Poso's main secondary school has become a village of blue tarpaulin. Washing hangs between tent poles, a generator hums beside a television set on a plastic chair, and children who have not been to class for a week chase a deflated ball between the guy ropes.

About 2,300 people live here now, among roughly 61,000 across Central Sulawesi who lost their homes or are too afraid to sleep in them after the October 8 earthquake, which killed at least 268 people.

Life has settled into a routine of queues: for water from a tanker at dawn, for rice and dried fish at noon, for the mobile clinic in the afternoon. Volunteers from Palu run an open-air kitchen. A teacher has started lessons under a tree for the younger pupils.

"The first days we only cried," said Hasna, 41, whose house two streets away is now a slab of concrete on top of a crushed motorbike. "Now we are waiting. For the money, for the builders, for the ground to stop moving."

The government has promised rebuilding grants, but officials say damage assessments will take weeks. Aftershocks, though weaker, still rattle the camp most nights.

Some men have returned to fishing in Tomini Bay, selling their catch at an improvised roadside market near where the old one stood.
""", "sulawesi-quake", SL, sec="asia-pacific"))
# outside reactions
A.append(art("u1-016", "Pacific Ledger", "Australia pledges $25m in emergency aid for Sulawesi quake",
"2026-10-09T13:15:00+11:00", """
CANBERRA (Pacific Ledger) — Australia will provide A$25 million in humanitarian assistance to Indonesia following the deadly earthquake in Central Sulawesi, and is preparing to send an urban search and rescue team if Jakarta requests it, the government announced on Friday.

Minister for International Development and the Pacific Claire Hendry said the package would fund emergency shelter, clean water and health services delivered through the Indonesian Red Cross and United Nations agencies.

"Indonesia is our closest neighbour, and Australians stand with the people of Sulawesi at this terrible time," Hendry told reporters at Parliament House. "We have been in contact with Indonesian authorities since the early hours of Thursday."

A Royal Australian Air Force C-17 transport aircraft was on standby at RAAF Base Amberley in Queensland to carry relief supplies, the defence department said.

The announcement follows calls from aid organisations for Canberra to move quickly. The opposition's foreign affairs spokesman said the pledge was welcome but urged the government to commit to long-term rebuilding support.

Australia provided substantial aid after the 2018 Palu earthquake and tsunami.
""", "australia-aid-sulawesi", SL, sec="politics"))
A.append(art("u1-017", "Meridian Wire Service", "Australia commits A$25 million to Indonesian quake relief",
"2026-10-09T14:02:00+11:00", """
CANBERRA (Meridian Wire Service) — Australia said on Friday it would give A$25 million ($16.5 million) in emergency aid to victims of the earthquake in Indonesia's Central Sulawesi province, the first major international pledge since the disaster.

The money will go to shelter, water and sanitation, and medical care, development minister Claire Hendry said, and will be channelled through the Indonesian Red Cross and U.N. agencies already working in the area.

An Australian air force transport plane is being readied to fly tents, hygiene kits and generators to Palu, and a search and rescue team of about 70 specialists is on standby, officials said.

"We stand ready to do more," Hendry said. Indonesia has so far not made a formal request for international search teams, saying national rescuers have the situation in hand.

Canberra and Jakarta have deepened security and economic ties in recent years, and Australian aid has followed several Indonesian disasters.
""", "australia-aid-sulawesi", SL))
A.append(art("u1-018", "Sentinel Asia", "Japan sends medical team, air force planes to quake-hit Sulawesi",
"2026-10-10T16:40:00+09:00", """
TOKYO (Sentinel Asia) — Japan is sending a 45-member medical team and two Air Self-Defense Force C-130 transport aircraft to Indonesia to help victims of the earthquake in Central Sulawesi, the foreign ministry said on Saturday.

The Japan Disaster Relief team, made up of doctors, nurses and logistics staff, will set up a field clinic in Poso district, foreign ministry spokesman Kenji Morimoto said. The aircraft will carry tents, blankets and water-purification equipment from a regional stockpile in Singapore.

"Japan and Indonesia share the experience of living with earthquakes," Morimoto said at a news briefing. "We will support our friends with the knowledge we have gained."

Tokyo also announced emergency grant aid of $3 million to be distributed through international organisations.

Japan is one of Indonesia's largest development partners and has funded early-warning systems and seismic research in the country since the 2004 Indian Ocean tsunami.
""", "japan-aid-sulawesi", SL))
# new policy act
A.append(art("u1-019", "Continental Daily", "Indonesia orders quake-safety audit of schools and hospitals",
"2026-10-20T15:30:00+07:00", """
JAKARTA (Continental Daily) — Indonesia's president on Tuesday signed a regulation ordering structural safety checks of all state schools and hospitals in the country's most earthquake-prone regions, less than two weeks after a quake in Central Sulawesi exposed poor construction in public buildings.

The regulation covers about 48,000 schools and 3,100 hospitals and clinics in zones classified as high seismic hazard, from Aceh in the west to Papua in the east. Inspections must be completed within 18 months, and buildings found unsafe are to be strengthened or closed.

Public Works Minister Dodi Hermawan said the programme would cost an estimated 9.5 trillion rupiah ($580 million) over three years, funded from the state budget and disaster loans from development banks.

"We cannot keep learning the same lesson with the lives of our people," Hermawan told a news conference at the presidential palace. He said district officials who issued permits for substandard buildings would face sanctions.

The October 8 earthquake near Poso killed at least 268 people. The collapse of the town's market, rebuilt with public money in 2015, and of a wing of its hospital prompted public anger.

Engineering groups welcomed the order but said the country lacked enough qualified inspectors to meet the deadline.
""", "indonesia-seismic-audit-decree", SL))
A.append(art("u1-020", "Global Press Agency", "Jakarta launches nationwide seismic review of public buildings",
"2026-10-20T17:10:00+07:00", """
JAKARTA (Global Press Agency) — The Indonesian government will inspect tens of thousands of schools and hospitals for earthquake resistance under a presidential regulation issued on Tuesday, officials said.

The review, to be led by the public works ministry, targets buildings in 17 provinces where seismic hazard maps show the strongest expected shaking. Teams of engineers will grade each building, and those that fail will be placed on a priority list for retrofitting.

"Every child should study in a safe classroom, and every patient should be treated in a safe hospital," Public Works Minister Dodi Hermawan said.

The minister said priority would go to regions near known active faults, including Central Sulawesi, West Java, Bengkulu and parts of Papua. Districts that fail to cooperate could lose part of their transfers from the central government, he added.

The measure follows a magnitude 7.0 earthquake in Central Sulawesi this month in which a market and a hospital building in Poso collapsed. Engineers have said the market's columns did not meet the design specifications.

The World Bank said in a statement it was ready to support the programme.
""", "indonesia-seismic-audit-decree", SL))
A.append(art("u1-021", "Keystone Business Review", "Builders see work, and bottlenecks, in Indonesia's $580m school and hospital audit",
"2026-10-21T11:45:00+07:00", """
JAKARTA (Keystone Business Review) — Indonesia's order to check the earthquake safety of some 51,000 schools and hospitals could bring a wave of contracts for engineering consultancies and construction firms, but industry executives say the timetable may be hard to meet.

Under a presidential regulation signed on Tuesday, inspections must be finished within 18 months. The public works ministry puts the cost of inspections and the first phase of retrofits at 9.5 trillion rupiah, or about $580 million.

A construction sub-index on the Indonesia Stock Exchange rose 2.8 percent on Wednesday, its biggest daily gain in two months.

"There are perhaps 4,000 engineers in the country qualified to sign off a seismic assessment," said Teguh Santoso, chairman of an association of consulting engineers. "Fifty thousand buildings in 18 months is a lot of signatures."

Cement makers and steel-bar producers also stand to benefit if retrofits begin next year, analysts said. Sinta Maharani, an analyst at a Jakarta brokerage, said most of the spending would probably fall in 2028 rather than 2027, given the time needed for assessments and tenders.

The regulation followed the collapse of public buildings in the Central Sulawesi earthquake on October 8, which killed at least 268 people.
""", "indonesia-seismic-audit-decree", SL, sec="markets"))
A.append(art("u1-022", "The Evening Chronicle", "Column: We keep paying for disasters after the fact",
"2026-10-18T07:00:00+01:00", """
LONDON (The Evening Chronicle) — Every disaster season follows the same script. The ground shakes or the river rises, the cameras arrive, the pledges are announced, and within a month the world's attention has moved on. Then, a few years later, the same town is hit again and the same kinds of buildings fall down.

The figures are not secret. Studies by development banks have long suggested that each dollar spent on making buildings and infrastructure more resilient saves several dollars in later losses. Yet the share of international aid going to prevention remains a sliver of what is spent on response. Governments, donors and voters alike find it easier to pay for a rescue than for a retrofit nobody will notice.

Part of the problem is that prevention has no photograph. A school that did not collapse is not news. A flood wall that held makes no headline. Politicians who spend on invisible success are rarely rewarded at the ballot box, and those who cut such budgets are rarely punished until it is too late.

There are better models. Some countries have tied disaster insurance and contingent credit lines to the enforcement of building codes. Others let local governments keep a share of the savings when they cut risk. Parametric insurance, which pays out automatically when a quake or storm passes a set threshold, can get money to victims within days rather than months.

None of this is glamorous. But the alternative is to keep writing the same story with the names of the towns changed. Wherever the next disaster strikes, and somewhere it will, the question will be asked again why the warnings were ignored. We already know the answer. We chose to wait.
""", "column-disaster-prevention", "column-disaster-prevention", sec="opinion"))
# decoy: separate quake on Lombok
a23 = art("u1-023", "Meridian Wire Service", "Quake hits Indonesia's Lombok island, at least nine dead",
"2026-10-27T22:55:00+08:00", """
MATARAM, Indonesia (Meridian Wire Service) — A magnitude 6.2 earthquake struck the Indonesian island of Lombok on Tuesday night, killing at least nine people and damaging hundreds of houses, disaster officials said.

The quake hit at 9:47 p.m. local time at a depth of 10 kilometres, about 9 kilometres northeast of Tanjung in North Lombok regency, according to the geophysics agency BMKG. It said there was no potential for a tsunami.

Agus Wibisono, a spokesman for the national disaster agency BNPB, said the dead included a woman and her child killed when the wall of their house collapsed. At least 40 people were injured, he said, and the numbers could rise as reports came in from villages on the slopes of Mount Rinjani.

Residents of Mataram, the capital of West Nusa Tenggara province, ran out of their homes as the shaking rattled windows and knocked goods from shelves. Power was cut in parts of the north of the island.

The quake comes less than three weeks after a magnitude 7.0 earthquake in Central Sulawesi, about 900 kilometres to the northeast, killed 268 people. The two events are not related, BMKG said.

A series of earthquakes in 2018 killed more than 500 people on Lombok.
""", "lombok-quake", "lombok-quake")
A.append(a23)
A.append(art("u1-024", "The Harbour Tribune", "Lombok earthquake leaves 12 dead, tourists sleep outdoors",
"2026-10-28T09:20:00+08:00", """
MATARAM, Indonesia (The Harbour Tribune) — The death toll from a strong earthquake that shook the Indonesian island of Lombok late on Tuesday rose to 12 by Wednesday morning, as residents and foreign tourists spent the night in the open for fear of aftershocks.

Most of the dead were in North Lombok regency, near the epicentre of the magnitude 6.2 quake, where brick houses and a village health post collapsed, said provincial disaster agency chief Ahmad Zulkarnain. Some 88 people were treated for injuries and more than 1,700 houses were damaged.

At hotels along the Senggigi coast, guests gathered on beaches and lawns wrapped in blankets. "Everything started swinging, the lamps, the furniture. Staff told everyone to go outside," said a Dutch visitor who gave her name as Anouk.

West Nusa Tenggara Governor Lalu Suharman declared a seven-day emergency and asked the central government for tents and clean water. The BMKG geophysics agency said more than 30 aftershocks had been recorded, the largest of magnitude 4.6.

Lombok, a popular destination east of Bali, was struck by a sequence of deadly earthquakes in 2018 that destroyed tens of thousands of homes.
""", "lombok-quake", "lombok-quake"))
A.append(copy_of(a23, "u1-025", "The Lakeside Courier", "Deadly 6.2 quake rocks Lombok in Indonesia",
"2026-10-27T11:40:00-04:00", [("(Meridian Wire Service)", "(MWS)"), ("ran out of their homes", "fled their homes"), ("A series of earthquakes in 2018", "A string of earthquakes in 2018")]))
A.append(art("u1-026", "Sentinel Asia", "Boats ferry tourists off Gili islands after Lombok quake; toll rises to 14",
"2026-10-28T17:30:00+08:00", """
TANJUNG, Indonesia (Sentinel Asia) — Hundreds of tourists were ferried from the Gili islands to mainland Lombok on Wednesday after a night of aftershocks, as the toll from the island's magnitude 6.2 earthquake rose to 14.

Boats shuttled back and forth from Gili Trawangan, Gili Meno and Gili Air, where the quake cracked the walls of guesthouses and cut water supplies, though no deaths were reported on the islands. Many visitors headed straight for the airport.

In North Lombok, soldiers and volunteers dug through collapsed homes in Tanjung and Gangga subdistricts. Disaster officials said 14 people had died, including three children, and 120 had been injured. About 9,000 people were sheltering in tents.

"We rebuilt after 2018 and now the kitchen wall is down again," said Amaq Sahnan, a 60-year-old farmer, pointing at a heap of bricks. "This time the house itself stood. That is something."

Officials said many homes rebuilt with government help after the 2018 quakes, which used reinforced designs, appeared to have withstood the shaking better than older buildings.
""", "lombok-quake", "lombok-quake"))
A.append(art("u1-027", "Bluewater Gazette", "Lombok quake: toll reaches 17 as island fears for tourist season",
"2026-10-29T19:00:00+08:00", """
MATARAM, Indonesia (Bluewater Gazette) — Hotel owners on Lombok say cancellations are mounting after Tuesday's earthquake, which has now killed 17 people, threatening an island economy that took years to recover from the 2018 disasters and the pandemic.

The provincial tourism office said about 2,400 visitors left the Gili islands and the north coast in the 24 hours after the quake. Several resorts reported that a third of their bookings for November had been cancelled.

"The buildings are fine, the beaches are fine, but people see 'earthquake' on the news and they cancel," said Komang Ariawan, who runs a 30-room hotel in Senggigi. "We need the government to tell the world quickly that it is safe."

The provincial government said on Thursday it would inspect hotels and issue safety certificates to those found undamaged. Governor Lalu Suharman said the death toll had reached 17, with 131 injured and more than 2,300 houses damaged.

Recovery officials in North Lombok said the priority was still shelter for residents. Tents, clean water and hygiene kits were being distributed from a depot in Tanjung.
""", "lombok-quake", "lombok-quake", sec="business"))
A.append(art("u1-028", "Global Press Agency", "Moderate quake shakes West Java, dozens injured",
"2026-11-10T17:20:00+07:00", """
GARUT, Indonesia (Global Press Agency) — A magnitude 5.6 earthquake shook Garut regency in Indonesia's West Java province on Tuesday afternoon, injuring 31 people and damaging about 400 houses, officials said. No deaths were reported.

The quake struck at 2:05 p.m. local time at a depth of 8 kilometres, the BMKG geophysics agency said. Shaking was felt in Bandung, about 50 kilometres to the north, where office workers briefly left their buildings.

Most of the injured were hit by falling roof tiles or debris, said a regional disaster agency official, Rina Gumilar. Two schools and a mosque were damaged, and classes in several villages were suspended while buildings are inspected.

West Java is densely populated and lies near several active faults. The province is among the regions listed for priority checks under a new national programme to audit the earthquake safety of schools and hospitals, announced last month.

A 2022 earthquake in neighbouring Cianjur regency killed hundreds of people.
""", "west-java-quake", "west-java-quake"))
