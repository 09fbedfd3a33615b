from common import art, copy_of
A = []
SL = "eu-china-trade-tensions"
ST = "eu-wind-turbine-duties"
a1 = art("u4-001", "Meridian Wire Service", "EU slaps provisional duties on Chinese wind turbines",
"2026-10-21T12:10:00+02:00", """
BRUSSELS (Meridian Wire Service) — The European Union on Wednesday imposed provisional anti-subsidy duties of up to 36.4 percent on wind turbines imported from China, saying state support had allowed Chinese manufacturers to undercut European producers and threatened a strategic industry.

The European Commission said the duties, which range from 16.8 percent to 36.4 percent depending on the company, will apply from Thursday to complete turbines and nacelles rated above 2 megawatts. They will remain in place for up to four months while the investigation continues, after which the EU can make them definitive for five years.

"Europe welcomes competition in clean technology, but not competition distorted by massive subsidies," Commission trade spokeswoman Marta Lindqvist told reporters. She said Chinese producers had benefited from cheap state loans, below-market land and steel, and tax breaks.

China's commerce ministry said it "firmly opposed" the decision, calling it protectionism disguised as a trade remedy, and said it would take "all necessary measures" to defend Chinese companies.

Chinese turbines still account for a small share of installations in Europe, but their sales have risen quickly, particularly in southern and eastern member states, where developers have been drawn by prices up to 30 percent below European rivals.
""", ST, SL, sec="business")
A.append(a1)
A.append(copy_of(a1, "u4-002", "The Harbour Tribune", "EU imposes tariffs of up to 36% on Chinese wind turbines",
"2026-10-21T13:05:00+01:00", [("(Meridian Wire Service)", "(MWS)"), ("told reporters", "told a news briefing"), ("their sales have risen quickly", "their sales have grown rapidly")], sec="business"))
A.append(art("u4-003", "Keystone Business Review", "European turbine makers cheer EU duties; developers fear higher costs",
"2026-10-21T17:30:00+02:00", """
BRUSSELS (Keystone Business Review) — Europe's wind turbine manufacturers welcomed the European Union's decision on Wednesday to impose provisional duties on Chinese competitors, but wind farm developers warned the move could raise costs and slow the bloc's push to expand renewable power.

The duties of between 16.8 percent and 36.4 percent take effect on Thursday. European producers, several of which have cut jobs and closed factories in recent years while reporting heavy losses, have lobbied for protection since Chinese suppliers began winning large orders in Europe.

"This is not about keeping anyone out. It is about making sure we still have a European industry in ten years," said Anders Kjeldsen, chief executive of a European wind industry association. He said Chinese machines had been offered at prices below the cost of their components.

Developers were less enthusiastic. An executive at a Spanish renewable energy company said the decision would add "several hundred million euros" to the cost of projects already planned with Chinese equipment. "We need to build faster, not more expensively," she said, asking not to be named because her company was reviewing contracts.

Shares in the main European turbine makers rose between 2 and 5 percent in Wednesday trading. Analysts said the bigger question was whether the measures would become definitive next year and whether China would retaliate against other European exports.
""", ST, SL, sec="companies"))
A.append(art("u4-004", "Continental Daily", "Brussels hits Chinese wind industry with tariffs, Beijing vows response",
"2026-10-21T20:00:00+02:00", """
BRUSSELS (Continental Daily) — The European Union opened a new front in its trade disputes with China on Wednesday, imposing temporary tariffs on Chinese-made wind turbines and prompting Beijing to promise countermeasures.

The European Commission concluded in a preliminary finding that Chinese turbine makers had received subsidies that allowed them to sell in Europe at prices their European rivals could not match. The tariffs, of up to 36.4 percent, are the first trade defence measures the bloc has imposed on a major renewable energy technology since it hit Chinese electric vehicles in 2024.

Beijing reacted within hours. A spokesman for the commerce ministry said the EU was "abusing trade remedy tools" and politicising green industry cooperation, and that China would defend the rights of its companies "resolutely".

Some member states had urged caution, fearing Chinese retaliation against their exports, diplomats said. Others, including countries with large turbine factories, had pushed for swift action. Member states will vote on whether to make the duties definitive early next year.

The decision comes weeks before EU leaders are due to travel to Beijing for an annual summit that was already expected to be difficult.
""", ST, SL))
A.append(art("u4-005", "Atlas News Network", "Explainer: Why the EU is putting tariffs on Chinese wind turbines",
"2026-10-22T09:00:00+02:00", """
BRUSSELS (Atlas News Network) — The European Union on Wednesday imposed provisional duties on wind turbines made in China. Here is a guide to the decision and what might follow.

What did the EU decide? The European Commission set anti-subsidy duties ranging from 16.8 to 36.4 percent on large Chinese-made turbines and nacelles, the housings that contain the generator and gearbox. The rate depends on how much subsidy investigators believe each manufacturer received.

Why? The Commission says Chinese producers enjoy state support, including cheap loans and below-market steel, that lets them sell turbines in Europe at prices far below European rivals. Brussels fears a repeat of the solar panel industry, where European manufacturing largely collapsed under Chinese competition in the 2010s.

Is this final? No. Provisional duties last up to four months. The Commission can then propose definitive duties for five years, which member states can block only by a qualified majority.

Who pays? Importers pay the duties, which are likely to be passed on to wind farm developers and ultimately to electricity consumers, though turbines are only one part of a wind farm's cost.

What will China do? Beijing has promised countermeasures. In past disputes it has opened investigations into European products such as brandy, pork and dairy, which target specific member states and industries.
""", ST, SL, sec="explainers"))
A.append(art("u4-006", "Northgate Times", "Wind farm builders warn EU turbine tariffs could delay green targets",
"2026-10-22T11:15:00+01:00", """
LONDON (Northgate Times) — Companies building wind farms in Europe warned on Thursday that the European Union's new tariffs on Chinese turbines could delay projects and make it harder for the bloc to meet its renewable energy targets, as the duties came into force.

Developers in Italy, Greece and Bulgaria, which have turned to Chinese suppliers to cut costs, said they would seek exemptions for contracts signed before the Commission's investigation began. Some said they would try to renegotiate with European manufacturers, whose order books are already full for the next two years.

"There is not enough European capacity to replace Chinese supply overnight," said Paolo Ferrante, head of a renewable energy developers' group in Rome. "If the turbines are not there, the wind farms will not be built on time."

The European Commission has argued that the duties will not significantly affect overall project costs and that Europe must avoid becoming dependent on a single supplier for critical energy technology.

The provisional duties, of up to 36.4 percent, were announced in Brussels on Wednesday.
""", ST, SL, sec="business"))
# China's separate retaliatory act days later
SB = "china-wine-antidumping-probe"
A.append(art("u4-007", "Global Press Agency", "China opens anti-dumping probe into EU wine after turbine tariffs",
"2026-10-26T15:20:00+08:00", """
BEIJING (Global Press Agency) — China launched an anti-dumping investigation on Monday into wine imported from the European Union, five days after Brussels imposed tariffs on Chinese wind turbines, in a move likely to hit producers in France, Italy and Spain.

The commerce ministry said it had acted on a complaint from the China Alcoholic Drinks Association, which alleged that European wine was being sold in China at unfairly low prices, harming domestic wineries. The investigation will cover still and sparkling wines in containers of up to two litres and is expected to last a year, though it can be extended.

A ministry spokeswoman, Shen Lu, said the investigation was "a normal trade remedy measure in line with Chinese law and WTO rules" and denied it was linked to the EU's decision on wind turbines.

China imported about $1.2 billion of wine from the EU last year, with France accounting for more than half, according to Chinese customs data.

The European Commission said it would examine the notice closely and "defend the interests of EU producers". Beijing used a similar investigation into European brandy in 2024 during a dispute over electric vehicle tariffs.
""", SB, SL))
A.append(art("u4-008", "Sentinel Asia", "Beijing targets European wine in widening trade dispute",
"2026-10-26T18:00:00+08:00", """
BEIJING (Sentinel Asia) — China's commerce ministry on Monday opened an investigation into whether wine from the European Union is being dumped on the Chinese market, a step widely seen as retaliation for the EU's new duties on Chinese wind turbines.

The probe was announced in a notice on the ministry's website and follows a complaint by Chinese wine producers. Officials said it could lead to duties on a range of still and sparkling wines, though no provisional measures were announced.

Trade experts in Beijing said the choice of wine was deliberate. "It hits France most directly, and France was among the countries that supported the turbine duties," said Zhou Lanfang, a trade law scholar in Beijing. "This is a signal aimed at specific capitals, not at Brussels in general."

The ministry insisted the case was based solely on the facts of the complaint. It said interested parties had 20 days to register.

European wine exporters have spent years rebuilding sales in China after a slump in demand. Industry groups said even an investigation without duties would make importers cautious about placing orders for the Lunar New Year season.
""", SB, SL))
A.append(art("u4-009", "Eastern Star Herald", "Bordeaux growers brace for China wine probe: 'We are the hostages again'",
"2026-10-27T13:30:00+01:00", """
BORDEAUX, France (Eastern Star Herald) — At a family chateau east of Bordeaux, the cellar master was loading pallets for a Shanghai importer on Tuesday when the importer called to ask whether the order should be put on hold. China had announced an anti-dumping investigation into European wine the day before.

"We are the hostages again," said Claire Dubourg, whose family sells about a fifth of its production to China. "Every time Brussels and Beijing argue about cars or turbines, someone remembers that we make wine."

French wine exports to China have fallen sharply from their peak a decade ago, but the market remains important for mid-priced Bordeaux and for Champagne houses. Producers said the timing was especially painful, with orders for the Lunar New Year normally finalised in November.

France's agriculture ministry said it was in contact with the European Commission and would support producers through the investigation. Industry groups called on the EU to seek a negotiated solution rather than escalate.

China launched the probe on Monday, five days after the EU imposed provisional duties on Chinese wind turbines. Beijing says the two decisions are unrelated.
""", SB, SL, sec="business"))
# EU-India summit (separate storyline) - decoy summit
SL2 = "eu-india-partnership"
SI = "eu-india-summit-new-delhi"
A.append(art("u4-010", "Sentinel Asia", "EU leaders arrive in New Delhi for summit set to seal trade pact",
"2026-11-04T20:30:00+05:30", """
NEW DELHI (Sentinel Asia) — The presidents of the European Commission and the European Council arrived in New Delhi on Wednesday evening for a summit with India's prime minister at which the two sides are expected to sign a long-negotiated free trade agreement.

Officials from both sides said the agreement, concluded by negotiators earlier this year after nearly two decades of on-off talks, would be signed at Hyderabad House on Thursday morning, followed by a joint news conference.

The leaders are also expected to launch a partnership on clean hydrogen and to agree on closer cooperation on maritime security in the Indian Ocean, according to a draft joint statement seen by Sentinel Asia.

"This is a summit to sign, not just to talk," an Indian foreign ministry official said. "Both sides want to show that the deal is real."

The visit is the EU leaders' first to India since the agreement was concluded. Trade between the two sides was worth about 125 billion euros in goods last year.
""", SI, SL2))
a11 = art("u4-011", "Global Press Agency", "EU and India sign free trade agreement at New Delhi summit",
"2026-11-05T13:40:00+05:30", """
NEW DELHI (Global Press Agency) — India and the European Union signed a free trade agreement on Thursday at a summit in New Delhi, creating one of the world's largest free trade areas and cutting tariffs on the great majority of goods traded between them.

India's prime minister and the presidents of the European Commission and European Council signed the agreement at Hyderabad House after talks that also produced a new clean hydrogen partnership and a maritime security dialogue.

Under the pact, India will phase out or reduce tariffs on more than 90 percent of goods imported from the EU, including machinery, chemicals and, over a longer period, cars and wine. The EU will remove duties on most Indian exports, including textiles, garments, leather and processed foods, once the agreement takes effect.

"Today two of the world's largest democracies have chosen openness," the Commission president said at a joint news conference. India's prime minister called the deal "a bridge for our farmers, our workers and our young entrepreneurs".

The agreement must still be approved by the European Parliament and EU member governments and ratified in India, a process officials expect to take at least a year.

Negotiations began in 2007, stalled in 2013 and were relaunched in 2022.
""", SI, SL2)
A.append(a11)
A.append(copy_of(a11, "u4-012", "Pacific Ledger", "India, EU ink landmark trade deal in New Delhi",
"2026-11-05T21:15:00+11:00", [("(Global Press Agency)", "(GPA)"), ("signed the agreement at Hyderabad House", "put their signatures to the agreement at Hyderabad House"), ("Negotiations began in 2007", "Talks began in 2007")]))
A.append(art("u4-013", "Continental Daily", "Cars, wine and textiles: EU-India summit seals tariff cuts after two decades of talks",
"2026-11-05T16:00:00+05:30", """
NEW DELHI (Continental Daily) — European carmakers and winemakers and Indian garment factories are among the biggest winners from the free trade agreement signed by the European Union and India on Thursday, the centrepiece of a summit in the Indian capital.

India's import duties on European cars, currently among the highest in the world, will be cut in stages to 10 percent over ten years for a quota of vehicles, according to a summary released by the European Commission. Tariffs on European wine will fall from 150 percent to between 20 and 30 percent over seven years.

In return, the EU will eliminate duties on Indian textiles and clothing, which currently face tariffs of up to 12 percent, immediately on entry into force. Officials in New Delhi said the change would help Indian exporters compete with Bangladesh and Vietnam in European markets.

Sensitive farm products, including dairy, rice and sugar, were left out of the agreement. The two sides also agreed to continue negotiating on public procurement and on the protection of geographical indications for food.

At the summit, the leaders also launched a clean hydrogen partnership and agreed to hold an annual dialogue on security and defence.
""", SI, SL2, sec="business"))
A.append(art("u4-014", "Keystone Business Review", "What the EU-India trade pact means for business",
"2026-11-06T08:30:00+05:30", """
MUMBAI (Keystone Business Review) — The free trade agreement signed by India and the European Union in New Delhi on Thursday will not change trade flows overnight, but executives and analysts say it could reshape supply chains over the next decade.

For European companies, the most immediate gains lie in machinery, chemicals and medical devices, where Indian tariffs will fall quickly. Car and spirits producers will have to wait longer, as cuts are phased in over seven to ten years and are subject to quotas.

Indian exporters of textiles, leather, footwear and gems stand to benefit sooner, with EU duties removed on entry into force. "For a garment factory in Tiruppur, a few percentage points is the difference between winning and losing an order," said Ramesh Natarajan, an export council official.

Services and investment were harder. The deal includes commitments on business visas and professional services, but a separate investment protection agreement is still under negotiation.

The agreement's effect will also depend on ratification. The European Parliament must give its consent, and some farm lobbies in Europe have already criticised the deal. Officials hope it can take effect in 2028.
""", SI, SL2, sec="trade"))
A.append(art("u4-015", "Capital Observer", "Analysis: The EU-India pact is about China as much as trade",
"2026-11-06T10:00:00+01:00", """
BRUSSELS (Capital Observer) — When the European Union and India finally signed their free trade agreement in New Delhi this week, the speeches were about jobs, growth and shared democratic values. The subtext, diplomats on both sides acknowledge, was China.

For Brussels, the deal is part of an effort to reduce dependence on Chinese supply chains for everything from pharmaceuticals to electronics. India, with its large workforce and growing manufacturing base, is an obvious alternative, even if it is far from ready to replace Chinese capacity.

For New Delhi, the agreement offers access to European technology and investment at a time when its relations with Beijing remain tense along their disputed border. Closer ties with Europe also give India more room to manoeuvre between Washington, Moscow and Beijing.

The summit also produced a maritime security dialogue and a clean hydrogen partnership, both of which have strategic as well as economic logic. European naval ships have increased their presence in the Indian Ocean, where Chinese activity has grown.

There are limits. India maintains close ties with Russia, a source of friction with Europe, and the two sides remain far apart on issues such as carbon border taxes. But the decision to push the deal over the line after nearly twenty years suggests both now see the cost of not having it as higher than the cost of compromise.
""", SI, SL2, sec="analysis"))
SIC = "china-reaction-eu-india-pact"
A.append(art("u4-016", "Sentinel Asia", "China says EU-India partnership 'should not target third parties'",
"2026-11-06T16:10:00+08:00", """
BEIJING (Sentinel Asia) — China said on Friday that the new trade and security partnership between the European Union and India should not be directed against other countries, in Beijing's first comments on the summit held in New Delhi this week.

"China welcomes normal cooperation between countries, but such cooperation should not target any third party or harm the interests of others," foreign ministry spokeswoman Hu Xiaoli said at a regular news briefing.

Asked about a new EU-India maritime security dialogue covering the Indian Ocean, Hu said the region's security should be "jointly maintained by countries in the region" and warned against "introducing bloc politics".

The comments were measured in tone. Chinese state media gave limited coverage to the summit, focusing on the trade agreement's long negotiation rather than its security elements.

The EU and India signed a free trade agreement on Thursday and launched partnerships on clean hydrogen and maritime security.
""", SIC, SL2))
A.append(art("u4-017", "Global Press Agency", "Beijing warns against 'bloc politics' after EU and India deepen ties",
"2026-11-06T17:25:00+08:00", """
BEIJING (Global Press Agency) — China cautioned the European Union and India on Friday against forming what it called exclusive blocs, a day after the two sides signed a free trade agreement and agreed to cooperate on maritime security in the Indian Ocean.

A foreign ministry spokeswoman, Hu Xiaoli, told reporters that Beijing respected the right of countries to develop relations but opposed "small circles" that divide the world. She said China's own trade with both the EU and India was large and mutually beneficial.

Chinese analysts said Beijing was watching whether the EU-India agreement would include rules of origin that exclude Chinese components from tariff benefits. "That is the practical question for Chinese companies with factories in India," said Wu Zhenyu, a researcher at a Shanghai institute.

Relations between Beijing and Brussels are already strained by an EU decision last month to impose duties on Chinese wind turbines and by China's anti-dumping investigation into European wine.
""", SIC, SL2))
# EU-China summit in Beijing (separate summit)
SE = "eu-china-summit-beijing"
A.append(art("u4-018", "Eastern Star Herald", "EU leaders land in Beijing for tense summit shadowed by trade rows",
"2026-11-15T21:00:00+08:00", """
BEIJING (Eastern Star Herald) — The presidents of the European Commission and the European Council arrived in Beijing on Sunday evening for a summit with China's leaders that officials on both sides expect to be dominated by disputes over wind turbines, wine and rare earth exports.

EU officials said the European side would press China to speed up licences for exports of rare earth magnets, which European carmakers and electronics firms say have been delayed for months, and to address what Brussels calls industrial overcapacity.

China is expected to demand that the EU withdraw its provisional duties on Chinese wind turbines, imposed in October, and to raise European restrictions on Chinese investment in sensitive sectors.

"No one expects breakthroughs. The goal is to stop things getting worse," said a senior EU diplomat involved in preparations. A joint statement is not guaranteed, the diplomat added.

The summit, on Monday, comes less than two weeks after EU leaders signed a free trade agreement with India in New Delhi.
""", SE, SL))
a19 = art("u4-019", "Meridian Wire Service", "EU-China summit ends without joint statement; sides agree export-control talks",
"2026-11-16T18:45:00+08:00", """
BEIJING (Meridian Wire Service) — European Union and Chinese leaders ended a summit in Beijing on Monday without a joint statement, but agreed to set up a regular dialogue on export controls and to keep talking about trade disputes that have strained relations this year.

The presidents of the European Commission and the European Council met China's president and premier at the Great Hall of the People. Both sides described the talks as frank, a diplomatic term that usually signals disagreement.

The Commission president told reporters that Europe could not accept "a relationship in which one side's overcapacity becomes the other side's deindustrialisation". She said China had promised to speed up licences for rare earth exports to European companies.

China's premier said Beijing hoped the EU would "correct its wrong practices" on wind turbines and resist pressure to follow "protectionist" policies, according to Chinese state media. He said China was ready to import more European goods.

Officials said a new working group would meet before the end of the year to discuss the turbine duties and China's anti-dumping investigation into European wine, but neither side offered concessions at the summit.

The EU is China's second-largest trading partner, with goods trade of more than 700 billion euros last year.
""", SE, SL)
A.append(a19)
A.append(copy_of(a19, "u4-020", "Northgate Times", "No joint statement as EU-China summit ends; export-control dialogue agreed",
"2026-11-16T11:30:00+00:00", [("(Meridian Wire Service)", "(MWS)"), ("told reporters", "told journalists"), ("but neither side offered concessions at the summit", "though neither side offered concessions in Beijing")]))
A.append(art("u4-021", "Continental Daily", "Frosty Beijing summit exposes gulf between EU and China",
"2026-11-16T20:30:00+08:00", """
BEIJING (Continental Daily) — European and Chinese leaders met in Beijing on Monday for their annual summit and parted with little more than an agreement to keep talking, as disputes over trade and China's ties with Russia left the two sides unable to issue a joint statement.

The European side pressed Chinese leaders on rare earth export licences, state subsidies and China's support for Russia's economy during the war in Ukraine, EU officials said. Chinese officials demanded that the EU lift its duties on wind turbines and stop treating China as a "systemic rival".

The summit lasted about five hours, including a working lunch. A planned signing of a minor agreement on geographical indications for food was postponed, officials said, without giving a reason.

"We were clear about our concerns, and China was clear about its own," the European Council president said. "That clarity is useful, even when it is uncomfortable."

A new export-control dialogue and a trade working group were the only concrete outcomes. Chinese state television presented the meeting as a sign of "stable development" in relations.
""", SE, SL))
A.append(art("u4-022", "Keystone Business Review", "European firms seek follow-through on China's rare earth pledge after summit",
"2026-11-17T09:30:00+01:00", """
FRANKFURT (Keystone Business Review) — European manufacturers said on Tuesday they would judge China's promise to speed up rare earth export licences, made at Monday's summit in Beijing, by whether shipments actually arrive in the coming weeks.

Carmakers, wind turbine producers and electronics firms in Europe depend on Chinese supplies of rare earth magnets and have complained of delays of up to three months in obtaining export licences since Beijing tightened controls.

"We have heard promises before. What we need is magnets on trucks," said Katrin Vogel, who handles supply chains at a German association of component makers. Several companies have built up stockpiles, but some smaller suppliers said they were close to halting production lines.

The new EU-China dialogue on export controls agreed at the summit is expected to meet for the first time in December. European officials said they wanted a "fast lane" for licences for established customers.

Shares in European auto parts makers were little changed on Tuesday, suggesting investors remain sceptical.
""", SE, SL, sec="industry"))
A.append(art("u4-023", "Atlas News Network", "Analysis: An EU-China summit that was a success only by lowered expectations",
"2026-11-17T12:00:00+01:00", """
BRUSSELS (Atlas News Network) — By the standards of the past, Monday's EU-China summit in Beijing was a failure: no joint statement, no signed agreements and no movement on the disputes over wind turbines and wine that have soured relations this autumn. By the standards officials set for themselves going in, it was a modest success.

European diplomats had said privately that their aim was to stop the relationship deteriorating further. On that measure, the new export-control dialogue and a working group on trade disputes give both sides a channel to manage problems before they escalate.

The deeper issues were left untouched. Brussels wants China to rein in industrial subsidies and exports that it believes are flooding European markets. Beijing wants Europe to keep its markets open and to distance itself from Washington's technology restrictions. Neither side believes the other will change course.

China's support for Russia remains a further obstacle. European leaders raised it again in Beijing, and again received assurances that China is not supplying weapons, which few in Brussels find reassuring.

The contrast with the EU's summit in New Delhi less than two weeks earlier, which produced a signed trade agreement, was noted by officials in both capitals. For Europe, diversifying away from China has become policy. For China, that is exactly the problem.
""", SE, SL, sec="analysis"))
A.append(art("u4-024", "Bluewater Gazette", "China's premier tells EU leaders: 'Openness must run both ways'",
"2026-11-16T21:40:00+08:00", """
BEIJING (Bluewater Gazette) — China's premier urged visiting European Union leaders on Monday to keep their markets open to Chinese clean-energy products, saying at the end of a summit in Beijing that "openness must run both ways" if the relationship is to prosper.

Speaking at a news conference after talks at the Great Hall of the People, the premier said Chinese wind turbines, solar panels and electric vehicles were helping Europe meet its climate goals and that restricting them would raise costs for European consumers.

He said China would increase imports of European agricultural products and high-end machinery and would give "positive consideration" to European requests on export licences for rare earths, provided they were for civilian use.

The European side offered a more sober assessment of the meeting, saying differences remained significant and that no joint statement would be issued.

The summit was the first held in Beijing since 2025. The two sides agreed to create an export-control dialogue and a working group on trade disputes.
""", SE, SL))
A.append(art("u4-025", "Northgate Times", "Column: The world is quietly sorting itself into trading blocs",
"2026-11-09T07:00:00+00:00", """
LONDON (Northgate Times) — For most of the past thirty years, the direction of the global economy seemed settled. Tariffs would fall, supply chains would lengthen, and the cheapest producer anywhere would win. That assumption has not so much been abandoned as quietly replaced.

Look at the trade news of any given week. Tariffs are imposed in the name of security. Investigations are opened in retaliation. Agreements are signed not only because they raise growth but because they reduce dependence on a rival. Governments talk about "trusted partners" and "de-risking", phrases that would have sounded odd in a trade ministry two decades ago.

The result is not the end of globalisation but its reorganisation. Goods still cross borders in record volumes. What has changed is that politics, rather than price alone, increasingly decides which borders they cross. Companies now plan supply chains with one eye on geopolitics, building factories in friendly countries even when costs are higher.

There are benefits to this. Concentrating the production of critical goods in one country was a genuine vulnerability, as the pandemic showed. But there are costs too, and they are rarely spelled out. Prices are higher. Innovation spreads more slowly. Poorer countries that are not invited into any bloc risk being left outside all of them.

The danger is that a world of blocs becomes a world of walls. Keeping trade rules that apply to everyone, even imperfectly, is still worth the effort. Once those rules are gone, they will be very hard to rebuild.
""", "column-trading-blocs", "column-trading-blocs", sec="opinion"))
