from common import art, copy_of
A = []
SL = "nk-icbm-test-and-fallout"
ST = "nk-icbm-launch-nov3"
a1 = art("u3-001", "Meridian Wire Service", "North Korea fires long-range missile into sea west of Japan, Seoul says",
"2026-11-03T08:05:00+09:00", """
SEOUL (Meridian Wire Service) — North Korea fired an intercontinental ballistic missile on Tuesday morning that flew for nearly an hour and a half before falling into the sea west of Japan's Hokkaido island, South Korean and Japanese officials said.

South Korea's Joint Chiefs of Staff said the missile was launched at 7:12 a.m. from the Sunan area near Pyongyang on a steeply lofted trajectory. It was detected by South Korean, U.S. and Japanese surveillance assets, and the three allies were sharing data, the military said.

"Our military is maintaining a full readiness posture in close coordination with the United States," JCS spokesman Colonel Park Jae-won told reporters. He said the missile appeared to be a solid-fuel type but that analysis was continuing.

Japan's government said the missile came down outside its exclusive economic zone, about 250 kilometres west of Okushiri island, at around 8:40 a.m., after roughly 88 minutes in flight. There were no reports of damage to ships or aircraft.

The launch came hours before polls opened in U.S. midterm elections and weeks after Pyongyang warned it would respond to what it called a growing allied military threat.

North Korea has been developing solid-fuel long-range missiles, which can be hidden more easily and launched faster than older liquid-fuel models.
""", ST, SL)
A.append(a1)
A.append(copy_of(a1, "u3-002", "Pacific Ledger", "North Korea launches ICBM into sea west of Japan",
"2026-11-03T10:40:00+11:00", [("(Meridian Wire Service)", "(MWS)"), ("told reporters", "told a briefing")]))
A.append(copy_of(a1, "u3-003", "Northgate Times", "N. Korea test-fires intercontinental missile; flight lasts 88 minutes",
"2026-11-02T23:50:00+00:00", [("on Tuesday morning", "on Tuesday"), ("There were no reports of damage", "There were no immediate reports of damage")]))
A.append(art("u3-004", "Sentinel Asia", "North Korean ICBM reached record altitude, South Korean military says",
"2026-11-03T13:30:00+09:00", """
SEOUL (Sentinel Asia) — The intercontinental ballistic missile North Korea launched on Tuesday climbed to an altitude of more than 7,300 kilometres, higher than any of its previous tests, South Korea's military said, suggesting progress in the country's solid-fuel long-range programme.

The missile travelled about 1,000 kilometres horizontally before splashing down in the sea between the Korean peninsula and Japan, the Joint Chiefs of Staff said in an updated assessment. Because it was fired almost straight up to avoid overflying Japan, analysts said the same missile on a normal trajectory could reach the continental United States.

South Korea's national security adviser chaired an emergency meeting of the National Security Council, which condemned the launch as a clear violation of United Nations Security Council resolutions and called on Pyongyang to stop actions that raise tension.

Military officials said the launch might have been intended to test a heavier payload or an improved re-entry vehicle. "The flight time and altitude point to a larger motor than in previous models," said a senior military official who briefed reporters on condition of anonymity.

North Korea's state media did not immediately report the launch. Pyongyang usually announces the results of major weapons tests the following morning.
""", ST, SL))
A.append(art("u3-005", "The Harbour Tribune", "Japan tracks North Korean missile for 88 minutes before it falls west of Hokkaido",
"2026-11-03T15:10:00+09:00", """
TOKYO (The Harbour Tribune) — A North Korean intercontinental ballistic missile stayed aloft for about 88 minutes on Tuesday, the longest flight Japan has recorded for any of Pyongyang's missiles, before plunging into the sea roughly 250 kilometres west of Okushiri island off Hokkaido, Japan's defence ministry said.

The ministry said the missile fell outside Japan's exclusive economic zone and that no damage had been reported to fishing boats, commercial ships or aircraft. The coast guard issued a navigational warning shortly after the launch was detected.

A defence ministry official said the missile's maximum altitude exceeded 7,000 kilometres, and that on a standard trajectory it would have a range of more than 15,000 kilometres, enough to reach anywhere in the United States.

Fishing crews in the Sea of Japan were alerted by radio. "We heard it on the news and called our boats straight away," said Takeshi Ono, who heads a fishing cooperative in Esashi, a port facing the area where the missile fell. "It has become routine, and that is what worries me."

Japan lodged a protest with North Korea through its embassy in Beijing, as it does after each launch.
""", ST, SL))
A.append(art("u3-006", "Global Press Agency", "North Korea says it tested new Hwasong-21 ICBM, Kim calls it 'ultimate' deterrent",
"2026-11-04T07:30:00+09:00", """
SEOUL (Global Press Agency) — North Korea said on Wednesday it had successfully tested a new solid-fuel intercontinental ballistic missile, the Hwasong-21, and that leader Kim Jong Un had overseen the launch and declared the country's strategic deterrent complete in its structure.

The official Korean Central News Agency (KCNA) said the missile, fired on Tuesday from a new 11-axle launch vehicle, flew 1,003 kilometres and reached a maximum altitude of 7,342 kilometres in a flight lasting 5,268 seconds, or about 88 minutes. It said the test had no negative impact on the security of neighbouring countries.

Kim described the Hwasong-21 as the "ultimate" weapon of the country's nuclear force and said it would soon be handed to strategic units, according to KCNA. He accused the United States and its allies of reckless military moves that made strengthening the deterrent unavoidable.

Photographs in the ruling party newspaper Rodong Sinmun showed a missile lifting off in a column of smoke and Kim watching through binoculars, flanked by his daughter and senior officials.

South Korea's military said parts of the North's account, including the altitude, were broadly consistent with its own tracking data, but that it was still analysing whether the warhead had survived re-entry into the atmosphere.
""", ST, SL))
A.append(art("u3-007", "Eastern Star Herald", "Explainer: What we know about North Korea's Hwasong-21 missile",
"2026-11-04T14:00:00+09:00", """
SEOUL (Eastern Star Herald) — North Korea says the missile it launched on Tuesday was a new intercontinental ballistic missile called the Hwasong-21. Here is what is known, and what is not.

What is it? According to state media, it is a solid-fuel ICBM carried on an 11-axle road-mobile launcher, larger than the vehicles used for the earlier Hwasong-18 and Hwasong-19. Photographs suggest a longer and wider missile body, which would allow more propellant or a heavier payload.

Why does solid fuel matter? Liquid-fuelled missiles must be fuelled shortly before launch, which takes time and can be spotted by satellites. Solid-fuel missiles can be stored ready to fire and launched within minutes from hidden locations, making them harder to find and destroy in advance.

How far can it fly? Fired on a lofted trajectory, it reached an altitude of about 7,340 kilometres. Analysts estimate a range of more than 15,000 kilometres on a normal path, enough to reach the whole of the continental United States.

What remains unproven? North Korea has not shown convincingly that a warhead can survive the heat and stress of re-entry on a full-range flight. It also has not demonstrated multiple independently targeted warheads, though the larger missile could be intended for them.

Why now? Pyongyang has said it is responding to expanded U.S.-South Korean drills. The timing, on the eve of the U.S. midterm elections, also ensured attention in Washington.
""", ST, SL, sec="explainers"))
A.append(art("u3-008", "Atlas News Network", "Analysis: Bigger, higher, harder to find — what the Hwasong-21 test tells us",
"2026-11-05T09:00:00+09:00", """
SEOUL (Atlas News Network) — North Korea's launch of the Hwasong-21 on Tuesday did not show a new capability so much as a steady refinement of an old one. That, analysts say, is precisely what should worry its neighbours.

Each of Pyongyang's recent long-range tests has flown a little longer and climbed a little higher than the last. The 88-minute flight this week implies a more powerful first stage and, possibly, lighter materials, said Cho Min-kyung, a missile researcher at a Seoul think tank. "They are no longer proving that they can build an ICBM. They are optimising one for deployment."

The size of the new launcher has drawn particular attention. A larger missile could in time carry several warheads or decoys designed to confuse missile defences, although there is no public evidence yet that North Korea has mastered that technology.

Some analysts also see signs of outside help. Western officials have accused Russia of sharing military technology with Pyongyang in exchange for munitions and troops, and the speed of progress in solid-fuel motors has fuelled suspicion. Moscow denies providing missile assistance.

There is also the politics. A launch on the eve of U.S. midterm elections guaranteed coverage in Washington, and the state media account was aimed as much at a domestic audience as a foreign one, portraying Kim Jong Un as having completed the country's nuclear force.

What comes next may be a full-range test into the Pacific, which Pyongyang has threatened before but never carried out with an ICBM. That would be a far more dangerous step.
""", ST, SL, sec="analysis"))
A.append(art("u3-009", "The Morning Dispatch", "North Korea fires ICBM on eve of U.S. midterm voting",
"2026-11-02T21:15:00-05:00", """
WASHINGTON (The Morning Dispatch) — North Korea launched an intercontinental ballistic missile into the sea off Japan on Monday evening, Washington time, U.S. and allied officials said, in a test that came hours before Americans began voting in the midterm elections.

The missile was fired at 5:12 p.m. Eastern time, or 7:12 a.m. Tuesday in Korea, and flew for about 88 minutes on a high arc before coming down west of Japan's Hokkaido island, according to the South Korean and Japanese militaries.

U.S. Indo-Pacific Command said the missile had not endangered American territory or forces, but called the launch destabilising and said U.S. defence commitments to South Korea and Japan remained "ironclad". A Pentagon spokesman said the military's missile warning systems had tracked the flight from launch to splashdown.

North Korea has in the past timed weapons tests to coincide with U.S. political events. Officials declined to speculate on whether the timing was deliberate.

The launch was the North's first test of a long-range missile in more than a year and is expected to prompt calls in Congress for tighter enforcement of sanctions after the election.
""", ST, SL, sec="national-security"))
# UN Security Council meeting
SU = "unsc-meeting-on-nk-icbm"
A.append(art("u3-010", "Meridian Wire Service", "U.N. Security Council splits over North Korea's ICBM test",
"2026-11-05T18:20:00-05:00", """
UNITED NATIONS (Meridian Wire Service) — The U.N. Security Council met in emergency session on Thursday over North Korea's latest intercontinental ballistic missile launch but failed to agree on a response, as China and Russia opposed a push by Western members for a joint statement.

The United States, Britain and France, joined by South Korea and Japan, which were invited to take part, said Tuesday's launch of the Hwasong-21 violated a series of council resolutions banning Pyongyang's ballistic missile activity.

"Each time this council stays silent, Pyongyang takes note and launches again," U.S. Deputy Ambassador Laura Whitcombe said. She accused two permanent members of "protecting a serial violator" from consequences.

China's deputy envoy, Chen Haoyu, said the council should avoid steps that "escalate confrontation" and urged Washington to address North Korea's security concerns, including allied military exercises. Russia's representative, Dmitry Voronin, said sanctions had "clearly failed" and called for them to be eased.

North Korea's U.N. ambassador, speaking at the end of the meeting, said the test was a legitimate exercise of the country's right to self-defence and that Pyongyang did not recognise council resolutions on its weapons programmes.

The council has not adopted a new resolution on North Korea since 2017.
""", SU, SL))
A.append(art("u3-011", "Continental Daily", "No statement from U.N. Security Council as Beijing, Moscow shield Pyongyang",
"2026-11-06T08:00:00-05:00", """
NEW YORK (Continental Daily) — An emergency meeting of the United Nations Security Council on North Korea's long-range missile test ended on Thursday without any joint statement, underscoring deep divisions among the major powers over how to deal with Pyongyang.

Diplomats said a short draft press statement circulated by the United States, condemning the launch and calling on North Korea to return to talks, was blocked after China and Russia insisted it also criticise allied military drills in the region.

The meeting, which lasted about two and a half hours, featured a familiar exchange. Western members and Japan called for stricter enforcement of existing sanctions, while Beijing and Moscow argued that pressure had pushed Pyongyang to expand its arsenal.

"We are watching a slow-motion collapse of the sanctions regime," said one council diplomat who asked not to be named. "Everyone knows it, and nobody can stop it."

A U.N. panel of experts that monitored sanctions violations was disbanded in 2024 after Russia vetoed the renewal of its mandate, leaving the council with less information about evasion.
""", SU, SL))
A.append(art("u3-012", "Capital Observer", "At U.N., allies call North Korea's missile test 'reckless'; Pyongyang's envoy cites self-defence",
"2026-11-05T20:45:00-05:00", """
UNITED NATIONS (Capital Observer) — Western governments and North Korea's neighbours used an emergency Security Council session on Thursday to condemn this week's intercontinental ballistic missile test, while Pyongyang's envoy told the council his country would keep building its nuclear force.

Japan's ambassador described the 88-minute flight of the Hwasong-21 as "reckless and dangerous to civil aviation and shipping" and said fishing vessels had been operating in the area where it fell. South Korea's ambassador said the launch showed that Pyongyang "has no interest in dialogue, only in leverage".

Britain and France called for the council to consider new designations of individuals and entities involved in the missile programme. Diplomats said there was no realistic prospect of such a move given opposition from China and Russia.

North Korea's ambassador, responding at the end of the session, said his country's weapons were "for defence, not for sale and not for negotiation" and accused Washington of turning the region into "a base for aggression".

The meeting closed without a formal outcome.
""", SU, SL, sec="world"))
# China's reaction headlined as news
SC = "china-reaction-nk-icbm"
A.append(art("u3-013", "Global Press Agency", "China urges restraint after North Korean missile test, rejects 'pressure'",
"2026-11-04T16:40:00+08:00", """
BEIJING (Global Press Agency) — China on Wednesday called on all sides to exercise restraint after North Korea's intercontinental ballistic missile test and said sanctions and military pressure would not resolve tensions on the Korean peninsula.

Foreign ministry spokeswoman Hu Xiaoli told a regular news briefing that Beijing's position on the peninsula was "consistent and clear" and that it hoped the parties concerned would "address each other's legitimate concerns through dialogue".

Asked whether China would support new measures at the United Nations Security Council, Hu said Beijing opposed "actions that only increase confrontation". She also rejected a U.S. State Department remark that China should do more to enforce existing sanctions, saying China had always fulfilled its international obligations.

China is North Korea's main trading partner and diplomatic backer. It has repeatedly argued that regular large-scale exercises by the United States and its allies feed Pyongyang's sense of insecurity.

The Hwasong-21 missile was launched on Tuesday and flew for about 88 minutes before landing in the sea west of Japan.
""", SC, SL))
A.append(art("u3-014", "Sentinel Asia", "Beijing blames 'bloc confrontation' for peninsula tension after ICBM launch",
"2026-11-04T18:15:00+08:00", """
BEIJING (Sentinel Asia) — China responded to North Korea's latest long-range missile launch on Wednesday by criticising the United States and its allies for what it called bloc confrontation in Northeast Asia, stopping short of any criticism of Pyongyang.

"The root cause of the peninsula issue is clear to all," foreign ministry spokeswoman Hu Xiaoli said when asked about Tuesday's launch. "Frequent military exercises and the deployment of strategic assets only push the situation toward a vicious cycle."

Beijing's response followed a familiar pattern. China rarely comments on the substance of North Korean tests, instead urging calm and pointing to U.S. deployments. Analysts in Seoul said the tone this time was slightly sharper toward Washington, reflecting wider friction between the two powers.

"China does not want to be seen as endorsing a missile test, but it will not pay a price for North Korea either," said Lee Ji-hoon, a China specialist at a university in Seoul.

South Korea's foreign ministry said it had asked Beijing to play a "constructive role" in restraining Pyongyang.
""", SC, SL))
# Seoul's unilateral sanctions: new act
SK = "south-korea-sanctions-nov6"
A.append(art("u3-015", "Sentinel Asia", "South Korea blacklists 11 North Koreans, four firms after ICBM test",
"2026-11-06T11:00:00+09:00", """
SEOUL (Sentinel Asia) — South Korea imposed sanctions on Friday on 11 North Korean individuals and four entities it said were involved in financing and supplying the North's missile programme, three days after Pyongyang tested a new intercontinental ballistic missile.

The foreign ministry said the list included North Korean bankers based in China and Russia, an IT workers' network that earns foreign currency through freelance software contracts, and a Hong Kong-registered shipping company accused of transferring oil to North Korean tankers at sea.

South Koreans are barred from financial dealings with those on the list without government approval. Although direct trade with the North is already minimal, officials said the designations were meant to warn third-country businesses.

"This is a clear message that provocations carry costs," a senior foreign ministry official said. The ministry said it had coordinated the measures with Washington and Tokyo.

Seoul has imposed more than a dozen rounds of unilateral sanctions on North Korea since 2022.
""", SK, SL))
A.append(art("u3-016", "The Harbour Tribune", "Seoul imposes unilateral sanctions over missile launch, targets shipping network",
"2026-11-06T16:30:00+09:00", """
SEOUL (The Harbour Tribune) — South Korea on Friday announced its own sanctions against North Korea in response to this week's long-range missile test, singling out a ship-to-ship oil transfer network that officials say keeps Pyongyang's military supplied with fuel.

Among the four entities designated was a Hong Kong-registered company that operates two tankers South Korean officials say were photographed transferring cargo to North Korean vessels in the East China Sea earlier this year. The company could not be reached for comment.

Eleven individuals, most of them representatives of North Korean banks and trading firms stationed abroad, were also added to Seoul's list. The measures freeze any assets they may have in South Korea and bar South Korean citizens from doing business with them.

Experts say such unilateral designations have limited practical effect, because the targets rarely hold assets in the South. But they can make banks and shipping insurers in other countries more cautious. "It is about raising the cost of doing business with Pyongyang," said Kim Hye-won, a sanctions researcher in Seoul.

North Korea has in the past dismissed Seoul's sanctions as meaningless.
""", SK, SL))
# allied drills announcement, North's denunciation, and a separate SRBM launch
SL2 = "allied-air-drills-and-nk-response"
SD = "us-rok-air-drills-announcement"
A.append(art("u3-017", "Meridian Wire Service", "U.S., South Korea to stage large air drills next week, with Japan joining",
"2026-11-10T14:10:00+09:00", """
SEOUL (Meridian Wire Service) — South Korea and the United States will hold a five-day combined air exercise involving about 200 warplanes starting next Monday, with Japanese aircraft joining for part of the drills, the allies said on Tuesday, a week after North Korea tested a new long-range missile.

The exercise, called Vigilant Resolve, will run from November 16 to 20 and include South Korean F-35A stealth fighters, U.S. F-16s and refuelling aircraft, the South Korean air force said. A U.S. B-1B bomber will fly over the peninsula with allied escorts on one day, and a trilateral segment with Japan's Air Self-Defense Force will take place south of Jeju island.

"The exercise is designed to strengthen our combined ability to respond to any North Korean provocation, including missile threats," the air force said in a statement. It said the drills were defensive and planned in advance.

The allies scaled back some exercises in recent years amid attempts at diplomacy but have expanded them again as North Korea has stepped up weapons testing.

North Korea regularly denounces such drills as rehearsals for invasion and has responded to previous exercises with missile launches.
""", SD, SL2))
A.append(art("u3-018", "Bluewater Gazette", "Allies plan 'Vigilant Resolve' exercise with 200 aircraft after North Korean ICBM",
"2026-11-10T17:45:00+09:00", """
SEOUL (Bluewater Gazette) — The United States and South Korea on Tuesday announced one of their biggest combined air exercises in years, saying about 200 military aircraft would take part in drills next week meant to show readiness after North Korea's test of the Hwasong-21 intercontinental ballistic missile.

Officials said the exercise would practise striking mobile missile launchers, the kind North Korea uses for its solid-fuel missiles, as well as defending air bases against attack. Japan will send fighter jets to join a trilateral phase of the drills.

South Korea's defence ministry said the exercise would also involve U.S. strategic assets, including a B-1B bomber, though it gave no dates for individual flights. "Deterrence must be visible to be credible," a ministry spokesman said.

Residents near air bases in Gunsan and Osan were notified of increased flights and night-time noise during the five-day exercise.

The announcement drew criticism from some South Korean civic groups, which said bigger drills risked trapping the peninsula in a cycle of escalation.
""", SD, SL2))
SN = "nk-denounces-air-drills"
A.append(art("u3-019", "Global Press Agency", "North Korea warns of 'toughest counteraction' over U.S.-South Korea air drills",
"2026-11-12T08:20:00+09:00", """
SEOUL (Global Press Agency) — North Korea warned on Thursday that it would take the "toughest counteraction" against planned U.S.-South Korean air exercises next week, calling them a rehearsal for a pre-emptive strike on its missile forces.

A spokesman for North Korea's defence ministry said in a statement carried by the state news agency KCNA that the Vigilant Resolve drills, involving about 200 aircraft, showed that Washington and Seoul were "practising to hunt our strategic forces".

"If the enemies ignite the fuse of a war, they will face a catastrophic and immediate response," the statement said, adding that North Korea's armed forces had been ordered to prepare "corresponding measures" for the duration of the exercise.

The statement did not specify what those measures would be. North Korea has often responded to allied drills with missile launches or artillery fire near the maritime border.

South Korea's unification ministry said the exercise was defensive and urged the North to stop issuing threats.
""", SN, SL2))
A.append(art("u3-020", "Eastern Star Herald", "Pyongyang calls planned allied air exercise 'rehearsal for invasion'",
"2026-11-12T12:00:00+09:00", """
SEOUL (Eastern Star Herald) — North Korea on Thursday denounced next week's large-scale air drills by the United States and South Korea as preparation for an invasion and said its military would respond in kind, raising the prospect of more weapons tests in the coming days.

The statement from the North's defence ministry, published by state media, singled out the planned flight of a U.S. B-1B bomber and the participation of Japanese fighter jets, describing the three-way element as "the birth of an Asian NATO".

It said the North's nuclear forces would be on "the highest alert" while the exercise took place and that the allies would bear responsibility for any consequences.

Analysts said the language was harsh but familiar. "The statement is a warning label, not a plan," said Yang Soo-jin, a North Korea specialist at a Seoul research institute. "But North Korea usually does something to back up its words."

The drills are scheduled to run from November 16 to 20.
""", SN, SL2))
SS = "nk-srbm-salvo-nov17"
a21 = art("u3-021", "Meridian Wire Service", "North Korea fires four short-range missiles as allied air drills under way",
"2026-11-17T08:30:00+09:00", """
SEOUL (Meridian Wire Service) — North Korea fired four short-range ballistic missiles into the sea off its east coast on Tuesday, South Korea's military said, as South Korean and U.S. warplanes carried out a large combined air exercise.

The Joint Chiefs of Staff said the missiles were launched between 6:40 a.m. and 6:52 a.m. from near the coastal city of Wonsan and flew about 380 kilometres before falling into the waters between the peninsula and Japan.

"The launches are a clear provocation that undermines peace and stability," the JCS said in a statement, adding that the military had increased surveillance and was sharing information with the United States and Japan.

Japan's defence ministry said the missiles appeared to have landed outside its exclusive economic zone and that there were no reports of damage.

It was North Korea's second launch this month, after the test of a new intercontinental ballistic missile on November 3. The allied air drills, involving about 200 aircraft, began on Monday and are due to end on Friday.
""", SS, SL2)
A.append(a21)
A.append(copy_of(a21, "u3-022", "The Lakeside Courier", "North Korea launches four short-range ballistic missiles during allied drills",
"2026-11-16T19:45:00-05:00", [("(Meridian Wire Service)", "(MWS)"), ("near the coastal city of Wonsan", "the area of the eastern port city of Wonsan"), ("there were no reports of damage", "no damage had been reported")]))
A.append(art("u3-023", "Sentinel Asia", "North Korea launches missile salvo in apparent response to air exercise",
"2026-11-17T12:40:00+09:00", """
SEOUL (Sentinel Asia) — North Korea launched a salvo of four short-range ballistic missiles on Tuesday morning, a day after the start of joint U.S.-South Korean air drills that Pyongyang had vowed to answer with the "toughest counteraction".

South Korean officials said the missiles, fired in quick succession from launchers near Wonsan, appeared to be variants of the Hwasong-11, a solid-fuel weapon that North Korea describes as capable of carrying tactical nuclear warheads. Each flew about 380 kilometres at a low altitude of around 50 kilometres.

Such a flight pattern is designed to make interception more difficult, said Choi Dong-ha, a defence analyst in Seoul. "Four at once, low and fast, is a message about saturating missile defences," he said.

The launch did not disrupt the allied exercise, which continued with more than 60 sorties on Tuesday, the South Korean air force said.

The salvo came two weeks after North Korea tested its Hwasong-21 intercontinental missile, but officials said the two launches involved entirely different systems.
""", SS, SL2))
A.append(art("u3-024", "Continental Daily", "North Korea fires missiles for second time this month",
"2026-11-17T10:15:00+09:00", """
SEOUL (Continental Daily) — North Korea fired a volley of short-range ballistic missiles toward the sea on Tuesday, its second weapons launch in two weeks, drawing condemnation from South Korea as allied aircraft staged a major air exercise nearby.

South Korea's military said four missiles were fired from North Korea's east coast shortly before 7 a.m. and flew about 380 kilometres. The launches were detected immediately and tracked until they fell into the sea, it said.

Seoul's presidential office convened a meeting of senior security officials, who called on the North to halt actions that could lead to miscalculation. A U.S. military spokesman said the launch posed no immediate threat to U.S. personnel or allies.

Tension on the peninsula has risen since North Korea tested its new Hwasong-21 intercontinental ballistic missile on November 3. Pyongyang has warned it would respond to the five-day air drills, which it calls preparation for war.
""", SS, SL2))
A.append(art("u3-025", "Global Press Agency", "North Korea says missile drill simulated nuclear strike on air bases",
"2026-11-18T07:45:00+09:00", """
SEOUL (Global Press Agency) — North Korea said on Wednesday that its launch of four short-range missiles the previous day was a drill simulating a nuclear counterattack on enemy air bases, and that leader Kim Jong Un had supervised it.

The state news agency KCNA said the missiles, carrying "simulated nuclear warheads", accurately hit an island target off the east coast at a set altitude, confirming the reliability of a system for tactical nuclear weapons. It said the drill was a response to allied air exercises that involve "nuclear strategic bombers".

Kim said North Korea's forces must be ready to "annihilate the airfields from which the enemy's aircraft take off" at any moment, according to KCNA.

South Korea's military said the North appeared to be exaggerating the drill's success and that at least one missile may have fallen short of the others. It said the allied exercise would continue as planned until Friday.

The launch followed a North Korean defence ministry statement last week vowing a strong response to the drills.
""", SS, SL2))
A.append(art("u3-026", "The Morning Dispatch", "Column: On the Korean peninsula, the abnormal has become routine",
"2026-11-20T06:00:00-05:00", """
WASHINGTON (The Morning Dispatch) — There was a time when a North Korean long-range missile test would lead the evening news around the world for days. Now it competes for attention with sports results. That shift in attention is itself a kind of strategic victory for Pyongyang, and a warning for everyone else.

The pattern of the past decade is easy to describe. North Korea tests; the allies condemn, sanction and drill; North Korea tests again. Each round adds a little capability on one side and a little more hardware on the other. No one is deterred from the next step, and no one is reassured. The risk of an accident grows with every aircraft in the air and every missile on a launcher.

Deterrence is necessary. No serious person suggests that Seoul and Tokyo should face a nuclear-armed neighbour without allies. But deterrence alone is a posture, not a policy. It tells the other side what not to do. It offers no path toward anything better.

What is missing is the unglamorous architecture that kept the Cold War from turning hot: hotlines that are actually answered, notifications before exercises and tests, agreed rules for aircraft and ships operating close to one another. None of this requires anyone to give up their weapons or their principles. It requires only that both sides admit they share an interest in not stumbling into a war.

Washington, Seoul and Pyongyang have all at times said they want talks. The region cannot afford to wait for a perfect moment. The routine is not stable. It only looks that way until the day it is not.
""", "column-korea-deterrence", "column-korea-deterrence", sec="opinion"))
A.append(art("u3-027", "Atlas News Network", "Analysis: Why Pyongyang fired its missile salvo in the middle of allied drills",
"2026-11-18T10:30:00+09:00", """
SEOUL (Atlas News Network) — North Korea's launch of four short-range missiles on Tuesday was, by its own account, a rehearsal for destroying the air bases from which allied jets were flying at that very moment. The choice of target and timing was as much the message as the missiles themselves.

The salvo came on the second day of the Vigilant Resolve air exercise, after Pyongyang had spent a week warning of a "catastrophic" response. Firing while the drills were under way, rather than before or after, allowed the North to claim that it was answering force with force.

The Hwasong-11 variants used in the launch are designed to fly low and manoeuvre, which complicates interception. By firing four at once and describing them as carrying simulated nuclear warheads, Pyongyang signalled that it regards the allies' air bases as legitimate targets for tactical nuclear weapons in a conflict.

"They are mapping their doctrine onto our exercise," said a former South Korean air force officer who now teaches at a military academy. "Each side is rehearsing its war plan in front of the other."

Some analysts noted restraint as well. The missiles were short-range, landed well away from Japan, and did not involve the long-range systems tested earlier in the month. That leaves Pyongyang room to escalate if the drills are repeated.
""", SS, SL2, sec="analysis"))
