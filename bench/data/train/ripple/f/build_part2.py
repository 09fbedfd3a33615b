"""Part 2: the trigger's origin story (3-4 Nov 2025) and watched-region reactions."""
from common import A

T = "china-taiwan-exclusion-zone-ship-inspections"
TL = "taiwan-strait-pressure-2025"

OWS_ORIGIN = """HONG KONG (Orient Wire Service) — China on Monday declared a five-day live-fire exclusion zone in the Pacific east of Taiwan and its coast guard halted and boarded two Taiwan-bound container ships, in the most direct interference with commercial traffic to the island in years.

The People's Liberation Army's Eastern Theater Command said the exercise, code-named "Eastern Rampart-2025", would run from 8 a.m. on Monday until 8 p.m. on Friday, 7 November, in a box of sea roughly 90 kilometres off Taiwan's eastern coast near Hualien. China's Maritime Safety Administration told all ships to keep out of the area, which covers some 22,000 square kilometres.

Within hours, China Coast Guard cutters stopped the Panama-flagged Jade Meridian, which was carrying about 1,400 containers from Manila to Keelung, and the Liberia-flagged Orchid Venture, bound for Kaohsiung from Busan. Officers went aboard both ships, checked documents and cargo manifests, and ordered them to sail around the zone, according to shipping sources and Taiwan's coast guard.

A coast guard spokesperson in Beijing, Liu Dechang, said the checks were "lawful law-enforcement inspections" of vessels suspected of carrying military-related items to "the Taiwan region". He did not say whether anything had been found.

Taiwan's Maritime and Port Bureau said at least 37 commercial vessels had rerouted by late morning, most of them switching to the Taiwan Strait to reach northern ports. Taipei called the exercise and the boardings intimidation and said it had sent patrol ships to the area.

The Jade Meridian is operated by Singapore-based Halcyon Box Lines. The Orchid Venture is run by Kaohsiung's Tidewell Marine. Neither company immediately commented."""

GDA_ORIGIN = """TAIPEI (Global Dispatch Agency) — Chinese coast guard officers boarded two container ships heading for Taiwan on Monday as Beijing declared a five-day live-fire exclusion zone east of the island, forcing dozens of merchant vessels to change course and drawing an angry protest from Taipei.

The People's Liberation Army's Eastern Theater Command announced the drills at dawn, saying they would test "joint blockade and precision strike" capabilities and serve as "a stern warning to separatist forces". The zone, about 90 kilometres off the coast of Hualien, is closed to shipping and aircraft until Friday evening.

Shipping officials in Taiwan said the coast guard cutters stopped the Jade Meridian and the Orchid Venture on Monday morning, about 60 nautical miles east of Hualien. The Jade Meridian, which has a crew of 21 including 14 Filipino seafarers, was held for 11 hours before being allowed to continue. The Orchid Venture was released after about seven hours.

Taiwan's Maritime and Port Bureau said at least 37 commercial vessels had been rerouted. Taiwan's defence ministry said it had tracked 24 Chinese navy and coast guard ships and 31 military aircraft around the island since midnight.

"This is blatant intimidation of the people of Taiwan and a threat to every ship that sails in these waters," the Mainland Affairs Council said in a statement. The Presidential Office said the president had convened a national security meeting.

Beijing regards Taiwan as part of its territory and has held several large-scale exercises around it in recent years. The boarding of merchant ships, however, marks a step beyond the encirclement drills of the past, analysts said, because it tests how far China can control who and what reaches the island."""

SHH_ORIGIN = (GDA_ORIGIN
    .replace("TAIPEI (Global Dispatch Agency) — ", "TAIPEI, Global Dispatch Agency — ")
    .replace("drawing an angry protest from Taipei.", "prompting an angry protest from Taipei.")
    .replace("Shipping officials in Taiwan said", "Taiwanese shipping officials said")
    + "\n\nAustralia's Department of Foreign Affairs and Trade updated its travel advice for Taiwan on Monday night but did not change the overall advice level.")

BKT_ORIGIN = (OWS_ORIGIN
    .replace("HONG KONG (Orient Wire Service) — ", "HONG KONG (Orient Wire Service via Bangkok Tribune) — ")
    .replace("in the most direct interference with commercial traffic to the island in years.",
             "the most direct interference with commercial traffic to the self-governed island in years.")
    .replace("Neither company immediately commented.", "Neither company immediately responded to requests for comment."))

ARTICLES = [
A("o-ows", "OWS", "2025-11-03 12:10",
  "China declares live-fire zone east of Taiwan, coast guard boards two box ships",
  "china-live-fire-zone-east-taiwan-coast-guard-boards-ships",
  OWS_ORIGIN, story=T, storyline=TL, cat="trigger-origin"),

A("o-gda", "GDA", "2025-11-03 14:30",
  "China boards Taiwan-bound ships as it shuts sea east of island for drills",
  "china-boards-taiwan-bound-ships-drills-east-of-island",
  GDA_ORIGIN, story=T, storyline=TL, cat="trigger-origin"),

A("o-tes", "TES", "2025-11-03 13:15",
  "Taipei protests as Chinese cutters stop two ships off Hualien",
  "taipei-protests-chinese-cutters-stop-ships-hualien",
  """TAIPEI (Taipei Evening Standard) — The government lodged a strong protest with Beijing on Monday after Chinese coast guard officers boarded two container ships bound for Taiwanese ports, hours after China announced a five-day live-fire exclusion zone off the east coast.

Presidential Office spokesperson Lin Yu-hsuan said the president had chaired an emergency national security meeting at noon and ordered the armed forces and the Coast Guard Administration to "respond calmly, firmly and without provocation". The Mainland Affairs Council called the boardings "blatant intimidation" and demanded that Beijing stop interfering with civilian shipping.

The two ships, the Jade Meridian and the Orchid Venture, were stopped in international waters about 60 nautical miles east of Hualien early in the morning. Coast Guard Administration deputy director Chen Kuo-hua said two Taiwanese patrol ships had shadowed the Chinese cutters and warned them by radio that they had no authority to inspect the vessels. "Our officers kept watch the whole time and the crews are safe," Chen said.

The Maritime and Port Bureau said at least 37 commercial vessels had rerouted around the zone by midday, many of them heading west into the Taiwan Strait to reach Keelung and Taipei Port. Hualien Port suspended pilotage for ships arriving from the east, and the harbour's fishing fleet was ordered to stay in port.

The Civil Aviation Administration said ten flight routes over the Pacific had been adjusted, adding up to 20 minutes to some services to Japan and the United States.

Stocks in Taipei fell 1.8 percent in early trading before recovering part of the loss. Shipping shares were hit hardest, with Tidewell Marine, which operates the Orchid Venture, down 6.4 percent. Tidewell said all 19 crew members aboard its ship were unharmed and that it was checking whether any cargo had been removed.""",
  story=T, storyline=TL, cat="trigger-origin"),

A("o-shh", "SHH", "2025-11-04 02:30",
  "Chinese coast guard stops ships bound for Taiwan as drills begin",
  "chinese-coast-guard-stops-ships-bound-for-taiwan",
  SHH_ORIGIN, story=T, storyline=TL, cat="trigger-origin"),

A("o-smp", "SMP", "2025-11-03 19:00",
  "Singapore-run box ship held for 11 hours in Chinese inspection off Taiwan",
  "singapore-run-box-ship-held-chinese-inspection-taiwan",
  """SINGAPORE (Straits Morning Post) — A container ship managed from Singapore was among two vessels boarded by the China Coast Guard east of Taiwan on Monday, after Beijing announced a five-day live-fire exercise that has closed a wide stretch of sea off the island's Pacific coast.

The Jade Meridian, a 1,700-TEU feeder ship operated by Halcyon Box Lines from its office in Tanjong Pagar, was stopped early on Monday while sailing from Manila to Keelung. A Halcyon spokesperson, Vanessa Koh, said Chinese officers had spent several hours aboard checking crew lists, certificates and the cargo manifest before allowing the ship to proceed on a longer route west of Taiwan.

"The master and the crew acted with great composure. Nobody was hurt and, as far as we know, nothing was taken off the vessel," Koh said. She said the company was in contact with the ship's flag state, Panama, and with the vessel's insurers.

The second ship, the Orchid Venture, is operated by Taiwan's Tidewell Marine. Both were carrying general cargo, including consumer goods and machinery parts, according to shipping data.

The People's Liberation Army said the exercise east of Taiwan would run until Friday. Taiwan's port authorities said at least 37 commercial vessels had changed course to avoid the area.

Shipbrokers in Singapore said the immediate impact on regional trade would be limited because most traffic to Taiwan uses the western ports of Kaohsiung and Taichung. But they warned that freight rates on intra-Asia routes could rise if the boardings became a pattern. "The worry is not five days of drills. The worry is that a coast guard now decides which box ships reach Taiwan," said one broker who asked not to be named.""",
  story=T, storyline=TL, cat="trigger-origin"),

A("o-bkt", "BKT", "2025-11-03 20:00",
  "China closes waters east of Taiwan, boards two cargo ships",
  "china-closes-waters-east-taiwan-boards-cargo-ships",
  BKT_ORIGIN, story=T, storyline=TL, cat="trigger-origin"),

A("o-tmj", "TMJ", "2025-11-04 07:00",
  "Analysis: Beijing's boarding of two box ships rewrites the script of its Taiwan drills",
  "analysis-beijing-boarding-box-ships-taiwan-drills",
  """TOKYO (Tokyo Maritime Journal) — For years, China's large exercises around Taiwan followed a familiar script: warships and aircraft encircle the island, maps of closed zones are published, state television shows missile launches, and a few days later the ships go home. Monday's "Eastern Rampart-2025" exercise broke that script in one important way. The China Coast Guard stopped and boarded two merchant ships, the Jade Meridian and the Orchid Venture, that were carrying ordinary cargo to Taiwanese ports.

The choice of the coast guard rather than the navy matters. A navy stopping merchant ships in international waters would look like a blockade, an act with clear legal and military meaning. A coast guard conducting what Beijing calls "law-enforcement inspections" is designed to look like policing. It treats the waters around Taiwan as a domestic jurisdiction and invites shipping companies to comply quietly.

The choice of location matters too. The five-day zone sits east of Taiwan, across the approaches used by ships sailing from the Philippines, Japan and the Pacific to Hualien and to the northern port of Keelung. By forcing at least 37 ships to reroute, Beijing has shown it can squeeze the island's smaller eastern gateway without touching the much larger traffic through the Taiwan Strait.

For shipowners the lesson is uncomfortable. Insurers will now ask whether a vessel bound for Taiwan could be boarded, and what happens to the cargo and crew if it is. Masters will need clear instructions on whether to allow inspections. Charterers may add clauses on delays caused by "law enforcement" at sea.

The exercise is scheduled to end on Friday. What matters more is whether the boardings end with it. If the coast guard makes inspections routine, the drills of November 2025 will be remembered less for live fire than for two quiet visits to the bridges of two feeder ships.""",
  story=T, storyline=TL, cat="trigger-origin"),

# ---------------- watched-region reactions ----------------
A("r-phl-a", "MDC", "2025-11-04 10:00",
  "PCG sends two ships to Batanes; DMW checks on 14 Pinoy crew of held vessel",
  "pcg-ships-batanes-dmw-filipino-crew-jade-meridian",
  """MANILA — The Philippine Coast Guard said on Tuesday it had sent two patrol vessels to the waters off Batanes to monitor shipping and stand ready for search and rescue after China declared a live-fire zone east of Taiwan. The ships left the port of Aparri on Monday night and were expected to reach the Bashi Channel by Tuesday afternoon.

PCG spokesperson Commodore Ramon Teodoro said the deployment was "precautionary and humanitarian". He said the coast guard wanted to be close to the busy sea lanes between Luzon and Taiwan in case any vessel diverted by the drills got into trouble, and to help Filipino fishermen who work the waters north of Itbayat.

"Our concern is the safety of life at sea and of our own people. We are not there to provoke anybody," Teodoro told a briefing at the coast guard headquarters in Port Area.

The Department of Migrant Workers said it had contacted the manning agency of the 14 Filipino seafarers aboard the Jade Meridian and ordered it to report on their condition every six hours. The ship, managed from Singapore, was boarded by Chinese coast guard officers on Monday and held for 11 hours before being allowed to sail on to Keelung through the Taiwan Strait.

Migrant Workers Undersecretary Lourdes Abalos said the seafarers were unhurt and had been able to call their families in Cavite, Iloilo and Pangasinan. "They told us they were frightened but were treated properly," she said.

The Office of Civil Defense in the Cagayan Valley region said provincial disaster offices had been told to prepare evacuation plans for Batanes residents, though officials stressed there was no threat to the islands. Local fishermen in Basco said they would stay closer to shore this week.""",
  story="phl-coast-guard-batanes-deployment", storyline="phl-response-taiwan-zone", cat="reaction"),

A("r-sgp-a", "SMP", "2025-11-04 17:30",
  "MFA voices concern over Taiwan zone; MPA tells Singapore ships to steer clear",
  "mfa-concern-taiwan-zone-mpa-advisory-singapore-ships",
  """SINGAPORE (Straits Morning Post) — Singapore's Ministry of Foreign Affairs said on Tuesday that it was concerned by the declaration of a live-fire zone east of Taiwan and the boarding of commercial ships, and called on all parties to respect freedom of navigation under international law.

In a short statement, the ministry said Singapore had "a vital interest in the safety of international shipping lanes" and urged all sides to avoid actions that could lead to miscalculation. It reiterated that Singapore has a consistent one-China policy and opposes any unilateral change to the status quo across the Taiwan Strait.

Hours later, the Maritime and Port Authority of Singapore issued an advisory telling Singapore-registered ships to avoid the declared zone and to report any attempt to board them. The circular, sent to shipowners and managers, asks masters to notify the authority's port operations control centre immediately if they are approached by a foreign government vessel east of Taiwan, and to keep voyage data recorder files.

The advisory also reminds companies to review the welfare arrangements for crews on Taiwan routes. About 60 Singapore-registered ships call at Taiwanese ports in an average week, according to industry estimates.

The Singapore Shipping Association said members had been asking for guidance since Monday, when the Singapore-managed Jade Meridian was held for 11 hours by the China Coast Guard. "Clear instructions help masters make calm decisions," the association's executive director, Ong Wei Leng, said.

Political scientists said the ministry's language was measured but notable for its explicit reference to commercial ships. "Singapore normally keeps its comments on Taiwan very short. This time it chose to mention the boardings," said Farhan Iskandar, a lecturer in international relations.""",
  story="singapore-mfa-mpa-statement", storyline="singapore-response-taiwan-zone", cat="reaction"),

A("r-sgp-b", "OWS", "2025-11-04 20:00",
  "Singapore urges freedom of navigation after China's Taiwan boardings",
  "singapore-urges-freedom-of-navigation-taiwan-boardings",
  """SINGAPORE (Orient Wire Service) — Singapore called on Tuesday for freedom of navigation to be respected after China's coast guard boarded two merchant ships near Taiwan, and its maritime regulator told ships flying the Singapore flag to stay out of a Chinese live-fire zone east of the island.

The city-state's foreign ministry said it was "concerned" by the developments and urged restraint from all parties, while restating its support for a one-China policy. The Maritime and Port Authority of Singapore said in a shipping circular that masters should avoid the zone and report any boarding attempt to its operations centre without delay.

Singapore is home to one of the world's largest ship registries and to many of the companies that manage vessels trading within Asia. One of the two ships stopped on Monday, the Panama-flagged Jade Meridian, is operated by Singapore's Halcyon Box Lines.

Diplomats in the region said Singapore's statement was among the first from a Southeast Asian government since Beijing announced the five-day exercise. China's foreign ministry has described the drills as a matter of its internal affairs and has warned other countries against interfering.

Maritime lawyers in Singapore said the advisory did not tell masters to refuse boarding, which could put crews at risk, but aimed to ensure the authority had a record of any incident. "The state wants to know what happens to its ships. That is the first step to being able to protest on their behalf," said Daniel Seah, a partner at a shipping law firm.

The exercise is scheduled to end on Friday evening.""",
  story="singapore-mfa-mpa-statement", storyline="singapore-response-taiwan-zone", cat="reaction"),

A("r-phl-b", "GDA", "2025-11-05 06:00",
  "Philippines boosts coast guard presence north of Luzon after Chinese drills",
  "philippines-coast-guard-north-luzon-chinese-drills",
  """MANILA (Global Dispatch Agency) — The Philippines has stepped up coast guard patrols in the waters north of Luzon in response to China's live-fire exercise east of Taiwan, officials said, as Manila checked on Filipino sailors aboard one of the two ships boarded by Chinese officers.

Two Philippine Coast Guard patrol vessels arrived off Batanes, the country's northernmost province, on Tuesday afternoon and will remain in the Bashi Channel at least until the Chinese exercise ends on Friday, coast guard spokesperson Commodore Ramon Teodoro said. A surveillance aircraft was also flying daily patrols over the area.

"Our presence there is for search and rescue and to reassure our fishermen," Teodoro said. "We are watching the traffic that has diverted from the east of Taiwan because those ships now pass through our waters."

The Bashi Channel, which separates the Philippines from Taiwan, is one of the main routes for ships sailing between the Pacific and the South China Sea. Shipping data showed traffic through the channel rose noticeably on Monday and Tuesday as vessels avoided the Chinese zone.

Fourteen of the 21 crew of the Jade Meridian, which was held by the China Coast Guard for 11 hours on Monday, are Filipino. The Department of Migrant Workers said they were safe and that the ship had reached Keelung.

Batanes lies about 190 kilometres south of Taiwan, and Philippine defence officials have said in the past that any conflict over the island would directly affect the province. Manila has not commented on the Chinese exercise itself beyond the coast guard deployment. China's embassy in Manila did not respond to a request for comment.""",
  story="phl-coast-guard-batanes-deployment", storyline="phl-response-taiwan-zone", cat="reaction"),

A("r-idn", "JHR", "2025-11-05 14:00",
  "Jakarta calls for restraint, warns shipping lanes must stay open",
  "jakarta-restraint-taiwan-shipping-lanes-open",
  """JAKARTA (Jakarta Harbour Review) — Indonesia's foreign ministry on Wednesday urged all sides in the Taiwan Strait to exercise restraint and avoid actions that could endanger commercial shipping, two days after China's coast guard boarded two container ships bound for Taiwan.

Foreign ministry spokesperson Yudha Pranata told a weekly briefing at the ministry in Pejambon that Indonesia was following the situation "with concern" and that the safety of sea lanes in East Asia was essential for the trade of every country in the region, including archipelagic states. He repeated that Indonesia adheres to the one-China policy.

"Stability in the waters around Taiwan is in the interest of all of us. We hope all parties will refrain from steps that increase tension and that the rights of commercial vessels under UNCLOS are respected," Yudha said.

The Directorate General of Sea Transportation separately said it was checking whether any Indonesian-flagged ships or Indonesian crew members were sailing near the closed zone. An official said no Indonesian ships had been affected so far, but about 2,000 Indonesian seafarers work on foreign-flagged vessels in the trade between Northeast Asia and Southeast Asia.

Indonesian exporters of coal, pulp and palm oil products ship some cargo to Taiwan, which is one of the country's top 15 trading partners. The Indonesian National Shipowners' Association said its members had not yet seen any cancellations but would watch freight and insurance costs closely.

Analysts in Jakarta said the statement was in line with Indonesia's usual caution on cross-strait questions, but noted that the government in Jakarta had been keen to present the country as a defender of freedom of navigation under the law of the sea.""",
  story="indonesia-foreign-ministry-statement", storyline="indonesia-response-taiwan-zone", cat="reaction"),

A("r-meranti-a", "SMP", "2025-11-06 18:00",
  "Meranti Feeder Lines pulls Hualien, Keelung calls and adds surcharge",
  "meranti-feeder-lines-suspends-hualien-keelung-calls",
  """SINGAPORE (Straits Morning Post) — Meranti Feeder Lines said on Thursday it had suspended its weekly service to the Taiwanese ports of Hualien and Keelung and would impose an emergency surcharge of US$150 per container on Taiwan cargo, becoming the first Singapore-based carrier to change its network because of China's military exercise east of Taiwan.

The company, which runs a fleet of 18 small container ships from its base in Pasir Panjang, operates a loop that links Singapore, Manila and Subic Bay with the east and north of Taiwan. Managing director Terence Goh said the route's four ships would instead sail through the Taiwan Strait to Kaohsiung, where cargo for northern Taiwan would be moved by rail and truck.

"After what happened to the Jade Meridian, we cannot ask our masters and crews to sail along the east coast of Taiwan. Our customers will wait a few extra days, but our people will be safe," Goh said in an interview.

The surcharge will apply to bookings from next Monday and will be reviewed every two weeks. Goh said the extra distance, higher insurance costs and the need to hold containers in Kaohsiung had added about US$90,000 to the cost of each round voyage.

Freight forwarders in Singapore said smaller shippers of electronics and food products were already asking about alternatives, including air freight for urgent parts. Larger carriers, which mostly serve Kaohsiung and Taichung, have not yet changed their schedules.

Meranti said it would resume the Hualien and Keelung calls "when conditions allow", and would not commit to a date even if the Chinese exercise ends as announced on Friday.""",
  story="meranti-suspends-taiwan-east-calls", storyline="singapore-response-taiwan-zone", cat="reaction"),

A("r-meranti-b", "GDA", "2025-11-07 10:00",
  "Singapore feeder operator suspends Taiwan east coast service",
  "singapore-feeder-operator-suspends-taiwan-east-coast",
  """SINGAPORE (Global Dispatch Agency) — Singapore-based container shipping company Meranti Feeder Lines has suspended calls at two Taiwanese ports on the island's east and north coasts, citing the risk of Chinese coast guard inspections, in one of the first commercial responses in Southeast Asia to Beijing's military exercise near Taiwan.

Meranti said ships on its weekly loop from Singapore and the Philippines would no longer call at Hualien and Keelung and would unload all Taiwan cargo at Kaohsiung in the south. It is also adding a surcharge of $150 per container. "We cannot ask our masters and crews to sail along the east coast of Taiwan," managing director Terence Goh said.

The company is small by global standards, with 18 ships, but it is one of the main feeder operators connecting Philippine ports with Taiwan. Shipping analysts said its decision showed how quickly regional carriers might adjust their networks if China continued to stop merchant vessels.

"Feeder companies have thin margins and small ships. They are the ones who will feel a few hours of detention most," said Anika Raman, an analyst at a maritime consultancy in Singapore. "If inspections become regular, others will do the same."

China's Eastern Theater Command said on Thursday that the exercise was proceeding as planned. Taiwan's Maritime and Port Bureau said traffic into Hualien had fallen by about two-thirds since Monday.""",
  story="meranti-suspends-taiwan-east-calls", storyline="singapore-response-taiwan-zone", cat="reaction"),

A("r-asean-a", "KLL", "2025-11-07 16:00",
  "ASEAN urges restraint over Taiwan drills in chair's statement",
  "asean-chair-statement-restraint-taiwan-drills",
  """KUALA LUMPUR (Kuala Lumpur Ledger) — ASEAN foreign ministers said in a statement issued by Malaysia as this year's chair that they were closely following developments in the waters east of Taiwan and urged all parties to exercise restraint.

The statement, released by Wisma Putra on Friday afternoon after consultations among the ten member states and Timor-Leste, said the ministers were "concerned over recent developments that could affect the safety of international shipping" and called for "the freedom of navigation and overflight to be upheld in accordance with international law, including UNCLOS".

It also said ASEAN member states reaffirmed their support for their respective one-China policies and hoped for "peaceful dialogue" across the Taiwan Strait. The statement did not mention China by name or refer directly to the boarding of two container ships by the China Coast Guard on Monday.

A Wisma Putra spokesperson, Aznil Hakim, said the wording had been agreed by all members. "The region depends on open sea lanes. That is a message every member can support," he said.

Diplomats said the Philippines and Singapore had pushed for a reference to commercial shipping, while Cambodia and Laos had preferred a shorter text. An earlier draft that expressed "serious concern" was softened during the consultations, one diplomat said.

ASEAN issued a similar statement in 2022 after Chinese military exercises around Taiwan. Malaysia hands the rotating chairmanship to the Philippines at the end of the year. The Chinese embassy in Kuala Lumpur declined to comment on the statement.""",
  story="asean-chair-statement", storyline="asean-response-taiwan-zone", cat="reaction"),

A("r-asean-b", "SMP", "2025-11-07 21:00",
  "Asean ministers call for calm, open sea lanes as Taiwan drills wind down",
  "asean-ministers-calm-open-sea-lanes-taiwan",
  """SINGAPORE (Straits Morning Post) — South-east Asian foreign ministers on Friday called for restraint and the protection of international shipping after a week of Chinese military drills east of Taiwan, in a statement issued by Malaysia on behalf of the 11-member grouping.

The Asean chair's statement said member states were "closely monitoring" the situation and that freedom of navigation must be upheld under international law. It urged "all parties concerned" to avoid actions that could escalate tension.

The text was agreed as China's five-day live-fire exclusion zone east of Taiwan entered its final day. Singapore's Foreign Minister, speaking to reporters on the sidelines of an event earlier on Friday, said Singapore "welcomed Asean speaking with one voice on a matter that affects all our economies".

Singapore had earlier issued its own statement of concern, and its maritime authority told Singapore-registered ships to avoid the zone. The Singapore-managed container ship Jade Meridian was one of two vessels boarded by the China Coast Guard on Monday.

Observers said Asean statements on Taiwan are rare and carefully worded because several members have close ties with Beijing. "The fact that there is a statement at all tells you how worried the shipping-dependent members are," said Dr Melissa Goh, a senior fellow at a regional think-tank.

China's foreign ministry said on Friday that Taiwan was an internal affair and that countries should "not send wrong signals". It did not refer to the Asean statement directly.""",
  story="asean-chair-statement", storyline="asean-response-taiwan-zone", cat="reaction"),

A("r-asean-c", "OWS", "2025-11-08 08:00",
  "Southeast Asian bloc calls for restraint after Chinese drills near Taiwan",
  "southeast-asian-bloc-restraint-chinese-drills-taiwan",
  """KUALA LUMPUR (Orient Wire Service) — The Association of Southeast Asian Nations has called for restraint and for freedom of navigation to be respected, in a rare collective statement on tensions around Taiwan issued as China wound down a five-day military exercise east of the island.

The statement was issued late on Friday by Malaysia, which chairs the bloc this year. It said the region was "closely following" events and was concerned about developments that could affect international shipping. It did not mention China by name.

Diplomats said the wording reflected a balance between members that trade heavily with Taiwan and depend on the shipping lanes nearby, such as the Philippines and Singapore, and those that are closest to Beijing. A stronger phrase expressing "serious concern" was dropped from an earlier draft.

China's People's Liberation Army said on Friday evening that the "Eastern Rampart-2025" exercise had "achieved all its objectives". The Maritime Safety Administration lifted its navigation warning at 8 p.m., and Taiwan's Maritime and Port Bureau said ships began returning to the eastern route overnight.

The China Coast Guard has not said whether it will continue to inspect ships bound for Taiwan. On Thursday it published a notice claiming the right to board vessels carrying "military-related" cargo to the island, which Taipei rejected.

ASEAN's statement followed separate comments from Singapore, Indonesia and the Philippines earlier in the week. The Philippines, which sent coast guard ships to waters north of Luzon, takes over the ASEAN chairmanship in January.""",
  story="asean-chair-statement", storyline="asean-response-taiwan-zone", cat="reaction"),

A("r-vnm-a", "OWS", "2025-11-09 15:00",
  "Vietnam electronics makers turn to air freight for Taiwan chips",
  "vietnam-electronics-makers-air-freight-taiwan-chips",
  """HANOI (Orient Wire Service) — Several electronics assemblers in Bac Ninh province have switched shipments of Taiwanese chips and display components from sea to air freight since the Chinese drills began, factory managers and logistics firms said, adding costs for an industry that makes phones, laptops and networking gear for global brands.

Air cargo bookings from Taipei's Taoyuan airport to Hanoi's Noi Bai rose by about 40 percent in the week to Friday compared with the previous week, according to a freight forwarder that handles electronics for factories in the northern provinces of Bac Ninh and Bac Giang.

"We did not want to take the risk of a container sitting in Kaohsiung for two weeks," said Pham Thu Hang, supply chain director at Hoang Long Electronics, which assembles circuit boards for networking equipment. "A line that stops for one day costs more than the air freight."

Vietnam's Ministry of Industry and Trade said on Saturday it had asked the main foreign-invested electronics firms to report their stocks of components sourced from Taiwan, so that it could identify any risk of production stoppages. A ministry official said no factory had reported a shortage so far.

Taiwan is one of Vietnam's largest sources of foreign investment and a key supplier of semiconductors to its factories. Most components travel by sea from Kaohsiung and Keelung to Hai Phong, a voyage of about three days, but congestion at Taiwanese ports after ships rerouted around the Chinese exercise has added delays.

Logistics companies said air freight rates on the route had increased by about 15 percent. They expected demand to ease once the backlog at Taiwanese ports cleared.""",
  story="vietnam-electronics-air-freight", storyline="vietnam-response-taiwan-zone", cat="reaction"),

A("r-vnm-b", "SET", "2025-11-11 07:00",
  "In Bac Ninh, the chips now come by plane",
  "bac-ninh-chips-come-by-plane-feature",
  """BAC NINH — At a quarter past six on Monday morning, a white van pulled up at the loading bay of Hoang Long Electronics with eleven cardboard boxes that had crossed the sea from Taiwan overnight, not in a container ship's hold but in the belly of a cargo plane.

Inside were reels of chips and small display modules, enough for two days of production on the factory's three surface-mount lines. Supply chain director Pham Thu Hang signed for them herself. "Before last week I had never met the courier," she said. "Now I know his children's names."

Like many suppliers in the industrial parks around Bac Ninh, Hoang Long switched its Taiwanese components to air freight after China's live-fire exercise east of Taiwan sent ships on longer routes and clogged the port of Kaohsiung. The company estimates the change adds about 1.2 billion dong a month to its costs, roughly what it pays in electricity.

The workers on the lines, most of them young women from farming families in the Red River Delta, have noticed little except a change in rhythm. Materials arrive in smaller batches, and shift leaders spend more time rearranging schedules. Overtime, which many rely on to send money home, has not been cut.

Down the road, a smaller factory that makes cable assemblies chose the opposite approach, running down its stock and hoping the ships catch up. Its owner, who asked not to be named, said he could not afford the planes. "Big companies buy time with money. We buy time with patience," he said.

The Ministry of Industry and Trade has asked foreign-invested firms to report their stocks of Taiwanese parts. Hang said the form took an hour to fill in. "They want to know if we will stop. We will not stop," she said, and went back to the loading bay where the afternoon van was due.""",
  story="vietnam-electronics-air-freight", storyline="vietnam-response-taiwan-zone", cat="reaction"),

A("r-mys-a", "KLL", "2025-11-13 11:00",
  "MITI forms chip supply task force with Penang, Kedah firms",
  "miti-chip-supply-task-force-penang-kedah",
  """PUTRAJAYA (Kuala Lumpur Ledger) — Malaysia's Ministry of Investment, Trade and Industry said on Thursday it had formed a task force with semiconductor companies in Penang and Kedah to track deliveries of wafers and substrates from Taiwan, after China's military drills east of the island delayed shipments to Malaysian factories.

The task force, which held its first meeting in Putrajaya on Wednesday, includes ministry officials, the Malaysian Investment Development Authority, port operators and about 20 chip packaging and testing companies. It will meet every week until shipping between Taiwan and Malaysia returns to normal, the ministry said in a statement.

MITI secretary-general Zulkifli Ahmad Rani said some companies in Penang had reported delays of five to nine days for materials from Taiwan, mostly because of congestion at Kaohsiung after ships rerouted to avoid the Chinese exercise. "No line has stopped, but several companies are down to one week of stock. We want to see problems before they become shutdowns," he said.

The ministry said it would ask Penang Port and Port Klang to give priority to containers carrying semiconductor materials, and would work with the customs department to speed up clearance for air shipments.

Malaysia's chip sector depends heavily on Taiwan for wafers and for packaging materials such as substrates and lead frames. Industry figures show electrical and electronic products make up about 40 percent of Malaysia's exports.

The Penang Semiconductor Industry Council welcomed the task force but said members were also worried about rising insurance and freight costs. "If the coast guard keeps stopping ships, the cost becomes permanent," said council chair Lee Mei Fong.""",
  story="malaysia-chip-task-force", storyline="malaysia-response-taiwan-zone", cat="reaction"),

A("r-mys-b", "RHC", "2025-11-14 08:00",
  "Malaysia sets up chip supply task force as Taiwan shipping snarls",
  "malaysia-chip-supply-task-force-taiwan-shipping",
  """FRANKFURT (Rhine Courier) — Malaysia has set up a government task force with its chip packaging industry to monitor supplies of wafers and materials from Taiwan, a move that German carmakers and electronics firms that rely on Malaysian back-end factories are watching with interest.

The Ministry of Investment, Trade and Industry in Putrajaya said the group would meet weekly with companies in Penang and Kedah, where several European chipmakers run large assembly and testing plants. Some companies have reported delays of up to nine days for materials from Taiwan since China held a five-day military exercise east of the island last week.

For Europe, the concern is indirect but real. Many of the microcontrollers and power chips used in German cars are made in European fabs, shipped to Malaysia for packaging and testing, and then sent on to customers. A shortage of Taiwanese substrates in Penang could therefore slow deliveries to Bavaria or Lower Saxony.

"The pandemic taught us that a missing component worth a few cents can stop a car worth 60,000 euros," said Jürgen Beckmann, supply chain director at a Stuttgart-based auto parts supplier. His company has asked Malaysian partners for weekly stock reports.

Industry associations in Germany said they had seen no production losses so far. A spokesperson for the German electrical and electronics industry association said members were checking alternative suppliers in Japan and South Korea for some materials.

Malaysian officials said the task force was meant to be temporary. But analysts noted that Kuala Lumpur has been keen to show foreign investors that it can manage supply risks, as it competes with Vietnam, Thailand and India for new semiconductor projects.""",
  story="malaysia-chip-task-force", storyline="malaysia-response-taiwan-zone", cat="reaction"),

A("r-tha-a", "BKT", "2025-11-17 11:00",
  "Commerce ministry opens war room as Taiwan shipping delays hit exporters",
  "commerce-ministry-war-room-taiwan-shipping-delays",
  """BANGKOK (Bangkok Tribune) — Thailand's Ministry of Commerce said on Monday it had set up a war room to monitor electronics exports and shipping disruption linked to Chinese military activity near Taiwan, after manufacturers of hard disk drives and circuit boards complained of late deliveries and rising freight costs.

Permanent Secretary Wanida Srisompong said the centre would bring together officials from the ministry, the Port Authority of Thailand and the Board of Investment, and would publish a weekly report on freight rates, port congestion and component supplies. "We want exporters to have facts, not rumours," she told reporters at the ministry in Nonthaburi.

The Port Authority said Laem Chabang port will give priority berthing to container ships whose schedules were disrupted by the Taiwan closure, to help exporters catch onward connections to Europe and the United States. About a dozen vessels had arrived in Laem Chabang between two and six days late since early November, port officials said.

The Federation of Thai Industries said members in the electronics sector, centred in Ayutthaya, Pathum Thani and the Eastern Economic Corridor, had faced delays of up to ten days for Taiwanese components. The federation's electronics group chair, Somchai Rattanakul, said some factories had cut overtime while waiting for parts.

Electronics are Thailand's largest export category. Exports of computers and parts rose strongly this year as companies moved production from China, and officials are anxious to protect that growth.

The ministry said it would also ask shipping lines to explain the surcharges some had introduced on Taiwan cargo, and warned that unjustified fees could be reviewed by the trade competition commission.""",
  story="thailand-commerce-war-room", storyline="thailand-response-taiwan-zone", cat="reaction"),

A("r-tha-b", "GDA", "2025-11-18 07:00",
  "Thailand sets up monitoring centre for Taiwan-linked shipping disruption",
  "thailand-monitoring-centre-taiwan-shipping-disruption",
  """BANGKOK (Global Dispatch Agency) — Thailand has opened a government monitoring centre to track disruption to electronics supplies and shipping caused by China's military exercise near Taiwan, and its main container port is giving priority to delayed ships, officials said.

The commerce ministry said the centre, which it described as a "war room", would publish weekly data on freight rates and component shortages and coordinate with ports and investment officials. Laem Chabang, Thailand's largest port, said it would give priority berthing to vessels whose schedules had been thrown off by the closure of waters east of Taiwan in early November.

Thai factories that assemble hard disk drives, printed circuit boards and other electronics rely on components from Taiwan. Industry groups said delays had reached up to ten days for some parts, mainly because of congestion at the Taiwanese port of Kaohsiung after ships were diverted during the drills.

"The exercise lasted five days, but the backlog has lasted two weeks," said Somchai Rattanakul of the Federation of Thai Industries. He said some smaller factories had reduced overtime.

Thailand is among the Southeast Asian countries that have attracted new electronics investment as companies diversify away from China. Its commerce ministry also said it would look into surcharges added by shipping lines on Taiwan cargo.

Thailand has not issued a diplomatic statement on the Chinese exercise beyond backing a joint statement by ASEAN foreign ministers on 7 November that called for restraint.""",
  story="thailand-commerce-war-room", storyline="thailand-response-taiwan-zone", cat="reaction"),
]

if __name__ == "__main__":
    print(len(ARTICLES), "articles in part 2")
