"""Part 3: trigger follow-ups, later decoys, watched-region unrelated news, control and world."""
from common import A

TL = "taiwan-strait-pressure-2025"

ARTICLES = [
# ---------------- trigger follow-ups ----------------
A("fu-notice-a", "OWS", "2025-11-06 11:00",
  "China coast guard claims right to inspect Taiwan-bound cargo",
  "china-coast-guard-notice-inspect-taiwan-bound-cargo",
  """BEIJING (Orient Wire Service) — The China Coast Guard on Thursday published a notice asserting the right to stop and inspect merchant ships heading to Taiwan that it suspects of carrying weapons or "military-related" goods, formalising a practice it began with the boarding of two container ships on Monday.

The notice, posted on the coast guard's website, says that from 15 November officers may carry out "law-enforcement inspections" of vessels bound for ports in "the Taiwan region" in waters it describes as under Chinese jurisdiction. Ships that refuse could be "expelled or detained in accordance with the law", it says, without defining the area covered.

Coast guard spokesperson Liu Dechang told reporters the rules were aimed at "separatist forces and foreign interference" and would not affect "normal commercial shipping". He said masters should keep cargo documents ready for inspection.

Legal experts said the notice went further than earlier Chinese regulations that allowed the coast guard to detain foreigners in disputed waters of the South China Sea, because it applied to ships on the high seas and in waters near Taiwan that no other state recognises as Chinese.

"This is an attempt to create a legal framework for a quarantine," said Wang Xinyue, a researcher in maritime law at a Hong Kong university. "It gives Beijing a tool it can switch on and off."

The announcement came as China's five-day live-fire exercise east of Taiwan entered its fourth day. Taiwan's Mainland Affairs Council said the notice had "no legal effect whatsoever" and that Taiwan's coast guard would continue to protect ships in its waters.""",
  story="ccg-taiwan-inspection-notice", storyline=TL, cat="trigger-followup"),

A("fu-notice-b", "TES", "2025-11-07 09:00",
  "Cabinet vows to escort ships after Beijing's inspection notice",
  "cabinet-escort-ships-beijing-inspection-notice",
  """TAIPEI (Taipei Evening Standard) — The Cabinet on Friday rejected China's new coast guard inspection rules as "null and void" and said Taiwanese coast guard ships would accompany merchant vessels that request protection within the country's waters.

Ocean Affairs Council deputy minister Huang Ting-wei, speaking after a special Cabinet meeting, said the Coast Guard Administration had set up a hotline for shipmasters and would put six additional patrol ships on standby at Keelung, Hualien and Kaohsiung.

The China Coast Guard said on Thursday that it would begin "law-enforcement inspections" of ships carrying "military-related" goods to Taiwan from 15 November. Officials in Taipei said the rules appeared designed to scare shipping companies into avoiding Taiwanese ports or accepting Chinese checks as normal.

The Mainland Affairs Council said it had asked foreign governments to make clear to Beijing that merchant ships on the high seas are subject only to the jurisdiction of their flag state. Several shipping companies said they were seeking legal advice on how masters should respond if approached.

Tidewell Marine chairman Hung Wen-pin, whose Orchid Venture was boarded on Monday, said his company would follow the advice of Taiwan's government and would not change its routes. "If we stop sailing, we have done Beijing's work for them," he said.

Opposition legislators said the government should avoid steps that could lead to a confrontation at sea, and called for the premier to brief the Legislative Yuan next week.""",
  story="ccg-taiwan-inspection-notice", storyline=TL, cat="trigger-followup"),

A("fu-backlog-a", "TES", "2025-11-08 14:00",
  "Kaohsiung yards fill up as diverted ships crowd the harbour",
  "kaohsiung-yards-fill-diverted-ships",
  """KAOHSIUNG (Taipei Evening Standard) — Container yards at the Port of Kaohsiung were close to full on Saturday, with about 30 ships waiting at anchor outside the harbour, as carriers that had avoided China's exercise zone east of Taiwan unloaded cargo in the south instead of sailing to Hualien and Keelung.

Taiwan International Ports Corporation said yard utilisation at the port's main terminals had reached 92 percent, against about 70 percent on a normal week. Roughly 68,000 containers were waiting to be moved, many of them bound for factories and warehouses in northern Taiwan.

"Everyone came to Kaohsiung at the same time," said terminal manager Yeh Chun-liang. "The cranes are working around the clock, but trucks and trains cannot take the boxes north fast enough."

The Taiwan Railway Corporation added four freight trains a day between Kaohsiung and Taoyuan, and the transport ministry temporarily lifted some weekend restrictions on heavy trucks on the national freeways.

China lifted its navigation warning on Friday evening when the five-day exercise ended, but shipping lines said their schedules would take at least two weeks to return to normal. Some importers in Taipei said shipments of food and electronic parts were running four to six days late.

The port company said it expected the number of ships at anchor to start falling by the middle of next week.""",
  story="kaohsiung-port-backlog", storyline=TL, cat="trigger-followup"),

A("fu-warrisk", "GDA", "2025-11-10 12:00",
  "Insurers raise war-risk cover costs for ships calling at Taiwan",
  "insurers-raise-war-risk-costs-taiwan-calls",
  """LONDON (Global Dispatch Agency) — Marine insurers have sharply raised the cost of war-risk cover for ships calling at Taiwan after China's coast guard boarded two merchant vessels and published rules claiming the right to inspect cargo bound for the island, brokers said on Monday.

War-risk premiums for a seven-day call at Taiwanese ports rose to about 0.1 percent of a ship's hull value, from around 0.02 percent before the Chinese exercise, according to two London brokers. For a mid-sized container ship valued at $60 million, that adds roughly $48,000 to the cost of a single voyage.

A committee of underwriters in the London market, which advises insurers on high-risk areas, met on Friday to discuss whether to add waters around Taiwan to its list of areas where extra premiums apply. It has not published a decision, but brokers said many underwriters were already charging additional premiums.

"Nobody is refusing cover. But underwriters now price in the chance of a ship being held for days by a coast guard, and what happens to the cargo if it is seized," said Harriet Colborne, head of marine at a Lloyd's broker.

Shipowners said the higher costs would be passed on to cargo owners through surcharges. Several Asian feeder operators have already added fees of $100 to $150 per container on Taiwan routes.

The costs remain far below those seen in the Red Sea, where war-risk premiums reached 1 percent of hull value during attacks on shipping. But analysts said the change marked the first time in decades that Taiwan had been treated as a war-risk destination by the market.""",
  story="taiwan-war-risk-premiums", storyline=TL, cat="trigger-followup"),

A("fu-package-a", "TES", "2025-11-12 18:00",
  "Executive Yuan approves NT$12bn package for shippers and exporters",
  "executive-yuan-nt12bn-package-shippers-exporters",
  """TAIPEI (Taipei Evening Standard) — The Executive Yuan on Wednesday approved a NT$12 billion support package for shipping companies, ports and exporters hit by last week's Chinese military exercise and the higher costs that followed, including a subsidy for war-risk insurance on ships calling at Taiwan.

Under the plan, the government will cover half of the additional war-risk premium for ships calling at Taiwanese ports until the end of March, up to NT$3 billion in total. Port fees at Hualien and Keelung will be waived for three months to bring back carriers that suspended calls, and small exporters will be able to apply for low-interest loans to cover extra freight costs.

Cabinet spokesperson Kao Wen-chieh said the aim was "to make sure that no shipowner decides to avoid Taiwan because of Beijing's threats". Officials said about NT$4.5 billion would go to rail and road capacity to move containers from Kaohsiung to the north.

The Taiwan Shipowners' Association welcomed the subsidy but said the government should also negotiate with foreign insurers on how the risk is assessed. Exporters' groups said the loans would help but that many small companies had already lost orders because of late deliveries.

The package must be approved by the Legislative Yuan, where the opposition holds a majority. Opposition legislators said they would support measures for the shipping industry but wanted more detail on how the money would be spent.""",
  story="taiwan-shipping-support-package", storyline=TL, cat="trigger-followup"),

A("fu-package-b", "GDA", "2025-11-13 08:00",
  "Taiwan to subsidise war-risk insurance to keep ships coming",
  "taiwan-subsidise-war-risk-insurance-ships",
  """TAIPEI (Global Dispatch Agency) — Taiwan's government will pay half of the extra war-risk insurance costs for ships calling at the island's ports, part of a T$12 billion ($390 million) package to limit the economic fallout from China's military exercise and coast guard boardings earlier this month.

The package, approved by the Cabinet on Wednesday, also waives port fees at Hualien and Keelung for three months and offers cheap loans to small exporters. Officials said it was intended to stop carriers from dropping Taiwanese ports from their schedules as insurers raise premiums.

Insurance costs for calls at Taiwan have risen roughly fivefold since China's coast guard boarded two container ships east of the island on 3 November and then issued rules claiming the right to inspect vessels carrying "military-related" cargo to Taiwan.

At least one foreign carrier, Singapore's Meranti Feeder Lines, has suspended calls at Hualien and Keelung. Taiwanese officials said they had spoken to several shipping lines about the fee waivers and were hopeful some would return.

Economists said the direct cost of last week's disruption to Taiwan's economy was small, but that a lasting rise in shipping and insurance costs would hurt the island's exporters of machinery, plastics and electronic parts. The central bank said it was monitoring the Taiwan dollar, which weakened about 1 percent against the U.S. dollar during the exercise.

The package needs approval from parliament, which is controlled by the opposition.""",
  story="taiwan-shipping-support-package", storyline=TL, cat="trigger-followup"),

A("fu-backlog-b", "TMJ", "2025-11-14 17:00",
  "Kaohsiung backlog eases slowly as carriers rebuild schedules",
  "kaohsiung-backlog-eases-slowly-schedules",
  """TOKYO (Tokyo Maritime Journal) — A week after China lifted its exclusion zone east of Taiwan, the Port of Kaohsiung is still working through a backlog of containers left by ships that diverted from the island's eastern and northern ports, and the effects are spreading along intra-Asia service networks.

Data from Taiwan International Ports Corporation show that the number of ships waiting at anchor off Kaohsiung fell from about 30 last Saturday to 17 on Friday, and yard utilisation dropped to 85 percent. About 41,000 containers were still waiting to be moved north by rail or truck or transhipped onto coastal feeders.

Schedule reliability on routes between Japan, Taiwan and Southeast Asia has suffered. According to a Tokyo-based schedule tracking service, only 38 percent of ships on those routes arrived within a day of their planned time this week, compared with 71 percent in October. Japanese importers of electronic components and machinery parts reported delays of three to five days.

Carriers have responded by skipping some calls entirely. Two Japanese operators said they had dropped Kaohsiung from one sailing each this week to put their ships back on schedule, sending Taiwanese cargo on the following voyage.

Port officials in Kaohsiung said they expected the anchorage to be clear by around 20 November, provided no new disruption occurs. The China Coast Guard's announced inspections of Taiwan-bound ships, due to begin on Saturday, remain the main uncertainty for schedulers, one planner at a Japanese line said.""",
  story="kaohsiung-port-backlog", storyline=TL, cat="trigger-followup"),

A("fu-g7", "RHC", "2025-11-15 12:00",
  "G7 ministers warn China against boarding merchant ships near Taiwan",
  "g7-ministers-warn-china-boarding-ships-taiwan",
  """BERLIN (Rhine Courier) — Foreign ministers of the Group of Seven industrialised nations on Saturday warned China against stopping and inspecting merchant ships bound for Taiwan, saying such actions threatened freedom of navigation and the global economy.

In a joint statement issued after a video conference, the ministers of Germany, France, Italy, the United Kingdom, the United States, Canada and Japan, together with the European Union's foreign policy chief, said they were "deeply concerned" by China's military exercise east of Taiwan earlier this month and by the China Coast Guard's boarding of two container ships.

The statement said the coast guard's new notice claiming authority to inspect Taiwan-bound vessels had "no basis in international law" and called on Beijing to refrain from actions that "unilaterally change the status quo by force or coercion". It reaffirmed the importance of peace and stability across the Taiwan Strait.

Germany's foreign ministry said the issue mattered directly to German companies, which depend on Taiwanese semiconductors and on shipping lanes in East Asia. A ministry official said Berlin had also raised the boardings with the Chinese ambassador.

China's foreign ministry rejected the statement as "gross interference" in China's internal affairs. A spokesperson in Beijing said the coast guard's inspections were a matter of domestic law enforcement and that other countries had "no right to make irresponsible remarks".

The China Coast Guard's inspection rules took effect on Saturday. It was not clear whether any inspections had been carried out by the time the G7 statement was released.""",
  story="g7-statement-taiwan-shipping", storyline=TL, cat="trigger-followup"),

A("fu-backlog-c", "OWS", "2025-11-20 16:00",
  "Kaohsiung clears anchorage, ending post-drill backlog",
  "kaohsiung-clears-anchorage-post-drill-backlog",
  """KAOHSIUNG (Orient Wire Service) — The Port of Kaohsiung cleared the last ships waiting at anchor on Thursday, ending a backlog that built up after China's five-day military exercise east of Taiwan forced carriers to divert cargo from the island's eastern and northern ports.

Taiwan International Ports Corporation said yard utilisation had fallen to 74 percent, close to normal levels, and that no ships were waiting for a berth for the first time since 4 November. At the peak last week, about 30 vessels were at anchor and 68,000 containers were waiting to be moved.

Port officials credited extra freight trains, longer hours for trucks and the return of some ships to Keelung and Taipei Port. Traffic at Hualien remains about 40 percent below normal, they said, as some regional carriers have yet to resume calls on Taiwan's east coast.

"The port has done its job. Whether shipping lines come back to the east depends on what happens at sea, not on us," said Yeh Chun-liang, a terminal manager.

Shipping analysts said the backlog had added about a week to delivery times for cargo into northern Taiwan and for some transhipment cargo bound for Southeast Asia. Freight rates on intra-Asia routes, which rose during the disruption, have started to fall.

The China Coast Guard's rules allowing inspections of Taiwan-bound ships took effect on Saturday. Taiwan's coast guard said no inspections had been reported since then.""",
  story="kaohsiung-port-backlog", storyline=TL, cat="trigger-followup"),

A("fu-silver-heron", "TES", "2025-11-25 10:00",
  "Chinese coast guard boards Silver Heron in first use of new rules",
  "chinese-coast-guard-boards-silver-heron-new-rules",
  """TAIPEI (Taipei Evening Standard) — The China Coast Guard boarded a bulk carrier bound for Taichung on Monday night in the northern Taiwan Strait, the first inspection of a merchant ship since Beijing's new rules on Taiwan-bound cargo took effect ten days ago, the Coast Guard Administration said on Tuesday.

The Marshall Islands-flagged Silver Heron, carrying about 48,000 tonnes of steel coils from the Chinese port of Qingdao, was stopped about 40 nautical miles north-west of Taoyuan. Chinese officers spent about five hours aboard checking the cargo and crew documents before letting the ship continue, according to its Greek manager, Aegeas Bulk.

Coast Guard Administration deputy director Chen Kuo-hua said two Taiwanese patrol ships reached the scene within an hour and warned the Chinese cutters by radio, but did not intervene because the inspection took place outside Taiwan's territorial waters. "We will not let them turn the strait into a checkpoint," he said.

The China Coast Guard said on its social media account that it had carried out a "routine inspection" under its 6 November notice and had found no prohibited goods.

Unlike the two container ships stopped early this month, the Silver Heron was sailing from a mainland Chinese port, which analysts said might have made the boarding easier for Beijing to justify. "They picked a ship that proves the rule without provoking a crisis," said Lo Shih-chieh, a researcher at a Taipei security think-tank.

The Mainland Affairs Council condemned the boarding. Shipping companies said they would watch whether the coast guard begins stopping ships coming from third countries.""",
  story="silver-heron-boarding", storyline=TL, cat="trigger-followup"),

# ---------------- decoys after the trigger ----------------
A("d-sg-decarb", "SMP", "2025-11-12 12:00",
  "Box lines at Singapore forum press for methanol bunkering rules",
  "box-lines-singapore-forum-methanol-bunkering",
  """SINGAPORE (Straits Morning Post) — Container shipping executives at a maritime forum in Singapore on Wednesday urged port authorities across Asia to agree common safety and quality rules for methanol and ammonia fuels, saying the lack of standards was slowing orders for cleaner ships.

Speakers from carriers in Taiwan, Japan, South Korea and Denmark told the two-day Asia Green Shipping Forum at Marina Bay that they were ready to run more vessels on alternative fuels but needed certainty about where and how they could refuel.

"We have ordered ships that can burn methanol. What we do not have yet is a network of ports that can supply it at the same price and the same standard," said Tsai Hui-ling, head of sustainability at a Taiwanese container line that operates around 70 ships.

Singapore, the world's largest bunkering port, began licensing methanol suppliers last year and plans to allow ammonia bunkering trials from 2026. The Maritime and Port Authority of Singapore said it was working with ports in China, Japan and Australia on "green corridors" where ships could refuel with low-carbon fuels at both ends of a route.

Delegates also discussed the International Maritime Organization's delayed global carbon pricing scheme for ships. Several executives said uncertainty over the rules made it hard to justify the higher cost of alternative fuels to customers.

Researchers at the forum presented a study estimating that Southeast Asian ports would need around $25 billion of investment in fuel storage and handling by 2040 to serve a cleaner fleet.""",
  story="singapore-green-shipping-forum", storyline="singapore-green-shipping-forum", cat="decoy"),

A("d-idn-nickel", "JHR", "2025-11-20 10:00",
  "Chinese-backed smelter in Morowali starts battery-grade nickel line",
  "chinese-backed-smelter-morowali-battery-nickel-line",
  """MOROWALI — A Chinese-backed smelter in Central Sulawesi began producing battery-grade nickel on Wednesday, adding to Indonesia's growing share of the supply chain for electric vehicle batteries and to questions over the environmental cost of the boom.

The plant, built by a joint venture between Indonesian miner PT Sulawesi Cahaya Nikel and a company from China's Zhejiang province, uses high-pressure acid leaching to turn low-grade ore into mixed hydroxide precipitate, a material used to make battery cathodes. It will produce 60,000 tonnes of nickel content a year when running at full capacity.

Officials from the energy and mineral resources ministry said the project, worth about $1.8 billion, showed that the government's ban on exports of raw nickel ore was paying off by attracting investment in processing. Indonesia now produces about half of the world's mined nickel.

Environmental groups said the new plant would rely on a captive coal power station and raised concerns about the disposal of tailings. "Every new line adds to the pressure on the sea and the forests around Morowali," said Dewi Anggraini of a Palu-based environmental organisation.

Local residents have complained about dust and about the number of foreign workers at industrial parks in the area. The joint venture said 85 percent of the plant's 3,200 workers were Indonesian and that it would publish monitoring data on water quality.

Analysts said a global surplus of nickel had pushed prices to multi-year lows, squeezing margins even for low-cost producers in Indonesia.""",
  story="morowali-nickel-line", storyline="morowali-nickel-line", cat="decoy"),

A("d-tha-tourism", "BKT", "2025-11-24 14:00",
  "Chinese arrivals still lag as TAT bets on high season",
  "chinese-arrivals-lag-tat-high-season",
  """BANGKOK (Bangkok Tribune) — Thailand expects 6.1 million visitors from China this year, far below the 11 million who came before the pandemic, the Tourism Authority of Thailand said on Monday, as it launched a campaign to bring back Chinese tourists for the Lunar New Year.

TAT governor Kittipong Saengchai said Chinese arrivals had been hurt by concerns about safety after high-profile cases of people trafficked into scam compounds in Myanmar through Thailand, and by competition from Japan, South Korea and Vietnam. The number of Chinese visitors so far this year was down about 20 percent on the same period of 2024.

"We have to show Chinese families that Thailand is safe, welcoming and good value," Kittipong said at a press conference in Bangkok. The campaign includes discounted domestic flights, promotions with Chinese travel platforms and extra tourist police in popular areas.

Overall foreign arrivals are expected to reach about 33 million this year, with strong growth from India, Malaysia and Europe partly offsetting the shortfall from China. Hotel operators in Phuket and Chiang Mai said bookings for December were healthy.

Tour operators who rely on Chinese groups said many had cut staff. "Before, I ran ten buses. Now I run three," said Prasert Wongsuwan, who owns a tour company in Pattaya.

The government's visa-free entry for Chinese visitors, made permanent last year, remains in place. TAT said it would open a new office in Chengdu next year.""",
  story="thai-chinese-tourism-campaign", storyline="thai-chinese-tourism-campaign", cat="decoy"),

A("d-phl-rescue", "MDC", "2025-11-26 15:00",
  "Six Taiwanese fishermen rescued off Y'Ami after engine failure",
  "six-taiwanese-fishermen-rescued-yami-engine-failure",
  """BASCO, Batanes — Six Taiwanese fishermen were rescued on Wednesday morning after their boat lost power and drifted for nearly two days in rough seas near Y'Ami Island, the northernmost point of the Philippines, the Philippine Coast Guard said.

The 25-metre fishing boat, registered in Pingtung in southern Taiwan, had sent a distress call on Monday night after its engine failed during a storm. Strong winds pushed it south across the Bashi Channel into Philippine waters. A coast guard patrol boat from the Batanes station found the vessel at about 7 a.m. on Wednesday and towed it to the port of Basco.

The fishermen, aged between 28 and 61, were dehydrated but otherwise in good condition, according to the provincial health office. Two of them were Indonesian crew members working on the Taiwanese boat.

"They had run out of fresh water yesterday. When we reached them, the first thing they asked for was water, and the second was to call their families," said coast guard district commander Captain Jonas Baluyot.

Taiwan's economic and cultural office in Manila thanked the Philippine authorities and said it would arrange for the fishermen to return home. The boat will be repaired in Basco before sailing back.

Rescues of fishermen in the waters between Batanes and Taiwan are not unusual, especially during the northeast monsoon season, when rough seas make the channel dangerous for small boats. Local fishermen in Batanes said they often help Taiwanese crews in trouble, and Taiwanese boats sometimes do the same for them.""",
  story="taiwanese-fishermen-rescue-batanes", storyline="taiwanese-fishermen-rescue-batanes", cat="decoy"),

# ---------------- watched-region unrelated news ----------------
A("u-phl-hearing-a", "MDC", "2025-11-09 12:00",
  "Contractor tells Senate panel of 'kickback ledger' in flood control projects",
  "contractor-senate-kickback-ledger-flood-control",
  """MANILA — A contractor told a Senate blue ribbon committee on Saturday that he kept a ledger of payments made to officials in exchange for flood control contracts in Bulacan and Pampanga, the latest testimony in an investigation into billions of pesos spent on projects that were substandard or never built.

Reynaldo Samonte, whose construction firm won 43 flood control contracts between 2022 and 2024, said he paid between 15 and 25 percent of each contract's value to intermediaries who said they represented district engineers and lawmakers. He said he kept records of each payment in a notebook, which he handed to the committee.

"I am not proud of this. I did it because everyone did it, and because without paying we would not get a single project," Samonte said, reading from a prepared statement.

Committee chair Senator Emmanuel Lacsamana said the Senate would ask the Department of Justice to verify the ledger and that anyone named in it would be invited to respond. Several officials mentioned by Samonte denied wrongdoing through their lawyers.

The hearings began in September after residents of towns north of Manila complained that new flood walls and drainage channels had failed during monsoon floods. Auditors have flagged about 9.5 billion pesos in questionable payments for flood control work in Central Luzon.

The Department of Public Works and Highways said it had suspended 15 contractors and was reviewing all flood control projects approved since 2022.""",
  story="phl-flood-control-hearing", storyline="phl-flood-control-hearing", cat="watched-unrelated"),

A("u-phl-hearing-b", "GDA", "2025-11-10 09:00",
  "Philippine contractor hands senators ledger of alleged bribes",
  "philippine-contractor-ledger-alleged-bribes",
  """MANILA (Global Dispatch Agency) — A Philippine construction contractor has given senators a handwritten ledger that he says records bribes paid to government officials for flood control contracts, deepening a corruption scandal that has angered Filipinos after years of deadly floods.

Reynaldo Samonte told a Senate committee on Saturday that he paid intermediaries up to a quarter of the value of each contract he won in two provinces north of Manila between 2022 and 2024. He did not name any sitting senator, but said some of the money was meant for members of the House of Representatives and for officials of the public works department.

The scandal has prompted street protests in Manila and calls for a special prosecutor. State auditors say billions of pesos were paid for flood walls and drainage projects that were poorly built or did not exist at all.

The Department of Justice said it would examine the ledger and could bring charges within weeks. The public works department has suspended more than a dozen contractors.

Flooding is a chronic problem in the Philippines, which is hit by about 20 typhoons a year. Residents in Bulacan province, where many of the disputed projects are located, have said floods in recent years were worse than before despite heavy spending on flood control.

The Senate committee will resume hearings next week.""",
  story="phl-flood-control-hearing", storyline="phl-flood-control-hearing", cat="watched-unrelated"),

A("u-idn-rate", "JHR", "2025-11-19 15:30",
  "Bank Indonesia holds rate at 4.75%, eyes rupiah",
  "bank-indonesia-holds-rate-rupiah",
  """JAKARTA (Jakarta Harbour Review) — Bank Indonesia kept its benchmark interest rate unchanged at 4.75 percent on Wednesday, saying it needed to support the rupiah amid volatile global markets even as inflation remains well within its target range.

Governor-level officials said at a press conference after the two-day board meeting that the central bank still saw room to ease policy later, but that stability of the currency was the priority for now. The rupiah has weakened about 3 percent against the U.S. dollar since September.

Deputy Governor Rizal Hartono said inflation was expected to stay around 2.5 percent for the rest of the year, in the middle of the bank's 1.5 to 3.5 percent target range. Economic growth was forecast at 4.9 to 5.1 percent for 2025.

Economists had been divided before the decision. Some expected a cut to support growth after weaker retail sales and car sales in recent months, while others pointed to outflows from Indonesian bonds by foreign investors.

"Bank Indonesia is keeping its powder dry. A cut is likely in December or January if the rupiah stabilises," said Andreas Situmorang, chief economist at a Jakarta securities firm.

The central bank has cut rates several times this year and has also increased liquidity to banks to encourage lending. The government has pressed for lower borrowing costs to support its economic programmes, including free school meals and housing.""",
  story="bank-indonesia-rate-hold", storyline="bank-indonesia-rate-hold", cat="watched-unrelated"),

A("u-tha-floods-a", "BKT", "2025-11-21 08:00",
  "Hat Yai under water as record rain swamps Songkhla",
  "hat-yai-under-water-record-rain-songkhla",
  """HAT YAI (Bangkok Tribune) — Floodwater more than a metre deep filled the streets of Hat Yai on Friday after three days of record rainfall in Songkhla province, trapping thousands of residents in their homes and forcing the closure of the city's airport and main railway station.

The Thai Meteorological Department said 335 millimetres of rain fell in Hat Yai in the 24 hours to 7 a.m. on Friday, the highest daily total recorded in the city. The U-Tapao canal, which carries water from the city to Songkhla Lake, overflowed on Thursday night.

Soldiers and volunteers in boats moved through the commercial district, rescuing elderly residents and families from upper floors. Provincial officials said at least four people had died and more than 120,000 households were affected across the province.

"The water came up so fast. We moved everything upstairs and now we are waiting," said Sukanya Maneerat, who runs a clothing shop near the Kim Yong market.

The Interior Ministry declared Hat Yai and five other districts disaster zones, allowing emergency funds to be released. The government sent navy ships with supplies and field kitchens to the province.

Hat Yai was badly flooded in 2010, and the city built a system of canals and floodgates afterwards. Residents said this year's flood was worse and came with less warning. Forecasters said heavy rain would continue across southern Thailand until Sunday.""",
  story="hat-yai-floods", storyline="hat-yai-floods", cat="watched-unrelated"),

A("u-tha-floods-b", "OWS", "2025-11-22 10:00",
  "Death toll from southern Thai floods rises to 19",
  "southern-thai-floods-toll-19",
  """BANGKOK (Orient Wire Service) — The death toll from floods in southern Thailand rose to 19 on Saturday, with most victims in and around the city of Hat Yai, as rescuers reached neighbourhoods that had been cut off for two days.

The Department of Disaster Prevention and Mitigation said more than 900,000 people in eight southern provinces had been affected, most of them in Songkhla. Water levels in central Hat Yai had started to fall on Saturday morning but remained above one metre in some areas.

The prime minister flew to the province on Saturday and promised compensation of up to 9,000 baht for each affected household, as well as support for businesses. Officials said they would review the city's flood defences after residents complained that warnings had come too late.

Hospitals in Hat Yai moved patients from ground floors, and the main hospital was running on generators after power was cut. The airport remained closed.

Malaysian tourists, who make up a large share of visitors to Hat Yai, were among those stranded. Malaysian authorities said they had helped about 600 of their citizens return home by road.

Forecasters said the rain would ease from Sunday, but warned of landslides in hilly areas of Songkhla, Satun and Yala provinces.""",
  story="hat-yai-floods", storyline="hat-yai-floods", cat="watched-unrelated"),

# ---------------- control region after the trigger ----------------
A("c-bolivia-fuel", "ACO", "2025-11-10 18:00",
  "Colas de diésel vuelven a Santa Cruz mientras YPFB promete normalizar",
  "colas-diesel-santa-cruz-bolivia",
  """SANTA CRUZ, Bolivia (Andes Correo) — Lines of trucks stretching several kilometres formed again outside petrol stations in Santa Cruz on Monday as Bolivia's diesel shortage worsened, with transport unions threatening to block highways if supplies are not restored within 48 hours.

Drivers said they had waited for up to 20 hours to fill their tanks. "I slept in the cab two nights this week," said Germán Rojas, who drives a soybean truck between Santa Cruz and the border with Brazil. "If I do not work, my family does not eat."

The state energy company YPFB said imports had been delayed by a shortage of U.S. dollars to pay suppliers, and that three tanker shipments arriving through Chilean and Peruvian ports would ease the situation by the end of the week.

Bolivia has subsidised fuel prices for years, but falling natural gas exports have drained its foreign currency reserves, making it harder to pay for imported diesel. Farmers in the eastern lowlands, who need diesel for the soybean planting season, have been among the hardest hit.

The agricultural chamber in Santa Cruz said about 30 percent of the area planned for soybean this season had not yet been sown. Business leaders urged the government to let private companies import fuel directly.

The new government, which took office this month, has promised to review the fuel subsidy but has not announced any decision.""",
  story="bolivia-diesel-shortage", storyline="bolivia-diesel-shortage", cat="control"),

A("c-colombia-coffee", "BOG", "2025-11-13 09:00",
  "Coffee growers bank on bumper harvest as prices stay high",
  "coffee-growers-bumper-harvest-prices-high",
  """MANIZALES (Bogota Observer) — Colombian coffee growers are on course for their largest harvest in more than a decade, the national coffee growers' federation said on Wednesday, as good weather and high international prices bring money back to the hillsides of the coffee axis.

The federation said production in the 12 months to October reached 14.2 million 60-kilogram bags, up 8 percent on the previous year. Exports rose 11 percent, with the United States, Europe and Japan the main buyers.

In the hills above Manizales, pickers have been working since dawn to bring in ripe cherries. "This year the price is good, and for once the rain came when we needed it," said Arturo Osorio, who grows coffee on four hectares near Chinchiná. He said he had hired six extra pickers for the main harvest.

The federation warned, however, that a shortage of labour was leaving some beans unpicked. Many young people have left rural areas for cities, and wages for pickers have risen sharply.

Growers also face higher costs for fertiliser and transport. The federation said it would use part of its resources to help farmers replace old trees with more productive, disease-resistant varieties.

Prices for arabica coffee on international markets have fallen from their peak earlier in the year but remain well above the average of the past decade.""",
  story="colombia-coffee-harvest", storyline="colombia-coffee-harvest", cat="control"),

A("c-cuenca-tram", "VDQ", "2025-11-16 10:00",
  "Cuenca aprueba extensión del tranvía hacia el parque industrial",
  "cuenca-extension-tranvia-parque-industrial",
  """CUENCA (La Voz de Quito) — The city council of Cuenca on Saturday approved a plan to extend the city's tram line by 4.8 kilometres to the industrial park in the north-east, the first expansion of the system since it began operating in 2020.

Mayor's office officials said the extension, estimated to cost $96 million, would add six stops and allow about 12,000 more passengers a day to use the tram, many of them factory workers who now travel by crowded buses. The city intends to seek loans from development banks and will ask the national government to contribute.

The Cuenca tram, which runs 10.7 kilometres from the airport to the Control Sur area, carries about 20,000 passengers a day. Its construction took years longer than planned and went well over budget, and some council members warned against repeating the mistakes.

"We cannot promise the city a tram and then leave streets dug up for five years," said councillor Patricia Ordóñez, who voted in favour but asked for strict controls on contractors.

Businesses in the industrial park welcomed the decision. The head of the Cuenca chamber of industries said better transport would help factories that struggle to hire workers for night shifts.

The city hopes to begin construction in 2027 if financing is secured.""",
  story="cuenca-tram-extension", storyline="cuenca-tram-extension", cat="control"),

A("c-peru-anchovy", "ACO", "2025-11-21 11:00",
  "Produce fija cuota de 2,5 millones de toneladas para la segunda temporada de anchoveta",
  "cuota-anchoveta-segunda-temporada",
  """LIMA (Andes Correo) — Peru's production ministry on Friday set a quota of 2.5 million tonnes for the second anchovy fishing season of the year in the north-central zone, slightly above industry expectations, after a scientific survey found healthy stocks off the coast.

The season will open on Monday, the ministry said, and the fleet must avoid areas with a high concentration of juvenile fish. Inspectors will be on board industrial vessels to monitor catches.

The marine research institute IMARPE said its survey in October and November found about 8.7 million tonnes of anchovy biomass, with water temperatures close to normal after a period of warmer conditions earlier in the year.

The fishing industry, which turns most of the anchovy catch into fishmeal and fish oil for aquaculture feed, welcomed the decision. The national fisheries society said the season could generate around $1.5 billion in exports.

Artisanal fishermen in Chimbote and Paita, however, complained that the industrial fleet was allowed to fish too close to the coast. Their associations said they would protest if their catches fell.

Peru is the world's largest producer of fishmeal. Poor seasons caused by El Niño in 2023 cut exports sharply and hurt the economy of coastal towns.""",
  story="peru-anchovy-quota", storyline="peru-anchovy-quota", cat="control"),

# ---------------- world background after the trigger ----------------
A("w-iceland", "GDA", "2025-11-11 16:00",
  "Lava fountains light up Reykjanes sky in new eruption",
  "lava-fountains-reykjanes-new-eruption",
  """REYKJAVIK (Global Dispatch Agency) — A volcanic eruption began on Iceland's Reykjanes peninsula early on Tuesday, sending lava fountains dozens of metres into the air and prompting the evacuation of the fishing town of Grindavik and the nearby Blue Lagoon spa.

The Icelandic Meteorological Office said a fissure about 2.5 kilometres long opened north of Grindavik shortly after 3 a.m., following a swarm of earthquakes. Lava was flowing west, away from the town and from the Svartsengi power plant, officials said.

It was the tenth eruption in the area since late 2023, when the volcanic system reawakened after about 800 years. Most of Grindavik's residents moved away after the earlier eruptions, and only a few dozen households were in the town when the alarm was raised.

Keflavik international airport, about 20 kilometres away, remained open, and flights were operating normally. Authorities said gas pollution could affect the capital region if the wind changed direction.

Scientists said magma had been accumulating under the Svartsengi area for several months, and they had warned that an eruption was likely. "The pattern is very similar to previous events. The question is how long this one lasts," said volcanologist Sigrún Ólafsdóttir.

Engineers have built defensive walls around Grindavik and the power plant.""",
  story="iceland-reykjanes-eruption", storyline="iceland-reykjanes-eruption", cat="world"),

A("w-osaka", "TMJ", "2025-11-19 10:00",
  "After the Expo: Osaka sets out plan for Yumeshima site",
  "after-expo-osaka-plan-yumeshima",
  """OSAKA (Tokyo Maritime Journal) — Osaka's city and prefectural governments on Tuesday set out plans for the artificial island of Yumeshima after the World Expo, with a casino resort, a theme park zone and a waterfront park replacing most of the temporary pavilions that drew millions of visitors this year.

Under the plan, the large wooden ring that surrounded the Expo grounds will be partly preserved as a park and viewing platform, while the rest of the structure will be dismantled and its timber reused in public buildings. Demolition of national pavilions is due to be completed by April.

Officials said about 50 hectares would be offered to private developers for entertainment, hotels and facilities for international conferences. The integrated resort, which includes Japan's first licensed casino, is scheduled to open in 2030 on an adjacent plot.

Business leaders in the Kansai region said the Expo had helped raise the area's profile with foreign tourists. Attendance over the six months exceeded 25 million, above the organisers' target.

Critics said the plans relied too heavily on the casino and that the cost of infrastructure on the island, including a subway extension, had been underestimated. Some residents have also raised concerns about the risk of soil settlement on the reclaimed land.

The city will hold public consultations in December.""",
  story="osaka-yumeshima-plan", storyline="osaka-yumeshima-plan", cat="world"),

A("w-xmas-markets", "RHC", "2025-11-27 09:00",
  "Christmas markets open behind bollards and bag checks",
  "christmas-markets-open-bollards-bag-checks",
  """FRANKFURT (Rhine Courier) — Germany's Christmas markets opened this week with heavier security than ever, as cities installed concrete barriers, steel bollards and bag checks at entrances, a year after a deadly car attack on a market in Magdeburg.

In Frankfurt, the market around the Römerberg square opened on Monday with about 60 new anti-vehicle barriers and a visible police presence. City officials said security costs for the market had risen to about 1.8 million euros, nearly twice the figure of two years ago.

"We want people to feel safe and to enjoy the atmosphere. The barriers are part of the picture now," said Frankfurt's head of public order, Stefan Reinholt.

Stallholders welcomed the measures but complained about higher fees to cover the costs. Some smaller towns have cancelled markets or shortened them because they could not afford the new requirements. The association of German showmen said about 40 markets had been scaled back this year.

Visitors appeared undeterred. On the first evening, the market in Frankfurt was crowded with people drinking mulled wine and buying gingerbread. "It is a tradition. We will not give it up," said Helga Braun, 68, visiting from Offenbach.

Police said they had no specific information about threats but urged visitors to report suspicious behaviour.""",
  story="germany-christmas-market-security", storyline="germany-christmas-market-security", cat="world"),

A("w-reef", "SHH", "2025-11-28 08:00",
  "Coral spawning lights up the reef, but scientists count the cost of heat",
  "coral-spawning-reef-scientists-heat",
  """Under a full moon off Cairns this week, corals on the Great Barrier Reef released billions of tiny bundles of eggs and sperm into the water, the annual mass spawning that marine biologists call one of nature's most remarkable events.

Divers from research stations and tour boats recorded spawning on reefs from Lizard Island to the Whitsundays between Tuesday and Thursday nights. "It looks like an upside-down snowstorm," said Dr Amelia Tran, a coral biologist who has dived the spawning for 15 years.

But the spectacle came with a reminder of the pressure on the reef. Surveys released earlier this year found that coral cover had fallen sharply in parts of the northern and southern reef after the most widespread bleaching on record in 2024, driven by marine heatwaves.

Scientists said the strength of this year's spawning would help them judge how quickly reefs could recover. Several research groups are collecting spawn to grow heat-tolerant corals in laboratories and then return them to damaged sites.

Tour operators in Cairns said the spawning drew visitors from around the world, with some trips booked out months in advance.

The federal government said it would spend a further A$150 million on water quality and reef restoration programmes over the next four years.""",
  story="barrier-reef-coral-spawning", storyline="barrier-reef-coral-spawning", cat="world"),
]

if __name__ == "__main__":
    print(len(ARTICLES), "articles in part 3")
