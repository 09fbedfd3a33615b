"""Part 1: articles before the trigger (20 Oct - 2 Nov 2025)."""
from common import A

ARTICLES = [
A("peru-censure", "ACO", "2025-10-20 19:30",
  "Congress censures interior minister as extortion cases climb",
  "congreso-censura-ministro-interior-extorsion",
  """LIMA (Andes Correo) — Peru's Congress voted on Monday evening to censure Interior Minister Álvaro Quispe Benavides, the third holder of the post to be removed in little more than a year, after lawmakers accused him of losing control of a wave of extortion against bus operators and small shopkeepers in the capital.

The motion passed with 78 votes in favour, 19 against and 11 abstentions following a debate that ran for almost seven hours. Deputies from across the chamber read out the names of drivers killed in recent months on routes through San Juan de Lurigancho and Ate, districts where transport companies say they pay weekly "protection" fees to criminal gangs.

Quispe, a retired police general who took office in May, told the chamber before the vote that homicides linked to extortion had fallen in two of the five districts placed under a state of emergency. "The numbers are beginning to turn, and changing the commander now helps only the criminals," he said. His defence won over few members.

Transport unions, which staged a one-day stoppage earlier this month that left hundreds of thousands of commuters walking to work, welcomed the result but said a new minister would make little difference without more prosecutors and a working witness protection scheme.

Under the constitution the minister must resign within 72 hours. The presidential palace said it would name a successor by Thursday. Analysts in Lima said the government's room to manoeuvre was shrinking ahead of next year's general election, with every cabinet change feeding voter frustration over insecurity, now the top concern in opinion surveys across the country.""",
  story="peru-interior-minister-censure", storyline="peru-interior-minister-censure", cat="control"),

A("vn-typhoon-a", "SET", "2025-10-22 08:00",
  "Typhoon Lumei slams into central coast, tens of thousands evacuated",
  "typhoon-lumei-central-coast-evacuation",
  """QUANG NGAI — Typhoon Lumei made landfall on the coast of Quang Ngai province shortly before midnight on Tuesday, bringing sustained winds of up to 133 kilometres an hour, tearing roofs from houses and cutting power to large parts of four central provinces, according to the national disaster steering committee.

Provincial authorities said more than 61,000 people had been moved from low-lying coastal communes and fish farming areas to schools and government buildings before the storm arrived. Fishing boats were ordered to remain in port from Monday afternoon, and the airports at Chu Lai and Phu Cat suspended flights for the night.

By dawn on Wednesday, rivers in Quang Ngai and neighbouring Binh Dinh were rising fast. The hydrological forecasting centre warned that rainfall of 300 to 500 millimetres was possible over the next 48 hours in mountain districts, raising the risk of flash floods and landslides on roads leading to the Central Highlands.

Electricity of Vietnam said about 420,000 customers were without power at 6 a.m. Crews were waiting for winds to ease before starting repairs on damaged transmission lines. Manufacturers at the Dung Quat economic zone said they had halted night shifts as a precaution and would assess any damage during the day.

Farmers in the region had been racing to bring in the last of the autumn rice crop ahead of the storm. Local agriculture officials said it was too early to put a figure on losses but warned that acacia plantations and fish cages along the coast had taken a heavy blow. The storm was forecast to weaken into a tropical depression as it moved inland toward Laos.""",
  story="vietnam-typhoon-lumei", storyline="vietnam-typhoon-lumei", cat="watched-unrelated"),

A("phl-resupply", "MDC", "2025-10-22 18:00",
  "Chinese coast guard ships shadow Ayungin resupply run",
  "chinese-coast-guard-shadow-ayungin-resupply",
  """MANILA — Two Chinese coast guard ships and several maritime militia vessels shadowed a Philippine resupply mission to the BRP Sierra Madre at Ayungin Shoal on Wednesday, but the supply boat completed its delivery without the water cannon use seen in previous encounters, the National Maritime Council said.

The chartered boat, escorted by two Philippine Coast Guard vessels, reached the grounded navy ship shortly after 9 a.m. and unloaded food, fresh water, medicine and construction materials for the small detachment of marines stationed aboard. Chinese ships kept within about 300 metres of the convoy for much of the journey, the council said in a statement, and one of them sounded its horn repeatedly.

"The mission was carried out in accordance with the provisional understanding, and we commend the crew for their professionalism," the council's spokesperson, Assistant Director General Corazon Villaruel, told reporters in Manila.

The Chinese embassy in Manila said in a short statement that Beijing had "allowed" the delivery of daily necessities on humanitarian grounds and that the Philippines must not bring in materials to reinforce the vessel. Manila rejects any suggestion that it needs China's permission to supply its own outpost inside its exclusive economic zone.

The resupply was the fourth since the two countries reached a temporary arrangement last year intended to lower tensions around the shoal, which lies about 200 kilometres from the western Philippine province of Palawan. Fishermen's groups in Palawan said Chinese vessels continued to crowd traditional fishing grounds nearby, and asked the government to provide fuel subsidies so that small boats could stay out at sea longer.""",
  story="phl-ayungin-resupply-oct", storyline="phl-ayungin-resupply-oct", cat="decoy"),

A("vn-typhoon-b", "GDA", "2025-10-23 11:00",
  "Vietnam storm death toll rises to 14 as floods cut highway",
  "vietnam-typhoon-lumei-toll-floods",
  """HANOI (Global Dispatch Agency) — At least 14 people were killed and nine were missing in central Vietnam after Typhoon Lumei brought torrential rain that flooded towns and cut a stretch of the north-south highway, officials said on Thursday.

Most of the deaths were in Quang Ngai and Binh Dinh provinces, where rivers burst their banks overnight and floodwater reached the rooftops of single-storey homes in several communes. Soldiers and police used boats to reach families stranded on higher ground, and the army deployed two helicopters to drop food and drinking water to villages cut off by landslides.

The Ministry of Agriculture and Environment said more than 2,300 houses had been damaged or destroyed and about 18,000 hectares of rice and vegetables were under water. Part of National Highway 1 near Duc Pho remained closed on Thursday afternoon, and the railway operator suspended trains on the Da Nang to Nha Trang section.

Deputy Prime Minister Le Van Thinh, who flew to the region on Wednesday, ordered provinces to prioritise the search for the missing and to release emergency rice reserves to affected families. The government said it would allocate 200 billion dong (about $7.6 million) for immediate relief.

Central Vietnam is struck by several storms in most years, but scientists say warmer seas are making heavy rainfall events more intense. Lumei was the eleventh named storm to affect the country's waters this year. The national weather service said another low-pressure system east of the Philippines could strengthen over the weekend and was being monitored closely.""",
  story="vietnam-typhoon-lumei", storyline="vietnam-typhoon-lumei", cat="watched-unrelated"),

A("hesse-schools", "RHC", "2025-10-24 09:00",
  "Hesse promises smaller primary classes, but teachers ask who will teach them",
  "hessen-smaller-primary-classes-teachers",
  """WIESBADEN (Rhine Courier) — The state government of Hesse on Thursday unveiled a plan to cap primary school classes at 22 pupils by 2029, a promise that drew cautious applause from parents and open scepticism from the teachers who would have to make it work.

Education Minister Katrin Vollmer said the cap, down from the current maximum of 25, would be phased in from the autumn of 2026, starting with first-year classes in districts where more than a third of children do not speak German at home. The state has budgeted 310 million euros over four years for the plan, most of it for around 1,400 additional teaching posts.

"Children who start school with a language gap need time with a teacher, not a seat in an overcrowded room," Vollmer told reporters in Wiesbaden.

The teachers' union in the state said the goal was right but the timetable looked unrealistic. Hesse already struggles to fill vacancies, particularly in rural areas and in the north of the state, and relies on hundreds of staff without full teaching qualifications. "You cannot cap classes with teachers who do not exist," said the union's regional chair, Bernd Aumüller.

The opposition in the state parliament said the plan was a re-packaging of promises made before the last election and demanded a detailed recruitment schedule. Parents' associations in Frankfurt and Kassel welcomed the announcement but asked that school buildings, many of which lack space for extra classrooms, be included in the funding.

The cabinet is expected to present the draft budget containing the measure to parliament in December.""",
  story="hesse-class-size-plan", storyline="hesse-class-size-plan", cat="world"),

A("rts-a", "KLL", "2025-10-25 10:00",
  "RTS Link carries first passengers in Johor trial run",
  "rts-link-first-passengers-johor-trial",
  """JOHOR BAHRU — The first passengers rode the Johor Bahru–Singapore Rapid Transit System Link on Saturday morning as operators began a month of trial runs on the four-kilometre cross-border line, a project that planners hope will ease one of the world's busiest land crossings.

About 300 invited commuters, most of them Malaysians who work in Singapore, boarded a four-car driverless train at the Bukit Chagar station shortly after 7 a.m. The trip over the Johor Strait to Woodlands North took just under five minutes, compared with an hour or more by bus or car across the Causeway during the morning rush.

"Every day I leave the house at 4.45 a.m. to beat the jam. Today I had time for breakfast," said Nurul Ain Rosli, a 34-year-old nurse who works at a hospital in the north of Singapore.

Immigration checks for the trial were carried out in co-located facilities, meaning passengers clear both countries' controls once at the departure station. Officials from both governments said the trial would test the system under different passenger loads, including simulated breakdowns and evacuation drills.

Johor's state executive councillor for transport, Mohd Faizal Harun, said the state was preparing feeder bus routes and park-and-ride facilities so that the line would not simply shift congestion to the streets around Bukit Chagar. Property agents in Johor Bahru said interest in apartments near the station had risen sharply in recent months.

The line is designed to carry up to 10,000 passengers an hour in each direction. A date for full commercial service has not been fixed, but officials say it remains on course for the end of next year.""",
  story="rts-link-trial-runs", storyline="rts-link-trial-runs", cat="watched-unrelated"),

A("rts-b", "SMP", "2025-10-26 09:00",
  "Five minutes to Woodlands: RTS trial riders give early verdict",
  "rts-link-trial-riders-verdict-woodlands",
  """SINGAPORE (Straits Morning Post) — Five minutes, one immigration check and no traffic jam: that was the verdict of most passengers who took part in the first public trial of the Rapid Transit System Link between Johor Bahru and Woodlands on Saturday.

The trial, which will run on selected days until late November, is meant to test how the line copes with crowds and how quickly passengers can move through the joint customs, immigration and quarantine facilities at each end. Land Transport Authority officials said the average time from entering the Bukit Chagar station to leaving Woodlands North was 17 minutes on the first morning, including the checks.

Some riders said signs at the Singapore end were confusing and that a section of the walkway to the Thomson-East Coast MRT line was still closed. "It is fast, but you still need to know where to go when you come out," said Lim Boon Kiat, 52, a logistics supervisor who lives in Johor.

Businesses in Woodlands are watching closely. Coffee shop owners near the station said they expected more early-morning customers once the line opens fully, while some retailers in Johor Bahru worried that Singapore residents might cross more easily for shopping only on weekends.

A joint statement from the two governments said ticket prices and operating hours would be announced early next year. The line is expected to carry up to 10,000 passengers an hour in each direction when it begins full service, a fraction of the roughly 300,000 people who cross the Causeway and the Second Link on a typical weekday.""",
  story="rts-link-trial-runs", storyline="rts-link-trial-runs", cat="watched-unrelated"),

A("penang-lianhua", "KLL", "2025-10-27 15:00",
  "Taiwan's Lianhua Semiconductor opens RM2.1 billion Penang plant",
  "lianhua-semiconductor-penang-plant-opens",
  """BAYAN LEPAS — Taiwanese chip packaging group Lianhua Semiconductor opened a RM2.1 billion advanced test and packaging plant in Penang on Monday, the latest in a string of investments that have turned the island state into one of the region's busiest back-end semiconductor hubs.

The plant in the Batu Kawan industrial park will employ about 1,600 people when it reaches full capacity in 2027, the company said, and will package chips used in data centre servers and electric vehicles. Lianhua's chairman, Hsu Chien-ming, told guests at the opening that Penang's pool of experienced engineers and its supplier network had made the choice straightforward.

"We came here for people, not for tax holidays," Hsu said. "Many of our managers in Penang have worked in this industry for 20 years."

Penang state executive councillor Lim Siew Chen, who attended alongside officials from the Malaysian Investment Development Authority, said the state had approved 14 semiconductor-related projects so far this year. He said water and power supply for new factories remained a priority, following complaints from manufacturers about interruptions earlier in the year.

Lianhua already runs two plants in Taiwan and one in Suzhou, China. Company executives said the Penang facility would serve customers in the United States and Europe who want a supply base outside both Taiwan and mainland China, a request that has become common among chip buyers in recent years.

Industry groups say Malaysia accounts for roughly 13 percent of global chip assembly, packaging and testing. The government aims to move more of that activity into higher-value design and advanced packaging work under its national semiconductor strategy.""",
  story="lianhua-penang-plant-opening", storyline="lianhua-penang-plant-opening", cat="decoy"),

A("quito-power-a", "VDQ", "2025-10-27 20:00",
  "Vuelven los cortes de luz: Quito tendrá apagones de hasta cuatro horas",
  "quito-cortes-de-luz-cuatro-horas-sequia",
  """QUITO (La Voz de Quito) — Residents of Quito and several highland provinces will face scheduled power cuts of up to four hours a day from Wednesday, the energy ministry announced on Monday night, as a dry spell drains the reservoirs that feed Ecuador's largest hydroelectric plants.

Energy Minister Fernanda Cevallos said water levels at the Mazar reservoir had fallen to 2,118 metres above sea level, close to the minimum at which the Paute complex can generate safely. The rains that normally arrive in October in the Amazon basin have been weaker than expected for a second year running, she said.

The cuts will rotate by neighbourhood, with timetables published each evening by the Quito electricity company. Hospitals, water pumping stations and the international airport will be exempt. "We are asking every family and every business to save energy in the peak hours between six and nine at night," Cevallos said.

The announcement revived memories of last year, when blackouts lasting up to 14 hours hit the country for weeks and cost businesses hundreds of millions of dollars. Shop owners in the historic centre said they would again have to buy diesel for generators. "We had just recovered," said Marcelo Andrango, who runs a bakery on Calle Guayaquil.

The government said two floating power barges were operating off the coast and that a new thermal plant in Esmeraldas province would come online in December. Opposition lawmakers accused the government of failing to build enough non-hydro capacity despite last year's crisis, and called on the minister to appear before the National Assembly.""",
  story="ecuador-power-cuts", storyline="ecuador-power-cuts", cat="control"),

A("quito-power-b", "GDA", "2025-10-28 14:00",
  "Ecuador brings back rolling blackouts as drought hits hydropower",
  "ecuador-rolling-blackouts-drought-hydropower",
  """QUITO (Global Dispatch Agency) — Ecuador will reintroduce rolling power cuts of up to four hours a day in Quito and much of the Andean highlands from Wednesday, the government said, as a drought reduces output at the hydroelectric dams that supply most of the country's electricity.

The energy ministry said the level of the Mazar reservoir, which regulates water for the Paute hydro complex in the south of the country, was approaching its operating minimum. Hydropower normally provides more than 70 percent of Ecuador's electricity.

The cuts are shorter than those imposed during last year's crisis, when some households went without power for 14 hours a day, but business groups warned that even four-hour outages would hurt small manufacturers and shops already struggling with weak demand. The Quito chamber of commerce estimated losses of about $12 million for each day of cuts in the capital alone.

Officials said they were buying electricity from neighbouring Colombia where possible, though Colombia has itself limited exports in recent weeks to protect its own reservoirs. The government has also leased power barges moored off the Pacific coast.

Energy analysts in Quito said the country remained exposed because new gas and solar projects promised after last year's blackouts had been delayed by financing problems and permit disputes. Meteorologists said rainfall in the watersheds feeding the dams was expected to improve from mid-November, but warned that the forecast was uncertain.""",
  story="ecuador-power-cuts", storyline="ecuador-power-cuts", cat="control"),

A("vn-china-rail", "SET", "2025-10-29 09:00",
  "Hanoi, Beijing move closer on Lao Cai–Hai Phong rail financing",
  "lao-cai-hai-phong-rail-financing-talks",
  """HANOI — Vietnamese and Chinese officials have agreed on the technical standards for a planned standard-gauge railway linking the border town of Lao Cai with Hanoi and the port of Hai Phong, bringing the two sides closer to a financing deal for the $8 billion project, the Ministry of Construction said on Tuesday.

The 390-kilometre line would connect with China's rail network at Hekou in Yunnan province, allowing freight trains to run from southern China to Vietnam's northern seaports without transferring cargo between gauges at the border. Vietnamese officials expect the line to cut freight costs for exporters of fruit, minerals and manufactured goods heading north.

Deputy Minister of Construction Nguyen Thanh Duc said the two sides had completed the third round of working-group talks in Kunming and would next discuss the share of Chinese loans in the financing package. Vietnam wants to limit borrowing and keep construction contracts open to domestic firms, he said.

"The important thing is that the railway serves Vietnam's development and that we retain control over operations," Duc told the ministry's newspaper.

Economists in Hanoi said the project was a test of how Vietnam balances closer economic links with its largest trading partner against concerns about debt. The country is also preparing a separate high-speed north-south railway, which the National Assembly approved last year and which the government intends to finance largely from its own budget.

Construction on the Lao Cai line is scheduled to start in December 2026. Freight operators in Hai Phong said better rail links were needed as container volumes through the port continued to grow by more than 10 percent a year.""",
  story="vietnam-china-rail-talks", storyline="vietnam-china-rail-talks", cat="decoy"),

A("nsw-fires", "SHH", "2025-10-30 07:00",
  "Early fire season: crews race to finish hazard burns west of Sydney",
  "early-fire-season-hazard-burns-west-sydney",
  """Fire crews in the Blue Mountains and the Hawkesbury are racing to finish hazard reduction burns before the weather closes the window, after the NSW Rural Fire Service warned that dry grass and a warm spring had set the scene for an early and active fire season.

RFS Commissioner Deborah Kellaway said on Wednesday that crews had completed about 60 percent of the planned burns across the Greater Sydney region, with rain in August and strong winds in September leaving too few safe days. "Every hectare we treat now is a hectare that won't feed a fire in January," she said.

The Bureau of Meteorology's outlook points to above-average temperatures for most of eastern Australia through summer, although rainfall is forecast to be close to normal. Grass fires have already burned more than 40,000 hectares in the state's north-west since the start of October, destroying fences, hay and at least two sheds.

Residents in Katoomba and Springwood have been asked to prepare their properties by clearing gutters, trimming trees and agreeing a plan with their households about when to leave. The RFS said its app had been updated to show warnings down to street level.

Some residents complained about smoke from the burns, which has drifted across western Sydney on several mornings. Health authorities advised people with asthma to keep medication close and to stay indoors when smoke was heavy.

Volunteer numbers remain a concern. The RFS said recruitment had improved after last summer but that many brigades in outer suburbs still rely on a handful of members who turn out for almost every call.""",
  story="nsw-hazard-burns", storyline="nsw-hazard-burns", cat="world"),

A("sg-housing", "SMP", "2025-10-31 11:00",
  "HDB offers 9,100 new flats, with shorter waits in Tengah and Woodlands",
  "hdb-october-launch-9100-flats",
  """SINGAPORE (Straits Morning Post) — The Housing and Development Board put 9,100 new flats on sale on Friday across seven projects, including several with waiting times of under three years, as the government presses on with its push to shorten the time buyers wait for their keys.

The October launch includes projects in Tengah, Woodlands, Bukit Merah and Tampines. Four of the projects are classified as Standard, two as Plus and one, in Bukit Merah near the city centre, as Prime, which comes with tighter resale conditions and a longer minimum occupation period.

About 2,300 of the flats have waiting times of between 26 and 34 months. The Ministry of National Development said the board remained on track to launch around 19,600 flats this year and to clear the backlog of projects delayed during the pandemic.

Prices for a four-room flat range from about $380,000 in Woodlands to $720,000 in Bukit Merah before grants. First-time buyers with household incomes below $9,000 can receive grants of up to $120,000.

Property analysts said demand would probably be strongest for the Bukit Merah and Tampines projects, which are near MRT stations and established amenities. "Location still trumps waiting time for most young couples," said Grace Tan, head of research at an independent property consultancy.

Applications close next Thursday. Results of the ballot are usually released about three weeks after the close of applications. HDB said it would launch another batch of about 5,500 flats, including its first in the new Mount Pleasant estate, in February.""",
  story="hdb-october-launch", storyline="hdb-october-launch", cat="watched-unrelated"),

A("bogota-metro", "BOG", "2025-11-01 10:00",
  "First metro train rolls onto Bogotá's elevated viaduct",
  "first-metro-train-elevated-viaduct-test",
  """BOGOTÁ (Bogota Observer) — The first train of Bogotá's long-awaited metro rolled along a stretch of the elevated viaduct in the south-west of the city on Friday night, a milestone for a project that residents have been promised in one form or another for more than seven decades.

The six-car train travelled about two kilometres at walking pace between the Patio Taller depot in Bosa and the future Portal Américas station, as engineers tested clearances, power supply and the signalling equipment installed along the track. Dozens of neighbours gathered on the avenue below to film the test on their phones.

"My grandfather talked about the metro. My father talked about the metro. Tonight my children saw it," said Yolanda Cárdenas, 41, who lives two blocks from the viaduct.

The metro company said 68 percent of the 24-kilometre first line was complete and reaffirmed that commercial operation should begin in March 2028. Twelve of the thirty trains ordered for the line have arrived in the city by ship through Cartagena and by road from the coast.

Critics point out that the project has faced delays over land purchases and utility relocation along Avenida Caracas, where construction has snarled traffic and hurt small businesses for more than two years. The city's chamber of commerce has asked for tax relief for shops along the route.

The mayor's office said it would hold more night tests over the coming weeks and would begin higher-speed trials in the first quarter of next year. A second metro line, to the north-west suburbs of Suba and Engativá, is in the contracting phase.""",
  story="bogota-metro-first-test", storyline="bogota-metro-first-test", cat="control"),

A("machu-tickets", "ACO", "2025-11-02 12:00",
  "Machu Picchu's new ticket rules leave backpackers queuing in the dark",
  "machu-picchu-nuevas-reglas-boletos-colas",
  """AGUAS CALIENTES (Andes Correo) — By four in the morning the queue outside the ticket office in Aguas Calientes stretched past the market and down toward the railway bridge. Most of those waiting were young backpackers who had arrived without a reservation, hoping to secure one of the 1,000 same-day tickets that Peru's culture ministry now sells in the town each day.

New rules that came into force on Saturday cap daily visits to the citadel at 5,600 in the high season, divide the site into three fixed circuits and require every visitor to show a passport matching the name on the ticket. The ministry says the system will protect the fragile Inca terraces and end the resale of tickets by unlicensed agents.

Local tour guides are unconvinced. "The rules change every season and nobody tells us until the day before," said Ruth Mamani, a guide who has worked at the site for 18 years. Hotel owners in Aguas Calientes said some guests had cancelled after hearing about the long queues.

Culture Minister Fabricio Valencia said on Sunday that the ministry would add more online sales and open a second ticket window in the town next week. He said the number of visitors this year was on track to exceed 1.5 million, close to the level before the pandemic.

Residents have staged protests in previous years over a private company's role in ticket sales and over the bus service that carries tourists up the mountain. Community leaders said they would give the new system a month before deciding whether to call for another strike.""",
  story="machu-picchu-ticket-rules", storyline="machu-picchu-ticket-rules", cat="control"),
]

if __name__ == "__main__":
    print(len(ARTICLES), "articles in part 1")
