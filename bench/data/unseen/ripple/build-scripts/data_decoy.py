# Decoys: South Asia + Venezuela/Guyana co-mentions without any reaction,
# and South Asia news unrelated to the trigger (baseline before and after).
A = []

def add(k, story, src, pub, title, text, react=None):
    A.append(dict(k=k, story=story, src=src, pub=pub, title=title, text=text, react=react))

# ---------------- co-mention decoys ----------------
add("d_oilmin", "decoy_ven_oilmin_delhi_visit", "Southbridge Times", "2027-02-17T18:00:00+05:30",
"Venezuelan oil minister in Delhi to pitch heavy crude, discuss payments", """
NEW DELHI (Southbridge Times) — Venezuela's oil minister, Hernán Velutini, held talks in New Delhi on Wednesday with Indian officials and refiners, seeking to revive sales of Venezuelan heavy crude to India and to settle a long-standing dispute over unpaid dividends owed to an Indian state-run company.

Velutini met Petroleum Secretary Sushil Barve and executives from two refiners whose plants on the west coast are equipped to process heavy, high-sulphur grades. A ministry official said the talks covered "commercial and technical matters" and that no agreements were signed.

Indian imports of Venezuelan oil have swung sharply over the past decade as U.S. sanctions were tightened, eased and tightened again. Indian refiners bought modest volumes last year through traders, according to shipping data.

Velutini told reporters that Venezuela was willing to accept payment in a mix of currencies and to offer discounts to "reliable long-term partners". Asked about competition from lighter crudes such as those produced by neighbouring Guyana, he said Venezuelan grades were "in a different league for complex refineries".

The minister was due to travel on to Singapore later in the week.
""")

add("d_pharma", "decoy_ind_pharma_venezuela", "Coastal Ledger", "2027-02-24T12:00:00+05:30",
"Hyderabad drugmaker wins Venezuelan tender for generic medicines", """
HYDERABAD (Coastal Ledger) — Suryakiran Pharma, a mid-sized generic drugmaker based in Hyderabad, said on Wednesday it had won a contract worth about $38 million to supply antibiotics, diabetes treatments and blood-pressure medicines to Venezuela's public health system over two years.

The company said the contract, awarded through a tender by the Venezuelan health ministry, would be paid through a letter-of-credit arrangement with a bank in a third country. It said the deal did not involve any sanctioned entities.

Shares in Suryakiran rose 7 percent in Mumbai trading after the announcement.

Indian drugmakers have long supplied affordable medicines to Latin America and the Caribbean. Suryakiran already sells to Guyana, Suriname and several Central American countries and said the Venezuelan order would make Latin America its second-biggest export region after Africa.

"Venezuela has a large unmet need for essential medicines, and we have the capacity to serve it," managing director Pradeep Reddy Annam said on a call with analysts. He said the first shipments would leave from a port in Andhra Pradesh in April.
""")

add("d_cricket_sl", "decoy_cricket_sl_wi_providence", "Lanka Lantern", "2027-02-21T07:00:00+05:30",
"Sri Lanka clinch last-ball thriller against West Indies in Guyana", """
PROVIDENCE, Guyana (Lanka Lantern) — Sri Lanka beat West Indies by one wicket off the final ball at the Providence Stadium on Saturday to take a 2-1 lead in their five-match one-day international series.

Chasing 268, the visitors slumped to 189 for seven before a partnership of 61 between the wicketkeeper and the No. 9 batsman revived the innings. With three needed from the last ball, the left-handed tail-ender drove a full toss through the covers to the boundary, setting off wild celebrations in the Sri Lankan dugout.

Earlier, West Indies had recovered from a shaky start thanks to a fluent century from their Guyanese opener, cheered on by a full house on the outskirts of Georgetown. The Sri Lankan spinners shared six wickets on a slow, dry pitch.

"We were dead and buried at one stage, but the boys never stopped believing," the Sri Lankan captain said at the presentation.

The fourth match is scheduled for Tuesday in Trinidad.
""")

add("d_indguy_pact", "decoy_ind_guy_rice_pact", "Meridian Wire", "2027-02-26T15:40:00-04:00",
"India and Guyana sign agricultural cooperation pact on rice and millets", """
GEORGETOWN (Meridian Wire) — India and Guyana signed an agreement on Friday to cooperate on rice research, farm mechanisation and millet cultivation, during a two-day visit to Georgetown by India's agriculture minister.

Under the pact, Indian research institutes will help Guyana develop rice varieties suited to saline coastal soils, and Indian companies will supply tractors and harvesters on concessional credit. The two sides also agreed to set up a demonstration farm for millets in the Berbice region.

Agriculture Minister Rakesh Soni said Guyana could become a "food basket for the Caribbean" with the right technology. His Guyanese counterpart said the country wanted to reduce its import bill, which has risen as the oil economy expands.

The visit was the latest in a string of exchanges between the two countries, which share strong cultural ties. Soni also visited a Hindu temple in Georgetown and met members of the Indo-Guyanese farming community.

Guyana's rice industry, centred on the coastal plains of Essequibo and Berbice, employs tens of thousands of people and exports mainly to the Caribbean and Europe. Officials said the first batch of machinery would arrive before the autumn planting season.
""")

add("d_crude_stats", "decoy_ind_crude_import_stats", "Coastal Ledger", "2027-03-15T14:00:00+05:30",
"India's February crude imports hit record as Latin American share rises", """
MUMBAI (Coastal Ledger) — India's crude oil imports rose to a record 5.1 million barrels per day in February, with supplies from Latin America reaching their highest share in three years, according to ship-tracking data compiled by a Mumbai-based consultancy.

Iraq remained the largest supplier, followed by Russia and Saudi Arabia. Imports from the United States were steady, while arrivals from Brazil, Guyana and Venezuela together made up about 9 percent of the total, up from 6 percent a year earlier.

Guyanese crude arrivals averaged around 160,000 barrels per day, the data showed, while Venezuelan volumes were about 70,000 barrels per day, delivered mainly to a private refinery in Gujarat.

The figures cover the period before Venezuela's naval operation off the Guyanese coast began on March 8.

Analysts said the strong February numbers reflected high refinery runs ahead of the summer demand season and stockbuilding by several refiners after a period of maintenance shutdowns. Product exports from India also rose, led by diesel shipments to Europe and Africa.
""")

add("d_cricket_pak", "decoy_pak_wi_women_cricket", "Indus Daily Observer", "2027-03-19T21:00:00+05:00",
"West Indies women level series in Karachi behind Guyanese captain's century", """
KARACHI (Indus Daily Observer) — West Indies women beat Pakistan by 37 runs at the National Stadium on Friday to level their three-match one-day series at 1-1, with captain Shanice Boodram scoring an unbeaten 112.

Boodram, who comes from a village on the Essequibo coast, batted through most of the innings and added 94 for the fourth wicket with the Jamaican all-rounder after the visitors had slipped to 61 for three.

Pakistan's reply never gathered pace. Their opener made a patient 58 but wickets fell regularly in the middle overs, and the home side were bowled out for 204 in the 47th over.

Asked at the press conference about the tense situation at home, where Venezuelan warships have been stationed off Guyana's coast for over a week, Boodram said she had spoken to her family that morning. "They are fine. Cricket is a small thing next to that, but it gives people something to smile about," she said.

The deciding match is on Sunday.
""")

add("d_phagwah", "decoy_phagwah_georgetown", "Caribbean Current", "2027-03-22T18:00:00-04:00",
"Colour and music fill Georgetown streets for Phagwah", """
GEORGETOWN (Caribbean Current) — Thousands of Guyanese of every background poured into the streets of Georgetown on Monday to celebrate Phagwah, the festival of colours, smearing one another with powder and dousing friends with coloured water in one of the country's most joyful public holidays.

The festival, known as Holi in India, arrived in Guyana with indentured labourers from the Indian subcontinent in the nineteenth century and has long since become a national celebration. Hindu temples held morning prayers, and families gathered in yards from Berbice to the Essequibo coast to sing chowtal songs.

In Georgetown, the Mandir Society's parade wound from Kitty to the seawall, where young people danced to chutney music.

Several revellers said the celebrations were a welcome break from two weeks of worry about the Venezuelan warships off the coast. "Today we are not thinking about boats and oil," said Anjali Ramsaroop, 23, her face streaked with pink and green. "Today is for colour."

The government had urged people to use water sparingly because of reduced supply in some districts, but police reported a largely peaceful day.
""")

add("d_author", "decoy_guyanese_author_kolkata", "Southbridge Times", "2027-03-26T20:00:00+05:30",
"Guyanese novelist wins Hooghly Prize for novel of a border mining town", """
KOLKATA (Southbridge Times) — Guyanese writer Marisa Lall-Benn won this year's Hooghly Prize for Fiction on Friday for "The Gold Under Cuyuni", a novel about a mining settlement on the border between Guyana and Venezuela.

The judges praised the book's "rich, restless portrait of people who live between two flags", following a Venezuelan family that crosses into Guyana to escape hardship and an Indo-Guyanese shopkeeper who takes them in.

Lall-Benn, whose great-grandparents left a village near Kolkata for British Guiana in 1890, said receiving the prize in the city was "a kind of homecoming". She said she had begun the novel eight years ago, long before the current tensions.

Asked about the naval standoff off Guyana's coast, she said novelists were not good at predicting politics. "I wrote about the small people on the river who are friends across the border. I hope they still are," she said.

The prize, worth 1.5 million rupees, is awarded annually to a work of fiction in English from the Global South. Previous winners include writers from Nigeria, Sri Lanka and the Philippines.
""")

# ---------------- South Asia news unrelated to the trigger ----------------
add("s_fire1", "sa_bgd_factory_fire", "Delta Morning Post", "2027-02-15T21:00:00+06:00",
"Fire at Gazipur garment factory kills nine workers", """
GAZIPUR (Delta Morning Post) — A fire swept through a garment factory in Gazipur on Monday afternoon, killing at least nine workers and injuring more than 30, fire officials said.

The blaze broke out on the third floor of the six-storey building, where fabric was stored, and spread quickly through the cutting section. Witnesses said workers rushed for a single staircase as smoke filled the floor, and several jumped from windows.

Fire Service officials said 14 units battled the fire for nearly four hours. A preliminary inspection found that one emergency exit had been locked, the district fire officer said.

The factory, which employed about 1,800 people, made knitwear for European buyers. Its owners could not be reached for comment.

Labour leaders called for the arrest of the owners and for an independent inquiry. The labour ministry announced compensation of 200,000 taka for the family of each victim and formed a five-member committee to investigate.
""")

add("s_fire2", "sa_bgd_factory_fire", "Atlas Press Agency", "2027-02-16T09:00:00+06:00",
"Bangladesh factory fire death toll rises to 11, locked exit under scrutiny", """
DHAKA (Atlas Press Agency) — The death toll from a fire at a garment factory outside Dhaka rose to 11 on Tuesday after two injured workers died in hospital, and police said they had detained the factory's production manager for questioning.

Investigators are examining reports that an emergency exit on the floor where the fire began was locked. Survivors told reporters that supervisors routinely kept the door shut to prevent theft of garments.

The fire in Gazipur, one of Bangladesh's main industrial hubs, has revived concerns about safety in the country's $50 billion garment sector, a decade and more after building and fire safety reforms followed the Rana Plaza collapse of 2013.

An international labour rights group said the factory was not covered by the industry's safety inspection programme because it supplied mainly smaller brands. Several hundred workers protested outside the factory gates on Tuesday morning, demanding unpaid wages and compensation.
""")

add("s_up1", "sa_ind_up_election_phase", "Southbridge Times", "2027-02-19T20:00:00+05:30",
"Brisk turnout as Uttar Pradesh votes in fourth phase of assembly election", """
LUCKNOW (Southbridge Times) — Voters in 58 constituencies across central Uttar Pradesh cast their ballots on Friday in the fourth phase of the state's assembly election, with turnout reaching about 61 percent by the close of polling, election officials said.

Long queues formed outside polling stations in Lucknow, Kanpur and Unnao from early morning. Officials reported scattered complaints of malfunctioning voting machines, which were replaced, and no major incidents of violence.

Campaigning in India's most populous state has focused on jobs, the price of fertiliser and the state of rural roads. Both the ruling alliance and the main opposition bloc have promised free electricity to farmers and monthly payments to women heads of household.

The state's 403 seats are being contested over seven phases, with counting scheduled for March 11. About 150 million people are registered to vote.

Young first-time voters at a college in Lucknow said unemployment was their main concern. "We have degrees but no jobs. Whoever wins must fix that," said a 19-year-old commerce student.
""")

add("s_lkarate", "sa_lka_rates_feb", "Lanka Lantern", "2027-02-25T16:00:00+05:30",
"Central Bank of Sri Lanka holds policy rate steady, sees inflation near target", """
COLOMBO (Lanka Lantern) — The Central Bank of Sri Lanka kept its overnight policy rate unchanged at 7.75 percent on Thursday, saying inflation was expected to remain close to its 5 percent target over the coming year.

The Monetary Board said economic growth had remained robust in the final quarter of last year, supported by tourism, remittances and a recovery in construction. It said credit to the private sector was expanding at a healthy pace.

The bank's governor told a news conference that risks to the outlook were "broadly balanced" but that the bank would watch food prices closely ahead of the monsoon season.

Economists had expected no change. Sri Lanka has been rebuilding its finances since the 2022 crisis, with the support of an International Monetary Fund programme and a restructuring of its foreign debt.

The next policy review is scheduled for April.
""")

add("s_haat", "sa_ind_bgd_border_haat", "Delta Morning Post", "2027-02-27T14:00:00+06:00",
"Border market reopens in Sunamganj, reviving trade with Meghalaya", """
SUNAMGANJ (Delta Morning Post) — A border market on the frontier between Bangladesh and India's Meghalaya state reopened on Saturday after a two-year closure, drawing hundreds of traders from both sides selling vegetables, spices, fish and household goods.

The market, one of several "border haats" set up under an agreement between the two countries, was closed after a dispute over security arrangements. Officials from both governments attended the reopening ceremony, which was marked by music and the cutting of a ribbon across a bamboo gate.

Traders are allowed to sell goods worth up to $200 per person each market day, and transactions can be made in either taka or rupees.

"For us, this market is everything. My family sells dried fish here, and we buy oranges and betel leaves to take home," said Rahima Begum, a trader from a nearby village.

Local officials said the market would open twice a week and that plans to reopen two more border haats in the area were under discussion.
""")

add("s_solar", "sa_pak_solar_netmetering", "Indus Daily Observer", "2027-03-02T19:00:00+05:00",
"Cabinet approves revised solar net-metering rules amid consumer protests", """
ISLAMABAD (Indus Daily Observer) — Pakistan's federal cabinet on Tuesday approved revised rules for rooftop solar net-metering that cut the rate paid for surplus power fed back into the grid, despite protests from homeowners and small businesses.

Under the new rules, electricity distribution companies will buy surplus solar power at a rate roughly half of what consumers pay for grid electricity. Existing users will keep their current contracts until they expire.

The power ministry said the change was needed because the rapid spread of rooftop panels had shifted the cost of running the grid on to poorer consumers who cannot afford solar systems.

Solar installers warned that the decision would slow one of the fastest clean-energy transitions in the developing world. Pakistan imported tens of gigawatts of solar panels in recent years as households sought to escape rising tariffs and frequent outages.

Consumer groups said they would challenge the rules in court.
""")

add("s_npl_by", "sa_npl_local_byelection", "Himal Dispatch", "2027-03-05T17:00:00+05:45",
"Pokhara votes in ward by-election seen as test for parties", """
POKHARA (Himal Dispatch) — Voters in three wards of Pokhara Metropolitan City went to the polls on Friday in by-elections to fill seats left vacant by resignations and one death, in a contest seen as an early test for the parties ahead of next year's local elections.

The Election Commission said turnout was about 57 percent and that voting was peaceful. Counting began on Friday evening, with results expected by Saturday.

Candidates campaigned mainly on local issues: drinking water shortages in the rapidly growing city, waste collection, and the future of the new international airport, which has struggled to attract regular international flights.

Independent candidates, several of them young professionals, drew large crowds at rallies, reflecting voters' frustration with established parties. "We want someone who answers the phone when the water stops," said a schoolteacher in Ward 17.

The by-elections were among 12 being held across the country this month.
""")

add("s_up2", "sa_ind_up_results", "Southbridge Times", "2027-03-11T21:00:00+05:30",
"Incumbent alliance retains Uttar Pradesh with reduced majority", """
LUCKNOW (Southbridge Times) — The ruling alliance retained power in Uttar Pradesh on Thursday, winning 231 of the 403 seats in the state assembly, a clear majority but well short of its tally five years ago, according to results declared by the Election Commission.

The main opposition bloc won 149 seats, its best showing in more than a decade, with strong gains in eastern districts and among young voters. Smaller parties and independents took the rest.

Party workers set off fireworks outside the ruling alliance's office in Lucknow as trends became clear in the afternoon. The opposition leader congratulated the winners but said the results showed "anger over jobs that no government can ignore".

Analysts said the outcome would shape national politics in the run-up to general elections two years from now, as Uttar Pradesh sends 80 members to the Lok Sabha.

The chief minister is expected to be sworn in for a new term next week.
""")

add("s_up3", "sa_ind_up_results", "Meridian Wire", "2027-03-11T22:30:00+05:30",
"Ruling alliance wins India's biggest state election, opposition gains", """
LUCKNOW (Meridian Wire) — India's ruling alliance kept control of Uttar Pradesh, the country's most populous state, in assembly election results announced on Thursday, though a resurgent opposition cut deeply into its majority.

The alliance won 231 seats in the 403-member assembly, down from its previous total, while the opposition bloc took 149, election officials said. Turnout across the seven phases was about 60 percent.

The result gives the governing coalition a morale boost in a state that elects more members of parliament than any other. But the opposition's gains, especially among young and rural voters, suggest discontent over unemployment and farm incomes.

Investors had watched the vote for signals on economic policy. Indian stocks edged higher in late trade as the results became clear.
""")

add("s_aval1", "sa_npl_avalanche", "Himal Dispatch", "2027-03-14T12:00:00+05:45",
"Avalanche in Manang kills four trekkers, two guides missing", """
KATHMANDU (Himal Dispatch) — An avalanche struck a trekking route near the Thorong La pass in Manang district on Saturday, killing four foreign trekkers, while two Nepali guides were still missing on Sunday, police said.

The group of 11 was descending from a high camp when a slab of snow broke loose after two days of heavy snowfall. Five survivors were airlifted to Kathmandu with injuries and frostbite.

Rescue teams, including soldiers and local volunteers, resumed the search for the missing guides at first light on Sunday, but strong winds were hampering helicopter flights, said the district police chief.

The dead included two Germans, an Israeli and a Canadian, according to the Nepal Tourism Board. Officials said the trekkers had been warned about avalanche risk but had chosen to continue.

The spring trekking season has just begun, and the tourism board urged trekking agencies to monitor weather forecasts and avoid high passes after heavy snowfall.
""")

add("s_aval2", "sa_npl_avalanche", "Global Brief Service", "2027-03-14T10:00:00+00:00",
"Four foreign trekkers killed in Nepal avalanche", """
KATHMANDU (Global Brief Service) — Four foreign trekkers were killed and two Nepali guides were missing after an avalanche hit a popular trail in Nepal's Manang district, officials said on Sunday.

The avalanche struck on Saturday near the Thorong La pass on the Annapurna circuit, one of the country's most popular trekking routes, after heavy late-winter snowfall in the area.

Five other members of the group were rescued and flown to hospitals in Kathmandu. Search operations for the missing guides were continuing despite poor weather.

Nepal welcomed more than a million foreign visitors last year. Officials have introduced a rule requiring solo trekkers to hire licensed guides in national parks, citing safety concerns. Mountaineering expeditions to Everest and other peaks are due to begin arriving in the coming weeks.
""")

add("s_mdv", "sa_mdv_tourism_tax", "Southbridge Times", "2027-03-17T15:00:00+05:00",
"Maldives parliament raises tourism green tax on resort guests", """
MALE (Southbridge Times) — The Maldives parliament on Wednesday approved an increase in the "green tax" paid by tourists staying at resorts and liveaboard boats, as the island nation seeks more revenue to fund coastal protection and waste management.

Under the amendment, resort guests will pay $15 per night, up from $12, while guests at smaller guesthouses on inhabited islands will continue to pay a lower rate. The change takes effect in July.

The tourism ministry said the extra revenue would go to a fund for sea walls, reef restoration and a new waste-to-energy plant near the capital.

Resort operators said the rise was manageable but warned that the Maldives was becoming more expensive compared with competing destinations in the Indian Ocean and Southeast Asia. Tourism accounts for about a quarter of the country's economy.

The Maldives received a record number of visitors last year, led by arrivals from China, Russia and India.
""")

add("s_rohingya", "sa_bgd_rohingya_camp_fire", "Delta Morning Post", "2027-03-20T13:00:00+06:00",
"Fire destroys hundreds of shelters in Rohingya camp", """
COX'S BAZAR (Delta Morning Post) — A fire tore through a section of a Rohingya refugee camp in Ukhiya on Saturday morning, destroying about 600 bamboo-and-tarpaulin shelters and leaving more than 3,000 people without a roof, officials said.

No deaths were reported, but at least 15 people were treated for burns and smoke inhalation. The fire started in a kitchen and spread quickly through the densely packed camp because of dry weather and strong winds, according to the camp's fire service volunteers.

The refugee relief commissioner's office said aid agencies were providing temporary shelter, food and water to the affected families. A committee was set up to investigate the cause.

Bangladesh hosts about a million Rohingya refugees who fled violence in Myanmar. Aid groups have warned that cuts in international funding have left the camps with fewer firefighting resources and weaker infrastructure.
""")

add("s_karachi", "sa_pak_karachi_heat", "Indus Daily Observer", "2027-03-24T18:00:00+05:00",
"Early heatwave pushes Karachi past 40C, power cuts spark protests", """
KARACHI (Indus Daily Observer) — Temperatures in Karachi climbed to 41 degrees Celsius on Wednesday, the highest for March in more than a decade, as an early heatwave gripped southern Pakistan and prolonged power cuts led to protests in several neighbourhoods.

The Pakistan Meteorological Department said hot, dry conditions would persist for at least three more days across Sindh and southern Balochistan, and advised people to avoid going out in the afternoon.

Residents of Korangi and Orangi Town blocked roads and burned tyres, complaining of outages lasting up to ten hours. The city's power utility blamed illegal connections and high demand, and said it was working to reduce load-shedding.

Hospitals reported a rise in cases of heatstroke and dehydration. The provincial government said it had set up heat relief camps providing water and shade at major intersections.

Scientists say heatwaves in South Asia are becoming earlier, longer and more intense as the climate warms.
""")

add("s_tea", "sa_lka_tea_auction", "Lanka Lantern", "2027-03-27T11:00:00+05:30",
"Colombo tea auction prices firm on strong Middle East demand", """
COLOMBO (Lanka Lantern) — Prices at the weekly Colombo tea auction firmed this week, led by strong demand for low-grown teas from buyers in the Middle East, Russia and Turkey, brokers said on Saturday.

The average price across all grades rose about 3 percent from the previous week, with leafy grades from the southern low-country in particular demand. About 6.2 million kilograms were offered for sale.

Brokers said dry weather in the hill country had reduced production of high-grown teas, supporting prices for the best quality leaf. Exports for the first two months of the year were slightly higher than a year earlier.

The tea industry, which employs hundreds of thousands of people on estates and smallholdings, remains one of Sri Lanka's biggest sources of foreign exchange. Planters have called for government support to replant ageing bushes and to raise productivity.
""")
