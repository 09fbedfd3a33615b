from common import A

# R2 Egypt foreign ministry deplores
A("r2a", "Nile Ledger", "CAIRO", "2025-01-20T19:10:00+02:00", "egypt-fm-deplores-shipping-attacks",
"Egypt deplores attacks on civilian shipping after Alexandria-bound ship hit",
'''Egypt's foreign ministry said on Monday it deplores attacks on civilian shipping and commercial ports, hours after a missile strike in Ukraine set fire to a grain ship bound for Alexandria.

In a statement, ministry spokesman Ahmed Fawzi Ragab said Cairo was following "with deep concern" the strike on the Danube port of Izmail, and stressed that food supply lines must be kept away from military operations.

"Targeting vessels that carry food to peoples who have nothing to do with this conflict is unacceptable under any circumstances," Ragab said.

The statement did not name Russia, with which Egypt maintains close economic ties, including the construction of a nuclear power plant and large purchases of wheat. Cairo has avoided taking sides in the war and has repeatedly called for a negotiated settlement.

Egypt is one of the world's largest wheat importers and relies heavily on grain from the Black Sea region to supply its subsidised bread programme, which serves more than 60 million people.''',
react=[("Egypt's foreign ministry said on Monday it deplores attacks on civilian shipping and commercial ports", "EGY")])

A("r2b", "Levant Observer", "CAIRO", "2025-01-21T08:15:00+02:00", "egypt-fm-deplores-shipping-attacks",
"Cairo urges shielding of food routes, stops short of naming Moscow",
'''Egypt has called for grain ships and ports to be kept out of the war in Ukraine, in a carefully worded response to Monday's strike that left a cargo of Egyptian-bound wheat burning at Izmail.

The foreign ministry's statement, issued late on Monday, voiced regret over "the targeting of civilian vessels and facilities" and urged "all parties" to respect the freedom of navigation in the Black Sea.

Diplomats in Cairo said the choice of words reflected Egypt's balancing act between Moscow, a key supplier of wheat and nuclear technology, and Western partners who have pressed Cairo to take a firmer line.

"The message is clear enough without a name in it: do not touch the food," said Hisham Lotfy, a former Egyptian ambassador who teaches at a Cairo university. "Egypt pays the price whenever that sea is closed."

Foreign Minister Badr Abdelatty raised the issue in a telephone call with his Ukrainian counterpart on Monday evening, the ministry added, and stressed Egypt's interest in the "stability of grain supply chains".''',
react=[("Egypt has called for grain ships and ports to be kept out of the war in Ukraine", "EGY")])

# R1 Egypt supply ministry reserves + emergency tender
A("r1a", "Nile Ledger", "CAIRO", "2025-01-21T13:20:00+02:00", "egypt-wheat-reserves-emergency-tender",
"Egypt says wheat reserves cover five months, launches emergency tender",
'''Egypt's strategic wheat reserves are sufficient for about five months of consumption, Supply Minister Sherif Abdel-Moneim said on Tuesday, as the government moved to secure extra cargoes after the disruption in the Black Sea.

Abdel-Moneim told a news conference that the state would open an emergency tender this week for French and Romanian wheat for shipment in February and March, to replace Ukrainian grain whose export has been suspended.

"There is no cause for worry. Bread will be available in every bakery at the same price," the minister said. "We have stocks, we have alternatives, and we are acting early."

He said the Alexandria-bound cargo lost in Monday's fire at Izmail had been purchased by a private importer rather than the state, but that Egypt's planning assumed Ukrainian supplies would be interrupted for at least a month.

Egypt imports roughly 12 million tonnes of wheat a year, split between the state buyer and private mills. Supply ministry officials said reserves stood at around 4.1 million tonnes, including local wheat stored since last season's harvest.''',
react=[("the state would open an emergency tender this week for French and Romanian wheat for shipment in February and March, to replace Ukrainian grain whose export has been suspended", "EGY"),
       ("Egypt's strategic wheat reserves are sufficient for about five months of consumption", "EGY")])

A("r1b", "Global Wire Service", "CAIRO", "2025-01-21T15:45:00+02:00", "egypt-wheat-reserves-emergency-tender",
"Egypt moves to replace Ukrainian wheat after port attack",
'''Egypt, the world's largest wheat buyer, will seek French and Romanian wheat in an emergency purchase after Ukraine halted grain exports in the wake of Monday's strike on the port of Izmail, the supply ministry said.

Supply Minister Sherif Abdel-Moneim said the country's strategic stocks would last "around five months" and that there was no risk to the subsidised bread programme.

The state buyer, Mostakbal Misr, would issue the tender within days, seeking at least 240,000 tonnes for February shipment, a ministry official said on condition of anonymity because the details had not been published.

Egypt has in recent years shifted much of its buying from the tender system run by the former General Authority for Supply Commodities to direct deals, but officials said an open tender was the fastest way to draw offers from European exporters.

Analysts said the move showed how quickly Cairo had adjusted since 2022, when the start of the war caught it with thinner reserves.''',
react=[("will seek French and Romanian wheat in an emergency purchase after Ukraine halted grain exports", "EGY")])

A("r1c", "Grain & Freight Journal", "LONDON", "2025-01-22T11:30:00+00:00", "egypt-wheat-reserves-emergency-tender",
"Egypt's emergency tender draws offers from French, Romanian exporters",
'''Egypt's state buyer Mostakbal Misr received offers for about 600,000 tonnes of French and Romanian wheat in its emergency tender on Wednesday, European traders said, as Cairo moved to fill the gap left by Ukraine's export pause.

The lowest offer was about $268 a tonne including freight for Romanian wheat, roughly $20 above levels seen before last week's strike on the port. French wheat was offered slightly higher.

"Egypt came to the market fast and with cash, which is what exporters wanted to see," a Hamburg-based trader said.

Egypt's supply minister said on Tuesday the country's strategic reserves covered about five months of needs and that the tender was intended to keep stocks at that level while Ukrainian supply was suspended.

Results of the tender are expected on Thursday. Traders said they expected purchases of between 240,000 and 360,000 tonnes.''',
react=[("Egypt's state buyer Mostakbal Misr received offers for about 600,000 tonnes of French and Romanian wheat in its emergency tender", "EGY")])

# R7 Egyptian sailors / ministry of emigration
A("r7a", "Nile Ledger", "CAIRO", "2025-01-21T18:05:00+02:00", "egypt-sailors-emigration-ministry",
"Emigration ministry in contact with families of Egyptian sailors hurt in Ukraine",
'''Egypt's ministry of emigration and Egyptian expatriates said on Tuesday it was in daily contact with the families of six Egyptian sailors who were aboard the grain ship set on fire in a Ukrainian port, and was working to bring them home.

Two of the six are in hospital in Izmail with burns, the ministry said. The other four were unhurt and had been moved to a hotel in Odesa by the ship's manager.

"Every Egyptian abroad is our responsibility. We will not rest until all six are back with their families," Deputy Minister Nadia Halawa said in a video message.

The ministry said it had set up a hotline for relatives and was coordinating with Egypt's embassy in Kyiv and the ship's Istanbul-based manager on travel arrangements.

Four of the sailors come from the coastal city of Damietta and two from Alexandria, according to relatives interviewed by local media.''',
react=[("it was in daily contact with the families of six Egyptian sailors who were aboard the grain ship set on fire in a Ukrainian port, and was working to bring them home", "EGY")])

A("r7b", "Levant Observer", "DAMIETTA", "2025-01-22T12:40:00+02:00", "egypt-sailors-emigration-ministry",
"In Damietta, families wait for sailors caught in Izmail blaze",
'''Relatives of Egyptian seafarers injured when their ship caught fire in a Ukrainian port gathered on Wednesday at the home of one of the men in Damietta, as officials from the emigration ministry visited to brief them on plans to fly the crew home.

Mahmoud el-Sayed, whose 34-year-old son Youssef is the ship's second engineer, said he had spoken to him by phone. "He told me the sky turned orange and then the windows of the bridge came in," he said. "Thank God he is walking."

An official from the ministry of emigration and Egyptian expatriates told the families that the government would cover travel costs and that a ministry representative would meet the sailors on arrival, according to people present.

The six Egyptians were among 22 crew on the Nereus Glory, a bulk carrier loaded with wheat for Alexandria when it was hit at its berth in Izmail on Monday.

Damietta supplies a large share of Egypt's merchant seafarers, many of whom work for foreign shipping companies.''',
react=[("officials from the emigration ministry visited to brief them on plans to fly the crew home", "EGY")])

A("r7c", "Nile Ledger", "CAIRO", "2025-01-24T21:30:00+02:00", "egypt-sailors-emigration-ministry",
"Egyptian crew of burned grain ship arrive home",
'''Six Egyptian sailors who survived a fire aboard a grain ship in a Ukrainian port landed at Cairo International Airport on Friday evening, where they were met by relatives and officials from the ministry of emigration.

The two men who suffered burns were taken by ambulance to a Cairo hospital for further treatment, the ministry said, adding that the state would cover their medical costs.

Deputy Minister Nadia Halawa said the ministry had arranged the sailors' travel through Moldova in cooperation with the embassy in Kyiv and the ship's manager.

"They went through a terrible experience, and we are proud of how they behaved," she said at the airport. "The ministry will stay with them until they are fully recovered and have received what they are owed by their employer."

The men were among 22 crew aboard the Nereus Glory, which was loaded with wheat for Alexandria when it was hit in a missile strike on Izmail on Monday.''',
react=[("the state would cover their medical costs", "EGY"),
       ("The ministry will stay with them until they are fully recovered", "EGY")])

# R3 Tunisia grain board caps bread flour allocations
A("r3a", "Carthage Daily", "TUNIS", "2025-01-23T10:10:00+01:00", "tunisia-flour-allocation-cap",
"Tunisia's grain board caps bread flour allocations to mills",
'''Tunisia's state grain board said on Thursday it would cap monthly allocations of subsidised soft wheat to flour mills at 90% of last year's levels until further notice, citing uncertainty over supplies from the Black Sea.

The Office des Céréales, which holds a monopoly on grain imports, said the measure was a precaution to stretch stocks while Ukrainian exports were suspended. Two cargoes of Ukrainian wheat due to arrive at Bizerte in early February had been delayed, it said.

"We are not facing a shortage. We are managing our stocks responsibly so that there is no shortage in March," the board's director general, Mounir Ben Salah, told Carthage Daily.

Mills will be allowed to draw additional quantities for bakeries producing the standard subsidised baguette, the board said, while allocations for flour used in cakes and pastries would be cut further.

Tunisia imports most of its soft wheat, and a large share has come from Ukraine and Russia in recent seasons. The country has faced intermittent bread shortages in recent years because of tight public finances.''',
react=[("it would cap monthly allocations of subsidised soft wheat to flour mills at 90% of last year's levels until further notice, citing uncertainty over supplies from the Black Sea", "TUN")])

A("r3b", "Maghreb Wire", "TUNIS", "2025-01-23T16:20:00+01:00", "tunisia-flour-allocation-cap",
"Tunisia rations flour to mills after Ukrainian cargoes delayed",
'''Tunisia will limit the amount of subsidised flour wheat delivered to mills, the state grain board said, after Ukraine's suspension of grain exports held up cargoes the country had already bought.

The cap, set at 90% of monthly volumes in the same period of 2024, takes effect on February 1, the Office des Céréales said in a statement. It said it had enough grain for domestic needs "for the coming weeks" but wanted to avoid running stocks down before replacement cargoes arrive.

Trade Minister Samir Abid said the government was looking for wheat from other origins and would protect bread for households. "The priority is the ordinary loaf. Everything else can wait," Abid said on state radio.

The board said the delayed cargoes totalled about 75,000 tonnes.

Bakery owners said they feared queues could return if the cap lasted into Ramadan, which begins at the end of February.''',
react=[("Tunisia will limit the amount of subsidised flour wheat delivered to mills", "TUN")])

A("r3c", "Global Wire Service", "SFAX", "2025-01-24T09:30:00+01:00", "tunisia-flour-allocation-cap",
"Tunisian bakers brace for leaner flour deliveries",
'''Bakers in Tunisia's second city said on Friday they were preparing to bake fewer cakes and more plain bread after the state grain board capped flour allocations to mills, a step it took because of the halt in Ukrainian grain exports.

"They told us: bread first, pastry later. We understand, but my customers will not be happy," said Hedi Trabelsi, who runs a bakery near the old medina in Sfax.

The grain board announced on Thursday that mills would receive 90% of their usual monthly quota of subsidised soft wheat from February, with priority given to flour for the standard baguette. Tunisian officials said the move was temporary and linked to delays in Ukrainian cargoes after the attack on Izmail.

Millers' association head Karim Jaziri said mills had about three weeks of stock on hand. "If the Black Sea reopens in February, this will be a small bump," he said.''',
react=[("Tunisian officials said the move was temporary and linked to delays in Ukrainian cargoes after the attack on Izmail", "TUN")])

# R4 Morocco extends duty exemption
A("r4a", "Atlas Courier", "RABAT", "2025-01-27T12:30:00+01:00", "morocco-wheat-duty-exemption",
"Morocco extends soft wheat import duty exemption to end of year",
'''Morocco will extend its suspension of customs duties on imported soft wheat until the end of December, the government said on Monday, citing volatile world markets after the disruption in the Black Sea.

The exemption, which had been due to expire on April 30, will be accompanied by continued subsidies paid to importers to hold down the price of flour, Government Spokesman Mustapha Baitas said after the weekly cabinet meeting.

"Recent events in the Black Sea have pushed prices up and created uncertainty. We want to give importers visibility and protect the price of bread," Baitas said.

Morocco has suspended the duty, normally set at 135%, for much of the past three years as drought cut domestic harvests and it relied more on imports.

The kingdom buys wheat mainly from France, Russia, Ukraine and Argentina. Agriculture ministry officials said stocks covered about four months of consumption.''',
react=[("Morocco will extend its suspension of customs duties on imported soft wheat until the end of December, the government said on Monday, citing volatile world markets after the disruption in the Black Sea", "MAR")])

A("r4b", "Maghreb Wire", "RABAT", "2025-01-28T09:20:00+01:00", "morocco-wheat-duty-exemption",
"Moroccan importers welcome duty relief as Black Sea supplies stall",
'''Moroccan grain importers on Tuesday welcomed the government's decision to keep soft wheat free of import duties through 2025, saying it would let them line up cargoes from France and South America while Ukrainian shipments are halted.

Rabat announced the extension on Monday, saying last week's strike on a Ukrainian grain port had added to uncertainty in world markets.

"Without this decision, nobody would commit to contracts beyond April. Now we can plan until the autumn," said Omar Benjelloun, a board member of the national federation of cereal traders.

The government also kept a flat subsidy per tonne for imported soft wheat, designed to hold mill-gate prices steady.

Morocco's own harvest last year fell to about 3.1 million tonnes because of drought, well below domestic needs of around 10 million tonnes of cereals.''',
react=[("Rabat announced the extension on Monday, saying last week's strike on a Ukrainian grain port had added to uncertainty in world markets", "MAR")])

# R5 Libya asks UN to protect food corridors
A("r5a", "Sahara Chronicle", "TRIPOLI", "2025-01-29T14:10:00+02:00", "libya-un-food-corridors-appeal",
"Libya asks UN to protect food shipping corridors",
'''Libya's Government of National Unity has written to U.N. Secretary-General Antonio Guterres asking the world body to help protect maritime food corridors, after last week's strike on the port of Izmail interrupted grain exports from Ukraine.

In the letter, made public on Wednesday, Foreign Minister Taher el-Baour said countries that import most of their food "should not pay the price of conflicts in which they have no part" and called for international guarantees for ships carrying grain.

"We are asking for a clear mechanism, under U.N. supervision, so that food ships are never treated as targets," el-Baour told reporters in Tripoli.

Libya imports nearly all of its wheat, mainly from Ukraine, Russia and the European Union. Officials said current stocks were adequate but that prices for flour had risen in private markets in recent days.

The letter also asked the U.N. to include food security on the agenda of the next Security Council session on maritime safety.''',
react=[("has written to U.N. Secretary-General Antonio Guterres asking the world body to help protect maritime food corridors", "LBY")])

A("r5b", "Meridian Press", "TRIPOLI", "2025-01-30T10:25:00+02:00", "libya-un-food-corridors-appeal",
"Tripoli seeks UN guarantees for grain ships",
'''Libya's Tripoli-based government has appealed to the United Nations for guarantees that grain ships will be shielded from attack, a move officials said was prompted by the recent disruption of Ukrainian exports.

The appeal, sent in a letter from Foreign Minister Taher el-Baour to the U.N. Secretary-General, asks for a U.N.-supervised mechanism to monitor and protect maritime food routes, especially in the Black Sea and the Mediterranean.

A Libyan diplomat in New York said the letter had been circulated to Security Council members and that Tripoli hoped Arab and African states would back the proposal.

"Our bread depends on ships that cross seas far away from us. What happened in Ukraine last week could happen again tomorrow," said Ali Abushaala, an adviser to the prime minister.

Libya, an oil producer with a population of around 7 million, imports more than 90% of its cereal needs.''',
react=[("has appealed to the United Nations for guarantees that grain ships will be shielded from attack", "LBY")])

# R6 Algerian state importer shifts purchases
A("r6a", "Maghreb Wire", "ALGIERS", "2025-02-03T11:15:00+01:00", "algeria-oaic-shifts-purchases",
"Algeria's state grain agency turns to Western European and Argentine wheat",
'''Algeria's state grain agency OAIC has shifted its wheat purchases away from Black Sea origins for February and March shipment, buying French, German and Argentine milling wheat instead, officials and traders said on Monday.

The agency bought about 500,000 tonnes in a tender that closed on Sunday, and specified for the first time in more than a year that Black Sea wheat would not be accepted for the February shipment period, according to tender documents seen by traders.

"After what happened to the port in Ukraine, our priority is the certainty of delivery, not the last dollar on the price," an OAIC official said, speaking on condition of anonymity.

Algeria, one of Africa's largest wheat importers, had in recent seasons increased purchases of cheaper Black Sea grain, including from Russia.

The agency said strategic reserves were at comfortable levels and there was no risk to bread supplies.''',
react=[("has shifted its wheat purchases away from Black Sea origins for February and March shipment, buying French, German and Argentine milling wheat instead", "DZA")])

A("r6b", "Grain & Freight Journal", "LONDON", "2025-02-04T14:20:00+00:00", "algeria-oaic-shifts-purchases",
"Algeria's Black Sea exclusion lifts French wheat premiums",
'''Algeria's decision to exclude Black Sea wheat from its latest purchase helped lift premiums for French milling wheat on Tuesday, traders said, as importers in North Africa reconsidered their reliance on the region.

The state agency OAIC bought around 500,000 tonnes of wheat in its weekend tender, with a clause barring Black Sea origins for February loading. Traders estimated that more than half the volume would be supplied from France.

"Algeria is telling the market it would rather pay more for reliability after the Izmail strike," said a Paris-based trader. "Other buyers may follow if the corridor remains fragile."

The agency has not said whether the restriction will apply to future tenders. Ukraine is due to restart grain shipments on Wednesday.

French wheat for nearby loading traded at about 12 euros a tonne over the Euronext March contract, up from 7 euros a week earlier.''',
react=[("Algeria's decision to exclude Black Sea wheat from its latest purchase", "DZA")])
