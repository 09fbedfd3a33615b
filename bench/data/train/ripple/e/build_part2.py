"""Part 2: watched-region (Caucasus) reactions to the Bosporus collision."""
import json, os
from common import art, save, HERE

A = []
R = []  # reaction sentences: (key, sentence, actor)

# R5 Azerbaijan sends spill specialists (two outlets, consecutive days)
s = "Azerbaijan's Emergency Situations Ministry said it was sending a cargo plane to Istanbul with 40 oil-spill specialists, floating booms and skimming equipment at the request of the Turkish side"
R.append(("r5a", s, "AZE"))
A.append(art("r5a", "Caspian Dispatch", "2025-10-14 20:30", "azerbaijan-sends-oil-spill-team-to-istanbul",
"Azerbaijan sends oil-spill team to Istanbul after tanker disaster", "reaction", "azerbaijan-spill-aid", "azerbaijan-spill-aid", f"""
BAKU (Caspian Dispatch) — {s}.

The aircraft was due to leave Heydar Aliyev International Airport late on Tuesday evening, the ministry said. The team is led by Colonel Rauf Mammadli, who commanded the clean-up of several offshore spills in the Caspian Sea.

"Our brothers in Türkiye are facing a difficult situation, and we will stand with them until the last drop of oil is removed from the water," Mammadli told Caspian Dispatch at the airport. He said the specialists would work alongside Turkish coastal safety crews on the Asian shore of the strait.

The president of Azerbaijan sent a message of condolence to his Turkish counterpart earlier in the day, expressing sorrow over the sailors who died in the collision and wishing a quick recovery to the injured, the presidential press service said.

Two tankers, the Aral Horizon and the Selene Pride, collided at dawn in the Bosporus off Istanbul's Kandilli district. One caught fire and crude leaked into the strait. Turkish authorities closed the waterway to shipping.

The accident is also being watched closely in Baku for its possible effect on oil flows in the region. Azerbaijan exports most of its crude through the Baku-Tbilisi-Ceyhan pipeline, which bypasses the Bosporus, but some oil products and Central Asian crude shipped via Azerbaijan and Georgia travel through the strait.

The ministry said a second flight with additional equipment could follow if needed.
"""))

s = "The Azerbaijani team, which arrived overnight on a military cargo plane, will stay as long as Turkey needs it, its commander said"
R.append(("r5b", s, "AZE"))
A.append(art("r5b", "Bosphorus Ledger", "2025-10-15 15:10", "azerbaijani-specialists-join-cleanup-beykoz",
"Azerbaijani specialists join clean-up on Beykoz shore", "reaction", "azerbaijan-spill-aid", "azerbaijan-spill-aid", f"""
Forty specialists from Azerbaijan's Emergency Situations Ministry were laying booms and operating skimmers along the Beykoz shoreline on Wednesday, the first foreign team to join the clean-up after the tanker collision in the Bosphorus.

{s}. "We have done this work in the Caspian many times. The current here is stronger, but the method is the same," said Colonel Rauf Mammadli, standing on a pier blackened with crude.

The team brought 1,200 metres of floating boom, four skimmers and protective gear, and was assigned by the Directorate General of Coastal Safety to the stretch between Paşabahçe and Çubuklu, where crude had collected in a shallow bay.

Residents brought tea and simit to the Azerbaijani workers through the morning. "One nation, two states — today we see it with our own eyes," said Mehmet Ayhan, a retired ferry engineer who lives above the bay.

Turkish officials said offers of help had also come from several European countries, but that most equipment needed was already available in Turkey.

The fire on the Selene Pride was put out early on Wednesday, after burning for more than 19 hours. Turkish officials now estimate that about 11,000 tonnes of crude escaped from the Aral Horizon. Prosecutors are questioning both captains.

Clean-up crews said the oil had left a film on the rocks up to a metre above the waterline in places, which will have to be scrubbed by hand.
"""))

# R1 Georgia rail rerouting (two outlets consecutive days + feature)
s1 = "Georgia will give priority on its railway to Kazakh crude that cannot leave through the Bosporus and will cut freight tariffs for crude tank cars by 15 percent until the end of the year, Economy Minister Giorgi Lomtadze said on Thursday"
s2 = "The government has instructed the state railway and the oil terminal in Batumi to prepare for an additional 200,000 tonnes of crude a month"
R.append(("r1a", s1, "GEO")); R.append(("r1a", s2, "GEO"))
A.append(art("r1a", "Tbilisi Courier", "2025-10-16 12:40", "georgia-offers-rail-route-kazakh-crude-bosporus",
"Georgia offers its railway to stranded Kazakh crude", "reaction", "georgia-rail-reroute", "georgia-kazakh-transit", f"""
TBILISI (Tbilisi Courier) — {s1}.

"Our country is a bridge between the Caspian and the Black Sea. At a moment like this the bridge must work at full capacity," Lomtadze told a briefing at the government chancellery after a meeting with the heads of the railway, the ports and the oil terminals.

{s2}. Lomtadze said the terminal had spare storage and could load tankers that would sail to Mediterranean buyers once the strait reopens, or to other Black Sea ports.

Kazakh crude already reaches Georgia by tanker across the Caspian to Baku and then by rail through Azerbaijan and Georgia. Volumes have been modest, around 100,000 tonnes a month this year, according to the Economy Ministry.

The minister said he had spoken by telephone with Kazakhstan's energy minister on Wednesday evening and that a Kazakh delegation would travel to Tbilisi next week to discuss details. Azerbaijan's railway would also be consulted, he said.

Turkey closed the Bosporus to tanker traffic on Tuesday after two tankers, one of them carrying Kazakh crude, collided off Istanbul and caught fire. Turkish officials have said the closure will last weeks.

Opposition lawmakers welcomed the plan but questioned whether the railway, which has suffered from a shortage of locomotives, could handle extra freight. Lomtadze said 12 locomotives under repair would return to service by November.
"""))

s = "Georgia has moved to capture part of the Kazakh crude stranded by the closure of the Bosporus, offering priority on its railway and a 15 percent cut in freight tariffs"
R.append(("r1b", s, "GEO"))
A.append(art("r1b", "Caspian Dispatch", "2025-10-17 10:20", "georgia-rail-discount-kazakh-crude-route-through-azerbaijan",
"Tbilisi's rail discount puts Azerbaijan's transit corridor in the spotlight", "reaction", "georgia-rail-reroute", "georgia-kazakh-transit", f"""
BAKU (Caspian Dispatch) — {s}, a move that would send more oil across the Caspian and through Azerbaijan on its way to the Black Sea.

Georgian Economy Minister Giorgi Lomtadze announced on Thursday that the oil terminal in Batumi would prepare to handle an extra 200,000 tonnes of crude a month. The only practical way for that crude to reach Georgia is by tanker from the Kazakh port of Aktau to Baku and then by rail through Azerbaijan.

Transport experts in Baku said the Azerbaijani section of the railway had spare capacity, but that the Caspian tanker fleet and the port at Alat would set the limit. "The bottleneck is the sea crossing, not the rails," said Vusal Karimli, a logistics analyst at the Baku-based Silk Corridor Research Centre.

A spokesman for Azerbaijan's railway said the company had received a request for information from its Georgian counterpart and was studying it. He gave no details.

The Georgian plan is a response to the closure of the Bosporus to tankers after the collision of the Aral Horizon and the Selene Pride off Istanbul on Tuesday. The Aral Horizon was carrying 135,000 tonnes of Kazakh crude.

In Tbilisi, the announcement was described by pro-government media as a chance to show the value of the Middle Corridor, the trade route linking China and Central Asia with Europe through the South Caucasus.
"""))

s = "Georgia's decision to give Kazakh crude priority on its rails and cut the tariff has turned the Batumi yard into the busiest it has been in a decade"
A.append(art("r1c", "Rhein Tribune", "2025-10-30 07:00", "batumi-rail-yard-kazakh-oil-feature",
"Tank cars and night shifts: how Batumi cashes in on a closed strait", "reaction", "georgia-rail-reroute", "georgia-kazakh-transit", f"""
BATUMI — The black tank cars come down from the mountains in strings of sixty, their wheels squealing on the last curve before the sea. At the oil terminal on the northern edge of Batumi, men in orange vests wave them into sidings day and night.

Two weeks after a collision in Istanbul shut the Bosporus to tankers, this small Georgian port on the Black Sea has become one of the few open doors for oil from Kazakhstan. {s}, workers and managers say.

"Before, we had one or two trains a day. Now we have six, sometimes seven," says Zurab Khalvashi, the operations director of the Adjara Oil Terminal, walking along a line of pumps. "We hired forty people in ten days. Everybody's cousin wants a job here."

The crude travels a long way to get here. It leaves western Kazakhstan by tanker across the Caspian, is pumped into rail cars in Azerbaijan and crosses the whole width of Georgia. The journey takes about a week and costs far more than the pipeline to the Black Sea. But with the strait shut and Kazakh storage full, traders have been willing to pay.

In the cafés near the terminal, the mood is cautious. Taxi driver Tamaz Beridze says his fares have doubled with shift workers. "But when the Turks open the strait, the trains will stop. We have seen this before," he says.

Tankers loaded in Batumi still face the Bosporus queue if they head for the Mediterranean. Some have sailed instead to Romania, where the oil can be refined locally. Georgian officials say the terminal loaded 310,000 tonnes in October, more than double its monthly average.

At dusk, another train rolls in. The terminal's floodlights come on, and the night shift begins.
"""))

# R4 Armenia single article
s1 = "Armenia will release 5,000 tonnes of diesel and gasoline from its state reserve to keep pumps supplied while the Bosporus is closed to tankers, Economy Minister Hovik Martirosyan said on Saturday"
s2 = "The government also asked importers to bring more fuel overland from Iran through the Meghri crossing"
R.append(("r4", s1, "ARM")); R.append(("r4", s2, "ARM"))
A.append(art("r4", "Yerevan Evening Post", "2025-10-18 18:30", "armenia-releases-fuel-from-state-reserve",
"Armenia opens fuel reserve as Bosporus closure squeezes supply", "reaction", "armenia-fuel-reserve", "armenia-fuel-reserve", f"""
YEREVAN (Yerevan Evening Post) — {s1}.

Speaking after an emergency meeting with fuel importers, Martirosyan said the country had enough fuel for about three weeks at normal consumption, but that deliveries through Georgia's Black Sea ports had slowed sharply since Turkey closed the strait on Tuesday.

Most of Armenia's gasoline and diesel arrives by product tanker in the Georgian port of Poti or Batumi and then by rail or truck. Tankers coming from refineries in the Mediterranean have to pass through Istanbul, and several cargoes bound for Georgian ports for onward shipment to Armenia are now stuck in the queue outside the strait, importers said.

{s2}. Martirosyan said he had discussed the matter with Iranian officials and that Iranian suppliers were ready to increase deliveries by truck.

"There is no reason for panic and no reason for anybody to hoard fuel. The reserve exists exactly for situations like this," the minister said.

The release will be made through the main importers at regulated prices over the next two weeks. The ministry said it would monitor pump prices daily.

At filling stations in Yerevan, the price of diesel rose by about 20 drams a litre this week, drivers said. Suren Hakobyan, head of the fuel importers' association, said prices could rise further if the strait stayed closed into November.
"""))

# R2 Azerbaijan BTC offer (two outlets)
s1 = "Azerbaijan is ready to carry Kazakh crude through the Baku-Tbilisi-Ceyhan pipeline using its spare capacity while the Bosporus remains closed to tankers, Deputy Energy Minister Tural Nasibov said on Saturday"
s2 = "Baku had formally offered Astana up to 1.5 million tonnes of capacity in the pipeline over the next three months"
R.append(("r2a", s1, "AZE")); R.append(("r2a", s2, "AZE"))
A.append(art("r2a", "Caspian Dispatch", "2025-10-18 13:00", "azerbaijan-offers-btc-pipeline-capacity-kazakh-crude",
"Azerbaijan offers Baku-Tbilisi-Ceyhan pipeline capacity to Kazakhstan", "reaction", "azerbaijan-btc-offer", "azerbaijan-kazakh-route", f"""
BAKU (Caspian Dispatch) — {s1}.

Nasibov told Caspian Dispatch that {s2}, enough for about ten tanker-loads at the Mediterranean port of Ceyhan, which lies outside the strait.

"Ceyhan is open, it is on the Mediterranean, and the buyers are there. For Kazakh oil this is the shortest way around the problem," Nasibov said. He said the offer had been sent to Kazakhstan's Energy Ministry on Friday evening.

Kazakh crude would be shipped across the Caspian from Aktau to the Sangachal terminal south of Baku and mixed into the pipeline under a batching arrangement used for smaller volumes since 2008, the deputy minister said. The pipeline's operating consortium would have to agree to any long-term deal.

The Baku-Tbilisi-Ceyhan pipeline, which runs 1,768 kilometres through Azerbaijan, Georgia and Turkey, was built to carry up to 1.2 million barrels a day but has been running well below capacity as Azerbaijani output declined.

Analysts said the offer was more important politically than commercially. "Baku wants to show Astana and the Europeans that its corridor works when the Bosporus does not," said Vusal Karimli of the Silk Corridor Research Centre. "The real limit is the number of Caspian tankers."

The Bosporus has been closed to tankers since Tuesday, when the Aral Horizon, carrying Kazakh crude, collided with another tanker off Istanbul.
"""))

s = "Azerbaijan has offered Kazakhstan up to 1.5 million tonnes of space in the Baku-Tbilisi-Ceyhan oil pipeline, giving Kazakh crude a route to the Mediterranean that avoids the closed Bosporus"
R.append(("r2b", s, "AZE"))
A.append(art("r2b", "Meridian Wire", "2025-10-19 11:40", "azerbaijan-pipeline-offer-kazakh-crude",
"Azerbaijan dangles pipeline space for Kazakh oil shut out of Bosporus", "reaction", "azerbaijan-btc-offer", "azerbaijan-kazakh-route", f"""
BAKU, Oct 19 (Meridian Wire) — {s}.

The offer, announced by Deputy Energy Minister Tural Nasibov on Saturday, would allow some Kazakh oil to be loaded at Turkey's Ceyhan terminal on the Mediterranean while the strait remains shut to tankers after last Tuesday's collision in Istanbul.

Kazakhstan's Energy Ministry confirmed it had received the proposal and said it was being studied together with the country's oil producers. It gave no timetable for a response.

Oil traders said the volumes on offer, equivalent to about 110,000 barrels a day over three months, were small compared with the roughly 1.5 million barrels a day that Kazakhstan normally ships through the Black Sea. But they said every outlet mattered with storage at the Caspian Pipeline Consortium terminal almost full.

"It is a relief valve, not a replacement," said a London-based crude trader. "The question is how fast they can get the oil across the Caspian."

Azerbaijan and Kazakhstan signed agreements in recent years to increase the shipment of Kazakh crude through the pipeline, but volumes have remained modest, partly because of the cost of shipping oil across the Caspian by tanker.

The Bosporus closure has also prompted Georgia to offer discounted rail freight for Kazakh crude to its Black Sea port of Batumi.
"""))

# R7 Georgia inspections (single)
s1 = "Georgia's Maritime Transport Agency on Monday ordered full safety inspections of every tanker calling at the ports of Batumi, Poti and Kulevi and made pilotage compulsory for all tankers entering Georgian waters"
s2 = "The agency said the measures were a direct response to last week's collision in the Bosporus"
R.append(("r7", s1, "GEO")); R.append(("r7", s2, "GEO"))
A.append(art("r7", "Tbilisi Courier", "2025-10-20 16:15", "georgia-orders-tanker-inspections-compulsory-pilotage",
"Every tanker to be inspected: Georgia tightens port rules after Istanbul crash", "reaction", "georgia-tanker-inspections", "georgia-maritime-safety", f"""
BATUMI (Tbilisi Courier) — {s1}.

{s2}, and to the rise in tanker traffic expected at Georgian terminals as Kazakh crude is rerouted by rail to the Black Sea coast.

"We expect more tankers, bigger tankers and more pressure on our ports. We cannot afford an accident like the one in Istanbul," said Nino Abashidze, head of the agency, at a press conference in Batumi. "Every ship will be checked before it loads a single tonne."

Inspectors will check firefighting systems, steering gear, navigation equipment and crew certificates. Ships that fail will be detained until faults are corrected, Abashidze said. The agency is hiring eight additional inspectors and will ask the coast guard to increase patrols off the terminals.

Until now pilotage was compulsory only inside the port basins. Under the new rules a pilot must board tankers two nautical miles from the coast.

Shipping agents in Batumi said the rules could add up to a day to port calls at first. "It is more work for everyone, but nobody is going to argue against safety this month," said Levan Tsintsadze, a ship agent in Poti.

The agency also said it would review the oil-spill response plans of the three terminals and hold a joint exercise with the coast guard before the end of the year.
"""))

# R3 Georgia fuel excise cut (two outlets)
s1 = "The Georgian government on Tuesday cut the excise tax on diesel and gasoline by half for 60 days, after pump prices jumped by as much as 9 percent in a week because tankers carrying fuel to Georgian ports are stuck outside the closed Bosporus"
s2 = "Finance Minister David Kapanadze said the cut would cost the budget about 70 million lari"
R.append(("r3a", s1, "GEO")); R.append(("r3a", s2, "GEO"))
A.append(art("r3a", "Tbilisi Courier", "2025-10-21 14:00", "georgia-halves-fuel-excise-60-days",
"Government halves fuel excise for 60 days as pump prices jump", "reaction", "georgia-fuel-excise-cut", "georgia-fuel-prices", f"""
TBILISI (Tbilisi Courier) — {s1}.

{s2} and that the government expected fuel companies to pass it on in full. The Competition Agency would check prices at filling stations across the country every day, he said.

"We will not let people pay for an accident that happened in another country, and we will not let anybody use it to make extra profit," Kapanadze told lawmakers.

The price of diesel at Tbilisi filling stations rose to 3.45 lari a litre on Monday from 3.17 lari a week earlier, according to the Georgian Fuel Importers' Union. Gasoline rose by about 7 percent.

Georgia imports nearly all its motor fuel, much of it by sea from refineries in Romania, Bulgaria, Greece and Turkey. Cargoes from the Mediterranean must pass through the Bosporus, which Turkey closed to tankers on October 14 after two tankers collided off Istanbul.

The union said at least six product tankers bound for Batumi and Poti were waiting at the southern entrance of the strait. Stocks in Georgia were sufficient for about two weeks, it said.

The cut will take effect on Thursday. Opposition parties said it should have come earlier and should last until the strait is fully reopened.
"""))

s = "Georgia halved its excise tax on motor fuel for 60 days on Tuesday, a decision that Armenian importers say should also help to hold down prices in Armenia"
R.append(("r3b", s, "GEO"))
A.append(art("r3b", "Yerevan Evening Post", "2025-10-22 11:20", "georgian-fuel-tax-cut-relief-for-armenian-drivers",
"Georgian fuel tax cut may bring relief to Armenian drivers too", "reaction", "georgia-fuel-excise-cut", "georgia-fuel-prices", f"""
YEREVAN (Yerevan Evening Post) — {s}, since much of the fuel sold in Armenia is bought from Georgian wholesalers.

The Georgian government cut the excise on diesel and gasoline after pump prices rose sharply when Turkey closed the Bosporus to tankers following the collision of two ships in Istanbul on October 14.

Suren Hakobyan, head of Armenia's fuel importers' association, said the lower Georgian tax would reduce the cost of fuel that Armenian companies buy at terminals in Batumi and Poti, but only for the portion that is cleared for sale in Georgia before being re-exported. Fuel shipped to Armenia in transit does not pay Georgian excise.

"For part of the market it will help, maybe two or three drams a litre. It is not a solution. The solution is for the tankers to move," Hakobyan said.

The Georgian Finance Ministry said the cut would apply from Thursday, October 23, until December 21.

In Yerevan, diesel sold for between 505 and 520 drams a litre on Wednesday, about 4 percent more than before the closure. The government released 5,000 tonnes of fuel from the state reserve last week and has asked importers to bring more by truck from Iran.

Economists in Yerevan said the episode showed Armenia's dependence on a single transit neighbour for most of its fuel. The country has no direct rail or road link to Turkey, and its border with Azerbaijan remains closed to trade.
"""))

# R6 Georgian FM in Ankara (two outlets consecutive days)
s1 = "Georgia's Foreign Minister Maka Dolidze travelled to Ankara on Thursday to ask Turkey to grant priority passage through the Bosporus to tankers carrying fuel for Georgia as soon as the strait reopens"
s2 = "Dolidze asked that product tankers bound for Georgian ports be placed at the front of the queue, the Foreign Ministry said in a statement"
R.append(("r6a", s1, "GEO")); R.append(("r6a", s2, "GEO"))
A.append(art("r6a", "Tbilisi Courier", "2025-10-23 19:00", "dolidze-in-ankara-priority-passage-fuel-tankers",
"Dolidze in Ankara: Georgia seeks priority passage for its fuel tankers", "reaction", "georgia-fm-ankara-visit", "georgia-ankara-diplomacy", f"""
ANKARA (Tbilisi Courier) — {s1}.

Dolidze met her Turkish counterpart for more than an hour at the Foreign Ministry in Ankara. {s2}.

"Georgia is a small market with no refinery of its own. For us, every tanker in that queue is a question of whether buses run and bread is baked," Dolidze told the Tbilisi Courier after the meeting. "Our Turkish friends understand this."

The statement said the Turkish side had listened with understanding and promised that Georgia's needs would be taken into account when the rules for the reopening are drawn up. There was no immediate comment from the Turkish Foreign Ministry.

Dolidze also expressed Georgia's condolences over the three sailors who died in the October 14 collision of the Aral Horizon and the Selene Pride, and offered the help of Georgian experts in the clean-up, the ministry said.

The minister was accompanied by Deputy Economy Minister Tornike Gelashvili, who held separate talks with officials of the Turkish transport ministry on rail freight through the Kars–Tbilisi line.

Georgia has cut fuel excise for 60 days and opened its railway to Kazakh crude since the strait was closed. About six product tankers bound for Georgian ports are waiting outside the Bosporus.
"""))

s = "Georgia's foreign minister, on a visit to Ankara on Thursday, asked that tankers carrying fuel for the Georgian market be given priority passage"
R.append(("r6b", s, "GEO"))
A.append(art("r6b", "Bosphorus Ledger", "2025-10-24 09:45", "georgia-asks-front-of-queue-bosphorus",
"Georgia asks for a place at the front of the tanker queue", "reaction", "georgia-fm-ankara-visit", "georgia-ankara-diplomacy", f"""
Requests from Black Sea neighbours for special treatment when the Bosphorus reopens to tankers are piling up on the desks of Turkish officials. {s}.

Maka Dolidze met Turkey's foreign minister and later told reporters that Georgia, which has no refinery of its own, depends on product tankers that must pass through Istanbul. About six such tankers bound for Batumi and Poti are among the roughly 100 waiting at the two ends of the strait.

Turkish diplomats said Ankara had listened to the request with sympathy but had made no commitment. "Everyone wants to be first. The order of passage will be decided on safety grounds and according to international law," said a Turkish official familiar with the talks, speaking on condition of anonymity.

Under the Montreux Convention, merchant ships of all countries enjoy freedom of passage through the strait in peacetime, but Turkey can set rules for navigation safety. Lawyers said giving priority to ships bound for a particular country could be challenged by others.

Romania and Bulgaria have also raised the issue of fuel deliveries with Ankara in recent days, diplomats said.

The Transport and Infrastructure Ministry is expected to announce the rules for a partial reopening in the coming days. Officials have said laden tankers may be limited to daylight transits.
"""))

# R8 Azerbaijan-Kazakhstan Caspian shipping deal (two outlets)
s1 = "Azerbaijan's state tanker company Khazar Tanker Fleet signed an agreement on Monday to double shipments of Kazakh crude from Aktau to Baku to 600,000 tonnes a month"
s2 = "Azerbaijan will move four tankers from its domestic fuel trade to the Aktau route and cut port fees at Sangachal by a quarter"
R.append(("r8a", s1, "AZE")); R.append(("r8a", s2, "AZE"))
A.append(art("r8a", "Caspian Dispatch", "2025-10-27 17:30", "khazar-tanker-fleet-doubles-kazakh-crude-shipments",
"Khazar Tanker Fleet to double Kazakh crude shipments across Caspian", "reaction", "azerbaijan-kazakhstan-caspian-deal", "azerbaijan-kazakh-route", f"""
BAKU (Caspian Dispatch) — {s1}, as Baku moves to turn its transit corridor into a lasting alternative to the Bosporus.

The deal was signed in Baku by Khazar Tanker Fleet chief executive Ramil Sadikhov and representatives of Kazakh oil producers, in the presence of Deputy Energy Minister Tural Nasibov. From November, the extra crude will be fed into the Baku-Tbilisi-Ceyhan pipeline and into rail cars bound for Georgia's Black Sea coast.

Under the agreement, {s2}, Nasibov said.

"What happened in Istanbul showed everyone that one route is not enough. We are offering a second road, and we are ready to invest in it," Sadikhov said.

The agreement follows Azerbaijan's offer earlier this month of up to 1.5 million tonnes of capacity in the pipeline, which Kazakhstan accepted last week. The first cargo under the offer was pumped at Sangachal on Saturday, the Energy Ministry said.

Kazakh crude exports through the Black Sea have been disrupted since October 14, when the tanker Aral Horizon, loaded with Kazakh crude, collided with another tanker in the Bosporus. The strait has been closed to tankers since.

Analysts said the Caspian fleet of about 20 crude tankers would be stretched by the new volumes and that Azerbaijan would need to charter ships from Russian and Turkmen owners.
"""))

s = "Azerbaijan has agreed to double the volume of Kazakh crude its tankers carry across the Caspian Sea, a deal that producers in Atyrau welcomed on Tuesday as the first real relief since the Bosporus closed"
R.append(("r8b", s, "AZE"))
A.append(art("r8b", "Steppe Business Review", "2025-10-28 09:40", "caspian-deal-relief-atyrau-producers",
"Caspian tanker deal offers producers some relief, not a cure", "reaction", "azerbaijan-kazakhstan-caspian-deal", "azerbaijan-kazakh-route", f"""
ATYRAU (Steppe Business Review) — {s}.

Under the deal signed in Baku on Monday, Azerbaijan's Khazar Tanker Fleet will lift up to 600,000 tonnes a month from the port of Aktau from November. Azerbaijan is also moving four tankers to the route and cutting port fees at its Sangachal terminal.

"It is not the Bosporus, but it is something. For smaller producers who cannot wait, a second route is worth paying for," said Marat Zhaksylykov, finance director of a mid-sized producer in the Atyrau region.

The sums still look modest next to normal flows. Kazakhstan usually exports around 5 million tonnes a month through the Caspian Pipeline Consortium terminal on the Black Sea. The Caspian route, even doubled, would handle little more than a tenth of that.

The route is also costlier. Traders estimate the cost of moving a tonne from Aktau to Ceyhan through Baku at $45 to $55, compared with about $25 by pipeline and tanker through the strait.

Aigerim Bekova of Saryarka Research said the agreement mattered more for the future than for the current crisis. "If Turkey keeps tight limits on tankers after it reopens the strait, this route becomes permanent," she said.

Kazakhstan's Energy Ministry said it would also consider additional rail shipments through Georgia, which has offered discounted tariffs.
"""))

save("part2.json", A)
with open(os.path.join(HERE, "part2_reactions.json"), "w", encoding="utf-8") as f:
    json.dump([{"key": k, "sentence": s, "actor": a} for k, s, a in R], f, ensure_ascii=False, indent=1)
