from common import art, copy_of
A = []
SL = "kenya-energy-graft-scandal"
ST = "karanja-arrest-and-charges"
a1 = art("u2-001", "Global Press Agency", "Kenya's energy minister arrested in transformer tender probe",
"2026-10-12T08:10:00+03:00", """
NAIROBI (Global Press Agency) — Kenyan anti-corruption detectives arrested Energy Cabinet Secretary Joseph Karanja at his Nairobi home early on Monday over a multi-billion-shilling contract to supply electricity transformers, the country's anti-graft agency said.

The Ethics and Anti-Corruption Commission (EACC) said Karanja was taken into custody shortly after 5 a.m. in the Karen suburb, along with a senior procurement official at the state utility Kenya Power and a businessman whose company won part of a 14.2 billion shilling ($110 million) tender in 2025.

"The suspects will be arraigned once investigations at this stage are complete," EACC chief executive Rosemary Otieno told reporters outside the commission's headquarters. "No one is above the law, whatever office they hold."

The commission said a special audit had found that thousands of transformers were bought at about three times their market price, and that more than 2 billion shillings were paid to companies with no record of supplying equipment.

Karanja, 58, a former lawmaker who has held the energy portfolio since 2024, has not commented. His lawyer, Kevin Oduor, said his client was "innocent and will cooperate fully".

It is the first arrest of a serving Cabinet secretary in Kenya in several years.
""", ST, SL)
A.append(a1)
A.append(copy_of(a1, "u2-002", "The Lakeside Courier", "Kenyan energy minister detained over transformer contract",
"2026-10-12T06:30:00-04:00", [("(Global Press Agency)", "(GPA)"), ("told reporters outside", "told journalists outside"), ("has not commented", "has not commented publicly")]))
A.append(art("u2-003", "The Savanna Post", "EACC detectives raid CS Karanja's Karen home, seize documents",
"2026-10-12T13:00:00+03:00", """
NAIROBI (The Savanna Post) — Residents of a leafy street in Karen woke to the sight of unmarked vehicles and armed officers on Monday morning as detectives from the Ethics and Anti-Corruption Commission arrived to arrest Energy Cabinet Secretary Joseph Wambugu Karanja.

The search of the minister's home lasted nearly four hours. Commission officers carried out boxes of documents, two laptops and a safe which, sources familiar with the operation said, contained cash in shillings, dollars and euros. The EACC did not confirm the amount.

At the same time, detectives searched the procurement offices at Kenya Power's Stima Plaza headquarters and arrested the utility's director of supply chain, Esther Gitau. A third suspect, Salim Abdalla Omar, director of Tembo Grid Solutions Ltd, was picked up at his house in Mombasa and flown to Nairobi.

The arrests relate to a Sh14.2 billion tender for 42,000 distribution transformers awarded in 2025. Tembo Grid, registered less than a year before the tender, received the largest share of the contract.

Karanja was driven to the commission's offices at Integrity Centre, where he spent most of the day being questioned. His lawyer, Kevin Oduor, said the minister had "nothing to hide".

Opposition MPs welcomed the arrest but said others should follow. "The transformer scandal did not happen because of one man," said Beatrice Adhiambo, an opposition MP who sits on the energy committee.
""", ST, SL, sec="news"))
A.append(art("u2-004", "Continental Daily", "Karanja steps aside after arrest; State House names acting energy chief",
"2026-10-12T19:20:00+03:00", """
NAIROBI (Continental Daily) — Kenya's Energy Cabinet Secretary Joseph Karanja has stepped aside following his arrest on corruption allegations, State House said on Monday evening, and the roads minister will oversee the energy ministry in an acting capacity.

In a brief statement, State House said the president had "received and accepted" Karanja's request to step aside "to allow investigations to proceed without any perception of interference". It said the government fully supported the anti-corruption commission's work.

Roads and Transport Cabinet Secretary Miriam Chebet will act as energy secretary until further notice, the statement said.

The arrest has shaken a government that has promised to fight corruption while facing public anger over rising electricity bills. Kenya Power customers have long complained of outages blamed on faulty transformers.

Analysts said the speed of the announcement suggested the presidency wanted to put distance between itself and the scandal. "Within twelve hours he is out of the office. That tells you State House does not intend to defend him," said Dennis Mwaura, a Nairobi political analyst.

Karanja remained in custody overnight and is expected in court on Tuesday.
""", ST, SL, sec="politics"))
A.append(art("u2-005", "Atlas News Network", "Explainer: The transformer tender at the heart of the Karanja arrest",
"2026-10-13T07:00:00+03:00", """
NAIROBI (Atlas News Network) — The arrest of Kenya's energy minister Joseph Karanja on Monday has put a spotlight on a 2025 contract to buy electricity transformers. Here is what we know about the deal.

What was bought? In early 2025 the state utility Kenya Power launched a tender for 42,000 distribution transformers, the grey boxes on poles that step down power for homes and businesses. The utility said it needed them to replace ageing units and connect new customers. The contract was worth 14.2 billion shillings.

Who won? Three companies shared the contract. The biggest slice went to Tembo Grid Solutions, a firm registered in 2024 whose director, Salim Abdalla Omar, was arrested alongside the minister.

What went wrong? A special audit released in mid-2026 found that the transformers cost about 340,000 shillings each, against a market price closer to 110,000, and that 2.3 billion shillings were paid to seven firms that delivered nothing. Many of the units that did arrive failed within months, according to the utility's own maintenance records.

Where does the minister come in? Investigators allege that Karanja pressed Kenya Power to award the tender to Tembo Grid and that some of the money reached firms linked to his relatives. He denies wrongdoing.

What happens next? Karanja is expected to be charged in an anti-corruption court. If convicted of abuse of office or money laundering, he could face a long prison term and be ordered to repay the money.
""", ST, SL, sec="explainers"))
a6 = art("u2-006", "Meridian Wire Service", "Kenyan energy minister charged over $110 million transformer deal",
"2026-10-13T16:30:00+03:00", """
NAIROBI (Meridian Wire Service) — Kenya's Energy Cabinet Secretary Joseph Karanja was charged on Tuesday with corruption, abuse of office and money laundering over a 14.2 billion shilling ($110 million) contract for electricity transformers, and pleaded not guilty.

Karanja, who stepped aside from his post after his arrest on Monday, appeared at the anti-corruption court at Nairobi's Milimani Law Courts alongside a Kenya Power procurement director and a businessman. The three face 11 counts between them.

Prosecutors told Chief Magistrate Beatrice Wekesa that the accused conspired to inflate the price of 42,000 transformers and to divert about 2.3 billion shillings to companies that supplied nothing. They asked that Karanja be held in custody, arguing he could interfere with witnesses who work in the ministry he led.

Defence lawyer Kevin Oduor said the charges were "a political ambush" and that his client had presented himself voluntarily and posed no flight risk.

The magistrate said she would rule on bail on Wednesday. The accused were remanded in police custody until then.

Kenya's government has repeatedly promised to fight graft, but critics say high-level prosecutions rarely end in convictions.
""", ST, SL)
A.append(a6)
A.append(copy_of(a6, "u2-007", "The Morning Dispatch", "Kenyan minister pleads not guilty in transformer corruption case",
"2026-10-13T10:05:00-04:00", [("(Meridian Wire Service)", "(MWS)"), ("Defence lawyer", "Defense lawyer"), ("The accused were remanded", "All three were remanded")]))
A.append(art("u2-008", "Capital Observer", "Prosecutors trace Sh2.3bn from transformer deal as Karanja pleads not guilty",
"2026-10-13T18:00:00+03:00", """
NAIROBI (Capital Observer) — A trail of payments running from Kenya Power's accounts through seven little-known companies to property purchases in Nairobi and Mombasa was laid out in court on Tuesday as Energy Cabinet Secretary Joseph Karanja and two co-accused denied corruption charges.

Charge sheets read out at Milimani Law Courts allege that between March and November 2025 the companies received Sh2.3 billion for transformers that were never delivered. Prosecutors say part of the money bought apartments and land registered to relatives of the minister and to the businessman Salim Abdalla Omar.

Karanja, in a dark suit and appearing composed, answered "not guilty" to each of the four counts against him, which include abuse of office and dealing in suspect property. Kenya Power supply-chain director Esther Gitau and Omar also pleaded not guilty.

Senior prosecutor Alex Mwendwa told the court that two witnesses had reported threatening telephone calls since the arrests, and asked that the minister remain in custody. Defence lawyers called the claim unsupported.

Dozens of supporters from Karanja's home county gathered outside the court, some holding placards calling the case a witch-hunt.

Chief Magistrate Beatrice Wekesa will rule on bail on Wednesday.
""", ST, SL, sec="courts"))
A.append(art("u2-009", "The Savanna Post", "Karanja freed on Sh10 million cash bail, barred from energy ministry",
"2026-10-14T15:10:00+03:00", """
NAIROBI (The Savanna Post) — Energy Cabinet Secretary Joseph Karanja was released on Wednesday on a cash bail of Sh10 million after two nights in custody, with the anti-corruption court ordering him to stay away from the Energy ministry and Kenya Power offices until his case is concluded.

Chief Magistrate Beatrice Wekesa said the prosecution had not shown compelling reasons to deny bail, but accepted that there was a risk of interference with witnesses. She ordered Karanja to surrender his passport and not to contact any employee of the ministry or the utility except through his lawyers.

His co-accused, Kenya Power supply-chain director Esther Gitau and businessman Salim Abdalla Omar, were each released on Sh5 million cash bail on similar terms.

"We are satisfied. Our client will face this case and clear his name," defence lawyer Kevin Oduor said outside court.

The case will be mentioned on November 23, when the prosecution is expected to hand over witness statements. The EACC has also applied to freeze assets worth about Sh1.4 billion linked to the accused.
""", ST, SL, sec="news"))
A.append(art("u2-010", "Northgate Times", "Kenyan minister granted bail in transformer corruption case",
"2026-10-14T14:40:00+01:00", """
NAIROBI (Northgate Times) — A Kenyan court granted bail on Wednesday to Energy Cabinet Secretary Joseph Karanja, who faces corruption and money-laundering charges over a $110 million contract to buy electricity transformers, in a case seen as a test of the government's anti-graft pledges.

Karanja, 58, left Milimani Law Courts to cheers from supporters after posting 10 million shillings ($77,000) in cash. He must surrender his passport and may not enter the Energy ministry or the offices of Kenya Power, the state utility, while the case is pending.

The minister, who stepped aside after his arrest on Monday, denies the charges. Prosecutors allege that the price of 42,000 transformers was inflated and that billions of shillings were diverted to shell companies.

Civil society groups said the real test would come at trial. "We have seen many big arrests in Kenya and very few big convictions," said Wanjiku Ndung'u of the Centre for Public Integrity, a Nairobi-based watchdog.

Previous cases against senior Kenyan officials have often stalled for years in the courts, and some have been withdrawn.
""", ST, SL))
A.append(art("u2-011", "The Savanna Post", "ANALYSIS: The Karanja case will show whether the EACC has teeth",
"2026-10-16T06:00:00+03:00", """
NAIROBI (The Savanna Post) — For the Ethics and Anti-Corruption Commission, Monday's dawn arrest of Energy Cabinet Secretary Joseph Karanja was a moment of triumph. Pictures of detectives carrying boxes out of a minister's Karen home were exactly what the agency has long wanted. The harder part starts now.

Kenya's recent history is full of high-profile corruption cases that began with dramatic arrests and ended quietly. Files went missing, witnesses changed their stories, and trials stretched over years of adjournments until the public lost interest. Some accused officials later returned to government.

Lawyers who have followed the commission's work say the Karanja case looks stronger than many. Investigators had an auditor's report in hand, bank records linking payments to relatives of the minister and at least two insiders at Kenya Power who are understood to be cooperating. "This is not a case built on newspaper stories," said one advocate who has acted for the commission in the past.

But the commission's chief executive, Rosemary Otieno, faces obstacles beyond the courtroom. Karanja remains a powerful figure in his home region, and his allies in Parliament have already begun questioning the commission's budget. Whether the case proceeds to trial also depends on the Director of Public Prosecutions, whose office has in the past withdrawn charges against senior politicians.

The next milestone is November 23, when the case returns to court. Until then, one former investigator said, the most useful thing the commission can do is "keep quiet and keep working".
""", ST, SL, sec="analysis"))
# outside reaction: Western envoys
A.append(art("u2-012", "Meridian Wire Service", "Western envoys back Kenya graft probe, urge fair and swift trial",
"2026-10-14T20:15:00+03:00", """
NAIROBI (Meridian Wire Service) — Ambassadors of 12 Western countries, including the United States, Britain and Germany, on Wednesday welcomed the arrest of Kenya's energy minister on corruption charges and urged Nairobi to ensure the case is heard quickly and fairly.

In a joint statement, the envoys said the prosecution of Energy Cabinet Secretary Joseph Karanja sent "an important signal" and that their governments stood ready to help trace and recover stolen assets held abroad.

"Corruption costs Kenyans dearly, in higher electricity bills, lost investment and weaker public services," the statement said. "We encourage Kenya's institutions to pursue this and related cases independently and without delay."

The envoys, whose countries are among Kenya's largest donors and trading partners, also called for the protection of witnesses and whistleblowers.

Joint statements by Western missions on Kenyan governance have angered officials in the past, who have accused foreign diplomats of meddling. The Kenyan foreign ministry did not immediately comment.

Karanja was released on bail on Wednesday and denies the charges.
""", "western-envoys-statement-kenya-graft", SL))
A.append(art("u2-013", "Capital Observer", "Nairobi bristles at Western embassies' statement on Karanja case",
"2026-10-15T17:30:00+03:00", """
NAIROBI (Capital Observer) — Kenya's foreign ministry on Thursday told Western diplomats to "respect the independence of Kenyan courts" after a dozen embassies issued a joint statement about the corruption case against Energy Cabinet Secretary Joseph Karanja.

Foreign Affairs Principal Secretary Ibrahim Lokorio said the government welcomed partners' support against graft, but that "public commentary on an active criminal case by foreign missions is unhelpful and may be misread".

The statement issued on Wednesday, signed by the ambassadors of the United States, Britain, Germany, France, the Netherlands, the Nordic countries and others, praised the arrest and offered help recovering assets hidden abroad.

Diplomats said the wording had been chosen to support Kenyan institutions rather than prejudge the case. "We did not name a verdict, we named a principle," said one European official who was not authorised to speak publicly.

Allies of Karanja seized on the envoys' intervention. An MP from his home county said the statement proved the case was "scripted outside Kenya", a claim the anti-corruption commission rejected.
""", "western-envoys-statement-kenya-graft", SL, sec="diplomacy"))
# parliament inquiry (separate act)
A.append(art("u2-014", "The Savanna Post", "MPs launch sweeping inquiry into Kenya Power tenders",
"2026-10-20T18:45:00+03:00", """
NAIROBI (The Savanna Post) — The National Assembly on Tuesday approved a motion establishing a special committee to investigate all procurement by Kenya Power since 2022, widening scrutiny of the state utility beyond the transformer contract that led to the arrest of Energy Cabinet Secretary Joseph Karanja.

The 15-member committee, to be chaired by Gideon Rotich, has 90 days to report and the power to summon current and former officials, including members of the Kenya Power board.

The motion passed by voice vote after a heated debate in which several members from Karanja's region argued that the House should not "run a parallel trial".

"We are not here to try anyone. We are here to find out how the system allowed this and whether it is still happening," Rotich told the House.

The committee will examine contracts for meters, poles, cables and transformers, as well as emergency power purchase deals. Members said they had received documents suggesting that inflated prices were not limited to one tender.

Kenya Power said in a statement that it would cooperate fully with the inquiry.
""", "kenya-parliament-power-tender-inquiry", SL, sec="politics"))
A.append(art("u2-015", "Continental Daily", "Kenya's parliament to probe state utility's purchases after minister's arrest",
"2026-10-21T12:30:00+03:00", """
NAIROBI (Continental Daily) — Kenyan lawmakers have voted to set up a special committee to examine four years of purchasing by the national electricity distributor Kenya Power, a week after the energy minister was charged over a transformer contract.

The committee will have three months to review deals worth an estimated 180 billion shillings ($1.4 billion), including contracts for smart meters and a series of emergency power purchase agreements, its chairman, Gideon Rotich, said on Wednesday.

"Kenyans pay some of the highest electricity tariffs in the region. They deserve to know what they are paying for," Rotich said in an interview.

Energy analysts said the inquiry could slow plans to raise private financing for grid upgrades while investors wait for its findings. "Nobody signs a long-term deal with a utility whose last four years of contracts are under a microscope," said Njeri Kamande, an energy consultant in Nairobi.

The utility has struggled with heavy debts and frequent outages. Its chief executive told the committee's first sitting that the company had begun its own review of suppliers.
""", "kenya-parliament-power-tender-inquiry", SL))
A.append(art("u2-016", "The Evening Chronicle", "Column: The dawn raid is not the verdict",
"2026-10-25T07:00:00+00:00", """
LONDON (The Evening Chronicle) — There is a particular genre of photograph that every anti-corruption agency in the world has learned to love: the official in a good suit, head bowed, climbing into the back of an unmarked car at dawn. It signals action. It reassures voters that someone, at last, is being held to account. It is also, far too often, the high point of the whole affair.

Across democracies rich and poor, the arrest has become a political event in its own right. Agencies that depend on public support for their budgets have every incentive to stage it well. Governments facing angry voters are glad to let them. Television and social media reward the spectacle and then move on long before the first witness takes the stand.

What follows is less photogenic. Trials drag on for years. Evidence gathered in haste is ruled inadmissible. Prosecutors come under political pressure once the cameras leave. In too many countries, the conviction rate in grand corruption cases is embarrassingly low, and the money is almost never recovered.

None of this means arrests are wrong. Sometimes they are the only way to stop evidence being destroyed. But the measure of an anti-corruption drive should be what happens two and five years later: convictions secured, assets returned, procurement rules changed so that the next official cannot do the same thing.

Voters should ask their governments for those numbers, not for more pictures. And those of us in the press should be honest that we, too, prefer the dawn raid to the dull appeal hearing. It is the appeal hearing that matters.
""", "column-anticorruption-spectacle", "column-anticorruption-spectacle", sec="opinion"))
# decoy: separate arrest of a different official
SL2 = "nakuru-land-compensation-fraud"
ST2 = "nakuru-lands-official-arrest-and-charges"
A.append(art("u2-017", "Global Press Agency", "Kenya anti-graft agency arrests Nakuru county official over land compensation fraud",
"2026-10-28T13:25:00+03:00", """
NAKURU, Kenya (Global Press Agency) — Kenya's anti-corruption agency on Wednesday arrested a senior Nakuru county official and four others over the alleged theft of 1.1 billion shillings ($8.5 million) meant to compensate landowners for a bypass road, the second high-profile arrest in the country this month.

Detectives from the Ethics and Anti-Corruption Commission (EACC) arrested Peter Njuguna Kamau, the county executive in charge of lands, housing and physical planning, at his office in Nakuru town, the commission said. A county chief officer, two surveyors and a lawyer were also detained.

The EACC alleges that compensation for land acquired for the planned Nakuru southern bypass was paid to people who did not own the plots, some of them relatives of county staff, using forged title documents.

"We have evidence that genuine landowners were paid nothing while fictitious claimants received hundreds of millions," EACC chief executive Rosemary Otieno said in Nairobi.

Kamau could not be reached for comment. The Nakuru county government said it would cooperate with investigators.

The arrests come just over two weeks after the commission detained the energy minister over a transformer contract. He has been charged and denies wrongdoing.
""", ST2, SL2))
A.append(art("u2-018", "The Savanna Post", "Nakuru lands CEC Kamau, four others held over Sh1.1bn bypass payouts",
"2026-10-28T17:50:00+03:00", """
NAKURU (The Savanna Post) — Detectives on Wednesday stormed the Nakuru County headquarters and arrested Lands executive Peter Njuguna Kamau over claims that Sh1.1 billion meant for families whose land was taken for the southern bypass was paid to impostors.

Officers from the EACC's regional office spent the morning in the county lands registry, leaving with files and computer hard drives. Kamau was escorted out through a side entrance as county staff watched from the windows.

Also arrested were the county's chief officer for lands, Mary Wambui Kiarie, two licensed surveyors and an advocate who allegedly processed the claims. They were taken to the commission's Nakuru office for questioning.

Landowners from Barut and Kiamunyi, who say they have waited three years to be paid, gathered outside the county offices as news of the arrests spread. "They took our land, put up the road markers, and someone else was paid," said Joseph Langat, 67.

The EACC said it would move to recover the money and present the suspects in court once investigations were complete.
""", ST2, SL2, sec="counties"))
A.append(art("u2-019", "Eastern Star Herald", "Second Kenyan official arrested in a month as anti-graft drive widens",
"2026-10-29T09:15:00+03:00", """
NAIROBI (Eastern Star Herald) — Kenya's Ethics and Anti-Corruption Commission has arrested a senior county official in Nakuru over an alleged 1.1 billion shilling land compensation fraud, the commission's second major arrest this month, as it seeks to show that its campaign reaches beyond the capital.

Peter Njuguna Kamau, Nakuru's county executive for lands, was detained on Wednesday with four others and spent the night in police custody. The commission accuses them of arranging payments to fake claimants for land compulsorily acquired for a road project.

The case is unrelated to the charges against the energy minister, Joseph Karanja, who was arrested on October 12, but commission officials say both show a new willingness to pursue senior figures.

"Devolution brought money and power to the counties, and with them new opportunities for theft," said EACC spokesman Eric Mbaabu. "We are following the money wherever it goes."

Kamau's lawyer said his client would "demonstrate that every payment followed the law" and accused the commission of chasing headlines.

The suspects are expected in court on Friday.
""", ST2, SL2))
a20 = art("u2-020", "Meridian Wire Service", "Kenyan county official charged over $8.5 million land fraud, freed on bail",
"2026-10-30T15:40:00+03:00", """
NAKURU, Kenya (Meridian Wire Service) — A senior official of Kenya's Nakuru county was charged on Friday with fraud and abuse of office over 1.1 billion shillings ($8.5 million) in compensation for land acquired for a road, and was released on bail.

Peter Njuguna Kamau, the county executive for lands, pleaded not guilty at the Nakuru Law Courts to seven counts including conspiracy to defraud, forgery and abuse of office. Four co-accused, including the county's chief officer for lands, also denied the charges.

Magistrate Samuel Kiprop released Kamau on a cash bail of 3 million shillings and barred him from the county offices while the case is pending. The co-accused were freed on bail of between 500,000 and 1 million shillings.

The anti-corruption commission alleges that payments for plots along the planned Nakuru southern bypass went to claimants with forged title deeds, while genuine owners received nothing.

The county governor said on Thursday that Kamau had been suspended from office.

The case will be mentioned again on November 13.
""", ST2, SL2)
A.append(a20)
A.append(copy_of(a20, "u2-021", "Northgate Times", "Kenya: Nakuru lands official charged with fraud, released on bail",
"2026-10-30T14:20:00+00:00", [("(Meridian Wire Service)", "(MWS)"), ("was released on bail", "was freed on bail"), ("also denied the charges", "also pleaded not guilty")]))
A.append(art("u2-022", "Capital Observer", "Analysis: How the Nakuru bypass payouts became a county cash machine",
"2026-11-01T08:00:00+03:00", """
NAKURU (Capital Observer) — On paper, the compensation process for the Nakuru southern bypass was straightforward. Surveyors mapped the route, the county lands department matched each plot to its registered owner, and payments were released once titles were verified. According to the charges filed on Friday against county lands executive Peter Njuguna Kamau, almost every step of that process was bent.

Prosecutors allege that about 140 of the 600 claims paid out were supported by forged or duplicated titles, and that the fake claimants received larger amounts per acre than genuine owners. Some of the names on the payment list, investigators say, belong to relatives of county employees or people who have never lived in Nakuru.

Land specialists say the scheme exploited weaknesses common across Kenya's counties. Land registries are still partly paper-based, valuations are done by a handful of officials, and affected families often do not know what they are owed. "If you control the list and the valuation, you control the money," said Halima Noor, a land governance researcher in Nairobi.

Kamau and four co-accused deny the charges. The county's governor has suspended him and promised to pay genuine claimants within six months, though it is unclear where the money will come from.

For the families in Barut and Kiamunyi who gave up farmland for the road, the case is about more than justice. Many borrowed against expected payments that never came.
""", ST2, SL2, sec="analysis"))
# protests (separate happening)
ST3 = "kenya-energy-graft-protests"
A.append(art("u2-023", "Global Press Agency", "Kenyan police fire tear gas at anti-corruption protesters; one dead",
"2026-11-03T16:50:00+03:00", """
NAIROBI (Global Press Agency) — Kenyan police fired tear gas and water cannon on Tuesday at thousands of mostly young protesters in central Nairobi who were demanding wider prosecutions over corruption in the energy sector and cuts to electricity prices. One protester was shot dead, a rights group said.

Demonstrators marching toward Parliament carried placards reading "Return Our Transformers" and "Big Fish to Jail", and chanted slogans against rising power bills. The protests were organised online under the hashtag #GizaTax, from the Swahili word for darkness.

Police blocked roads leading to Parliament and the Treasury and fired volleys of tear gas as crowds tried to break through. Shops in the city centre closed early.

A man in his twenties was shot in the chest near the city's main bus terminus and died on the way to hospital, said a national human rights body, which had monitors on the streets. Police spokeswoman Faith Chepkoech said the death would be investigated and that 47 people had been arrested.

Smaller demonstrations took place in Kisumu, Mombasa and Nakuru.

The protests follow the arrest last month of Energy Cabinet Secretary Joseph Karanja, who has been charged over an inflated transformer contract and denies wrongdoing.
""", ST3, SL))
A.append(art("u2-024", "Atlas News Network", "Thousands march in Kenya over power prices and graft; police use tear gas",
"2026-11-03T18:30:00+03:00", """
NAIROBI (Atlas News Network) — Thousands of Kenyans took to the streets of Nairobi and several other cities on Tuesday in protests against corruption and electricity costs, in the largest demonstrations the country has seen this year.

Many of the marchers were students and young workers who said their power bills had nearly doubled in two years while outages had become more frequent. "We pay for light and we sit in darkness, while they buy apartments with our money," said Brian Otieno, a 24-year-old mechanic.

Riot police used tear gas and water cannon to disperse crowds heading toward Parliament. A rights group said one man was killed by gunfire. Dozens were arrested.

Organisers said they wanted all officials named in the transformer scandal prosecuted, a public audit of energy contracts and a cut in tariffs. The demonstrations were largely coordinated on social media without formal leaders.

Acting Energy Cabinet Secretary Miriam Chebet said in a televised statement that the government "hears the frustration of young people" and would publish the findings of a review of power purchase agreements by the end of the year.
""", ST3, SL))
A.append(art("u2-025", "The Harbour Tribune", "Death toll from Kenya protests rises to two; police chief orders inquiry",
"2026-11-04T12:15:00+03:00", """
NAIROBI (The Harbour Tribune) — A second person has died after being shot during anti-corruption protests in Kenya on Tuesday, hospital officials said on Wednesday, and the country's police chief ordered an internal inquiry into the use of live ammunition.

The second victim, a 19-year-old student, was wounded during clashes in Kisumu and died overnight at a referral hospital there, according to its medical superintendent. A man shot in central Nairobi died on Tuesday afternoon.

Kenya's Inspector General of Police said in a statement that officers found to have acted outside the law would be held personally responsible, and that the force's internal affairs unit had been deployed to both cities.

Police said 63 people had been arrested nationwide, most of them in Nairobi, and that 14 officers had been injured by stones. Several shops in Kisumu were looted.

Organisers of the protests, who coordinate mainly through social media, called for further demonstrations next week. "They can count our dead, but they cannot count us out," one of the most followed organiser accounts posted.

The protests were fuelled by anger over electricity prices and the transformer scandal that led to corruption charges against the energy minister last month.
""", ST3, SL))
A.append(art("u2-026", "Continental Daily", "Rights groups accuse Kenyan police of excessive force at graft protests",
"2026-11-04T17:40:00+03:00", """
NAIROBI (Continental Daily) — Human rights organisations accused Kenyan police on Wednesday of using excessive force against largely peaceful demonstrators during Tuesday's anti-corruption protests, in which two people were shot dead.

A coalition of nine groups said its monitors had documented police firing live rounds in Nairobi and Kisumu, beating people who had already been detained and firing tear gas into a hospital compound. The coalition called for the officers responsible to be suspended and prosecuted.

"The right to protest is in the constitution. Shooting teenagers is not crowd control," said Lydia Kerubo, a lawyer with one of the groups, at a news conference in Nairobi.

Police have said officers faced stone-throwing crowds and acted to protect public buildings. The police oversight authority said it had opened investigations into both deaths.

The protests, organised under the hashtag #GizaTax, were driven by anger at high electricity bills and at the transformer tender scandal, in which the energy minister has been charged with corruption.
""", ST3, SL))
A.append(art("u2-027", "The Savanna Post", "On Moi Avenue, a generation raised on blackouts finds its voice",
"2026-11-05T06:30:00+03:00", """
NAIROBI (The Savanna Post) — By mid-morning on Tuesday, Moi Avenue looked like the inside of a phone. Young protesters held up screens streaming the march live, filmed each other filming the police, and passed around power banks the way an older generation passed around water.

Most of them had never met. They came because a hashtag told them to, and because, as 22-year-old Faith Wairimu put it, "the electricity bill is the one thing every house in Kenya agrees on". She studies accounting and runs a small phone-charging stall that loses money every time the lights go out.

Their anger found a symbol in the transformer scandal. Many of the placards showed a grey pole-mounted transformer with a dollar sign painted on it. Some carried the photographs of the officials charged last month, others simply a light bulb crossed out.

When the tear gas came, the crowd scattered into side streets and re-formed within minutes, directed by messages on encrypted chat groups. By afternoon, news spread that a young man had been shot near the bus terminus. The mood changed. Some went home. Others stayed until dark.

"We were told to be patient, that the courts would handle it," said Wairimu on Wednesday, her eyes still red. "But the courts take ten years, and the bills come every month."
""", ST3, SL, sec="features"))
