# Northeast Asian reactions (17 June - 3 July). Original fiction.
add("jpn-lng-reroute-request", "Harbor Light News", "TOKYO", "2025-06-17T18:00:00+09:00",
 "Japan asks LNG importers to send cargoes around the Cape",
 ["Japan's transport ministry summoned the country's main liquefied natural gas importers to an emergency meeting on Tuesday and asked them to route US cargoes around Africa's Cape of Good Hope rather than wait in line at the Panama Canal.",
  "About a dozen utilities, gas companies and trading houses attended the meeting in Kasumigaseki, according to officials. The ministry said it wanted to avoid any risk to power supplies during the summer peak.",
  "\"We cannot leave tankers sitting in a queue in Central America while demand for air conditioning climbs at home,\" Vice Minister Takuya Honjo told reporters after the meeting. \"The Cape route is longer, but it is certain.\"",
  "The voyage from the US Gulf Coast to Japan via the Cape takes roughly 45 days, compared with about 25 through Panama. Officials said the ministry would consider helping companies with the extra fuel costs.",
  "Japan buys about a tenth of its LNG from the United States, and most of those cargoes normally travel through the canal. Panama on Monday cut daily transits in half and banned deep-draft vessels because of drought."],
 reaction=("Japan's transport ministry summoned the country's main liquefied natural gas importers to an emergency meeting on Tuesday and asked them to route US cargoes around Africa's Cape of Good Hope", "JPN"))

add("jpn-lng-reroute-request", "Pacific Ledger", "TOKYO", "2025-06-17T21:30:00+09:00",
 "Tokyo convenes gas buyers over Central American shipping squeeze",
 ["Japanese officials met gas importers in Tokyo on Tuesday to plan around the restrictions in Central America, steering US shipments onto the long southern route past Africa to keep fuel arriving on time.",
  "The transport ministry, which oversees shipping, called the session after Panama's canal operator slashed daily crossings and barred heavily loaded ships. A landslide has also narrowed the waterway's central channel.",
  "\"The instruction is simple: do not gamble on the queue,\" said a ministry official who briefed reporters on condition of anonymity. \"Book the Cape and tell us if you need help.\"",
  "Executives from two large power utilities said after the meeting that they had already begun redirecting cargoes. A spokesman for one, Kazuo Tanigawa, said the company had enough stocks for about three weeks and did not expect shortages.",
  "Japan relies on imported LNG for about a third of its electricity. The industry ministry separately asked utilities to report their inventory levels every week until the situation eases."],
 reaction=("Japanese officials met gas importers in Tokyo on Tuesday to plan around the restrictions in Central America", "JPN"))

add("jpn-lng-reroute-request", "Straits Courier", "SINGAPORE", "2025-06-18T09:00:00+08:00",
 "Japanese utilities begin diverting US LNG after ministry meeting",
 ["At least five tankers carrying US liquefied natural gas to Japan changed course on Wednesday and headed toward the Cape of Good Hope, ship-tracking data showed, a day after Tokyo told importers to avoid the Panama Canal.",
  "The diversions followed a meeting at which Japan's transport ministry asked utilities and trading houses to steer their cargoes onto the southern route while the canal operates under severe drought limits.",
  "\"The Japanese buyers moved within hours,\" said Lim Wei Jie, an LNG analyst in Singapore. \"That tells you how seriously Tokyo is taking summer supply.\"",
  "Spot LNG prices in Asia rose about 6 percent over two days as traders priced in longer voyages and tighter shipping availability. Chartering rates for gas carriers also climbed.",
  "Analysts said South Korean and Chinese buyers were likely to follow with similar diversions, though neither government had issued guidance by Wednesday."],
 reaction=("a day after Tokyo told importers to avoid the Panama Canal", "JPN"))

add("kor-line-suspends-loop", "Eastbound Times", "BUSAN", "2025-06-18T14:00:00+09:00",
 "Korean carrier Hanbada suspends Panama-routed US East Coast service",
 ["South Korean container carrier Hanbada Shipping said on Wednesday it would suspend its weekly service from Busan to the US East Coast via the Panama Canal for at least six weeks, citing the drastic cut in canal crossings.",
  "The service, known as AEX, calls at Busan, Shanghai, Savannah and New York and uses eight ships of about 9,000 containers each. Those vessels are too deep to meet the canal's new draft limit when fully loaded.",
  "\"We would rather stop the loop and tell customers honestly than leave their cargo floating off Panama for weeks,\" said Choi Dong-hyun, Hanbada's head of network planning.",
  "Customers will be offered space on the company's West Coast services, with onward rail transport to the east, or on a partner line's service through the Suez Canal.",
  "Hanbada is South Korea's second-largest container line. Its shares fell 3.1 percent in Seoul on Wednesday."],
 reaction=("South Korean container carrier Hanbada Shipping said on Wednesday it would suspend its weekly service from Busan to the US East Coast via the Panama Canal", "KOR"))

add("kor-line-suspends-loop", "Pacific Ledger", "SEOUL", "2025-06-18T17:00:00+09:00",
 "Hanbada pulls East Coast loop as canal bottleneck hits Korean exporters",
 ["Korean exporters of home appliances, tyres and auto parts are scrambling for space after Hanbada Shipping took its Busan–New York loop out of service on Wednesday, blaming the canal bottleneck in Panama.",
  "The carrier said the eight ships on the route would be moved temporarily to its Asia–Mediterranean service. Cargo already booked will be carried on other routes at no extra charge, it said.",
  "\"For small firms this is a real shock,\" said Yoon Seo-jin of the Korea International Trade Association. \"Many of them ship only to the East Coast and have no warehouse in California.\"",
  "Freight forwarders in Seoul said rates for East Coast-bound containers had jumped by about a quarter since Monday.",
  "The suspension is the first by a major Asian carrier since Panama's canal operator halved daily transits and barred deep-draft ships this week."],
 reaction=("Hanbada Shipping took its Busan–New York loop out of service on Wednesday, blaming the canal bottleneck in Panama", "KOR"))

add("kor-line-suspends-loop", "Atlas Press Agency", "LONDON", "2025-06-19T10:00:00+01:00",
 "First Asian carrier suspends Panama service; others expected to follow",
 ["The decision by South Korea's Hanbada Shipping to halt its US East Coast service through Panama is likely to be followed by other Asian lines if drought limits at the canal persist, analysts said on Thursday.",
  "Hanbada said on Wednesday it was suspending the weekly loop for at least six weeks. The company pointed to the canal's new 11-metre draft limit, which its fully loaded ships cannot meet.",
  "\"Hanbada moved first because its ships are the wrong size for these rules, but the arithmetic is the same for everyone,\" said Martin Ekström, a container market analyst in London.",
  "Several larger carriers have said they are monitoring conditions and may add surcharges instead of cancelling services.",
  "The canal's operator cut daily transits from 36 to 18 on Monday. About 240 ships were in the queue by midweek."],
 reaction=("The decision by South Korea's Hanbada Shipping to halt its US East Coast service through Panama", "KOR"))

add("chn-mofcom-canal", "Meridian Wire", "BEIJING", "2025-06-19T16:30:00+08:00",
 "China 'closely following' Panama canal curbs, calls for open access",
 ["China's commerce ministry said on Thursday it is closely following the situation at the Panama Canal and called on Panama to keep the waterway open to ships of all countries on fair terms while it manages the drought.",
  "\"The Chinese side is closely following the recent changes to canal operations and their impact on trade,\" ministry spokeswoman He Yadong told a regular briefing in Beijing. \"We hope Panama will ensure that the canal remains open to all and that access is non-discriminatory.\"",
  "She said Chinese companies had been advised to adjust shipping plans and that the ministry was in contact with industry groups.",
  "China is the second-largest user of the canal after the United States. Chinese exporters of steel, machinery and consumer goods rely on it to reach ports on the US East Coast and in Latin America.",
  "Asked whether Beijing was concerned that US ships might receive priority, the spokeswoman said China \"expects all users to be treated equally.\""],
 reaction=("China's commerce ministry said on Thursday it is closely following the situation at the Panama Canal and called on Panama to keep the waterway open to ships of all countries", "CHN"))

add("chn-mofcom-canal", "Straits Courier", "BEIJING", "2025-06-19T19:00:00+08:00",
 "Beijing presses for equal access as Panama rations canal crossings",
 ["Beijing signalled unease on Thursday over how Panama is sharing out scarce canal crossings, with the commerce ministry saying it wanted the waterway kept open to everyone on equal terms.",
  "The ministry said it was tracking the drought measures closely. Its spokeswoman, He Yadong, said Chinese firms had been told to adjust their shipping plans.",
  "\"Access should be non-discriminatory,\" she said, without naming any country. Some Chinese shipping executives have privately complained that auction prices for extra slots favour wealthy energy traders.",
  "Panama's canal authority has said its booking rules apply equally to all flags. Its deputy administrator said this week that every auction was open to any vessel regardless of where it was registered or where it was going.",
  "Analysts said Beijing's comments reflected long-standing sensitivity over the canal, where US officials have raised concerns about Chinese-linked port operators in recent years."],
 reaction=("the commerce ministry saying it wanted the waterway kept open to everyone on equal terms", "CHN"))

add("kor-logistics-desk", "Northline Review", "SEJONG", "2025-06-20T11:00:00+09:00",
 "Seoul sets up emergency logistics desk for exporters hit by canal limits",
 ["South Korea's trade ministry on Friday opened an emergency logistics desk to help exporters find ships and warehouse space after drought restrictions at the Panama Canal disrupted routes to the US East Coast.",
  "The desk, staffed by officials from the ministry, the state trade agency KOTRA and the national shipping corporation, will take calls from companies and match them with available cargo space.",
  "\"Our priority is the small and medium-sized firms that do not have the bargaining power of the big groups,\" said Lee Kyung-ho, the deputy minister for trade policy. \"No exporter should lose a contract because a ship was cancelled.\"",
  "The ministry also said it would offer logistics vouchers worth up to 30 million won to small exporters facing higher freight costs, and would ask carriers to charter extra vessels to the West Coast.",
  "The move follows Hanbada Shipping's suspension this week of its Panama-routed US East Coast service."],
 reaction=("South Korea's trade ministry on Friday opened an emergency logistics desk to help exporters find ships and warehouse space", "KOR"))

add("kor-logistics-desk", "Eastbound Times", "SEOUL", "2025-06-20T15:00:00+09:00",
 "Korea's trade ministry offers freight vouchers, hotline as Panama delays bite",
 ["Small South Korean exporters will be able to claim freight vouchers and call a new government hotline for help finding cargo space, the trade ministry said on Friday, as the shipping squeeze around Panama tightened.",
  "The ministry described the hotline as an emergency logistics desk and said it would run until routes to the US East Coast return to normal.",
  "\"We had a customer in New Jersey threatening to cancel a whole season's order,\" said Han Mi-rae, who runs a cosmetics exporter in Incheon. \"Any help with space on a ship is welcome.\"",
  "Officials said the desk received more than 200 calls in its first four hours.",
  "Exports to the United States rose to a record last year, and the East Coast accounts for about a third of South Korea's container traffic to the country."],
 reaction=("Small South Korean exporters will be able to claim freight vouchers and call a new government hotline for help finding cargo space, the trade ministry said on Friday", "KOR"))

add("twn-soybean-brazil", "Straits Courier", "TAIPEI", "2025-06-23T10:00:00+08:00",
 "Taiwan grain importers shift soybean buying to Brazil",
 ["Taiwan's grain importers have switched several soybean purchases from the US Gulf Coast to Brazil, the island's main feed and oilseed trade group said on Monday, because shipments from the Gulf now face long delays getting through Central America.",
  "The Taiwan Vegetable Oil Manufacturers Association said members had bought about 250,000 tonnes of Brazilian soybeans for July and August delivery, replacing cargoes they would normally source from Louisiana ports.",
  "\"A Gulf cargo used to take 35 days to reach Kaohsiung. Now nobody can tell us when it will arrive,\" said association secretary general Chen Kuo-liang. \"Brazilian beans come around the Cape of Good Hope on a predictable schedule.\"",
  "Taiwan imports about 2.5 million tonnes of soybeans a year, mostly for animal feed and cooking oil. The United States has usually supplied the largest share under a goodwill purchase agreement.",
  "Chen said importers would still honour that agreement over the full year but needed flexibility during the canal disruption."],
 reaction=("Taiwan's grain importers have switched several soybean purchases from the US Gulf Coast to Brazil", "TWN"))

add("twn-soybean-brazil", "Harbor Light News", "TAIPEI", "2025-06-24T09:00:00+08:00",
 "Canal squeeze pushes Taiwan feed makers toward Brazilian soy",
 ["Feed mills in Taiwan are turning to Brazilian soybeans to avoid weeks of waiting at the Panama Canal, importers said on Tuesday, a shift that could dent US farm sales to one of their most reliable Asian buyers.",
  "The island's oilseed crushers said a quarter of a million tonnes had been switched to Brazil for summer delivery. Brazilian beans were also slightly cheaper after a large harvest.",
  "\"It is a logistics decision, not a political one,\" said Lu Ya-ting, purchasing manager at a feed company in Changhua. \"We still like American beans. We just need them to arrive.\"",
  "Taiwan's agriculture ministry said it supported the importers' choice and saw no risk to feed supplies.",
  "US soybean exports to Asia usually move from Gulf ports through the canal. Traders said shipments from the Pacific Northwest could pick up some of the slack later in the year."],
 reaction=("Feed mills in Taiwan are turning to Brazilian soybeans to avoid weeks of waiting at the Panama Canal", "TWN"))

add("jpn-carmaker-delay", "Global Dispatch", "NAGOYA", "2025-06-25T13:00:00+09:00",
 "Kaneda Motor delays car shipments to US East Coast",
 ["Japanese car maker Kaneda Motor said on Wednesday it would hold back shipments of about 18,000 vehicles bound for US East Coast ports in July, as its car carriers face long waits or costly detours because of limits on Panama Canal traffic.",
  "The company said cars already built would be stored at its export yards in Nagoya and Toyohashi, and that some would be sent to the West Coast instead and moved east by rail.",
  "\"We are matching our shipping plan to the reality of the canal,\" said Satoshi Minegishi, Kaneda's executive in charge of logistics. \"Dealers in the east may see thinner stocks for a few weeks.\"",
  "Car carriers are not subject to the canal's draft ban but have been caught in the queue because of the reduced number of daily crossings.",
  "Kaneda sells about 1.1 million vehicles a year in the United States. Its shares slipped 1.4 percent in Tokyo."],
 reaction=("Japanese car maker Kaneda Motor said on Wednesday it would hold back shipments of about 18,000 vehicles bound for US East Coast ports in July", "JPN"))

add("jpn-carmaker-delay", "Pacific Ledger", "TOKYO", "2025-06-25T19:00:00+09:00",
 "Kaneda holds back East Coast exports, cites canal queue",
 ["Kaneda Motor will keep thousands of finished cars parked in Japan rather than send them into the queue of ships waiting in Central America, the car maker said on Wednesday.",
  "The company said July shipments to Baltimore, Jacksonville and other East Coast ports would be postponed, while some vehicles would be diverted to Long Beach.",
  "\"The cost of a car carrier sitting idle for three weeks is simply too high,\" a company spokeswoman, Eri Nakabayashi, said. \"Holding vehicles at our yards is cheaper and safer.\"",
  "Analysts said the delay would likely have only a small effect on quarterly earnings, but could cost market share if rivals manage to keep dealers supplied.",
  "Other Japanese car makers said they were reviewing their shipping schedules but had not yet changed them."],
 reaction=("Kaneda Motor will keep thousands of finished cars parked in Japan rather than send them into the queue of ships waiting in Central America", "JPN"))

add("jpn-fm-panama-envoy", "Harbor Light News", "TOKYO", "2025-07-02T17:00:00+09:00",
 "Japan's foreign minister raises canal limits with Panama's ambassador",
 ["Japan's foreign minister, Hiroshi Kanzaki, met Panama's ambassador in Tokyo on Wednesday and pressed for clear information on when the canal's drought restrictions would be lifted, the foreign ministry said.",
  "Kanzaki told Ambassador Isabel Quintero that Japanese energy and car companies had been seriously affected and asked Panama to give users as much notice as possible of any changes to transit numbers.",
  "\"Japan values the canal as a public good for the world,\" Kanzaki said, according to a ministry readout. \"We are ready to share our experience in water management if that is useful.\"",
  "Quintero replied that Panama was doing everything it could and briefed the minister on plans for a new reservoir, the ministry said.",
  "Japan is one of the canal's five largest users. Its transport ministry told LNG importers last month to route cargoes around the Cape of Good Hope."],
 reaction=("Japan's foreign minister, Hiroshi Kanzaki, met Panama's ambassador in Tokyo on Wednesday and pressed for clear information on when the canal's drought restrictions would be lifted", "JPN"))

add("jpn-fm-panama-envoy", "Northline Review", "TOKYO", "2025-07-03T10:00:00+09:00",
 "Kanzaki offers Panama water expertise, seeks notice on canal changes",
 ["Japan has offered to lend its engineers' know-how on dams and water storage to Panama, after Foreign Minister Hiroshi Kanzaki took up the waterway's capacity cuts with the Central American country's envoy, officials said on Thursday.",
  "The meeting on Wednesday was the first ministerial-level contact between the two countries on the issue since Panama halved canal transits in mid-June.",
  "\"We are not complaining, we are asking to be partners,\" a senior foreign ministry official told reporters. \"Predictability is what our companies need most.\"",
  "Japan's development agency has financed infrastructure in Panama in the past, including part of the Panama City metro.",
  "Panama's embassy said Ambassador Isabel Quintero had welcomed the offer and would pass it to the canal authority. Officials from both sides are expected to hold a video call on technical cooperation later this month."],
 reaction=("after Foreign Minister Hiroshi Kanzaki took up the waterway's capacity cuts with the Central American country's envoy", "JPN"))
