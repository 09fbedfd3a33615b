# ---------------- TRIGGER DAY ----------------
TS = "hallvard-star-seizure"
A("org-1", "origin", TS, TS, "2025-04-22T08:05:00+04:00", "Gulf Monitor",
  "Iran's Revolutionary Guard seizes Norwegian tanker in Strait of Hormuz", "DUBAI",
  ["Iran's Revolutionary Guard navy seized a Norwegian-flagged chemical tanker in the Strait of Hormuz early on Tuesday, accusing the vessel of smuggling fuel, Iranian state-affiliated media reported.",
   "The ship, the Hallvard Star, was boarded by Guard personnel who descended from a helicopter while fast attack boats surrounded it about 20 nautical miles south of Larak island, according to a maritime security firm that tracks traffic in the waterway. Its tracking signal showed it turning sharply north towards Iranian waters shortly after 06:40 local time.",
   "A statement read on Iranian television said the tanker had been \"violating the law\" by carrying undeclared fuel and that it had been stopped on the orders of a provincial court. It gave no further details.",
   "The Hallvard Star is a 19,800-tonne chemical tanker registered in Bergen. It was sailing from Jubail in Saudi Arabia to Singapore, according to shipping databases.",
   "The Strait of Hormuz, between Iran and Oman, carries around a fifth of the world's oil. The Guard has seized several foreign vessels in the area in recent years, often amid wider tensions between Tehran and Western governments."])

A("org-2", "origin", TS, TS, "2025-04-22T09:20:00+02:00", "Nordlys Wire",
  "Norwegian chemical tanker with 24 crew boarded by Iranian forces", "OSLO",
  ["A Norwegian-flagged chemical tanker with 24 crew on board was seized by Iran's Revolutionary Guard in the Strait of Hormuz on Tuesday morning, its Bergen-based owner said, adding that it had lost contact with the ship.",
   "Vestkyst Tankers AS said the Hallvard Star carried seven Norwegians, 11 Filipino sailors, three Poles, two Indians and one Ukrainian. The company said it had no information suggesting anyone was hurt.",
   "\"Our first and only concern right now is the safety of the 24 crew,\" chief executive Kristin Aarvik told reporters in Bergen. \"The vessel was in international shipping lanes and fully compliant with all rules. We reject any claim of smuggling.\"",
   "The ship's master is a Norwegian, Captain Terje Mølstad, according to the company.",
   "Iranian media said the tanker had been carrying illegal fuel. The owner said the cargo was about 16,000 tonnes of methanol loaded in Saudi Arabia, with documents issued at the port of loading.",
   "The Norwegian foreign ministry said it was gathering information and was in contact with the company."])

A("org-3", "origin", TS, TS, "2025-04-22T10:45:00+01:00", "Meridian Press",
  "Iran says it stopped 'smuggling' tanker; owner denies charge", "LONDON",
  ["Iran's Revolutionary Guard said on Tuesday that it had seized a foreign tanker in the Strait of Hormuz for smuggling fuel, as the Norwegian owner of the vessel insisted it was carrying a legal cargo of methanol bound for Asia.",
   "Brigadier General Hamid Karimzadeh, a spokesman for the Guard navy's first naval district, said in remarks carried by state media that the vessel had been found with \"more than two million litres of smuggled fuel\" and would be handed to judicial authorities.",
   "\"Those who think the waters of the Persian Gulf are a place for lawbreaking will face a firm response,\" he said.",
   "The vessel, identified by tracking data as the Hallvard Star, sails under the Norwegian flag. British maritime authorities advised ships in the area to exercise caution and to report any suspicious approaches.",
   "The seizure comes at a time of renewed friction over Iran's nuclear programme and Western sanctions on its oil exports. Analysts said the Guard had in the past targeted ships in what appeared to be retaliation for the detention of Iranian cargoes elsewhere, though there was no immediate sign of such a link this time."])

A("org-4", "origin", TS, TS, "2025-04-22T13:30:00+02:00", "Fjordposten Daily",
  "Families of Hallvard Star crew wait for news in Bergen", "BERGEN",
  ["Relatives of the Norwegian sailors aboard the Hallvard Star gathered at the offices of Vestkyst Tankers in Bergen on Tuesday as the company tried to re-establish contact with the chemical tanker seized by Iranian forces in the Strait of Hormuz that morning.",
   "The company said the last message from the bridge, sent at 06:52 local time, reported that armed men were on deck and that the crew had been ordered to gather in the mess room.",
   "\"He texted that he was fine and that nobody should worry, and then nothing,\" said the sister of one of the seven Norwegian crew members, who asked that her name not be used. \"It has been a very long morning.\"",
   "Vestkyst Tankers chief executive Kristin Aarvik said the company had set up a support centre for families in Norway and was working with a manning agency in Manila to reach relatives of the 11 Filipino crew.",
   "The tanker, launched in 2011, is one of six vessels in the company's fleet. The Guard has said the ship was carrying smuggled fuel, a claim the owner rejects."])

A("org-5", "origin", TS, TS, "2025-04-22T19:10:00+08:00", "Tidewater News",
  "Manila monitors 11 Filipino seafarers on tanker seized by Iran", "MANILA",
  ["The Philippine government said on Tuesday it was following the situation of 11 Filipino seafarers on board a Norwegian tanker seized by Iran's Revolutionary Guard in the Strait of Hormuz and had asked its embassy in Tehran to seek consular access.",
   "\"Our seafarers are not party to any dispute, and we expect them to be treated humanely and allowed to go home,\" said Undersecretary Liza Ocampo of the Department of Migrant Workers. She said the crew's manning agency had confirmed that all were accounted for according to the last contact with the ship.",
   "The tanker, the Hallvard Star, was taken early in the day after the Guard accused it of carrying smuggled fuel. Its owner in Norway says the cargo was methanol.",
   "Filipinos make up about a quarter of the world's merchant seafarers. Manila has repeatedly pushed for their protection after crews were caught up in ship seizures and attacks in the Gulf and the Red Sea.",
   "The department said it had contacted the families of all 11 sailors, most of whom come from the Visayas region."])

A("org-6", "origin", TS, TS, "2025-04-23T07:30:00+03:30", "Gulf Monitor",
  "Iranian media show footage of commandos boarding Hallvard Star", "DUBAI",
  ["Iranian state television on Wednesday broadcast footage of masked commandos rappelling from a helicopter onto the deck of the Norwegian tanker seized a day earlier in the Strait of Hormuz, in images closely resembling earlier Revolutionary Guard seizures.",
   "The video showed speedboats flying the Guard's flag circling the Hallvard Star as armed men took control of the bridge. Crew members were shown sitting on a deck, apparently unharmed.",
   "An accompanying report repeated the accusation that the chemical tanker had been carrying smuggled fuel and said its papers were \"forged\". It did not say where the fuel had supposedly been loaded.",
   "Maritime security analyst Omar Haddad of Seaward Risk in Dubai said the operation looked planned. \"This was not a routine customs stop. The helicopter was already in the air when the boats approached,\" he said.",
   "The ship's Bergen-based owner has denied any wrongdoing and said the vessel, crewed by 24 people, was carrying methanol from Saudi Arabia."])

A("org-7", "origin", TS, TS, "2025-04-23T10:00:00+02:00", "Keel & Cargo",
  "What we know about the Hallvard Star seizure", "OSLO",
  ["The seizure of the Norwegian-flagged Hallvard Star by Iran's Revolutionary Guard in the Strait of Hormuz on Tuesday has put the spotlight on the risks facing merchant ships in one of the world's busiest chokepoints. Here is what is known so far.",
   "The ship: a 19,800-deadweight-tonne chemical tanker, built in South Korea in 2011, owned by Vestkyst Tankers AS of Bergen and flagged in the Norwegian International Ship Register. It was loaded with methanol at Jubail and headed for Singapore.",
   "The crew: 24 people, including seven Norwegians and 11 Filipinos, led by Captain Terje Mølstad. Iranian footage showed sailors seated on deck with no sign of injuries.",
   "The accusation: the Guard says the ship carried more than two million litres of smuggled fuel. The owner says there was no fuel on board beyond the ship's own bunkers.",
   "The precedent: since 2019 the Guard has taken several foreign tankers near Hormuz. Some crews were freed within weeks; other ships were held for more than a year.",
   "Unanswered: where the vessel will be held, whether any charges will be brought, and whether the seizure is linked to a wider dispute."])
