# Control region (Baltic states) ordinary news + world background singletons.
A = []

def add(k, story, src, pub, title, text, react=None):
    A.append(dict(k=k, story=story, src=src, pub=pub, title=title, text=text, react=react))

# ---------------- Baltic states (control, no reaction) ----------------
add("b_cartax", "baltic_est_car_tax_debate", "Baltic Signal", "2027-02-16T10:00:00+02:00",
"Estonian MPs clash over car tax relief for large families", """
TALLINN (Baltic Signal) — Estonia's parliament held a heated first reading on Tuesday of a bill that would cut the annual motor vehicle tax for families with three or more children, as the governing coalition tried to soften one of its least popular revenue measures.

Finance Minister Kaarel Tammsaar said the relief would cost the budget about 14 million euros a year and would be financed by higher excise duty on heated tobacco products. "We listened to families in the countryside who have no alternative to the car," he told the Riigikogu.

Opposition lawmakers said the change was too small and demanded that the tax be scrapped altogether, arguing that it had hit rural households and pensioners hardest since it was introduced. One opposition deputy called the bill "a bandage on a wound the government made itself".

The bill is expected to pass its second reading next month. A taxpayers' association said it welcomed any reduction but warned that frequent changes to the tax were confusing for car owners and dealers.

Car registrations in Estonia fell sharply in the year after the tax took effect, according to official transport data.
""")

add("b_lng", "baltic_ltu_lng_record", "Northgate Review", "2027-02-22T09:00:00+02:00",
"Klaipėda LNG terminal posts record winter throughput", """
KLAIPĖDA (Northgate Review) — Lithuania's floating liquefied natural gas terminal in Klaipėda handled a record number of cargoes this winter, its operator said on Monday, as the facility continued to supply gas to Latvia, Estonia and parts of Finland and Poland.

The terminal received 29 cargoes between November and the end of February, most of them from the United States and Norway, compared with 24 a year earlier. The operator's chief executive, Rasa Vaitkevičienė, said cold weather in January and lower storage levels across the region had driven demand.

"The terminal has proved again that it is the backbone of regional energy security," she told reporters at the port.

Lithuania bought the floating storage and regasification vessel outright several years ago after leasing it for a decade. The government is studying whether to expand capacity to serve growing demand from industry and from gas-fired power plants needed to back up wind and solar generation.

Latvian and Estonian traders accounted for about a third of the gas that passed through the terminal this winter, the operator said.
""")

add("b_indep", "baltic_est_independence_day", "Baltic Signal", "2027-02-24T15:00:00+02:00",
"Estonia marks 109th Independence Day with parade in Pärnu", """
PÄRNU (Baltic Signal) — Thousands of people lined the streets of Pärnu on Wednesday to watch a military parade marking the 109th anniversary of the Republic of Estonia, the first time the resort city has hosted the main Independence Day parade in several years.

Around 1,200 soldiers, volunteers of the Defence League and allied troops stationed in Estonia marched through the city centre in freezing temperatures, followed by armoured vehicles and air-defence systems. Allied fighter jets flew overhead.

In a speech from the steps of the Endla Theatre, the president said Estonia's freedom had been "won by people who believed in it when it seemed impossible" and urged citizens to value the country's democracy and its alliances.

The day began with a flag-raising ceremony at Toompea Castle in Tallinn at sunrise. In the evening, the president was due to host the traditional reception, broadcast live on national television.

Pärnu is where Estonia's declaration of independence was first read publicly, in February 1918.
""")

add("b_tram", "baltic_lva_riga_tram", "Baltic Signal", "2027-03-03T12:00:00+02:00",
"Riga council approves tram extension to Skanste business district", """
RIGA (Baltic Signal) — Riga City Council on Wednesday approved a long-delayed plan to extend the city's tram network to the Skanste business district, after years of disputes over financing and route design.

The 3.2-kilometre line will link the city centre to new office blocks, the national concert hall site and residential developments, and is expected to carry up to 20,000 passengers a day. Construction is set to begin this summer and take about two years.

The project will be financed largely by European Union cohesion funds, with the city covering about a fifth of the cost. An earlier version of the plan was abandoned after an investigation into procurement irregularities.

The mayor said the line would "finally connect the new Riga with the old". Opposition councillors abstained, saying the council had not explained how it would cover rising operating costs of the public transport company.

Residents of streets along the route have raised concerns about noise and the loss of parking spaces.
""")

add("b_strike", "baltic_ltu_teachers_strike", "Northgate Review", "2027-03-10T13:00:00+02:00",
"Lithuanian teachers strike over pay, closing hundreds of schools", """
VILNIUS (Northgate Review) — Thousands of teachers across Lithuania walked out on Wednesday in a one-day strike over pay and workloads, forcing hundreds of schools in Vilnius, Kaunas and other cities to cancel lessons.

The teachers' union said about 14,000 members took part, demanding a 15 percent pay rise and smaller class sizes. Several thousand strikers rallied outside the Seimas in Vilnius, carrying signs reading "Respect our work".

The education minister said the government could afford an increase of 8 percent from September and called for negotiations to continue. "We share the goal, but the budget has limits," she said.

Union leader Andrius Navickas said the union would consider an indefinite strike if the government did not improve its offer by the end of April. "Teachers are leaving the profession every month. This is a crisis that will hit our children," he said.

Parents' groups expressed sympathy for the teachers but urged both sides to avoid prolonged disruption before the state examinations in the spring.
""")

add("b_hockey", "baltic_lva_hockey_friendly", "Baltic Signal", "2027-03-15T20:00:00+02:00",
"Latvia edge Slovakia in Riga hockey friendly as world championship nears", """
RIGA (Baltic Signal) — Latvia beat Slovakia 3-2 in overtime in an ice hockey friendly in Riga on Monday, giving coach Edgars Kalniņš encouragement as he shapes his squad for the world championship in May.

A crowd of more than 9,000 at the Arena Riga saw the home side come from 2-0 down with two goals in the third period, before a defenceman fired in the winner from the blue line two minutes into overtime.

Kalniņš, who used three goalkeepers over the two-game series, said he was pleased with the team's resilience but unhappy with its power play, which failed to score on five attempts.

Latvia will play two more warm-up games in Switzerland next month. Several players from North American clubs are expected to join the squad once their seasons end.
""")

add("b_eres", "baltic_est_eresidency_record", "Northgate Review", "2027-03-17T11:00:00+02:00",
"Estonia's e-residency programme draws record applications", """
TALLINN (Northgate Review) — Estonia's e-residency programme received a record number of applications in the first two months of the year, officials said on Wednesday, driven by demand from freelancers and small technology companies seeking access to the European single market.

Almost 7,900 people applied for the digital identity between January and February, up about a fifth on the same period last year. The largest numbers came from Ukraine, Germany, India and Spain, the programme's managing director said.

E-residents can set up and run an Estonian company online, sign documents digitally and file taxes remotely. More than 40,000 companies have been established by e-residents since the scheme began in 2014, contributing tens of millions of euros a year in taxes.

Officials said they had tightened background checks after concerns that some applicants were using Estonian companies to evade sanctions or launder money, and that about 8 percent of applications were rejected last year.
""")

add("b_gdp", "baltic_ltu_gdp_revision", "Baltic Signal", "2027-03-22T10:00:00+02:00",
"Lithuania's economy grew faster than first estimated at end of 2026", """
VILNIUS (Baltic Signal) — Lithuania's economy grew 3.4 percent year on year in the fourth quarter of 2026, faster than the 2.9 percent first estimated, the state statistics agency said on Monday, helped by strong household spending and exports of furniture and chemicals.

Quarter on quarter, gross domestic product expanded 1.1 percent after seasonal adjustment. For the full year, growth was revised up to 2.8 percent.

Economists said rising real wages and lower interest rates in the euro zone had supported consumption, while manufacturing benefited from a recovery in demand in Germany and the Nordic countries.

The finance ministry said the revision would not change its forecast for this year of growth around 2.5 percent but would help keep the budget deficit within the limits set by European Union rules, despite higher defence spending.
""")

add("b_flood", "baltic_lva_daugava_ice_flood", "Baltic Signal", "2027-03-25T17:00:00+02:00",
"Ice jam on the Daugava floods streets in Jēkabpils", """
JĒKABPILS (Baltic Signal) — An ice jam on the Daugava river flooded low-lying streets in Jēkabpils on Thursday, forcing the evacuation of about 60 residents and cutting off several rural roads, emergency officials said.

Water levels rose by almost two metres in a few hours after ice floes piled up at a bend downstream of the town during a sudden thaw. Firefighters used boats to reach houses in the Krustpils area, and the army sent engineers to help strengthen embankments.

The State Fire and Rescue Service said no injuries had been reported. Authorities were considering using explosives to break up the ice if the jam did not clear overnight.

Spring floods caused by ice jams are a recurring problem for Jēkabpils, which has suffered serious flooding several times in the past two decades. The town council said it would renew its call for national funding to build permanent flood barriers.
""")

add("b_rail", "baltic_est_rail_baltica_milestone", "Northgate Review", "2027-03-29T09:00:00+03:00",
"Rail Baltica completes track on first Estonian section", """
PÄRNU (Northgate Review) — Workers laid the final stretch of track on the first completed section of the Rail Baltica high-speed line in Estonia on Monday, a milestone for the long-delayed project to link the Baltic capitals to the European rail network.

The 45-kilometre section runs through Pärnu county and will be used for testing signalling and power systems later this year. Passenger services on the full line are not expected before the early 2030s.

Estonia's infrastructure minister said the project was "finally moving from drawings to steel" but acknowledged that costs had risen sharply since it was first planned. The three Baltic states are seeking more European Union funding to complete the line.

Rail Baltica will run about 870 kilometres from Tallinn through Riga and Kaunas to the Lithuanian-Polish border, with standard European gauge track.
""")

# ---------------- World background singletons ----------------
add("w_aus", "world_aus_rates_hold", "Global Brief Service", "2027-02-18T14:30:00+11:00",
"Australia's central bank holds rates as inflation eases", """
SYDNEY (Global Brief Service) — The Reserve Bank of Australia left its cash rate unchanged on Thursday, saying inflation was moving back towards its target but that the labour market remained tight.

The board said it would keep a close eye on wage growth and services prices before deciding whether further easing was needed. Most economists had expected the decision.

The Australian dollar edged higher after the announcement, while bond yields were little changed. Financial markets are pricing in one more cut later in the year.

Consumer confidence has improved in recent months as mortgage holders benefited from earlier rate cuts, but retailers have reported uneven sales, with spending on dining and travel stronger than on household goods.

The bank will publish updated economic forecasts alongside its next decision in May.
""")

add("w_ghana", "world_gha_cocoa_forecast", "Atlas Press Agency", "2027-02-23T11:00:00+00:00",
"Ghana lifts cocoa harvest forecast after late rains", """
ACCRA (Atlas Press Agency) — Ghana's cocoa regulator raised its forecast for the current harvest on Tuesday, citing late rains that improved the condition of trees in the main growing regions.

The regulator said it now expected output of about 690,000 tonnes for the season, up from an earlier estimate of 640,000 tonnes. Ghana is the world's second-largest cocoa producer after Ivory Coast.

Farmers welcomed the revision but said they were still struggling with the spread of swollen shoot virus and with smuggling of beans to neighbouring countries, where prices have at times been higher.

Cocoa futures fell about 2 percent in London after the announcement. Prices remain well above their long-term average after several years of poor harvests in West Africa.
""")

add("w_canada", "world_can_budget_defence", "Continental Courier", "2027-03-04T15:00:00-05:00",
"Canada's budget boosts defence spending, trims deficit target", """
OTTAWA (Continental Courier) — Canada's government unveiled a budget on Thursday that raises military spending by billions of dollars over five years while promising to narrow the federal deficit through spending restraint in other departments.

The finance minister told the House of Commons that the plan would bring defence spending to the NATO target of 2 percent of GDP this year and set out a path towards higher levels by the end of the decade, including new submarines and Arctic surveillance.

Opposition parties criticised cuts to the federal public service and said the budget did too little to address housing costs, which remain a top concern for voters.

Business groups welcomed measures to speed up approval of major infrastructure and mining projects but said the corporate tax system remained uncompetitive.
""")

add("w_chile", "world_chl_copper_strike", "Meridian Wire", "2027-03-12T10:00:00-03:00",
"Workers strike at Chilean copper mine over bonus dispute", """
ANTOFAGASTA, Chile (Meridian Wire) — Workers at the Cerro Alto copper mine in northern Chile began a strike on Friday after talks with management over a contract bonus broke down, the union said.

About 2,300 unionised workers walked off the job at the open-pit mine, which produces around 250,000 tonnes of copper a year. The company said contingency plans would keep part of the operation running.

The union is demanding a signing bonus equivalent to about $30,000 per worker, arguing that high copper prices have lifted profits. Management said its offer was fair and reflected rising costs.

Chile is the world's largest copper producer, and strikes at major mines are closely watched by markets. Copper prices rose about 1 percent in London trading on news of the stoppage.
""")

add("w_germany", "world_deu_rail_strike", "Northgate Review", "2027-03-19T08:00:00+01:00",
"German rail strike strands commuters across the country", """
BERLIN (Northgate Review) — A strike by German train drivers halted most long-distance and regional services on Friday, stranding commuters and forcing travellers onto crowded roads and buses across the country.

The drivers' union called the 24-hour walkout after negotiations over pay and working hours with the national rail operator collapsed earlier in the week. The operator said it was running an emergency timetable with about a fifth of normal long-distance trains.

Freight services were also disrupted, with industry groups warning of delays to deliveries of chemicals and car parts.

The union is demanding a shorter working week without loss of pay, while the rail operator says such a change would worsen an already severe shortage of drivers. Both sides said they were open to further talks.
""")

add("w_japan", "world_jpn_tourism_record", "Global Brief Service", "2027-03-24T09:00:00+09:00",
"Japan sets tourist record for February as cherry blossom season nears", """
TOKYO (Global Brief Service) — Japan welcomed a record number of foreign visitors for the month of February, the national tourism organisation said on Wednesday, as a weak yen and the approach of the cherry blossom season drew travellers from across Asia and beyond.

About 3.6 million foreign visitors arrived during the month, up 12 percent from a year earlier, led by travellers from South Korea, China and Taiwan.

Weather forecasters expect the cherry trees in Tokyo to reach full bloom in the last days of March, slightly earlier than usual. Hotels in Kyoto and Tokyo reported high occupancy for the coming weeks.

Local authorities in popular destinations have introduced measures to manage crowds, including entry fees at some sites and restrictions on tour buses.
""")

add("w_brazil", "world_bra_amazon_deforestation", "Continental Courier", "2027-03-28T12:00:00-03:00",
"Amazon deforestation falls for third straight year, Brazil says", """
BRASÍLIA (Continental Courier) — Deforestation in Brazil's Amazon fell for the third consecutive year in the twelve months to February, according to satellite data released on Sunday by the country's space research institute.

About 4,900 square kilometres of forest were cleared during the period, down 14 percent from the previous year. The environment ministry credited stronger enforcement, the seizure of illegal cattle herds and new credit restrictions on properties linked to illegal clearing.

Environmental groups welcomed the decline but warned that forest degradation from fires and selective logging remained high, and that clearing in the Cerrado savanna had not fallen as fast.

The government has pledged to end illegal deforestation by the end of the decade. Officials said they would present the figures at an international forest meeting next month.
""")
