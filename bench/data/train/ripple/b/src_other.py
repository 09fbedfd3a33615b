# Decoys, Oceania unrelated, Caucasus control and world background (original fiction).
ARTS = []


def a(story, source, published, title, text, cat):
    ARTS.append(dict(story=story, source=source, published=published, title=title, text=text.strip(), cat=cat))


# ================= DECOYS (co-mention, no reaction) =================
a("aus-barley-china-deal", "Meridian Business Wire", "2025-09-03T10:00:00+10:00",
  "Australian growers seal multi-year barley supply deal with Chinese buyer",
  """PERTH (Meridian Business Wire) — A group of Western Australian grain growers has signed a three-year agreement to supply malting barley to a large Chinese brewing and grain group, the clearest sign yet that trade in the crop has recovered since Beijing lifted punitive tariffs in 2023.

The deal, signed in Perth on Wednesday, covers up to 600,000 tonnes a year and was negotiated by the cooperative Westgrain Alliance with Huabei Grain Group, which supplies several of China's biggest breweries.

"Three years ago we had no market in China at all. Today we have a long-term contract," said Westgrain chief executive Rhonda McInnes. She declined to give a price but said it was "in line with global benchmarks."

China imposed tariffs of about 80 per cent on Australian barley in 2020 amid a broad diplomatic dispute. The duties were removed after a World Trade Organization process and improved ties, and Australia has since regained its position as a leading supplier.

Australian Bureau of Agricultural and Resource Economics forecasts released last month put this season's national barley crop at around 13 million tonnes, slightly below last year because of dry conditions in South Australia and Victoria.

Shares in listed grain handlers rose modestly after the announcement.""", "decoy")

a("fji-tourism-july", "Island Voice Media", "2025-09-10T12:00:00+12:00",
  "Fiji visitor arrivals climb as Chinese tourists return",
  """SUVA (Island Voice Media) — Fiji welcomed more than 96,000 international visitors in July, up 6 per cent from a year earlier, with arrivals from China growing fastest of any major market, the Fiji Bureau of Statistics said on Wednesday.

Australia and New Zealand remained by far the largest sources of tourists, accounting for almost three-quarters of arrivals, but visitors from China rose 41 per cent to about 3,900 after the resumption of a weekly direct flight from Guangzhou earlier in the year.

"The Chinese market is still small for us, but it is growing and the visitors stay longer and spend more on tours," said Tourism Fiji marketing director Anaseini Koroi. She said the agency planned promotions in Shanghai and Shenzhen before the Lunar New Year.

Visitors from the United States fell slightly, which the bureau attributed to higher airfares.

Tourism is Fiji's largest foreign exchange earner and contributes around 40 per cent of gross domestic product, according to government estimates.

Hotel operators in Nadi and on the Coral Coast said occupancy had stayed above 80 per cent through the July school holidays.""", "decoy")

a("png-nickel-mine-strike", "Coral Sea Gazette", "2025-09-15T14:00:00+10:00",
  "Workers strike at Chinese-owned nickel mine in PNG over pay",
  """MADANG, Papua New Guinea (Coral Sea Gazette) — Hundreds of workers at a Chinese-owned nickel and cobalt operation in Papua New Guinea's Madang province walked off the job on Monday, demanding higher wages and better housing, union officials said.

The strike at the Kurumbukari mine and its coastal processing plant halted production, according to the workers' union, which said about 1,200 local employees had joined.

"Our members have been asking for a wage review for two years. The company keeps telling us to wait," said union secretary Benedict Amos. He said workers were also unhappy about the number of foreign staff in supervisory roles.

The operation's majority owner, a Chinese state-linked metals company, said in a statement that it respected workers' rights and was "open to dialogue," but that the stoppage was not authorised under the existing labour agreement.

Provincial Governor Kila Wauri urged both sides to meet the labour department on Tuesday.

The mine is one of Papua New Guinea's largest Chinese investments and a significant exporter of nickel hydroxide, used in batteries for electric vehicles. Previous stoppages at the site in 2019 and 2022 lasted several days.""", "decoy")

a("nz-dairy-auction", "Kiwi Current", "2025-09-23T19:00:00+12:00",
  "Dairy prices slip at auction as Chinese buying cools",
  """AUCKLAND (Kiwi Current) — Global dairy prices fell for a third straight auction on Tuesday as Chinese buyers scaled back purchases of whole milk powder, New Zealand's biggest export product.

The Global Dairy Trade price index dropped 1.8 per cent, with whole milk powder down 2.4 per cent to an average of about US$3,750 a tonne. Butter and cheddar prices were little changed.

"North Asian buyers, and China in particular, were noticeably quieter," said Emma Cordell, an agricultural economist at a Wellington-based bank. "They stocked up earlier in the year and domestic Chinese milk production has been strong."

China buys around a third of New Zealand's dairy exports by value, making its demand a key driver of farm incomes.

Fonterra, the country's largest dairy cooperative, is due to update its forecast farmgate milk price next month. Farmers have been hoping for a payout above NZ$10 per kilogram of milk solids, a level economists said remained possible despite the recent falls.

The New Zealand dollar was steady after the auction results.""", "decoy")

a("phl-aus-rugby-match", "Harbourline Post", "2025-09-27T22:00:00+10:00",
  "Australia A too strong for Philippine Volcanoes in Brisbane",
  """BRISBANE (Harbourline Post) — A second-string Australian side beat the Philippine Volcanoes 52-10 in a rugby union friendly at Ballymore on Saturday, but the visitors won plenty of admirers with a spirited second half.

The Volcanoes, many of whom play club rugby in Australia and were born to Filipino mothers, trailed 31-3 at half-time before winger Marco Villanueva scored a long-range try that brought the crowd of about 4,500 to its feet.

"We came here to learn and we learned a lot," Philippine coach Ross Tanner said. "The boys kept fighting, and that try will be shown back home for years."

Australian A coach Neil Fairbairn said the match had been valuable for his fringe players ahead of an end-of-year tour. Flanker Jed Moriarty crossed twice for the home side.

The match was part of a development program funded by World Rugby and Rugby Australia to help emerging nations in Asia and the Pacific. The Volcanoes are preparing for the Asia Rugby Championship next year.

Organisers said more than a third of the crowd were members of Brisbane's Filipino community, many waving Philippine flags.""", "decoy")

a("vanuatu-china-road", "Pacific Tide News", "2025-10-02T13:00:00+11:00",
  "Chinese-funded ring road opens on Vanuatu's Malekula island",
  """LAKATORO, Vanuatu (Pacific Tide News) — Vanuatu on Thursday opened a 42-kilometre sealed road on Malekula island built with a concessional loan and grant from China, the largest infrastructure project in the province in decades.

Prime Minister Ronald Tabi cut a ribbon at Lakatoro with China's ambassador to Vanuatu, Li Minghao, and provincial chiefs, before a convoy of trucks and school buses drove the first section.

"Before this road, a sick person could wait a full day to reach the health centre in the rainy season. Now it is one hour," Tabi said.

The project was built by a Chinese state construction company using a mix of Chinese and local workers. The ambassador said about 300 ni-Vanuatu had been employed during construction.

Vanuatu's debt to China's Export-Import Bank has drawn scrutiny from the International Monetary Fund, which has urged the government to favour grants over loans. Finance officials said the Malekula loan carried a low interest rate and a long grace period.

Australia and New Zealand have funded road maintenance programs on the island of Efate and on Santo.""", "decoy")

a("aus-iron-ore-exports", "Meridian Business Wire", "2025-10-09T09:30:00+08:00",
  "Australian iron ore shipments to China hit record in September",
  """PERTH (Meridian Business Wire) — Australian iron ore exports to China reached a record of about 78 million tonnes in September, port data showed on Thursday, as Chinese steel mills restocked ahead of a seasonal pickup in construction.

Shipments from Port Hedland, the world's largest bulk export terminal, rose 9 per cent from August, according to the Pilbara Ports Authority, while Dampier and Cape Lambert also reported strong volumes.

"Chinese mills have been running harder than many expected, and they prefer Pilbara ore for consistency," said Karen Whitlock, a commodities analyst at a Sydney brokerage.

Most cargoes sail north from the Pilbara through Indonesian straits and across the South China Sea to ports in eastern China, a journey of around 10 to 12 days. Freight rates on the route were steady in September.

The benchmark iron ore price traded near US$104 a tonne on Thursday, up from a low of around US$95 in mid-year.

Iron ore is Australia's most valuable export, earning more than A$110 billion in the most recent financial year. China takes over 80 per cent of the country's shipments.""", "decoy")

# ================= OCEANIA UNRELATED =================
a("sydney-train-strike", "Southern Cross Wire", "2025-09-02T07:00:00+10:00",
  "Sydney commuters face delays as rail workers stage stoppage",
  """SYDNEY (Southern Cross Wire) — Hundreds of thousands of Sydney commuters faced cancelled and delayed trains on Tuesday morning as rail workers staged a four-hour stoppage in a long-running pay dispute with the New South Wales government.

Transport for NSW said only about half of scheduled suburban services would run until 10 a.m., and urged people to work from home or use buses where possible.

The Rail, Tram and Bus Union is seeking a 32 per cent pay rise over four years. The state government has offered 11 per cent over three years, which it says is in line with public sector wage policy.

"Nobody wants to inconvenience passengers, but our members have been patient for more than a year," union state secretary Toby Grieves said.

Transport Minister Alana Rourke said the action was "unnecessary and unfair on commuters" and that the government would seek orders from the Industrial Relations Commission if the stoppages continued.

Platforms at Central and Town Hall stations were crowded from 6.30 a.m. Extra buses were deployed on some routes.""", "oceania")

a("sydney-train-strike", "Harbourline Post", "2025-09-02T17:30:00+10:00",
  "Rail stoppage snarls Sydney; government heads to tribunal",
  """SYDNEY (Harbourline Post) — The New South Wales government said on Tuesday it would ask the state industrial tribunal to halt further rail stoppages after a morning walkout left commuters stranded across Sydney.

Roughly one in two suburban trains was cancelled during the four-hour action, and some passengers reported waiting more than 40 minutes on platforms in the city's west.

"People missed medical appointments, exams and shifts," Transport Minister Alana Rourke told reporters. "We have made a fair offer and we will be asking the commission to step in."

The rail union wants pay increases of about 8 per cent a year, well above the government's offer. Union leader Toby Grieves said workers were prepared to return to negotiations "tomorrow" if the government improved its position.

Business groups said the stoppage had cost city retailers and hospitality venues millions of dollars in lost trade.

Services returned to normal by early afternoon, Transport for NSW said.""", "oceania")

a("auckland-storm", "Kiwi Current", "2025-09-05T16:00:00+12:00",
  "Storm cuts power to thousands in Auckland, floods roads",
  """AUCKLAND (Kiwi Current) — A fast-moving storm brought gusts of more than 120 kilometres per hour and heavy rain to Auckland on Friday, cutting power to about 25,000 homes and flooding roads in the city's west and north.

MetService had issued an orange heavy-rain warning for the region overnight. Some suburbs received more than 80 millimetres of rain in six hours.

Fire and Emergency New Zealand said it had responded to more than 300 calls, mostly for fallen trees and flooded properties. No serious injuries were reported.

"We're asking people to stay off the roads if they can and keep away from downed lines," said Auckland Emergency Management controller Rachel Tane.

Auckland Airport said several domestic flights were delayed, and the Harbour Bridge was closed to high-sided vehicles for part of the afternoon.

Lines company Vector said it expected most customers to have power back by Saturday morning. The storm was forecast to ease overnight as it moved east.""", "oceania")

a("tonga-cable-repair", "Pacific Tide News", "2025-09-09T10:00:00+13:00",
  "Tonga's internet restored after cable ship completes repair",
  """NUKU'ALOFA (Pacific Tide News) — Full internet service was restored across Tonga on Tuesday after a repair ship fixed a break in the submarine cable linking the kingdom to Fiji, ending nine days of slow and patchy connections.

Tonga Cable Ltd said the fault, about 40 kilometres off the main island of Tongatapu, had been caused by an underwater landslide and was repaired after the cable ship arrived from Papua New Guinea.

"We thank the people of Tonga for their patience," the company's chief executive Sione Fonua said. "Banks, schools and families talking to relatives overseas were all affected."

During the outage, the government relied on satellite links to keep essential services running. Some businesses said they had been unable to process card payments for days.

Tonga's vulnerability to cable breaks became widely known after the 2022 Hunga Tonga–Hunga Ha'apai eruption severed its connection for five weeks. The government has since been seeking funding for a second, backup cable.

Officials said a feasibility study for the backup cable would be completed by the end of the year.""", "oceania")

a("queensland-bushfire", "Tasman Daily Record", "2025-09-12T18:00:00+10:00",
  "Early-season bushfire threatens homes west of Bundaberg",
  """BUNDABERG, Queensland (Tasman Daily Record) — Residents of several rural communities west of Bundaberg were told to leave their homes on Friday as an early-season bushfire burned through dry grassland and scrub, Queensland Fire and Emergency Services said.

The fire had burned about 4,000 hectares by late afternoon. Emergency warnings were issued for parts of Gin Gin and nearby localities, and an evacuation centre was opened at a community hall.

"Conditions are hot, dry and windy, and this fire is moving quickly," said Inspector Mark Radley. "If you have a plan to leave, now is the time to act on it."

More than 90 firefighters and six water-bombing aircraft were deployed. One shed was destroyed, but no homes had been lost, authorities said.

Forecasters have warned of an elevated fire risk across southern and central Queensland this spring after a wet summer produced heavy grass growth that has since dried out.

A cooler change with light showers was forecast for Sunday.""", "oceania")

a("png-independence-50", "Coral Sea Gazette", "2025-09-16T12:00:00+10:00",
  "Papua New Guinea marks 50 years of independence with flag ceremony",
  """PORT MORESBY (Coral Sea Gazette) — Tens of thousands of people gathered in Port Moresby on Tuesday to mark 50 years since Papua New Guinea became independent from Australia, with singsing groups from across the country's provinces performing before a flag-raising ceremony.

Governor-General Sir Joseph Mano and Prime Minister James Kaupa led the official ceremony at Sir John Guise Stadium, attended by foreign leaders and dignitaries including Australia's prime minister and a British royal delegation.

"Fifty years ago we chose to govern ourselves. Today we choose to build a nation worthy of the next fifty," Kaupa told the crowd.

Celebrations were held in provincial capitals from Lae to Mount Hagen, and schools and government offices were closed for the week.

The anniversary has prompted reflection on the country's challenges, including tribal violence in the Highlands, a stretched health system and a population that has grown to more than 11 million, according to some estimates.

Australia announced a new scholarship program to mark the occasion and confirmed funding for a national stadium upgrade.""", "oceania")

a("melbourne-housing-approvals", "Harbourline Post", "2025-10-06T11:30:00+11:00",
  "Victoria leads rise in home building approvals",
  """MELBOURNE (Harbourline Post) — Australian home building approvals rose 3.6 per cent in August, led by a jump in apartment approvals in Victoria, official figures showed on Monday, offering modest encouragement for the government's housing construction targets.

The Australian Bureau of Statistics said about 16,900 dwellings were approved nationally during the month. Approvals for private houses were steady, while those for apartments and townhouses rose more than 8 per cent.

In Victoria, approvals increased by almost 12 per cent, reflecting several large apartment projects in inner Melbourne.

"One month does not make a trend, but the direction is right," said Sarah Lindqvist, chief economist at an industry association. "We are still well short of the pace needed to build 1.2 million homes in five years."

Builders continue to cite high construction costs, labour shortages and planning delays as obstacles.

The Reserve Bank of Australia has kept interest rates on hold at its recent meetings, and markets expect one more cut by early next year.""", "oceania")

a("rbnz-ocr-cut", "Kiwi Current", "2025-10-08T14:05:00+13:00",
  "Reserve Bank cuts official cash rate by half a point",
  """WELLINGTON (Kiwi Current) — The Reserve Bank of New Zealand cut its official cash rate by 50 basis points to 2.5 per cent on Wednesday, a larger reduction than many economists had expected, citing a weak economy and rising unemployment.

The central bank's monetary policy committee said inflation was within its 1 to 3 per cent target range and that spare capacity in the economy justified further easing.

"The committee remains open to further reductions in the official cash rate as required," the bank said in its statement.

Economists had been divided, with some forecasting a quarter-point move. "They've decided that the economy needs help now rather than later," said Mark Tobin, a senior economist at a Wellington bank.

The New Zealand dollar fell about half a US cent after the announcement.

Figures released last month showed the economy contracted 0.9 per cent in the June quarter. Unemployment has risen to 5.2 per cent, the highest in nearly nine years.""", "oceania")

a("rbnz-ocr-cut", "Meridian Business Wire", "2025-10-08T16:40:00+13:00",
  "NZ central bank delivers jumbo cut; mortgage rates expected to fall",
  """WELLINGTON (Meridian Business Wire) — New Zealand's major banks are expected to lower mortgage rates in coming days after the Reserve Bank on Wednesday cut its official cash rate by half a percentage point, to 2.5 per cent.

The decision, which surprised some market participants, was the central bank's largest cut since the pandemic. It said the economy had weakened more than expected over the winter and that unemployment was likely to keep rising for several months.

"Households with mortgages rolling over in the next six months are the big winners," said Claire Hetherington, a mortgage adviser in Christchurch.

Finance Minister Nicola Reid welcomed the move and said lower rates would support business investment.

Swap rates fell sharply after the announcement and the New Zealand dollar dropped to its lowest level against the US dollar in about six months.

The next monetary policy statement is due in late November.""", "oceania")

a("fiji-cyclone-outlook", "Island Voice Media", "2025-10-10T10:00:00+12:00",
  "Fiji warned to expect up to three cyclones this season",
  """SUVA (Island Voice Media) — Fiji should prepare for two to three tropical cyclones in the coming season, at least one of them likely to be severe, the Fiji Meteorological Service said on Friday in its annual outlook.

The service said neutral to weak La Niña conditions in the Pacific meant cyclone activity in the Fiji region was expected to be near normal, with the highest risk from January to March.

"It only takes one cyclone to cause enormous damage. We ask every household to have a plan," said acting director Josaia Rainima.

The National Disaster Management Office said it had stocked evacuation centres and was updating community warning systems in the Lau group and on Vanua Levu.

Cyclone Winston, the strongest storm recorded in the Southern Hemisphere, killed 44 people in Fiji in 2016. Cyclone Yasa caused widespread damage on Vanua Levu in 2020.

The season officially runs from November 1 to April 30.""", "oceania")

a("vanuatu-quake", "Pacific Tide News", "2025-10-13T09:00:00+11:00",
  "Strong quake shakes Vanuatu, no tsunami threat",
  """PORT VILA (Pacific Tide News) — A magnitude 6.1 earthquake struck off Vanuatu early on Monday, rattling buildings in the capital Port Vila and on the island of Tanna, but authorities said there was no tsunami threat and no reports of serious damage.

The quake hit at 4:12 a.m. local time at a depth of about 60 kilometres, 80 kilometres southeast of Port Vila, according to the Vanuatu Meteorology and Geo-hazards Department.

"It was a long, rolling shake. Things fell off the shelves but everyone here is fine," said Port Vila shopkeeper Leimara Tari.

The National Disaster Management Office said teams were checking roads and bridges on Efate. Some landslides were reported on roads in the south of the island.

Vanuatu sits on the Pacific "Ring of Fire" and experiences frequent earthquakes. In December 2024 a magnitude 7.3 quake killed 14 people in Port Vila and badly damaged several buildings.

Schools in Port Vila opened as normal.""", "oceania")

# ================= CAUCASUS CONTROL =================
a("tbilisi-protest", "Caucasus Ledger", "2025-09-03T21:00:00+04:00",
  "Thousands rally in Tbilisi against media law",
  """TBILISI (Caucasus Ledger) — Several thousand people marched along Rustaveli Avenue in Tbilisi on Wednesday evening to protest new restrictions on broadcasters, continuing a wave of demonstrations that has lasted for much of the year.

Protesters carried Georgian and European Union flags and chanted slogans against the governing Georgian Dream party. Police kept a heavy presence outside parliament but there were no reports of clashes by late evening.

"They want to decide what we can watch and what we can say," said Nino Kapanadze, a 24-year-old student. "We will keep coming."

The amendments, passed last month, allow the communications regulator to fine broadcasters for content it deems biased and limit foreign funding for media outlets.

Government officials say the rules bring Georgia into line with European standards and protect the country from outside interference. Critics, including several EU envoys, say they are designed to silence opposition-leaning channels.

Organisers said they planned another rally on Saturday.""", "caucasus")

a("arm-aze-border-commission", "Continental Newswire", "2025-09-09T15:00:00+04:00",
  "Armenia, Azerbaijan border commissions agree next steps on delimitation",
  """YEREVAN (Continental Newswire) — Armenian and Azerbaijani border commissions met on Tuesday and agreed to begin mapping a further section of their shared frontier, officials from both countries said, keeping alive a slow process that has been central to peace efforts.

The commissions, led by deputy prime ministers Armen Sahakyan of Armenia and Elchin Guliyev of Azerbaijan, met at the border between the two countries and approved a working plan for the northern section near Armenia's Tavush region.

"Each kilometre we agree on is a kilometre of stability," Sahakyan said in a statement released after the meeting.

Azerbaijan's government said the sides had also discussed the legal framework for future stages and would meet again before the end of the year.

The two countries fought wars in the early 1990s and in 2020 over the Nagorno-Karabakh region, which Azerbaijan retook in full in 2023. In August, their leaders initialled a peace framework at a meeting in Washington.

Villagers on both sides of the border have called for clarity on land and roads cut by the frontier.""", "caucasus")

a("armenia-wine-harvest", "Caucasus Ledger", "2025-09-12T11:00:00+04:00",
  "Armenian winemakers expect bumper grape harvest",
  """ARENI, Armenia (Caucasus Ledger) — Armenian winemakers say this year's grape harvest in the Vayots Dzor region is set to be one of the largest in a decade after a warm spring and little hail, as producers look to new export markets.

Harvesting of the indigenous Areni grape began this week. Growers expect yields up to 20 per cent higher than last year, according to the Armenian Wine Association.

"The quality is excellent. The berries are small and concentrated," said Vahe Martirosyan, who runs a family winery in Areni village.

Armenia's wine exports have grown steadily, with Russia still the largest buyer but shipments to the United States, China and European countries rising.

The government subsidises part of the purchase price of grapes bought by wineries to support small farmers. Producers said they hoped the subsidy would be maintained next year.

The annual Areni wine festival is scheduled for early October.""", "caucasus")

a("azerbaijan-gas-exports", "Global Dispatch Agency", "2025-09-15T10:30:00+04:00",
  "Azerbaijan gas exports to Europe rise in first eight months",
  """BAKU (Global Dispatch Agency) — Azerbaijan exported about 8.5 billion cubic metres of natural gas to Europe in the first eight months of the year, up around 4 per cent from a year earlier, the energy ministry said on Monday.

Most of the gas flowed through the Southern Gas Corridor, which runs through Georgia and Turkey to Greece, Albania and Italy. Smaller volumes went to Bulgaria, Romania and Hungary.

"Azerbaijan has become a reliable supplier of energy to our European partners," Energy Minister Rashad Mammadli said in a statement.

European countries have sought to increase purchases from Azerbaijan since cutting back on Russian pipeline gas in 2022. The European Union signed a memorandum with Baku that year aiming to double imports to at least 20 billion cubic metres a year by 2027.

Analysts say reaching that target will require new investment in production at the Shah Deniz field and in pipeline capacity.

Total Azerbaijani gas exports, including to Turkey and Georgia, were about 16.5 billion cubic metres for the period.""", "caucasus")

a("baku-grand-prix", "Caucasus Ledger", "2025-09-21T20:00:00+04:00",
  "Baku Grand Prix draws record crowd, organisers say",
  """BAKU (Caucasus Ledger) — Organisers of the Azerbaijan Formula One Grand Prix said a record number of spectators attended this weekend's race on Baku's street circuit, with hotels in the capital reporting near-full occupancy.

The Baku City Circuit said about 110,000 tickets were sold across the three days, up from around 100,000 last year.

"Formula One has become part of Baku's calendar and its identity," said circuit executive director Tural Hasanli. He said the race brought significant income for restaurants, hotels and transport companies.

The 6-kilometre circuit runs past the walls of the medieval Old City and along the Caspian Sea boulevard, and is known for its long straight and narrow sections.

Azerbaijan's contract to host the race runs until 2026. Officials said talks on an extension were progressing.

Several central streets will remain closed until Tuesday while barriers and grandstands are dismantled.""", "caucasus")

a("armenia-central-bank", "Continental Newswire", "2025-09-30T16:00:00+04:00",
  "Armenia's central bank holds key rate at 6.75%",
  """YEREVAN (Continental Newswire) — The Central Bank of Armenia kept its refinancing rate unchanged at 6.75 per cent on Tuesday, saying inflation had risen towards its target but risks from food and import prices remained.

Annual consumer price inflation rose to 3.4 per cent in August, close to the bank's 4 per cent target, after falling below 1 per cent last year.

"The board considers the current stance appropriate to ensure price stability over the medium term," the bank said in a statement.

Governor Hayk Arakelyan told reporters that economic growth was slowing from the very high rates seen after 2022, when an influx of Russian citizens and businesses boosted activity in Yerevan.

The dram has remained broadly stable against the US dollar this year.

The bank's next rate decision is scheduled for December.""", "caucasus")

a("georgia-local-elections", "Global Dispatch Agency", "2025-10-05T09:00:00+04:00",
  "Georgian Dream claims sweep in local elections amid boycott",
  """TBILISI (Global Dispatch Agency) — Georgia's governing Georgian Dream party claimed victory in municipal elections held on Saturday, including the mayoral race in Tbilisi, after several main opposition parties boycotted the vote.

Preliminary results from the Central Election Commission showed the party's candidates leading in all of the country's major cities. Turnout was estimated at just over 40 per cent.

"The people have again expressed their trust," party chairman Levan Beridze told supporters in Tbilisi on Saturday night.

Opposition groups said the elections were neither free nor fair and called for protests. Thousands gathered in central Tbilisi on Saturday evening, and police used water cannon and pepper spray to disperse protesters near the presidential palace, according to witnesses.

International observers are due to publish a preliminary assessment on Sunday.

Georgia's relations with the European Union have deteriorated since the government suspended accession talks last year.""", "caucasus")

a("georgia-landslide", "Caucasus Ledger", "2025-10-14T13:00:00+04:00",
  "Landslide closes key Georgian highway to Russia border",
  """STEPANTSMINDA, Georgia (Caucasus Ledger) — A landslide blocked the main highway between Georgia and Russia on Tuesday, stranding hundreds of lorries on both sides of the Upper Lars crossing, Georgian authorities said.

Heavy rain over the previous two days loosened earth and rock above the road near the village of Kobi, the roads department said. No one was injured.

"Bulldozers are working, but more rock is coming down, and we will not reopen until the slope is safe," said regional official Giorgi Tsiklauri.

The Georgian Military Road is the only road crossing between the two countries and carries much of the freight between Russia and Armenia as well as Georgia.

Drivers queued for kilometres near Stepantsminda. Local residents brought food and water to truckers waiting in their cabs.

The road is frequently closed in autumn and winter because of landslides, avalanches and snow.""", "caucasus")

# ================= WORLD BACKGROUND =================
a("brazil-coffee-harvest", "Global Dispatch Agency", "2025-09-04T14:00:00-03:00",
  "Brazil coffee harvest nears end with smaller arabica crop",
  """SAO PAULO (Global Dispatch Agency) — Brazil's coffee harvest is nearly complete, with the arabica crop smaller than last year because of drought during flowering, the national crop agency Conab said on Thursday.

Conab estimated total production at about 55 million 60-kilogram bags, of which arabica accounted for about 35 million, down around 10 per cent. Robusta output rose to a record, helped by irrigation in Espirito Santo and Rondonia.

"Farmers in Minas Gerais suffered from a very dry spring. That hit the arabica trees at the worst possible time," said Conab analyst Felipe Moura.

Brazil is the world's biggest coffee producer and exporter. Its harvest strongly influences global prices, which reached record highs earlier this year.

Exporters said shipments in August were lower than a year ago, partly because of tight supplies and higher US tariffs on Brazilian goods.

Conab will release its final estimate for the season in December.""", "world")

a("kenya-tea-auction", "Continental Newswire", "2025-09-11T13:00:00+03:00",
  "Kenyan tea prices rise at Mombasa auction on strong demand",
  """MOMBASA, Kenya (Continental Newswire) — Average prices at the weekly Mombasa tea auction rose for a third consecutive week on Tuesday, helped by strong demand from buyers in Pakistan and Egypt, brokers said.

The average price for best-quality black tea reached about US$2.45 a kilogram, up from US$2.30 a month ago. About 190,000 packages were offered.

"Buyers are coming back because quality has been good after the rains," said Grace Wambui, a broker in Mombasa. She said supplies from some estates in the Rift Valley had been lower than expected.

Tea is one of Kenya's biggest export earners, along with tourism and horticulture. The government has introduced reforms to the industry in recent years aimed at ensuring smallholder farmers receive a larger share of earnings.

Farmers' representatives said higher prices would help offset increased fertiliser and transport costs.""", "world")

a("germany-car-output", "Meridian Business Wire", "2025-10-01T11:00:00+02:00",
  "German car production falls in September as exports weaken",
  """BERLIN (Meridian Business Wire) — German car production fell 6 per cent in September from a year earlier, the VDA auto industry association said on Wednesday, as weaker exports to the United States and China weighed on output.

Manufacturers built about 330,000 passenger cars during the month. Production of electric vehicles rose, however, and now accounts for around a third of output.

"The industry is under pressure from tariffs, weak demand in key markets and intense competition," VDA president Katrin Vollmer said.

Exports fell 8 per cent, while new registrations in Germany rose slightly, helped by rising sales of battery-electric models.

Several carmakers and suppliers have announced job cuts this year as they adjust to lower volumes and the costly shift to electric drivetrains.

The association now expects domestic production for the full year to be slightly below 2024 levels.""", "world")

a("chile-copper-mine", "Global Dispatch Agency", "2025-10-10T12:00:00-03:00",
  "Chile copper mine resumes partial operations after accident",
  """SANTIAGO (Global Dispatch Agency) — Chile's state copper company said on Friday it had resumed partial operations at a large underground mine that was closed after a rock collapse in late summer, as it works to restore output at one of the world's biggest copper deposits.

The company said a section of the mine unaffected by the collapse had restarted, with full production not expected until next year.

"Safety is our first priority. We will only reopen areas when experts confirm they are secure," chief executive Tomas Echeverria said.

The closure has cut Chile's copper output and contributed to tighter global supplies. Copper prices on the London Metal Exchange traded near US$10,400 a tonne on Friday.

Chile is the world's largest copper producer, accounting for about a quarter of global mine supply.

Unions have called for an independent investigation into the causes of the accident.""", "world")

a("canada-wheat-report", "Continental Newswire", "2025-10-16T10:00:00-04:00",
  "Canada's wheat crop seen larger than expected, agency says",
  """OTTAWA (Continental Newswire) — Canada's wheat harvest is expected to reach about 36 million tonnes this year, larger than earlier forecasts, after timely rain in parts of Saskatchewan and Alberta, Statistics Canada said on Thursday.

The estimate, based on satellite data and crop models, is about 4 per cent above the agency's August projection. Canola production was also revised higher.

"Yields in central Saskatchewan were surprisingly good, given how dry it was in June," said Greg Thorsen, an analyst at a Winnipeg grain brokerage.

Canada is one of the world's largest wheat exporters, shipping mostly to Asia, Latin America and the Middle East.

Prices for Canadian spring wheat have been under pressure from large global supplies, and farmers said higher yields would only partly offset lower prices.

The agency's final production figures will be released in December.""", "world")
