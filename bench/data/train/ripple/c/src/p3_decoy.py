from common import A

A("d1", "Nile Ledger", "EL DABAA", "2025-01-08T12:20:00+02:00", "el-dabaa-unit3-reactor-vessel",
"Reactor vessel installed at third unit of El Dabaa nuclear plant",
'''Egyptian and Russian engineers on Wednesday installed the reactor pressure vessel at the third unit of the El Dabaa nuclear power plant on the Mediterranean coast, a milestone set in the project's schedule more than a year ago.

The 330-tonne vessel, manufactured in Russia and shipped to Egypt last summer, was lowered into place in a ceremony attended by Egypt's electricity minister and senior executives from Russia's state nuclear corporation Rosatom.

"Today we are exactly where we planned to be. El Dabaa is proceeding on time, step by step," Electricity Minister Mahmoud Esmat said at the site.

The four-unit plant, being built by a Rosatom subsidiary under a 2017 agreement largely financed by a Russian state loan, is due to begin producing power from its first unit in 2028. Its total capacity will be 4,800 megawatts.

Rosatom's project director, Grigory Sukhanov, said more than 25,000 workers were employed at the site, most of them Egyptian.

Egypt and Russia have deepened economic ties in recent years. Russia is also Egypt's largest supplier of wheat.''')

A("d2", "Grain & Freight Journal", "LONDON", "2025-01-14T15:30:00+00:00", "egypt-routine-january-wheat-purchase",
"Egypt buys Black Sea wheat in routine monthly deal",
'''Egypt's state buyer Mostakbal Misr has bought about 420,000 tonnes of wheat, mostly of Russian and Ukrainian origin, in its regular monthly purchase for February and March arrival, European traders said on Tuesday.

The wheat was bought in direct deals rather than a public tender, in line with the agency's practice over the past year. Prices were estimated at around $248 a tonne including freight, traders said, slightly below December's purchase.

"It is business as usual. Egypt is buying its normal monthly volume at competitive prices," one Hamburg-based trader said.

Egypt's supply ministry has said its strategic wheat reserves are sufficient for more than four months. The country is expected to import around 12 million tonnes of wheat in the current season.

Black Sea wheat has dominated Egyptian purchases because of its price advantage and short voyage times to Alexandria and Damietta.''')

A("d3", "Carthage Daily", "TUNIS", "2025-01-16T10:15:00+01:00", "tunisia-rain-harvest-forecast",
"Good winter rains lift hopes for Tunisian grain harvest",
'''Heavy rainfall in December and early January has improved prospects for Tunisia's grain harvest after several years of drought, the agriculture ministry said on Thursday, forecasting a crop of about 1.8 million tonnes if conditions hold.

Dam reserves stood at 36% of capacity, up from 22% a year earlier, and soil moisture in the main cereal-growing regions of Beja, Jendouba and Siliana was the best in five years, ministry official Faten Mansouri told reporters.

"The season has started well. Farmers have planted more than last year and the rains came at the right moment," Mansouri said.

A harvest of that size would almost double last year's output and reduce Tunisia's need for imports, which have come largely from Ukraine, Russia and the European Union in recent seasons.

Ministry officials cautioned that spring rainfall would be decisive and that a dry March could cut yields significantly.''')

A("d4", "Atlas Courier", "RABAT", "2025-02-08T17:00:00+01:00", "morocco-ukraine-football-friendly",
"Morocco to host Ukraine in March football friendly",
'''Morocco will play Ukraine in an international friendly in Rabat on March 25, the Royal Moroccan Football Federation announced on Saturday, as the Atlas Lions continue their preparations for the Africa Cup of Nations that the kingdom hosts later this year.

The match at the renovated Prince Moulay Abdellah Stadium will be Morocco's first meeting with Ukraine at senior level, the federation said.

"We want strong European opponents with a different style of play. Ukraine are a physical, well-organised side and will test us," Morocco coach Walid Regragui said in a statement.

Ukraine, who reached the European Championship finals last year, have played their home qualifiers abroad since the Russian invasion in 2022. Their federation said the trip to Rabat fitted its plan to face teams from several continents ahead of World Cup qualifying.

Tickets will go on sale next month, the Moroccan federation said.''')

A("d5", "Sahara Chronicle", "ALGIERS", "2025-02-11T13:00:00+01:00", "algiers-defence-expo-russia",
"Russian arms makers showcase systems at Algiers defence fair",
'''Russian state arms exporter Rosoboronexport and more than a dozen Russian defence firms are displaying air defence systems, armoured vehicles and drones at an international defence exhibition that opened in Algiers on Tuesday.

The biennial show, organised by Algeria's defence ministry, has drawn exhibitors from about 30 countries, including Turkey, China, Italy and Germany, the organisers said.

"Algeria is a long-standing partner and we are here to present the latest generation of our systems," Rosoboronexport delegation head Yevgeny Savin said at the Russian pavilion.

Russia has been Algeria's main supplier of weapons for decades, although Algiers has in recent years diversified its purchases. Analysts say Algeria is one of the largest buyers of Russian arms in Africa.

Army Chief of Staff General Said Chanegriha toured the exhibition halls on the opening day. The fair runs until Saturday.''')

A("d6", "Levant Observer", "BENGHAZI", "2025-02-13T11:45:00+02:00", "benghazi-port-expansion-gulf-fund",
"Gulf fund finances $650 million Benghazi port expansion",
'''An Abu Dhabi-based development fund will finance a $650 million expansion of Benghazi's commercial port, adding a container terminal, deeper berths and a new bulk-cargo quay, Libyan officials in the east of the country said on Thursday.

The agreement, signed by the fund and the Benghazi port authority, follows two years of feasibility studies and design work, port director Faraj al-Mesmari said. Construction is due to start in the second half of the year.

"This port was built for the 1970s. The expansion will let us handle modern ships and cut waiting times by half," al-Mesmari said.

The project includes a grain silo complex with 100,000 tonnes of storage, which officials said would ease bottlenecks at a port that receives much of eastern Libya's imported wheat, traditionally shipped from the Black Sea and Europe.

Eastern Libya has seen a building boom in recent years, with roads, bridges and housing financed partly through reconstruction funds set up after the 2023 flood in Derna.''')

A("d7", "Maghreb Wire", "SFAX", "2025-02-18T15:20:00+01:00", "tunisia-bread-subsidy-reform-protest",
"Hundreds protest in Sfax over bread prices and subsidy reform",
'''Hundreds of people marched through Sfax on Tuesday to protest against higher prices for some types of bread, which demonstrators blamed on a government plan to overhaul the food subsidy system.

The protest was organised by local trade union branches and civic groups after bakeries began charging more for bread made from unsubsidised flour under a new pricing decree that took effect this month.

"They call it reform. We call it taking the bread off our tables," said union organiser Leila Gharbi. "This is not about the world market, it is about the choices of this government."

The government says the reform, planned since last year, will target subsidies at poorer families and curb fraud, with subsidised flour reserved for registered bakeries. The finance ministry estimates food subsidies cost the state around 3.8 billion dinars a year.

Police watched the march, which ended peacefully outside the regional governor's office.''')

A("d8", "Carthage Daily", "TUNIS", "2025-02-19T09:40:00+01:00", "tunisia-bread-subsidy-reform-protest",
"Government defends subsidy overhaul after Sfax bread protest",
'''Tunisia's government on Wednesday defended its overhaul of bread subsidies after a protest in Sfax, saying the price of the standard subsidised baguette had not changed and would not change.

Social Affairs Minister Issam Lahmar told parliament that the new decree only affected speciality breads made from unsubsidised flour, and that the aim was to stop subsidised flour being diverted to pastry makers and hotels.

"The ordinary loaf stays at the same price. What we are ending is a leak that costs the budget hundreds of millions of dinars," Lahmar said.

Union leaders in Sfax said Tuesday's march was a warning and that they would hold further demonstrations if prices for everyday bread rose. They said the protest was aimed at the subsidy reform and the way it was being applied by bakeries.

The reform is part of a wider plan to reduce the budget deficit, which the government presented in its 2025 finance law.''')
