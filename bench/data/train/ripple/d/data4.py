# Post-trigger decoys, unrelated Northeast Asia, Sahel and world news. Original fiction.
add("mli-mining-code", "Savanna Observer", "BAMAKO", "2025-06-20T10:00:00+00:00",
 "Mali's gold output falls as new mining code reshapes sector",
 ["Mali's industrial gold production fell by about a fifth in the first five months of the year, the mines ministry said on Friday, as companies adjusted to a new mining code that raised the state's share of projects and tightened tax rules.",
  "Output from large mines totalled about 19 tonnes between January and May, compared with 24 tonnes a year earlier. Officials blamed a dispute that halted exports from one of the country's biggest mines for several months.",
  "\"The code is not an obstacle, it is a fairer partnership,\" said mines minister Amadou Keïta at a press conference in Bamako. \"Companies that respect it will prosper here.\"",
  "Gold is Mali's main export and a major source of government revenue. The military-led government has said the 2023 code will bring hundreds of billions of CFA francs in additional income.",
  "Artisanal mining, which is not captured in the official figures, is believed to produce several more tonnes a year. The ministry said it would open new buying centres to bring more of that gold into the formal economy."])

add("kor-pan-fta-round", "Pacific Ledger", "SEOUL", "2025-06-24T10:00:00+09:00",
 "South Korea, Panama open third round of free trade talks",
 ["Negotiators from South Korea and Panama opened a third round of talks on Tuesday on a bilateral free trade agreement, with tariffs on cars, machinery and tropical fruit at the top of the agenda, Seoul's trade ministry said.",
  "The four-day round in Seoul was scheduled in February, when the two sides agreed on a timetable aimed at concluding an agreement by the middle of next year.",
  "\"We have made steady progress on market access for goods and are now moving into services and government procurement,\" said Kim Tae-woo, South Korea's chief negotiator. Panama's delegation is led by deputy trade minister Carla Espino.",
  "Panama already has free trade deals with several Asian economies, including Taiwan and Singapore. Its trade with South Korea was worth about $900 million last year, mostly Korean vehicles, electronics and steel.",
  "South Korea is also negotiating trade deals with several other Central American states as it seeks to diversify export markets. A fourth round with Panama is planned for October in Panama City."])

add("jpn-pan-baseball", "Eastbound Times", "OSAKA", "2025-06-27T22:00:00+09:00",
 "Samurai Japan beat Panama 5-2 in Osaka exhibition",
 ["Japan's national baseball team beat Panama 5-2 in an exhibition game in Osaka on Friday, with a three-run homer from outfielder Ryota Sekine in the sixth inning breaking open a close contest.",
  "Panama, who reached the quarterfinals of the last World Baseball Classic, took an early lead on a two-run double by shortstop Edgar Tejeira in the second inning. Japan's starter, right-hander Koji Hanamura, settled down to strike out seven over five innings.",
  "\"Panama's pitchers gave us a lot of trouble early on,\" Japan manager Tetsuya Ishiguro said. \"These are exactly the games we need before the autumn tournament.\"",
  "About 32,000 fans attended the game at Kyocera Dome. The two sides meet again in Tokyo on Sunday.",
  "Panama's manager, Roberto Saavedra, said his young squad had learned a great deal. \"Japan are the best in the world at the small details,\" he said."])

add("jpn-pan-baseball", "Lantern Bay Herald", "OSAKA", "2025-06-28T08:00:00+09:00",
 "Sekine homer lifts Japan over Panama in warm-up game",
 ["A sixth-inning home run by Ryota Sekine carried Japan past Panama 5-2 on Friday night in the first of two exhibition games between the teams.",
  "Sekine's blast to right field came on a full-count fastball and drew the loudest roar of the night from the Osaka crowd. Japan's bullpen then retired the last nine Panama batters in order.",
  "Panama had threatened in the second inning when Edgar Tejeira doubled home two runs. \"We showed we can compete with anybody,\" Tejeira said afterward.",
  "The series is part of Japan's preparation for an international tournament in November. Panama's roster includes several players from US minor league systems.",
  "The teams meet again on Sunday in Tokyo, where organisers expect a sellout of more than 40,000. Japan has not lost to Panama in four meetings at senior level."])

add("world-kenya-tea", "Global Dispatch", "MOMBASA", "2025-06-30T15:00:00+03:00",
 "Kenyan tea prices slip at Mombasa auction on weak demand",
 ["Average prices at the weekly tea auction in Mombasa fell for a third straight week on Monday, as buyers from Pakistan and Egypt held back and a large volume of leaf came onto the market, brokers said.",
  "The average price for a kilogram of tea fell to $2.31, down from $2.40 a week earlier. About 9.7 million kilograms were offered, of which roughly a quarter went unsold.",
  "\"Supply is strong after good rains, and the main buyers are cautious because of currency problems at home,\" said Grace Wanjiru, a broker in Mombasa.",
  "Tea is one of Kenya's leading exports, along with horticulture and remittances. Smallholder farmers, who produce most of the country's tea, have complained for years that auction prices do not cover their costs.",
  "The government has introduced a minimum price at some factories, but industry groups say the measure has reduced sales."])

add("kor-chip-exports", "Northline Review", "SEOUL", "2025-07-01T09:30:00+09:00",
 "South Korea's chip exports hit record in June",
 ["South Korea's semiconductor exports rose to a record $15.1 billion in June, up 11 percent from a year earlier, driven by demand for high-bandwidth memory used in artificial intelligence servers, the trade ministry said on Tuesday.",
  "Total exports rose 4.3 percent to $59.8 billion, while imports fell 1.2 percent, giving the country a trade surplus of about $9 billion for the month.",
  "\"Chips carried our exports again, and the memory upcycle looks set to continue into the second half,\" said Moon Ji-hye, director general for trade policy at the ministry.",
  "Shipments of cars and ships also grew, but exports of petrochemicals and steel declined because of weak prices and oversupply from China.",
  "Economists said exports to the United States held up despite uncertainty over tariffs, while sales to China rose for a second month."])

add("bfa-cereal-prices", "Savanna Observer", "OUAGADOUGOU", "2025-07-01T09:00:00+00:00",
 "Burkina Faso caps cereal prices in lean season",
 ["Burkina Faso's government on Tuesday set maximum retail prices for maize, millet and sorghum in state-run shops, as prices of staple grains climbed during the lean season before the autumn harvest.",
  "A 100-kilogram sack of white maize will be sold for no more than 22,000 CFA francs in the network of about 300 shops run by the national food security agency, the trade ministry said.",
  "\"No speculator will be allowed to profit from the hunger of Burkinabè families,\" trade minister Serge Poda said in a statement read on state television.",
  "Prices in open markets in Ouagadougou have risen by about 15 percent since April, traders said, partly because insecurity in farming regions has disrupted transport.",
  "The agency said it had released 20,000 tonnes of grain from its reserves to supply the shops."])

add("kor-drama-panama", "Harbor Light News", "SEOUL", "2025-07-02T15:00:00+09:00",
 "Korean drama shot in Panama premieres to strong ratings",
 ["A South Korean television drama filmed largely in Panama drew a 9.8 percent nationwide audience share for its first episode, broadcaster figures showed on Wednesday, one of the strongest debuts of the year for a weekend series.",
  "\"Blue Line Across\" follows a Korean ship's engineer who falls in love with a Panamanian marine biologist. It was shot over three months last year in Panama City's old quarter, on the San Blas islands and at locations near the canal.",
  "\"Panama gave us colours and light we could not find anywhere else,\" said director Jung Hae-won at a press event in Seoul. \"The whole crew wants to go back.\"",
  "Panama's tourism authority helped arrange filming permits and hopes the series will draw Korean visitors. Lead actor Kang Min-seok said he had learned some Spanish for the role.",
  "The 16-episode drama will also stream on a global platform in more than 100 countries."])

add("jpn-kyushu-rain", "Pacific Ledger", "FUKUOKA", "2025-07-04T08:00:00+09:00",
 "Heavy rain prompts evacuation orders for 300,000 in Kyushu",
 ["Authorities in southwestern Japan issued evacuation orders to about 300,000 residents on Friday as torrential rain caused rivers to overflow and triggered landslides across Kyushu, the Fire and Disaster Management Agency said.",
  "The Japan Meteorological Agency issued its highest level of heavy rain warning for parts of Kumamoto and Kagoshima prefectures, where more than 350 millimetres of rain fell in 24 hours.",
  "\"This is rain of a kind we see only once in decades. Please move to safety immediately,\" an agency forecaster, Shun Akiyama, said at an early morning news conference.",
  "Two people were reported missing after a landslide hit a house in Kumamoto. Bullet train services between Hakata and Kagoshima were suspended.",
  "The rainy season front is expected to remain over Kyushu through Saturday. Local governments opened more than 900 evacuation centres."])

add("jpn-kyushu-rain", "Straits Courier", "KUMAMOTO", "2025-07-05T12:00:00+09:00",
 "Kyushu rain death toll rises to four as rivers recede",
 ["The number of people killed in heavy rain in Japan's Kyushu region rose to four on Saturday, after rescuers found the bodies of two residents whose house was buried by a landslide in Kumamoto prefecture, officials said.",
  "Rivers began to recede as the rain eased, but more than 5,000 people remained in evacuation centres. About 12,000 homes were without power.",
  "\"We are searching every damaged house one by one,\" said Kumamoto governor Takeshi Ogura. \"Our thoughts are with the families.\"",
  "Officials at the prime minister's office said Self-Defense Force troops had been sent to help clear roads and deliver water to cut-off communities.",
  "Bullet train services resumed on Saturday afternoon. The weather agency warned that soil remained loose and further landslides were possible."])

add("prk-missiles", "Meridian Wire", "SEOUL", "2025-07-08T07:30:00+09:00",
 "North Korea fires short-range ballistic missiles into sea",
 ["North Korea fired several short-range ballistic missiles off its east coast on Tuesday morning, South Korea's military said, the first such launch in two months.",
  "The Joint Chiefs of Staff said the missiles were launched from near Wonsan at about 6:10 a.m. and flew about 350 kilometres before landing in waters between the Korean peninsula and Japan.",
  "\"Our military is maintaining full readiness and sharing information closely with the United States and Japan,\" the JCS said in a text message to reporters.",
  "Japan's defence ministry said the missiles fell outside its exclusive economic zone and that there were no reports of damage to ships or aircraft.",
  "North Korea has tested a series of new weapons this year, including what it calls hypersonic missiles. Its state media had not commented by midday."])

add("sen-lng-cargo", "Atlas Press Agency", "DAKAR", "2025-07-08T12:00:00+00:00",
 "Offshore Senegal-Mauritania gas project ships cargo to Europe",
 ["An offshore gas project straddling the border of Senegal and Mauritania loaded a cargo of liquefied natural gas bound for northern Europe on Tuesday, the operator said, the project's sixth shipment since production began.",
  "The floating liquefaction vessel, moored about 10 kilometres offshore, has been ramping up output after delays caused by technical problems and cost overruns.",
  "\"Each cargo brings us closer to full capacity and to the revenues both countries have been waiting for,\" said Senegal's energy minister, Birame Souleye Diop.",
  "Senegal and Mauritania share the revenues equally. The first phase of the project is designed to produce about 2.3 million tonnes of LNG a year.",
  "Senegal also began producing oil from its first offshore field last year. The government hopes hydrocarbons will help reduce its debt."])

add("world-canada-wildfire", "Lantern Bay Herald", "WINNIPEG", "2025-07-09T14:00:00-05:00",
 "Wildfires force evacuation of northern Manitoba town",
 ["About 4,000 residents of a northern Manitoba town were ordered to leave on Wednesday as a wildfire burning for a week moved within 10 kilometres of homes, provincial officials said.",
  "Buses and military aircraft were moving people to Winnipeg and Thompson. Smoke closed the town's airstrip for several hours in the morning.",
  "\"The fire jumped the containment line overnight and we are not taking any chances,\" said Manitoba's emergency management director, Claire Fournier.",
  "More than 90 fires were burning across the province, about a quarter of them out of control. Hot, dry weather is forecast to continue through the weekend.",
  "Canada has recorded one of its worst starts to a wildfire season, with fires burning from British Columbia to Quebec. Firefighters from the United States and Australia have arrived to help provincial crews."])

add("twn-container-results", "Straits Courier", "TAIPEI", "2025-07-10T16:00:00+08:00",
 "Taiwan's Formosa Crest Marine posts strong quarter on Asia-Europe demand",
 ["Taiwanese container line Formosa Crest Marine reported a 38 percent rise in preliminary second-quarter revenue on Thursday, helped by strong demand and higher freight rates on routes between Asia and Europe.",
  "Revenue for the April to June period reached NT$58.4 billion, the company said in a filing to the Taiwan Stock Exchange. It will report full quarterly earnings in August.",
  "\"Our Asia–Europe ships sailed nearly full throughout the quarter, and contract rates held up better than we expected,\" said Lai Chun-hung, the company's chief financial officer.",
  "The company has added two vessels to its Europe service this year and expects to take delivery of four new 13,000-container ships by 2026.",
  "Its shares rose 2.8 percent in Taipei, outperforming the broader market. Analysts said the results were the line's best for a second quarter since 2022."])

add("rus-kamchatka-volcano", "Northline Review", "PETROPAVLOVSK-KAMCHATSKY", "2025-07-12T11:00:00+12:00",
 "Kamchatka volcano spews ash, disrupting regional flights",
 ["The Shiveluch volcano on Russia's Kamchatka peninsula erupted on Saturday, sending an ash column about 9 kilometres into the sky and forcing the cancellation of several regional flights, scientists and officials said.",
  "The Kamchatka volcanic eruption response team raised the aviation colour code to red, its highest level, warning that ash could threaten aircraft on routes across the northern Pacific.",
  "\"Activity has been building for weeks and this is a powerful explosive phase,\" said Olga Girina, a volcanologist at the Russian Academy of Sciences in Petropavlovsk-Kamchatsky.",
  "Ash fell on the village of Klyuchi, about 45 kilometres away, where residents were advised to stay indoors and wear masks.",
  "Shiveluch is one of the most active volcanoes in Kamchatka. A major eruption in April 2023 covered nearby villages in thick ash."])

add("mli-malaria-campaign", "Tidewater Daily", "BAMAKO", "2025-07-15T10:00:00+00:00",
 "Mali launches seasonal malaria campaign for millions of children",
 ["Mali's health ministry on Tuesday launched its annual campaign to give preventive malaria medicine to more than 5 million children under the age of five ahead of the peak transmission season.",
  "Health workers will go door to door in four monthly rounds through October, handing out doses of the drugs to parents. The campaign is funded by the government and international partners.",
  "\"Malaria is still the first cause of consultations in our health centres,\" said health minister Assa Badiallo Touré at the launch in Bamako. \"Prevention saves children's lives and families' money.\"",
  "Seasonal malaria chemoprevention has cut cases among young children by more than half in parts of the Sahel, according to studies.",
  "Officials said insecurity in central and northern Mali would make it difficult to reach some areas, and that local volunteers would be used where health workers could not travel."])

add("chn-q2-gdp", "Meridian Wire", "BEIJING", "2025-07-16T10:00:00+08:00",
 "China's economy grows 5.1% in second quarter",
 ["China's economy grew 5.1 percent in the second quarter from a year earlier, slowing from 5.4 percent in the first three months but beating economists' forecasts, the National Bureau of Statistics said on Wednesday.",
  "Industrial output and exports held up well, while retail sales grew more slowly and property investment fell by more than 10 percent.",
  "\"The economy has shown resilience in the face of a complex external environment,\" said Fu Linghui, a spokesman for the statistics bureau. He acknowledged that domestic demand remained insufficient.",
  "Economists said the figures reduced the pressure for large new stimulus, though many expect further targeted support for consumers in the second half.",
  "The government has set a growth target of around 5 percent for the year. Leaders are expected to review economic policy at a Politburo meeting later this month."])
