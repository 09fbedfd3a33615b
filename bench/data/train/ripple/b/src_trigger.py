# Trigger origin and trigger follow-up articles (original fiction).
ARTS = []


def a(story, source, published, title, text):
    ARTS.append(dict(story=story, source=source, published=published, title=title, text=text.strip()))


# ---------------- ORIGIN: shoal-ramming (17-18 Sept) ----------------
a("shoal-ramming", "Manila Harbour Herald", "2025-09-17T14:20:00+08:00",
  "Chinese coast guard rams Philippine supply boat at Second Thomas Shoal",
  """MANILA (Manila Harbour Herald) — A Chinese coast guard cutter rammed a Philippine navy resupply boat near Second Thomas Shoal on Wednesday morning and armed personnel then boarded it, wounding several Filipino sailors, the Armed Forces of the Philippines said.

The boat was carrying food, water and rotation troops to the BRP Sierra Madre, the rusting landing ship that Manila deliberately grounded on the reef in 1999 to anchor its claim.

"Our personnel were attacked with bladed weapons and their boat was punctured. This was not an accident at sea," said Colonel Ramon Villareal, a spokesman for the armed forces. He said at least seven sailors were hurt and that the Chinese boarding party carried away several rifles that had been stowed in crates aboard the boat.

Officials in Manila said the collision happened at about 7:40 a.m., roughly 105 nautical miles west of Palawan, inside the Philippines' exclusive economic zone.

China claims almost the entire South China Sea and calls the feature Ren'ai Jiao. An international tribunal ruled in 2016 that Beijing's sweeping claim had no legal basis, a decision China rejects.

The Chinese embassy in Manila did not immediately respond to a request for comment.""")

a("shoal-ramming", "Global Dispatch Agency", "2025-09-17T15:05:00+08:00",
  "Filipino sailors hurt as Chinese vessel rams, boards boat in disputed waters",
  """MANILA (Global Dispatch Agency) — Several Filipino sailors were injured on Wednesday when a Chinese coast guard vessel struck a Philippine supply boat and boarded it near Second Thomas Shoal, one of the most contested spots in the South China Sea, the Philippine military said.

The military said Chinese personnel armed with knives and axes forced their way aboard, slashed inflatable boats and seized seven rifles. One sailor lost a finger in the struggle, according to two officials who spoke on condition of anonymity.

"They came alongside at speed, hit us twice and then jumped on board," one official quoted a crew member as saying.

The Philippine National Security Council said it was assessing the incident. A spokesman, Jonathan Reyes-Manalo, said the government regarded the boarding as "the most serious escalation at the shoal in years."

The shoal, about 200 kilometres from Palawan island, hosts a small detachment of marines on the grounded BRP Sierra Madre. Chinese vessels have for years tried to block food and water deliveries to the outpost, sometimes using water cannon.

Washington, Manila's treaty ally, has said an armed attack on Philippine public vessels anywhere in the South China Sea would trigger its defence obligations.""")

a("shoal-ramming", "Archipelago Press Service", "2025-09-17T18:40:00+08:00",
  "Manila calls boarding at shoal an 'armed attack', weighs response",
  """MANILA (Archipelago Press Service) — The Philippine government on Wednesday described the Chinese coast guard's ramming and boarding of a navy resupply boat near Second Thomas Shoal as an armed attack, sharpening its language in a dispute that has simmered for more than a decade.

"What happened this morning was an armed attack on Philippine personnel performing a lawful mission in our own waters," Defence Secretary Eduardo Lacson told reporters at Camp Aguinaldo. "We will not be intimidated and we will not abandon the Sierra Madre."

Lacson said eight sailors were injured, one seriously, and that Chinese crew members had taken rifles, ammunition boxes and navigation equipment from the boat. The resupply mission was aborted and the damaged boat was towed back toward Palawan.

The choice of words matters. Under the 1951 Mutual Defense Treaty, the United States is bound to respond to an armed attack on Philippine armed forces or public vessels in the Pacific.

China's coast guard said earlier it had taken "necessary control measures" against vessels that had "illegally intruded" into waters near Ren'ai Jiao. It did not mention injuries.

President Rafael Domingo was briefed throughout the day, the presidential palace said.""")

a("shoal-ramming", "Southern Cross Wire", "2025-09-17T20:10:00+10:00",
  "Chinese cutter rams, boards Philippine boat in South China Sea",
  """MANILA (Southern Cross Wire) — A Chinese coast guard ship rammed a small Philippine military supply boat near Second Thomas Shoal on Wednesday before crew members boarded it with bladed weapons, leaving around half a dozen Filipino sailors injured, officials in Manila said.

The boarding party seized rifles that were packed in cases on the boat, according to the Philippine armed forces, which released photographs showing a gash in the hull and a sailor with a bandaged hand.

The boat had been heading to the BRP Sierra Madre, a World War Two-era ship that serves as a Philippine military outpost on the submerged reef in the Spratly Islands.

Philippine officials called the episode an armed attack. China's coast guard said its officers had acted "professionally and with restraint" to expel vessels it said were carrying weapons into Chinese waters.

The incident is the most violent at the shoal since Chinese vessels began regularly blocking supply runs there. It comes as regional governments prepare for the ASEAN Regional Forum and as the Philippines deepens defence ties with the United States, Japan and Australia.

Roughly a third of global maritime trade is estimated to pass through the South China Sea.""")

a("shoal-ramming", "Eastern Seaboard Times", "2025-09-18T07:30:00+08:00",
  "Sailor loses finger as details of shoal boarding emerge",
  """MANILA (Eastern Seaboard Times) — A Filipino navy sailor lost the index finger of his right hand when Chinese coast guard personnel boarded his boat at Second Thomas Shoal on Wednesday, the navy said, as new details emerged of the clash that Manila has labelled an armed attack.

Navy spokesman Rear Admiral Cecilia Dizon said the sailor, a 29-year-old seaman from Iloilo, had been pinned against the boat's rail when a Chinese cutter struck it a second time. He was evacuated by helicopter to a military hospital in Puerto Princesa and was in stable condition.

"He lost a finger defending his shipmates," Dizon said. Six other crew members suffered cuts and bruises.

The navy said the Chinese crew used knives, an axe and a pole to puncture rubber boats and pried open crates to take eight rifles. It demanded the weapons be returned.

Video shot by the Filipino crew and shown to reporters on Thursday showed Chinese personnel in orange life vests shouting and waving blades as the two vessels drifted together.

The resupply mission did not reach the grounded BRP Sierra Madre, where roughly a dozen marines are stationed.""")

a("shoal-ramming", "Continental Newswire", "2025-09-18T11:15:00+08:00",
  "Beijing says Philippine boat 'smuggled weapons' into Chinese waters",
  """BEIJING (Continental Newswire) — China on Thursday defended its coast guard's boarding of a Philippine boat near Second Thomas Shoal, saying the vessel had tried to smuggle weapons and construction materials to an illegally grounded warship.

"The Philippine side deliberately rammed and provoked, and the China Coast Guard took lawful measures to board, inspect and seize prohibited items," foreign ministry spokeswoman Song Yuhan told a regular news briefing. "Responsibility lies entirely with the Philippines."

Lin did not respond directly to questions about Filipino sailors who were injured, saying only that Chinese personnel had "maintained restraint."

Manila has said that several of its sailors were hurt, including one who lost a finger, and that rifles were taken from the boat. It has called the incident an armed attack.

China refers to the shoal as Ren'ai Jiao and says the BRP Sierra Madre, grounded there in 1999, should be towed away as it says Manila promised. The Philippines denies ever making such a promise.

Analysts said the boarding marked a shift from the water cannon and blocking manoeuvres that Chinese vessels have used against supply missions in recent years.""")

a("shoal-ramming", "Manila Harbour Herald", "2025-09-18T16:00:00+08:00",
  "Philippines summons Chinese envoy, files protest over shoal clash",
  """MANILA (Manila Harbour Herald) — The Philippine foreign ministry summoned China's ambassador on Thursday and handed him a formal protest over Wednesday's ramming and boarding of a navy supply boat at Second Thomas Shoal, demanding the return of seized rifles and compensation for damage.

Foreign Affairs Undersecretary Teresita Bautista-Lim told reporters the ambassador was informed that Manila regarded the boarding as an armed attack on Philippine personnel.

"We told him plainly that this conduct is unacceptable, that our sailors were wounded and that our property must be returned," she said after the 40-minute meeting.

It was the latest of more than 200 diplomatic protests Manila has lodged against Beijing's actions in the South China Sea since 2022, but officials said it was the first to cite bodily injury by boarding personnel.

The Chinese embassy said in a statement that the ambassador had "rejected the unfounded accusations" and urged Manila to stop sending supplies to the grounded BRP Sierra Madre.

Seven sailors were hurt in the clash, according to the navy. One lost a finger and remains in hospital in Puerto Princesa.""")

# ---------------- FOLLOW-UP: US reaffirms treaty ----------------
a("us-treaty-reaffirm", "Global Dispatch Agency", "2025-09-18T09:00:00-04:00",
  "US says defence treaty covers Philippine vessels after shoal boarding",
  """WASHINGTON (Global Dispatch Agency) — The United States on Thursday reaffirmed that its 1951 Mutual Defense Treaty with the Philippines applies to attacks on Philippine coast guard and armed forces vessels anywhere in the South China Sea, a day after a Chinese coast guard cutter rammed and boarded a Philippine supply boat.

"We stand with our ally," State Department spokesperson Marcus Whitfield said in a statement. "China's dangerous and unlawful actions injured Filipino service members and put lives at risk."

Whitfield said Article IV of the treaty, which commits each side to act against an armed attack on the other, extends to Philippine public vessels, aircraft and armed forces, "including those of its coast guard."

The statement did not say whether Washington considered Wednesday's boarding to meet that threshold. Asked by reporters, Whitfield said the United States was "in close consultation" with Manila.

Defence Secretary-level talks between the two allies are scheduled for later this year. US forces have access to nine Philippine bases under an enhanced defence agreement, several of them facing the South China Sea.""")

a("us-treaty-reaffirm", "Archipelago Press Service", "2025-09-19T08:00:00+08:00",
  "US envoy visits Manila navy chiefs, repeats treaty pledge",
  """MANILA (Archipelago Press Service) — The US ambassador to the Philippines met navy commanders in Manila on Friday and repeated Washington's pledge that the two countries' mutual defence treaty covers Philippine vessels in the South China Sea, following the Chinese boarding at Second Thomas Shoal.

Ambassador Laura Pennington said the United States would help the Philippine navy replace equipment lost in the clash, and would continue to fly maritime patrols in the area.

"Our commitment under the Mutual Defense Treaty is ironclad. That is not a slogan; it is a legal obligation," Pennington said after the meeting at the Philippine Navy headquarters on Roxas Boulevard.

Her visit followed a statement from the State Department in Washington on Thursday that invoked Article IV of the treaty.

Philippine officials have welcomed the support but have been careful not to ask publicly for US military help. Defence Secretary Eduardo Lacson said on Thursday that resupply missions would remain "a Philippine operation, carried out by Filipinos."

China has accused the United States of emboldening Manila and of turning the South China Sea into a "hunting ground" for outside powers.""")

# ---------------- FOLLOW-UP: China coast guard video ----------------
a("ccg-video", "Continental Newswire", "2025-09-19T13:00:00+08:00",
  "China coast guard releases its own footage of shoal confrontation",
  """BEIJING (Continental Newswire) — China's coast guard on Friday released a seven-minute video that it said showed a Philippine boat deliberately steering into a Chinese cutter near Second Thomas Shoal, its first visual account of Wednesday's confrontation.

The footage, posted on the coast guard's social media account, shows a grey Philippine boat crossing the bow of a larger white vessel before the two collide. Later clips show Chinese officers lifting long cases from the smaller boat.

"The video proves the Philippine vessel carried guns and intentionally rammed a Chinese law enforcement ship," coast guard spokesman Tan Weiming said in an accompanying statement. He said officers had "confiscated weapons in accordance with law."

The video does not show the moment Filipino sailors were injured. Manila has said seven or eight of its personnel were hurt, one losing a finger.

Chinese state television broadcast the clips repeatedly during its evening news, under a caption reading "Philippine provocation exposed."

The release appeared aimed at countering images published by the Philippine military on Thursday showing Chinese personnel brandishing knives and an axe.""")

a("ccg-video", "Eastern Seaboard Times", "2025-09-19T21:00:00+08:00",
  "Manila says Chinese video 'edited' to hide the blades",
  """MANILA (Eastern Seaboard Times) — Philippine officials on Friday dismissed a video released by China's coast guard as a selectively edited account of the boarding at Second Thomas Shoal, saying it left out the moments when Chinese personnel wielded blades against Filipino sailors.

"Seven minutes of footage from a two-hour confrontation is not evidence; it is a trailer," said Commodore Jose Marcelino Santos, a Philippine coast guard spokesman who monitors the South China Sea.

He said the Philippine navy would release further unedited footage and had preserved its crew's body-camera recordings for any future legal proceeding.

China's coast guard posted the clips earlier on Friday, saying they showed the Philippine boat steering into a Chinese cutter and carrying weapons. Beijing has said its officers acted lawfully in seizing the rifles.

Maritime analysts who reviewed both sets of images said the Chinese video appeared to begin after the first collision. "You cannot tell from this who turned first," said Dr. Alma Reodica, a researcher at a Manila think tank.

The navy says the sailor who lost a finger is recovering and that other crew members have returned to duty.""")

# ---------------- FOLLOW-UP: Senate hearing ----------------
a("senate-hearing", "Manila Harbour Herald", "2025-09-23T17:00:00+08:00",
  "Boat commander tells Senate crew fought off boarders with bare hands",
  """MANILA (Manila Harbour Herald) — The commander of the Philippine supply boat rammed at Second Thomas Shoal told a Senate committee on Tuesday that his crew had been ordered not to use their weapons and fought the Chinese boarding party with their bare hands.

Lieutenant Junior Grade Arnel Cabral, 31, said Chinese officers carrying knives and an axe jumped aboard within seconds of the second collision. "My men followed the rules of engagement. We did not fire. We pushed them back with our hands and our paddles," he said, his voice breaking at times.

The Senate defence committee opened the hearing to examine whether the rules of engagement for resupply missions should change. Several senators argued the crews were sent "defenceless into an ambush."

Senator Regina Abalos, the committee chair, said she would propose funding for larger, faster resupply vessels and better protective gear.

Navy officials told the hearing that eight rifles were taken, all of which had been unloaded and cased for delivery to marines on the BRP Sierra Madre. They said China had not responded to a demand to return them.

The hearing was the first public testimony by a crew member since the clash.""")

# ---------------- FOLLOW-UP: Marcos visits injured sailors ----------------
a("president-visits-sailors", "Archipelago Press Service", "2025-09-25T11:00:00+08:00",
  "President Domingo visits wounded sailors in Palawan, awards medals",
  """PUERTO PRINCESA, Philippines (Archipelago Press Service) — President Rafael Domingo visited sailors wounded in last week's clash with the Chinese coast guard at Second Thomas Shoal on Thursday, pinning medals on eight crew members at a military hospital in Palawan.

Domingo spent about an hour at the hospital and met the family of Seaman First Class Danilo Ocampo, who lost a finger when a Chinese cutter struck his boat. Ocampo is expected to be discharged next week after surgery, doctors said.

"You were sent to bring food to your comrades and you came back wounded. The nation owes you," Domingo said in brief remarks. He awarded the crew the Wounded Personnel Medal and the navy's distinguished conduct ribbon.

The president did not comment directly on China but told reporters that the government would "continue to supply our troops, always." He said he had ordered the navy to review how missions were planned.

Defence Secretary Eduardo Lacson and navy chief Vice Admiral Rommel Aquino accompanied him.

Six of the eight injured sailors have returned to duty. The ninth crew member, the boat's engineer, was not hurt.""")

# ---------------- FOLLOW-UP: ASEAN foreign ministers ----------------
a("asean-statement", "Global Dispatch Agency", "2025-09-26T18:00:00-04:00",
  "ASEAN ministers voice 'serious concern' over shoal clash",
  """NEW YORK (Global Dispatch Agency) — Southeast Asian foreign ministers expressed "serious concern" on Friday over recent developments in the South China Sea, including an incident that injured Filipino personnel, in a statement issued after meeting on the sidelines of the UN General Assembly.

The statement from the 10-member Association of Southeast Asian Nations did not name China. It called for "self-restraint in the conduct of activities that would complicate or escalate disputes" and urged full respect for international law, including the 1982 UN Convention on the Law of the Sea.

Diplomats said the Philippines had pushed for stronger language referring directly to the boarding at Second Thomas Shoal, but Cambodia and Laos, close partners of Beijing, had objected.

"We got a reference to injuries, which is more than we have had before," said one Southeast Asian diplomat involved in drafting. "It is not everything we wanted."

ASEAN and China have been negotiating a code of conduct for the South China Sea for more than two decades. Ministers said they hoped to conclude it by 2026.""")

a("asean-statement", "Harbourline Post", "2025-09-27T09:00:00+08:00",
  "ASEAN statement on sea dispute stops short of naming Beijing",
  """NEW YORK (Harbourline Post) — A joint statement by ASEAN foreign ministers on the South China Sea has acknowledged injuries to Filipino sailors for the first time, but stopped short of naming China, reflecting divisions within the bloc.

The ministers, who met in New York on Friday, said they were seriously concerned by "land reclamations, dangerous manoeuvres and an incident which caused injuries to personnel" in the disputed waters. The text was agreed after several hours of negotiation, according to diplomats.

Philippine Foreign Secretary Manuel Aquinde called the statement "a step forward" and said Manila would keep pressing for ASEAN unity. "Silence would have sent the wrong message," he said.

Malaysia and Vietnam, which also have claims in the South China Sea, backed a reference to the shoal boarding, diplomats said, but other members preferred general wording.

The meeting followed the September 17 clash at Second Thomas Shoal in which a Chinese coast guard vessel rammed and boarded a Philippine boat, seizing rifles. Beijing says the Philippine vessel was carrying weapons into Chinese waters.

China's foreign ministry did not comment on the statement.""")

# ---------------- FOLLOW-UP: October resupply run ----------------
a("resupply-run-oct", "Manila Harbour Herald", "2025-10-04T15:00:00+08:00",
  "Tense resupply run reaches Sierra Madre under Chinese shadowing",
  """MANILA (Manila Harbour Herald) — A Philippine resupply mission reached the BRP Sierra Madre at Second Thomas Shoal on Saturday, the first since Chinese coast guard personnel boarded a navy boat there last month, after Chinese vessels shadowed it closely for several hours.

The navy said two supply boats, escorted at a distance by a Philippine coast guard cutter, delivered food, water, medicine and fresh troops to the outpost shortly before noon. Four Chinese coast guard ships and several maritime militia vessels followed them, at times coming within 30 metres.

"There were dangerous manoeuvres, but no collision and no boarding," said navy spokesman Rear Admiral Cecilia Dizon. "The mission was accomplished."

Officials said the crews had new protective vests and helmets and that the boats carried no weapons for the marines this time.

China's coast guard said it had "monitored and controlled" the Philippine vessels and allowed a "temporary, special arrangement" for daily necessities to be delivered. Manila rejected that description, saying it needed no permission to supply its own troops.

The September 17 boarding left eight sailors injured and rifles seized.""")

a("resupply-run-oct", "Global Dispatch Agency", "2025-10-04T17:30:00+08:00",
  "Philippines completes first shoal resupply since boarding clash",
  """MANILA (Global Dispatch Agency) — The Philippines completed a resupply mission to its marine outpost at Second Thomas Shoal on Saturday without a repeat of last month's violent boarding, though Chinese ships crowded the Philippine boats for much of the trip, officials said.

Both sides claimed the mission as vindication. Manila said it had asserted its right to resupply the BRP Sierra Madre; Beijing said the delivery had taken place only because it had "permitted" it.

"We don't ask anyone's permission to feed our soldiers," National Security Council spokesman Jonathan Reyes-Manalo said.

The September clash, in which a Chinese coast guard vessel rammed a navy boat and personnel seized rifles, injuring several sailors, had raised fears that the next mission could turn deadly. Diplomats said the two governments had exchanged messages in the past week, but neither confirmed any new arrangement.

US and Philippine aircraft flew overhead during Saturday's mission, according to a Philippine military official.

A Chinese coast guard statement said four of its ships had "carried out control" around Ren'ai Jiao and that China's sovereignty there was "indisputable."
""")
