# Oceania reaction articles (original fiction).
# Reaction sentences are wrapped in {{ISO3|...}} markers, stripped at build time.
ARTS = []


def a(story, source, published, title, text):
    ARTS.append(dict(story=story, source=source, published=published, title=title, text=text.strip()))


# ---------------- R1: Australia FM condemns ----------------
a("aus-fm-condemns", "Southern Cross Wire", "2025-09-17T21:45:00+10:00",
  "Australia condemns 'dangerous and destabilising' Chinese conduct at shoal",
  """CANBERRA (Southern Cross Wire) — {{AUS|Australia's Foreign Minister Catherine Hollis on Wednesday condemned the Chinese coast guard's ramming and boarding of a Philippine resupply boat as "dangerous and destabilising"}}, and called on Beijing to return weapons seized from the vessel.

"Australia is deeply concerned by reports that Filipino personnel were injured during a lawful resupply mission at Second Thomas Shoal," Hollis said in a statement issued late in the evening. "Conduct of this kind puts lives at risk and undermines peace and stability in the region."

Hollis said Australia stood with the Philippines, which it described as a close friend and strategic partner, and reiterated that the 2016 arbitral award was "final and binding" on both parties.

Opposition foreign affairs spokesman Daniel Kerrigan said the government had been right to speak quickly. "This is not a far-away quarrel. These are the sea lanes our exports travel through," he said.

Australia and the Philippines upgraded their relationship to a strategic partnership in 2023 and have held several joint naval patrols in the South China Sea since then.

China's embassy in Canberra did not respond to a request for comment.""")

a("aus-fm-condemns", "Tasman Daily Record", "2025-09-18T08:10:00+10:00",
  "Hollis says shoal boarding shows 'pattern of coercion' at sea",
  """SYDNEY (Tasman Daily Record) — {{AUS|Foreign Minister Catherine Hollis said on Thursday the boarding of a Philippine navy boat by Chinese coast guard personnel showed a "pattern of coercion" at sea}} that Australia could not treat as someone else's problem.

Speaking on breakfast radio, Hollis said Wednesday's clash at Second Thomas Shoal, in which Filipino sailors were hurt and rifles were taken, went "well beyond" the water cannon incidents of recent years.

"When people are injured with blades on a supply run, something has changed," she said. "The episode showed that the rules everyone depends on are being tested, and we will say so plainly, to Beijing and in every forum we sit in."

Hollis said she had not spoken to her Chinese counterpart but that Australian officials were in contact with Chinese diplomats.

Trade Minister Owen Farrow, asked whether the dispute could hurt Australia's recovering trade with China, said the relationship was "mature enough" to handle disagreements. China is Australia's largest trading partner.

Hollis on Wednesday evening called the Chinese conduct "dangerous and destabilising" and urged the return of the seized weapons.""")

a("aus-fm-condemns", "Pacific Tide News", "2025-09-18T12:30:00+10:00",
  "Canberra raises shoal clash with Chinese embassy",
  """CANBERRA (Pacific Tide News) — {{AUS|Australia has asked its officials to raise the Second Thomas Shoal clash directly with China's embassy in Canberra and its foreign ministry in Beijing}}, Foreign Minister Catherine Hollis said on Thursday, a day after she condemned the Chinese coast guard's actions.

Hollis told reporters that the head of the department's North Asia division had met a senior Chinese diplomat on Thursday morning. "We have conveyed our concerns directly and at a senior level," she said. "Nobody should be surprised by where Australia stands."

The minister would not say whether Canberra had sought an explanation for the injuries to Filipino sailors, one of whom lost a finger, or for the seizure of rifles from the Philippine boat.

A Chinese embassy spokesman said in a written reply that Australia should "respect the facts" and "refrain from taking sides" in a matter between China and the Philippines.

Hollis said Australia would coordinate with partners including Japan and the United States but would make its own judgements. She is due to travel to New York next week for the United Nations General Assembly.""")

# ---------------- R3: New Zealand UNCLOS statement ----------------
a("nzl-unclos-statement", "Kiwi Current", "2025-09-18T11:00:00+12:00",
  "New Zealand backs UNCLOS, voices concern after shoal incident",
  """WELLINGTON (Kiwi Current) — {{NZL|New Zealand on Thursday issued a statement reaffirming its support for the UN Convention on the Law of the Sea}} and expressing concern at "Wednesday's incident" in the South China Sea, in which Filipino sailors were injured when Chinese coast guard personnel boarded their boat.

Foreign Minister Graham Tully said New Zealand had "a fundamental interest" in a maritime order based on UNCLOS and in the peaceful settlement of disputes.

"Actions that endanger the safety of personnel at sea are unacceptable, whoever takes them," Tully said. "New Zealand calls for restraint and for all parties to resolve differences through dialogue and in accordance with international law."

The statement did not name China directly, in keeping with Wellington's usual approach. Tully told reporters later that "everyone knows which vessels were involved."

Green Party foreign affairs spokeswoman Hana Roimata said the statement was "timid" and urged the government to speak more directly.

New Zealand has a comprehensive strategic partnership with China, its largest export market, and has been building closer defence ties with the Philippines, including talks on a status of visiting forces agreement.""")

a("nzl-unclos-statement", "Pacific Tide News", "2025-09-18T15:20:00+12:00",
  "Wellington to raise sea law at regional forum after clash at the shoal",
  """WELLINGTON (Pacific Tide News) — New Zealand will press for stronger language on the law of the sea at upcoming regional meetings after the clash at the shoal, Foreign Minister Graham Tully said on Thursday.

{{NZL|Tully said he had instructed officials to seek references to UNCLOS in statements from the ASEAN Regional Forum and the East Asia Summit}}, where New Zealand is a participant.

"Small countries like ours depend on the rules holding," Tully said. "The Law of the Sea is not an abstract document to us. It is how our fishing fleet, our exporters and our Pacific neighbours protect their interests."

Earlier in the day Wellington released a statement expressing concern about Wednesday's boarding of a Philippine supply boat near Second Thomas Shoal by Chinese coast guard personnel, which left several sailors injured.

Opposition leader Ruth Kaiwai said Labour supported the statement. "This is one of the rare areas of foreign policy where there is no daylight between us," she said.

Officials said Tully had not requested a call with his Chinese counterpart. New Zealand's ambassador in Manila visited the Philippine foreign ministry on Thursday to express sympathy for the injured crew, officials said.""")

# ---------------- R4: PNG PM ----------------
a("png-pm-pacific-cannot-ignore", "Coral Sea Gazette", "2025-09-19T16:00:00+10:00",
  "PNG prime minister says Pacific 'cannot ignore' South China Sea clash",
  """PORT MORESBY (Coral Sea Gazette) — {{PNG|Prime Minister James Kaupa told parliament on Friday that the Pacific "cannot ignore" the violence at Second Thomas Shoal}}, in unusually direct remarks by a Papua New Guinea leader on a dispute far from its shores.

"Some will say this is an Asian matter, a quarrel over a reef we have never seen," Kaupa told lawmakers. "But we are a maritime nation. If sailors can be attacked with knives on the high seas over a supply of rice and water, then our own waters are only as safe as the rules that protect them."

Kaupa did not mention China by name. He said Papua New Guinea would continue to have "friends in every direction" and valued its economic partnership with Beijing.

The remarks came two days after a Chinese coast guard vessel rammed and boarded a Philippine resupply boat, injuring several Filipino sailors. Manila has called it an armed attack.

Opposition leader Samuel Tovue said the prime minister should have gone further. "Either we have a view or we don't," he said.

Papua New Guinea signed a security treaty with Australia in 2023 and has a defence cooperation arrangement with the United States.""")

a("png-pm-pacific-cannot-ignore", "Island Voice Media", "2025-09-20T09:00:00+10:00",
  "Kaupa's shoal remarks mark shift in PNG tone, analysts say",
  """PORT MORESBY (Island Voice Media) — {{PNG|Papua New Guinea's Prime Minister James Kaupa said the South China Sea boarding was a warning that small island states could not afford to look away}}, remarks that analysts on Saturday described as a notable shift for a government that has long avoided commenting on great-power disputes.

Kaupa told parliament on Friday that the Pacific "cannot ignore" what happened at Second Thomas Shoal, where Chinese coast guard personnel rammed and boarded a Philippine navy boat on Wednesday.

"It is the first time I can recall a PNG leader speaking so plainly about a South China Sea incident," said Dr. Michael Yaru, a lecturer in international relations at a university in Port Moresby. "He balanced it carefully, but the message was clear."

Kaupa's office said on Saturday that the prime minister had spoken with Philippine President Rafael Domingo by phone and expressed sympathy for the injured sailors.

Chinese embassy officials in Port Moresby did not respond to questions. China is a major investor in Papua New Guinea's mining and infrastructure sectors.

The country celebrated 50 years of independence from Australia on Tuesday.""")

# ---------------- R2: Australia-Philippines joint sail brought forward ----------------
a("aus-phl-joint-sail", "Southern Cross Wire", "2025-09-21T10:00:00+10:00",
  "Australia, Philippines bring forward joint sail after shoal clash",
  """CANBERRA (Southern Cross Wire) — {{AUS|Australia and the Philippines have brought forward a joint sail in the South China Sea by nearly a month}}, Defence Minister Mark Delaney said on Sunday, in the first concrete military step by Canberra since Chinese coast guard personnel boarded a Philippine navy boat last week.

The maritime cooperative activity, originally planned for late October, will now begin on Friday west of Palawan and involve the frigate HMAS Warramunga, a Philippine navy frigate and surveillance aircraft from both countries, Delaney said.

"This is about demonstrating, calmly and lawfully, that these are international waters and that partners can operate together in them," he told reporters in Canberra.

Delaney said the decision was taken after a call with his Philippine counterpart, Eduardo Lacson, on Friday. He said the exercise would not go near Second Thomas Shoal.

Australia's foreign minister last week described the ramming and boarding, which injured several Filipino sailors, as "dangerous and destabilising."

China's defence ministry has previously criticised such patrols as "stirring up trouble" in the South China Sea. Australian and Philippine forces have held at least five joint activities in the waterway since 2023.""")

a("aus-phl-joint-sail", "Archipelago Press Service", "2025-09-21T15:00:00+08:00",
  "Manila welcomes earlier joint patrol with Australian navy",
  """MANILA (Archipelago Press Service) — The Philippines on Sunday welcomed Australia's decision to move up a joint naval activity in the South China Sea, saying it showed that "the Philippines does not stand alone" after last week's boarding at Second Thomas Shoal.

{{AUS|Canberra agreed to hold the joint sail from September 26, weeks earlier than scheduled}}, according to the Philippine Department of National Defense. An Australian frigate and a Philippine navy vessel will sail together for three days, with maritime patrol aircraft overhead.

"We appreciate that our Australian friends acted so quickly," Defence Secretary Eduardo Lacson said in a statement. "Presence is the best answer to coercion."

Philippine officials said the exercise would practise communications, replenishment at sea and search-and-rescue procedures.

Since 2023, Manila has signed or upgraded defence arrangements with Australia, Japan and the United States, and is negotiating similar deals with New Zealand and Canada.

Chinese coast guard personnel rammed and boarded a Philippine supply boat near the shoal on September 17, injuring several sailors and seizing rifles, in what Manila has called an armed attack.""")

a("aus-phl-joint-sail", "Coral Sea Gazette", "2025-09-22T09:00:00+10:00",
  "HMAS Warramunga heads north for early exercise with Philippine navy",
  """DARWIN (Coral Sea Gazette) — The Australian frigate HMAS Warramunga left a port call in Darwin on Monday bound for the South China Sea, where it will join the Philippine navy for a patrol exercise that Canberra moved forward by several weeks.

{{AUS|The Australian government decided to move the exercise forward in response to what officials called the clash at the shoal}}, in which a Chinese coast guard cutter rammed a Philippine resupply boat and its personnel boarded it, injuring sailors.

The ship's commanding officer, Commander Leah Prentice, said her crew of about 180 had been "ready to go for some time."

"Our job is to sail where international law allows and to work with our partners. That's what we'll do," she said before departure.

The activity, which begins on Friday, was originally set for late October. Defence officials said an RAAF P-8A Poseidon would join for part of the three-day exercise.

Chinese state media on Monday described the planned sail as "provocative theatre" and said Australia risked damaging relations that have steadily improved since 2022, when trade restrictions on Australian goods began to be lifted.""")

# ---------------- R5: Australian P-8A deployment ----------------
a("aus-p8-deployment", "Southern Cross Wire", "2025-09-24T13:00:00+10:00",
  "Australia shifts surveillance plane rotation to watch South China Sea",
  """CANBERRA (Southern Cross Wire) — {{AUS|Australia will move a P-8A Poseidon maritime surveillance aircraft deployment forward and base it in the region for longer}}, Defence Minister Mark Delaney said on Wednesday, one week after Chinese coast guard personnel boarded a Philippine resupply boat at Second Thomas Shoal.

The aircraft, normally rotated through RAAF Base Butterworth in Malaysia several times a year under Operation Gateway, will now deploy from next week and remain for six weeks instead of the usual three, Delaney said.

"We want a clear, persistent picture of what is happening in waters that matter enormously to Australia," he told a press conference at Parliament House. "Surveillance reduces the room for miscalculation."

Delaney said the deployment was not directed at any country, but acknowledged that last week's events had "sharpened our focus."

The P-8A will also support the joint sail with the Philippine navy that starts on Friday.

In 2024 Australia protested after a Chinese fighter jet released flares near an Australian surveillance aircraft over the Yellow Sea. Beijing accused Canberra at the time of provocation.""")

a("aus-p8-deployment", "Tasman Daily Record", "2025-09-25T07:00:00+10:00",
  "Defence doubles Poseidon mission in wake of shoal clash",
  """SYDNEY (Tasman Daily Record) — {{AUS|The Australian Defence Force has doubled the length of its next P-8A Poseidon patrol deployment over the South China Sea}}, a decision the government linked to the violent boarding of a Philippine navy boat by Chinese coast guard personnel last week.

Defence Minister Mark Delaney announced on Wednesday that the maritime patrol aircraft and about 70 personnel would operate out of Malaysia for six weeks from early October, twice the normal rotation.

A former senior RAAF officer, retired Air Vice-Marshal Graham Kessler, said the extra time would allow the crew to fly more missions near contested features in the Spratly Islands. "It gives you persistence, and persistence is what you need to document behaviour," he said.

Defence officials said the aircraft would share information with the Philippine military under existing arrangements.

The Greens' defence spokesman, Nathan Fowles, said the government should explain what the deployment was meant to achieve. "Flying planes is not a strategy," he said.

Australia's foreign minister has called China's conduct at the shoal "dangerous and destabilising." China's embassy said Australia should not "fan the flames."
""")

# ---------------- R6: Solomon Islands opposition policing pact ----------------
a("slb-policing-pact-review", "Island Voice Media", "2025-09-29T10:00:00+11:00",
  "Solomons opposition leader urges review of China policing pact",
  """HONIARA (Island Voice Media) — {{SLB|Solomon Islands opposition leader Peter Tuhaika on Monday called for a review of the country's policing cooperation agreement with China}}, saying the boarding of a Philippine navy boat by Chinese coast guard personnel showed the risks of relying on Beijing for security.

"We have Chinese police officers training our police, and we have a security agreement whose text the public has never seen," Tuhaika told a news conference in Honiara. "After what we saw at that shoal, Solomon Islanders deserve to know what we have signed."

Tuhaika said he would table a motion in parliament asking for the policing arrangement, signed in 2023, to be reviewed by a bipartisan committee.

A Chinese police liaison team has been in Honiara since 2022, training local officers in public order management and donating vehicles and equipment.

The September 17 incident near Second Thomas Shoal, in which several Filipino sailors were wounded and rifles seized, has prompted statements from Australia, New Zealand and Papua New Guinea.

The government did not immediately respond. Prime Minister Clement Ruhu's office has previously said the China arrangements complement, rather than replace, Australia's role as the main security partner.""")

a("slb-policing-pact-review", "Pacific Tide News", "2025-09-29T18:00:00+11:00",
  "Honiara rejects opposition call to revisit Chinese police deal",
  """HONIARA (Pacific Tide News) — The Solomon Islands government on Monday rejected a call by opposition leader Peter Tuhaika to review its policing agreement with China, saying the arrangement had nothing to do with a clash in the South China Sea.

{{SLB|Tuhaika had argued that last week's boarding of a Philippine resupply boat by Chinese coast guard personnel should prompt Solomon Islands to re-examine its police cooperation with Beijing}}.

"The Philippines and China have their dispute. Solomon Islands has its own interests," government spokesman Harold Tausinga said. "Our police cooperation with China is about training and equipment and it is working."

Tuhaika said he would still table a motion when parliament resumes in October. He said several government backbenchers had privately expressed support.

Solomon Islands switched diplomatic recognition from Taiwan to China in 2019 and signed a security agreement with Beijing in 2022, alarming Australia and the United States. Chinese police trainers have worked alongside the Royal Solomon Islands Police Force since then.

Australia remains the country's largest aid donor and leads a separate policing support program.""")

# ---------------- R7: Fiji cautious statement ----------------
a("fji-cautious-statement", "Island Voice Media", "2025-10-02T11:00:00+12:00",
  "Fiji urges restraint in South China Sea, avoids naming parties",
  """SUVA (Island Voice Media) — {{FJI|Fiji on Thursday urged "restraint and dialogue" in the South China Sea}}, its first public comment on the boarding of a Philippine supply boat by Chinese coast guard personnel more than two weeks ago.

Deputy Prime Minister and Foreign Affairs Minister Maika Tuilau said in a short statement that Fiji "values its friendships with both the Philippines and the People's Republic of China" and hoped the two sides would "find a peaceful way forward."

"Fiji believes that the ocean should be a place of peace. We encourage all parties to respect international law and avoid actions that put lives at risk," the statement said.

The statement did not mention Second Thomas Shoal by name or refer to the injuries suffered by Filipino sailors.

Asked why the statement had taken two weeks, a ministry official said Fiji had wanted to "consult with Pacific partners" first.

Fiji has balanced ties with China, a major source of aid and investment, against closer defence relations with Australia, New Zealand and the United States. It signed a status of forces agreement with New Zealand in 2024.""")

a("fji-cautious-statement", "Coral Sea Gazette", "2025-10-02T16:30:00+12:00",
  "Fiji's careful words on the sea dispute draw mixed reviews",
  """SUVA (Coral Sea Gazette) — {{FJI|Fiji's government said the confrontation between Chinese and Philippine vessels should be settled through dialogue}}, in a statement on Thursday that critics at home called too cautious and diplomats called typical of Suva's balancing act.

The foreign ministry statement, issued in the name of Deputy Prime Minister Maika Tuilau, referred only to "recent events in the South China Sea" and called on "all parties" to respect international law. It did not say who had rammed whom.

"It is the minimum a Pacific country can say," said Salote Naivalu, a political commentator in Suva. "Port Moresby said more, and Papua New Guinea has far bigger Chinese investments than we do."

Opposition member Ratu Isoa Vakaloloma said the government should have expressed solidarity with the injured Filipino sailors. "We have seafarers all over the world. We know what it means," he said.

The clash on September 17 near Second Thomas Shoal left eight Filipino sailors hurt and several rifles seized, according to Manila. Australia, New Zealand and Papua New Guinea have already commented.

Chinese Ambassador to Fiji Qian Haobo said he "appreciated Fiji's objective and balanced position.\"""")
