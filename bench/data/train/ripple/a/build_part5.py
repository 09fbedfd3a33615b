# ---------------- 8 - 12 MAY ----------------
REL = "hallvard-crew-partial-release"
A("rel-a", "followup", REL, TS, "2025-05-08T18:20:00+04:00", "Gulf Monitor",
  "Iran frees 14 crew of seized Norwegian tanker, holds captain and others", "DUBAI",
  ["Iran released 14 crew members of the Norwegian-flagged tanker Hallvard Star on Thursday, including all 11 Filipino sailors, but continued to hold the ship's Norwegian captain and nine other crew, Iranian state media and the vessel's owner said.",
   "The freed seafarers, who also include two Indians and one Ukrainian, were taken from the ship at Bandar Abbas and flown to Dubai, where they were met by consular officials. Iranian media said they had been released on \"humanitarian grounds\" after the investigation no longer required them.",
   "The seven Norwegians and three Polish crew remain in Iran. Captain Terje Mølstad faces a smuggling charge before a court in Hormozgan province.",
   "\"We are relieved for the 14 and their families, and we will not rest until the remaining ten are free,\" Vestkyst Tankers chief executive Kristin Aarvik said.",
   "The tanker was seized by the Revolutionary Guard on 22 April in the Strait of Hormuz."])

A("nord-fi-mill", "nordic", "fi-paper-mill-closure", "fi-paper-mill-closure", "2025-05-08T12:00:00+03:00", "Baltic Ledger",
  "Finnish paper mill to close with loss of 350 jobs", "KUUSANKOSKI, Finland",
  ["Finnish paper maker Lindholm Paper said on Thursday it would permanently close its coated paper mill in Kuusankoski by the end of September, cutting about 350 jobs, as demand for printing paper continues to fall across Europe.",
   "The company said the mill had run at a loss for three years and that a review had found no viable way to convert it to packaging materials.",
   "\"This is a painful decision for the people of Kouvola, many of whom have given their working lives to the mill,\" chief executive Heikki Rautio said. The company will offer retraining and relocation to other sites.",
   "The Paper Workers' Union called the closure a heavy blow and said it would demand a generous redundancy package.",
   "Finland's forest industry has closed more than a dozen paper machines over the past decade as newspapers and magazines move online, while investing in pulp, board and wood-based textiles."])

A("rel-b", "followup", REL, TS, "2025-05-09T09:10:00+08:00", "Tidewater News",
  "Freed Filipino sailors from Hallvard Star head home", "MANILA",
  ["Eleven Filipino seafarers released by Iran from the detained tanker Hallvard Star were due to arrive in Manila on Friday, the Department of Migrant Workers said, more than two weeks after the ship was taken in the Strait of Hormuz.",
   "\"They are tired but in good health, and they are very eager to see their families,\" Undersecretary Liza Ocampo said. The department said each sailor would receive financial assistance and a medical check on arrival.",
   "Three crew members from India and Ukraine were freed at the same time. Ten others, including the Norwegian master, remain held in Iran.",
   "One of the freed seafarers, an engine fitter from Iloilo, told relatives by phone that the crew had been confined to the ship but treated correctly by Iranian guards.",
   "The tanker's owner has said it will pay full wages to all crew until they are home."])

A("ctl-gt-volcano", "control", "gt-fuego-eruption", "gt-fuego-eruption", "2025-05-12T07:30:00-06:00", "Cordillera Post",
  "Guatemala evacuates villages as Fuego volcano erupts", "ESCUINTLA, Guatemala",
  ["Guatemalan authorities evacuated more than 2,000 people from villages on the slopes of the Fuego volcano on Monday after a strong eruption sent ash columns four kilometres into the sky and pyroclastic flows down several ravines.",
   "La Aurora international airport in Guatemala City closed one runway for several hours as ash fell on parts of the capital and the colonial city of Antigua.",
   "\"We are not taking any risks,\" said David de León Ramos of the national disaster agency. \"People must leave when we tell them to, not when they see the flows.\"",
   "In 2018 an eruption of Fuego killed more than 200 people, many of them in the village of San Miguel Los Lotes, which was buried by volcanic material.",
   "Shelters were opened in schools in Escuintla and Alotenango, and the army was deployed to help with transport."])

A("wld-cl-copper", "world", "cl-copper-strike", "cl-copper-strike", "2025-05-12T11:00:00-04:00", "Global Dispatch Agency",
  "Workers strike at major Chilean copper mine over bonus dispute", "SANTIAGO",
  ["Workers at one of Chile's largest copper mines began an indefinite strike on Monday after rejecting the company's final offer in contract talks, threatening output at a time when global supplies of the metal are tight.",
   "The union, which represents about 2,300 workers at the open-pit mine in the Antofagasta region, is seeking a larger signing bonus and guarantees on subcontracting.",
   "\"The company has record profits and offers us crumbs,\" union president Héctor Araya Munizaga said at the mine gate.",
   "The mine's operator said it had activated contingency plans to keep partial production running with supervisory staff. Copper prices rose about 1 percent in London.",
   "Chile is the world's largest copper producer. Strikes at big mines have in the past lasted several weeks before a deal was reached."])
