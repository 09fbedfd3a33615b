from common import art
A = []
def single(id, src, title, pub, text, label, sec):
    A.append(art(id, src, title, pub, text, label, label, sec=sec))

single("u5-001", "The Savanna Post", "CBK trims benchmark rate to 8.75% as inflation stays in target range",
"2026-10-07T17:30:00+03:00", """
NAIROBI (The Savanna Post) — The Central Bank of Kenya on Wednesday cut its benchmark lending rate by 25 basis points to 8.75 percent, saying inflation remained comfortably within its target range and that lower rates were needed to support lending to small businesses.

The bank's Monetary Policy Committee said overall inflation eased to 4.1 percent in September, helped by stable food prices after good rains and a steady shilling. It noted that growth in private sector credit remained weak despite earlier cuts.

"The committee concluded that there is room for a further easing of monetary policy to support economic activity, while keeping inflation expectations anchored," the bank said in a statement.

Commercial banks have been slow to pass on previous reductions, and the central bank said it would continue to monitor whether its risk-based pricing framework was being applied.

Economists had been split on the decision. Several said the bank was likely to pause at its next meeting to assess the effect of the cumulative cuts.
""", "kenya-central-bank-rate-cut", "economy")
single("u5-002", "Sentinel Asia", "Nikkei closes at record high as weaker yen lifts exporters",
"2026-10-14T16:10:00+09:00", """
TOKYO (Sentinel Asia) — Japan's Nikkei share average closed at a record high on Wednesday, as a weaker yen boosted exporters and investors bet that the Bank of Japan would hold off on raising interest rates this month.

The Nikkei rose 1.6 percent to 52,914.38, surpassing its previous closing high set in late September. The broader Topix index gained 1.2 percent.

Carmakers and electronics manufacturers led the gains after the yen slipped past 158 to the dollar, its weakest level in three months. A weaker yen increases the value of overseas earnings when converted back into the Japanese currency.

"The market is pricing in a patient central bank and a soft yen, which is the best of both worlds for exporters," said Haruka Nishida, a strategist at a Tokyo brokerage. She cautioned that finance ministry officials might step up warnings about the currency if it weakened further.

Technology shares linked to artificial intelligence also advanced, following gains on Wall Street overnight.
""", "nikkei-record-close", "markets")
single("u5-003", "Keystone Business Review", "Oil slips as OPEC+ signals further output increases",
"2026-10-30T16:45:00+00:00", """
LONDON (Keystone Business Review) — Oil prices fell on Friday after delegates from the OPEC+ group of producers indicated that it was likely to keep raising output in the coming months, adding to concerns about a supply surplus next year.

Brent crude futures settled down $1.12, or 1.7 percent, at $63.40 a barrel. U.S. West Texas Intermediate crude fell $1.05 to $59.85. Both benchmarks were headed for a monthly loss of about 4 percent.

Several delegates said a meeting scheduled for Sunday was expected to approve another modest increase in production quotas for December, continuing the group's gradual return of barrels it cut in earlier years.

"The market has got used to OPEC+ adding supply, but the timing is awkward with demand growth slowing in China," said Ingrid Solberg, an oil analyst in Oslo.

U.S. crude inventories rose for a third straight week, government data showed on Wednesday, further weighing on prices.
""", "oil-prices-opec-output", "commodities")
single("u5-004", "Pacific Ledger", "Southern Lantern storms home to win the Melbourne Cup",
"2026-11-03T16:20:00+11:00", """
MELBOURNE (Pacific Ledger) — Southern Lantern, a five-year-old gelding trained in Victoria's Western District, came from near the back of the field to win the Melbourne Cup at Flemington on Tuesday, giving jockey Ellie Cartwright her first victory in the race.

Starting at odds of 21 to 1, Southern Lantern was 18th of 24 runners turning for home but produced a long burst down the outside to beat the Irish-trained favourite Galway Dawn by three-quarters of a length. The Japanese stayer Kogane Kaze finished third.

"I just kept him wide and out of trouble and told him to go when we straightened," Cartwright said, her voice cracking. "He's the bravest horse I've ever sat on."

Trainer Graham Petrie, who prepares a small team near Warrnambool, said he had nearly sold the horse as a two-year-old. "Best decision I never made," he said.

A crowd of more than 84,000 packed Flemington under clear skies. Racing officials said all horses returned safely after the race.
""", "melbourne-cup-2026", "sport")
single("u5-005", "The Morning Dispatch", "Kenyan and Ethiopian runners win New York City Marathon",
"2026-11-01T15:30:00-05:00", """
NEW YORK (The Morning Dispatch) — Kenya's Elias Chemweno won the men's race at the New York City Marathon on Sunday, pulling away on First Avenue and holding off a late charge in Central Park, while Ethiopia's Tsige Alemu took the women's title in her debut at the distance in the United States.

Chemweno, 27, crossed the line in 2 hours, 6 minutes and 41 seconds, eight seconds ahead of Ethiopia's Abebe Worku. It was the first major marathon victory for Chemweno, who finished fourth in New York last year.

"Last year the bridges beat me. This year I was ready for them," he said, referring to the course's punishing climbs.

Alemu broke away from a pack of five at the 35-kilometre mark and won in 2:21:18, the second-fastest women's time in the race's history. American Jordan Ellis was the top U.S. finisher in fifth.

More than 55,000 runners started the race from Staten Island on a cool, dry morning.
""", "nyc-marathon-2026", "sports")
single("u5-006", "The Morning Dispatch", "Early blizzard shuts interstates in Colorado and Wyoming",
"2026-11-11T09:40:00-07:00", """
DENVER (The Morning Dispatch) — An early-season blizzard dumped more than 40 centimetres of snow on parts of Colorado and Wyoming on Wednesday, closing stretches of two interstate highways, grounding hundreds of flights and leaving tens of thousands of homes without power.

Authorities closed Interstate 25 between Denver and the Wyoming state line and sections of Interstate 80 in southern Wyoming after winds of up to 90 kilometres an hour created whiteout conditions. Dozens of vehicles slid off the roads, but no serious injuries were reported.

Denver International Airport cancelled about 600 flights by mid-morning. Schools across the Denver metro area were closed.

The National Weather Service said snow would taper off by Thursday but warned that temperatures would fall well below freezing overnight, creating icy roads.

"It's early, but it's not unheard of," said a meteorologist at the weather service's Boulder office. "What made this one tough was how fast it came in."
""", "colorado-wyoming-blizzard", "weather")
single("u5-007", "Atlas News Network", "Buenos Aires swelters in record November heat",
"2026-11-19T18:00:00-03:00", """
BUENOS AIRES (Atlas News Network) — Temperatures in Buenos Aires climbed to 38.6 degrees Celsius on Thursday, the highest ever recorded in the Argentine capital in November, as an early heatwave gripped much of central and northern Argentina.

The national weather service issued red alerts for extreme heat in several provinces and advised residents to avoid outdoor activity in the afternoon. Power demand hit a record for the month, and the electricity distributor reported localised outages in the city's southern districts.

Public hospitals reported a rise in patients with heat exhaustion, mostly elderly people. City officials opened cooling centres in libraries and sports clubs.

Meteorologists said a mass of hot air from the north was trapped by a high-pressure system and would not break until a cold front arrived on Sunday, bringing storms.

The previous November record, of 37.9 degrees, was set in 2020.
""", "buenos-aires-heatwave", "weather")
single("u5-008", "The Harbour Tribune", "Sorrentino beats Brandt to win ATP Finals title in Turin",
"2026-11-22T20:15:00+01:00", """
TURIN, Italy (The Harbour Tribune) — Italy's Matteo Sorrentino won the ATP Finals on Sunday, beating Germany's Lukas Brandt 7-6 (5), 6-4 in front of a jubilant home crowd to claim the biggest title of his career.

Sorrentino, 23, saved two set points in the first-set tiebreak before breaking Brandt's serve in the seventh game of the second set. He finished the match with an ace and fell onto his back on the court as the arena erupted.

"To win here, in Italy, with my family watching, I cannot describe it," Sorrentino said. "I was nervous all week, but the crowd carried me."

Brandt, the tournament's second seed, had won all four of his previous matches in Turin without dropping a set. "He was better in the important moments," he said.

The title lifts Sorrentino to a career-high third in the world rankings. He earns about $4.5 million in prize money.
""", "atp-finals-2026", "sport")
single("u5-009", "Global Press Agency", "Landslide buries bus on Nepal highway, at least 11 dead",
"2026-10-16T14:30:00+05:45", """
KATHMANDU (Global Press Agency) — A landslide swept a passenger bus off a mountain highway in central Nepal on Friday, killing at least 11 people and leaving several others missing, police said.

The bus, carrying about 30 passengers from Pokhara to Kathmandu, was hit by falling rock and mud on the Prithvi Highway in Dhading district early in the morning and plunged toward the Trishuli River, said district police chief Ramesh Khadka.

Rescuers recovered 11 bodies and pulled 14 people alive from the wreckage, some with serious injuries. Soldiers and police were searching the river banks for others who may have been thrown from the vehicle.

Heavy rain in the area over the previous two days had loosened slopes along the highway, one of the country's busiest, officials said. Traffic was halted for several hours while crews cleared debris.

Landslides are common in Nepal's hills, particularly during and after the monsoon, and road accidents kill hundreds of people in the country every year.
""", "nepal-bus-landslide", "world")
single("u5-010", "Keystone Business Review", "ECB holds rates steady, sees inflation near target",
"2026-10-29T15:20:00+01:00", """
FRANKFURT (Keystone Business Review) — The European Central Bank left interest rates unchanged on Thursday, saying inflation in the euro zone was close to its 2 percent target and that the economy had proved more resilient than expected.

The deposit rate was held at 2 percent, as widely forecast by economists. The bank said it would continue to set policy meeting by meeting and did not commit to any future path.

Staff projections released last month showed inflation averaging about 2 percent next year. Growth has been modest, held back by weak manufacturing in Germany, but services and employment have remained solid.

Some policymakers have argued that the bank should keep open the option of a further cut if trade tensions weigh on exports. Others say rates are already at a neutral level and should stay there.

The euro was little changed against the dollar after the decision.
""", "ecb-rate-decision-october", "markets")
single("u5-011", "The Evening Chronicle", "Column: Our attention is the scarcest thing we own",
"2026-11-14T07:00:00+00:00", """
LONDON (The Evening Chronicle) — A friend who edits a regional newspaper told me recently that the hardest part of her job is no longer finding news. It is persuading anyone to stay with a story for more than a day. The readers are not stupid, she said. They are exhausted.

It is easy to see why. The phone in our pocket delivers earthquakes, elections, trials, missile launches, market swings and celebrity break-ups in a single undifferentiated stream, each announced with the same urgency. The brain was not built to sort that stream, and so it does what it can: it skims, it reacts, it moves on.

The consequence is a strange paradox. We have never had more information about the world, and we have rarely understood it less. Stories that unfold slowly, such as a reconstruction, a court case or a negotiation, barely register, because they offer no single dramatic moment. Yet it is in those slow stories that most of what matters actually happens.

There is no technological fix for this, and I am suspicious of anyone who offers one. But there are habits worth trying. Follow fewer stories, and follow them further. Read the second and third article, not only the first. Ask what happened next.

News organisations have a part to play too, by resisting the urge to treat every update as a fresh emergency. Attention is finite. Those of us who ask for it should spend it as carefully as we expect readers to.
""", "column-attention-fatigue", "opinion")
single("u5-012", "The Lakeside Courier", "Gold hits record as dollar slips and investors seek safety",
"2026-11-13T16:05:00-05:00", """
NEW YORK (The Lakeside Courier) — Gold rose to a record high on Friday, extending a rally driven by a weaker dollar, central bank buying and investors' appetite for assets seen as safe, while U.S. stocks ended the week mixed.

Spot gold climbed as much as 1.4 percent to $4,612 an ounce before easing slightly. The metal has gained about 30 percent so far this year. Silver also rose, to its highest level in more than a decade.

The dollar index fell to a six-week low after softer-than-expected U.S. retail sales data added to bets that the Federal Reserve would cut interest rates again in December.

"The gold story is now as much about central banks diversifying their reserves as it is about interest rates," said Marcus Hale, a commodities strategist in New York.

On Wall Street, the S&P 500 slipped 0.2 percent, while the Nasdaq gained 0.3 percent.
""", "gold-record-high", "business")
