from common import A

A("o1", "Global Wire Service", "KYIV", "2025-01-20T06:50:00+02:00", "izmail-port-strike",
"Russian missiles hit Izmail grain port, Egypt-bound ship set ablaze",
'''Russian missiles struck the Ukrainian Danube port of Izmail before dawn on Monday, setting a loaded bulk carrier on fire and destroying a grain terminal, Ukrainian officials said.

The Liberian-flagged Nereus Glory, carrying about 54,000 tonnes of wheat bound for Alexandria in Egypt, was hit while moored at the Dunai Grain Terminal, regional governor Serhiy Tkachuk said on his official channel. Firefighters were still battling the blaze several hours later.

"This was a deliberate attack on food that was about to leave for Africa," Tkachuk said. "There is no military target in a wheat silo."

At least four crew members were injured, according to the regional emergency service. The ship carried a crew of 22.

Russia's defence ministry said its forces had carried out a "precision strike on military infrastructure used by the Kyiv regime" in the Odesa region, without naming the port.

Izmail, on the Danube close to the Romanian border, has become one of Ukraine's main outlets for grain since Russia's full-scale invasion in 2022 and has been attacked repeatedly by drones. Monday's strike was among the heaviest on the port's grain facilities.''')

A("o2", "Harbour Post", "ODESA", "2025-01-20T08:40:00+02:00", "izmail-port-strike",
"Bulk carrier burns at Izmail after overnight missile attack; terminal flattened",
'''A bulk carrier loaded with Ukrainian wheat was burning at its berth in Izmail on Monday morning after a Russian missile attack that also levelled a large grain terminal on the Danube, port officials said.

Iryna Movchan, who heads the Izmail branch of the Ukrainian Sea Ports Authority, said two missiles struck the Dunai Grain Terminal shortly after 3 a.m. and a third landed close to the quay where the Nereus Glory was moored.

"The silos are gone. The conveyor galleries are gone. What is left is twisted steel and burning grain," Movchan told reporters at the port gates.

The 190-metre Nereus Glory had finished loading on Sunday and was due to sail for Alexandria on Monday afternoon. Crew members were evacuated by port tugs and a fire boat, officials said, and several were taken to hospital with burns and smoke inhalation.

Shipping data showed at least nine other vessels waiting in the Izmail roads at the time of the attack. Several of them moved downstream toward the Romanian side of the river during the morning.

The terminal handled roughly a fifth of the grain exported through the Danube ports last season, according to industry estimates.''')

A("o3", "Meridian Press", "KYIV", "2025-01-20T11:20:00+02:00", "izmail-port-strike",
"Ukraine halts Black Sea grain shipments for two weeks after port strike",
'''Ukraine suspended grain shipments from its Black Sea and Danube ports for two weeks on Monday, hours after a Russian missile strike on Izmail destroyed a grain terminal and set a loaded cargo ship on fire.

Infrastructure Minister Oleksandr Hrytsenko said the pause would give the navy and port authorities time to reassess security along the shipping route and repair damaged facilities.

"We will not send crews and cargoes into a corridor while missiles are falling on the berths," Hrytsenko said at a briefing in Kyiv. "Shipments will restart when we can guarantee that ships can load and leave safely."

Vessels already at sea will be allowed to continue their voyages, the ministry said, but no new loadings will be authorised until February 3.

The bulk carrier Nereus Glory, bound for Alexandria with about 54,000 tonnes of wheat, caught fire after the strike. Officials said the blaze was brought under control by late morning, though the ship's forward holds were still smouldering.

Ukraine has exported grain through a corridor hugging the western Black Sea coast since late 2023, after Russia quit a U.N.-brokered shipping deal. The route has carried tens of millions of tonnes of wheat, corn and sunflower oil, much of it to the Middle East and North Africa.''')

A("o4", "Grain & Freight Journal", "LONDON", "2025-01-20T13:05:00+00:00", "izmail-port-strike",
"Izmail strike knocks out major Danube grain terminal, halts loadings",
'''A Russian missile attack on Izmail early on Monday destroyed one of the largest grain-handling facilities on Ukraine's stretch of the Danube and left a Panamax-sized bulk carrier burning at the quay, traders and port sources said.

The Dunai Grain Terminal had storage capacity of about 120,000 tonnes and could load two ocean-going vessels at once, according to its operator. Port sources said both loading berths and most of the silo battery were destroyed.

The Nereus Glory, chartered to carry milling wheat to Alexandria, had been fully loaded. Its cargo is likely to be a total loss, two ship brokers said.

Kyiv later announced a two-week suspension of grain shipments from its seaports and river ports, a step traders said would strand several hundred thousand tonnes of wheat and corn already sold for January and early February delivery.

"The buyers most exposed are in North Africa and the eastern Mediterranean, who rely on short voyages from the Black Sea," said Harriet Colwell, a senior analyst at a London grain brokerage.

Ukraine exported about 16 million tonnes of wheat in the 2023/24 season, according to government figures.''')

A("o5", "Bosphorus Monitor", "ISTANBUL", "2025-01-20T18:25:00+03:00", "izmail-port-strike",
"Crew of burning Nereus Glory rescued; six Egyptians among injured and evacuated",
'''All 22 crew members of the bulk carrier Nereus Glory were accounted for on Monday after a Russian missile strike on the Ukrainian port of Izmail set the ship on fire, the vessel's Istanbul-based manager said.

Kaptan Deniz Shipmanagement said in a statement that four sailors were in hospital in Izmail, two of them with serious burns. The crew included six Egyptian nationals, as well as seafarers from Turkey, Ukraine, India and the Philippines, the company said.

"Our first concern is our people. The crew behaved with great courage and followed the emergency procedures exactly," company director Murat Eksioglu said.

The Liberian-flagged ship had been loaded with wheat for Alexandria. Eksioglu said the fire had been put out by evening but the vessel had suffered heavy damage to its forward holds and bridge windows, and would need to be towed clear of the berth once the river was declared safe.

Ukrainian authorities suspended grain shipments for two weeks after the attack, which also destroyed a grain terminal on the quay where the ship was moored.''')

A("o6", "Continental Dispatch", "KYIV", "2025-01-21T09:10:00+02:00", "izmail-port-strike",
"Izmail counts the damage a day after strike on grain terminal",
'''Workers in Izmail were clearing debris from a destroyed grain terminal on Tuesday as Ukrainian officials gave a fuller account of the Russian missile strike that hit the Danube port a day earlier.

Regional governor Serhiy Tkachuk said three Kalibr cruise missiles and a swarm of drones had been launched at the port. Air defences brought down the drones but not all of the missiles, he said.

About 30,000 tonnes of grain stored at the Dunai Grain Terminal burned or was ruined by water used to fight the fire, Tkachuk said. Seven port workers were hurt in addition to the four injured sailors from the bulk carrier Nereus Glory.

"Rebuilding the silos will take months, not weeks," he said.

The damaged ship, bound for Alexandria, was towed to an anchorage downstream on Tuesday morning, according to the port authority. Insurers' surveyors were expected to board later in the week.

President Volodymyr Zelensky called the attack "an attempt to starve other nations in order to pressure Ukraine" and urged allies to send more air defence systems to protect the ports.

Moscow has not commented further since its defence ministry described the target as military infrastructure.''')

A("o7", "Levant Observer", "BEIRUT", "2025-01-21T14:30:00+02:00", "izmail-port-strike",
"ANALYSIS: Why the Izmail strike hits a route the Middle East depends on",
'''The missile strike that destroyed a grain terminal in Izmail and set the Alexandria-bound Nereus Glory on fire on Monday has exposed how much of the region's bread still passes through a narrow stretch of the Danube.

Since 2023, the Danube ports of Izmail and Reni have acted as a safety valve for Ukrainian exports, moving grain by barge and small ships even when the deep-water ports around Odesa were under pressure. The terminal hit this week was among the few on the river able to load large ocean-going vessels directly.

"Izmail was the place where you could still get a full cargo out without transhipping in Romania," said Karim Haddad, a Beirut-based commodities consultant. "Taking that terminal out removes a lot of flexibility at once."

Kyiv's two-week suspension of seaborne grain shipments, announced hours after the strike, adds to the pressure. Traders expect buyers to switch to Russian, Romanian and French wheat for cargoes due in February.

Much depends on how quickly the suspension is lifted and whether shipowners and their insurers are willing to return.''')

# ---------------- follow-up stories (same storyline) ----------------
A("f1", "Grain & Freight Journal", "CHICAGO", "2025-01-20T16:40:00-06:00", "wheat-futures-jump",
"Wheat futures jump most in months after Ukraine halts grain shipments",
'''Wheat futures posted their biggest one-day gain in months on Monday after Ukraine suspended grain exports for two weeks following a Russian strike on the port of Izmail.

The most-active March soft red winter wheat contract on the Chicago Board of Trade closed up 6.4%, having briefly risen more than 7% in afternoon trading. Corn futures gained about 2%.

"The market had priced in a steady flow of Ukrainian grain through the corridor. Now it has to price in a gap, and nobody knows how long the gap will be," said Dale Hutchins, a broker at a Kansas City commodities firm.

Euronext milling wheat in Paris, the European benchmark, also rose sharply, with the March contract gaining 5.1%.

Analysts said the rally could fade if the suspension is lifted on schedule, but warned that higher freight and insurance costs would keep Black Sea wheat more expensive for importers for weeks.''')

A("f2", "Global Wire Service", "PARIS", "2025-01-21T12:15:00+01:00", "wheat-futures-jump",
"European wheat extends rally as buyers scramble for non-Ukrainian supply",
'''European wheat prices rose for a second day on Tuesday as importers sought alternatives to Ukrainian grain following Kyiv's decision to pause shipments after a missile strike on Izmail.

Milling wheat for March delivery on Euronext traded up a further 2.3% by midday, extending Monday's steep climb. Premiums for French and Romanian wheat loading in February rose by several euros a tonne, traders said.

"The phone has not stopped ringing. Everyone who was counting on Ukrainian cargoes for February now wants French or Romanian wheat," said Anne-Laure Petitjean, a grain trader in Rouen.

Analysts noted that the rally was partly a reflex to uncertainty and that global wheat stocks remained adequate. Still, they said the loss of a key terminal on the Danube could weigh on Ukrainian export volumes for the rest of the season.''')

A("f3", "Harbour Post", "LONDON", "2025-01-22T10:30:00+00:00", "insurers-halt-cover",
"Marine insurers halt war-risk cover for Ukrainian Black Sea voyages",
'''Several leading marine insurers have stopped writing new war-risk cover for ships calling at Ukrainian Black Sea and Danube ports, brokers said on Wednesday, two days after a missile strike set a loaded bulk carrier on fire at Izmail.

Underwriters in the London market told clients they would not quote new policies for Ukrainian port calls "until further notice", according to notices seen by Harbour Post. Existing policies will run to expiry.

"The strike on a loaded ship at the berth changed the risk picture. Underwriters need to see what the security arrangements will be before they come back," said Jonathan Breyer, a partner at a Lloyd's broking firm.

Additional war-risk premiums for the Ukrainian corridor had fallen to about 0.7% of a ship's value late last year. Brokers said any new quotes would be far higher.

Ukraine's state-backed insurance facility, set up in 2023 with foreign partners, said it was still able to offer cover and urged owners not to abandon the route.''')

A("f4", "Meridian Press", "ROME", "2025-01-24T11:05:00+01:00", "un-food-agency-warning",
"UN food agency warns Black Sea disruption threatens import-dependent nations",
'''The United Nations' Food and Agriculture Organization warned on Friday that the suspension of Ukrainian grain shipments could push up bread prices in poorer import-dependent countries if it lasts beyond the two weeks announced by Kyiv.

In a market note, the Rome-based agency said countries in North Africa, the Middle East and East Africa were most exposed because they buy a large share of their wheat from Black Sea suppliers.

"Global stocks are not low, but many of the countries that depend on Ukrainian wheat have thin foreign currency reserves and limited storage. A short disruption can turn into a price shock for them," said Lucia Ferrante, an FAO senior economist.

The agency called on all parties to keep commercial shipping and port facilities out of the conflict and said it was monitoring prices in about 20 vulnerable countries.

The FAO's food price index had been broadly stable in recent months before this week's jump in wheat futures.''')

A("f5", "Bosphorus Monitor", "ANKARA", "2025-01-25T13:40:00+03:00", "turkey-mediation-call",
"Turkey offers to host talks on safe grain shipping in the Black Sea",
'''Turkey on Saturday called on Russia and Ukraine to resume talks on the safety of commercial shipping in the Black Sea and offered to host negotiators in Istanbul, days after a missile strike on the Ukrainian port of Izmail disrupted grain exports.

Foreign Ministry spokesman Ozan Kurtulmus said Ankara had been in contact with both Moscow and Kyiv and was ready to provide "a neutral table" for technical discussions.

"Food must not be a target. The Black Sea must remain a sea of trade, and Turkey is prepared to do its part as it did in 2022," Kurtulmus told reporters.

Turkey, together with the United Nations, brokered the Black Sea Grain Initiative in 2022, which allowed Ukraine to export grain through a protected corridor until Russia withdrew a year later.

Neither Moscow nor Kyiv commented publicly on the offer on Saturday. A Turkish diplomatic source said any talks would at first focus on keeping ports and ships out of attacks rather than on a new grain deal.''')

A("f6", "Continental Dispatch", "KYIV", "2025-01-27T10:15:00+02:00", "ukraine-navy-escort-plan",
"Ukraine's navy unveils escort plan to restart grain corridor",
'''Ukraine's navy on Monday set out a plan to escort grain ships along its Black Sea export corridor when shipments resume next month, including patrol boats, extra air defence around the ports and an around-the-clock monitoring centre.

Navy spokesman Captain Dmytro Pletenchuk said vessels would sail in small groups along a route close to the coasts of Romania and Bulgaria, accompanied by Ukrainian patrol craft as far as international waters.

"We cannot promise that nothing will ever fly at a ship. We can promise that every ship will be watched and protected along the whole route," Pletenchuk said.

Mobile air defence units would be deployed around Izmail, Reni and the Odesa ports, he said, without giving numbers.

The plan is intended to reassure shipowners and insurers, many of whom stepped back from the route after last week's attack. Officials said they were also talking to partners about a government-backed insurance guarantee.''')

A("f7", "Global Wire Service", "ODESA", "2025-01-28T08:30:00+02:00", "ukraine-navy-escort-plan",
"Shipowners cautious about Ukraine's naval escort scheme",
'''Shipowners and charterers gave a cautious welcome on Tuesday to a Ukrainian navy plan to escort grain vessels in convoy once exports restart, saying much would depend on whether insurers returned.

Under the plan announced on Monday, merchant ships would sail in groups along the western Black Sea coast under watch from patrol boats, with more air defences around the ports.

"An escort helps at sea. But the ship that burned last week was hit alongside the quay, not on the open water," said Nikos Varvitsiotis, who runs a Piraeus-based dry bulk company. "What owners want to know is whether the berths are protected."

The navy said it had completed a test run with two empty vessels from Odesa to the mouth of the Bosphorus without incident.

Officials in Kyiv said they expected several dozen ships to be ready to load when the suspension ends.''')

A("f8", "Harbour Post", "ODESA", "2025-02-05T09:45:00+02:00", "grain-shipments-resume",
"First grain ships leave Odesa as Ukraine lifts export pause",
'''The first grain ships in more than two weeks left Ukrainian ports on Wednesday as Kyiv lifted a suspension imposed after a Russian missile strike on Izmail, port officials said.

Three bulk carriers loaded with wheat and corn sailed from Pivdennyi and Chornomorsk in a convoy escorted by navy patrol boats, the Ukrainian Sea Ports Authority said. Two more vessels were loading at Izmail's remaining terminals.

"Today the corridor is open again. It is slower than before and it is more expensive, but it works," Infrastructure Minister Oleksandr Hrytsenko said.

The restart came two days later than first planned, after officials said they needed more time to deploy air defences around the Danube ports.

About 40 vessels were waiting to load, the ministry said. Traders expect the backlog to take several weeks to clear.''')

A("f9", "Grain & Freight Journal", "LONDON", "2025-02-05T15:10:00+00:00", "grain-shipments-resume",
"Ukrainian grain exports restart; wheat prices ease",
'''Wheat futures fell on Wednesday as Ukrainian grain exports restarted after a two-week halt, easing concerns about supplies to importers in the Mediterranean and Middle East.

Euronext March milling wheat fell 2.8% and Chicago futures lost about 2% in early trading after Kyiv said the first convoy of grain ships had sailed from Odesa-area ports.

Brokers said a handful of insurers had begun quoting war-risk cover again, at premiums of roughly 1% to 1.5% of hull value, about twice the level before the strike on Izmail.

"Prices have given back around half of the January spike. The rest reflects higher costs and the loss of capacity on the Danube," said analyst Harriet Colwell.

Ukraine's infrastructure ministry said exports would ramp up gradually as escort arrangements bed in.''')
