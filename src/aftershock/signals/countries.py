"""ISO 3166-1 alpha-3 country names, aliases and capitals used to name and find countries in text."""
from __future__ import annotations

from dataclasses import dataclass

# code | display name | takes "the" | aliases (demonyms, short forms, capitals), ";"-separated
_COUNTRY_TABLE = """
AFG|Afghanistan|0|Afghan;Kabul
AGO|Angola|0|Angolan;Luanda
ALB|Albania|0|Albanian;Tirana
ARE|United Arab Emirates|1|UAE;Emirati;Abu Dhabi
ARG|Argentina|0|Argentine;Argentinian;Buenos Aires
ARM|Armenia|0|Armenian;Yerevan
AUS|Australia|0|Australian;Canberra
AUT|Austria|0|Austrian;Vienna
AZE|Azerbaijan|0|Azerbaijani;Baku
BDI|Burundi|0|Burundian;Gitega
BEL|Belgium|0|Belgian;Brussels
BEN|Benin|0|Beninese;Porto-Novo
BFA|Burkina Faso|0|Burkinabe;Ouagadougou
BGD|Bangladesh|0|Bangladeshi;Dhaka
BGR|Bulgaria|0|Bulgarian;Sofia
BHR|Bahrain|0|Bahraini;Manama
BHS|Bahamas|1|Bahamian;Nassau
BIH|Bosnia and Herzegovina|0|Bosnian;Sarajevo
BLR|Belarus|0|Belarusian;Minsk
BLZ|Belize|0|Belizean;Belmopan
BOL|Bolivia|0|Bolivian;La Paz;Sucre
BRA|Brazil|0|Brazilian;Brasilia;Brasília
BRB|Barbados|0|Barbadian;Bridgetown
BRN|Brunei|0|Bruneian;Bandar Seri Begawan
BTN|Bhutan|0|Bhutanese;Thimphu
BWA|Botswana|0|Gaborone
CAN|Canada|0|Canadian;Ottawa
CHE|Switzerland|0|Swiss;Bern
CHL|Chile|0|Chilean;Santiago
CHN|China|0|Chinese;Beijing;PRC
CIV|Ivory Coast|0|Ivorian;Cote d'Ivoire;Yamoussoukro
COD|Democratic Republic of the Congo|1|DRC;Congolese;Kinshasa
COL|Colombia|0|Colombian;Bogota;Bogotá
CRI|Costa Rica|0|Costa Rican;San Jose
CUB|Cuba|0|Cuban;Havana
CZE|Czech Republic|1|Czech;Czechia;Prague
DEU|Germany|0|German;Berlin
DJI|Djibouti|0|Djiboutian
DNK|Denmark|0|Danish;Copenhagen
DOM|Dominican Republic|1|Dominican;Santo Domingo
DZA|Algeria|0|Algerian;Algiers
ECU|Ecuador|0|Ecuadorian;Quito
EGY|Egypt|0|Egyptian;Cairo
ERI|Eritrea|0|Eritrean;Asmara
ESP|Spain|0|Spanish;Madrid
EST|Estonia|0|Estonian;Tallinn
ETH|Ethiopia|0|Ethiopian;Addis Ababa
FIN|Finland|0|Finnish;Helsinki
FJI|Fiji|0|Fijian;Suva
FRA|France|0|French;Paris
GBR|United Kingdom|1|Britain;British;UK;London
GEO|Georgia|0|Georgian;Tbilisi
GHA|Ghana|0|Ghanaian;Accra
GIN|Guinea|0|Guinean;Conakry
GMB|Gambia|1|Gambian;Banjul
GRC|Greece|0|Greek;Athens
GTM|Guatemala|0|Guatemalan;Guatemala City
HND|Honduras|0|Honduran;Tegucigalpa
HRV|Croatia|0|Croatian;Zagreb
HTI|Haiti|0|Haitian;Port-au-Prince
HUN|Hungary|0|Hungarian;Budapest
IDN|Indonesia|0|Indonesian;Jakarta
IND|India|0|Indian;New Delhi
IRL|Ireland|0|Irish;Dublin
IRN|Iran|0|Iranian;Tehran
IRQ|Iraq|0|Iraqi;Baghdad
ISL|Iceland|0|Icelandic;Reykjavik
ISR|Israel|0|Israeli;Jerusalem
ITA|Italy|0|Italian;Rome
JAM|Jamaica|0|Jamaican;Kingston
JOR|Jordan|0|Jordanian;Amman
JPN|Japan|0|Japanese;Tokyo
KAZ|Kazakhstan|0|Kazakh;Astana
KEN|Kenya|0|Kenyan;Nairobi
KGZ|Kyrgyzstan|0|Kyrgyz;Bishkek
KHM|Cambodia|0|Cambodian;Phnom Penh
KOR|South Korea|0|South Korean;Seoul;Republic of Korea;ROK
KWT|Kuwait|0|Kuwaiti;Kuwait City
LAO|Laos|0|Lao;Laotian;Vientiane
LBN|Lebanon|0|Lebanese;Beirut
LBR|Liberia|0|Liberian;Monrovia
LBY|Libya|0|Libyan;Tripoli
LKA|Sri Lanka|0|Sri Lankan;Colombo
LSO|Lesotho|0|Maseru
LTU|Lithuania|0|Lithuanian;Vilnius
LUX|Luxembourg|0|Luxembourgish
LVA|Latvia|0|Latvian;Riga
MAR|Morocco|0|Moroccan;Rabat
MDA|Moldova|0|Moldovan;Chisinau
MDV|Maldives|1|Maldivian;Male
MEX|Mexico|0|Mexican;Mexico City
MKD|North Macedonia|0|Macedonian;Skopje
MLI|Mali|0|Malian;Bamako
MMR|Myanmar|0|Burma;Burmese;Naypyidaw
MNE|Montenegro|0|Montenegrin;Podgorica
MNG|Mongolia|0|Mongolian;Ulaanbaatar
MOZ|Mozambique|0|Mozambican;Maputo
MRT|Mauritania|0|Mauritanian;Nouakchott
MYS|Malaysia|0|Malaysian;Kuala Lumpur
NAM|Namibia|0|Namibian;Windhoek
NER|Niger|0|Nigerien;Niamey
NGA|Nigeria|0|Nigerian;Abuja
NIC|Nicaragua|0|Nicaraguan;Managua
NLD|Netherlands|1|Dutch;Amsterdam;The Hague
NOR|Norway|0|Norwegian;Oslo
NPL|Nepal|0|Nepali;Nepalese;Kathmandu
NZL|New Zealand|0|New Zealander;Wellington
OMN|Oman|0|Omani;Muscat
PAK|Pakistan|0|Pakistani;Islamabad
PAN|Panama|0|Panamanian;Panama City
PER|Peru|0|Peruvian;Lima
PHL|Philippines|1|Philippine;Filipino;Manila
PNG|Papua New Guinea|0|Port Moresby
POL|Poland|0|Polish;Warsaw
PRI|Puerto Rico|0|Puerto Rican;San Juan
PRK|North Korea|0|North Korean;Pyongyang;DPRK
PRT|Portugal|0|Portuguese;Lisbon
PRY|Paraguay|0|Paraguayan;Asuncion
PSE|Palestinian Territories|1|Palestinian;Gaza;West Bank;Ramallah
QAT|Qatar|0|Qatari;Doha
ROU|Romania|0|Romanian;Bucharest
RUS|Russia|0|Russian;Moscow;Kremlin
RWA|Rwanda|0|Rwandan;Kigali
SAU|Saudi Arabia|0|Saudi;Riyadh
SDN|Sudan|0|Sudanese;Khartoum
SEN|Senegal|0|Senegalese;Dakar
SGP|Singapore|0|Singaporean
SLB|Solomon Islands|1|Honiara
SLE|Sierra Leone|0|Sierra Leonean;Freetown
SLV|El Salvador|0|Salvadoran;San Salvador
SOM|Somalia|0|Somali;Mogadishu
SRB|Serbia|0|Serbian;Belgrade
SSD|South Sudan|0|South Sudanese;Juba
SVK|Slovakia|0|Slovak;Bratislava
SVN|Slovenia|0|Slovenian;Ljubljana
SWE|Sweden|0|Swedish;Stockholm
SWZ|Eswatini|0|Swazi;Mbabane
SYR|Syria|0|Syrian;Damascus
TCD|Chad|0|Chadian;N'Djamena
TGO|Togo|0|Togolese;Lome
THA|Thailand|0|Thai;Bangkok
TJK|Tajikistan|0|Tajik;Dushanbe
TKM|Turkmenistan|0|Turkmen;Ashgabat
TLS|Timor-Leste|0|East Timor;Dili
TON|Tonga|0|Tongan;Nuku'alofa
TTO|Trinidad and Tobago|0|Trinidadian;Port of Spain
TUN|Tunisia|0|Tunisian;Tunis
TUR|Turkey|0|Turkish;Turkiye;Türkiye;Ankara
TWN|Taiwan|0|Taiwanese;Taipei
TZA|Tanzania|0|Tanzanian;Dodoma
UGA|Uganda|0|Ugandan;Kampala
UKR|Ukraine|0|Ukrainian;Kyiv;Kiev
URY|Uruguay|0|Uruguayan;Montevideo
USA|United States|1|U.S.;US;USA;America;American;Washington;White House;Pentagon
UZB|Uzbekistan|0|Uzbek;Tashkent
VEN|Venezuela|0|Venezuelan;Caracas
VNM|Vietnam|0|Vietnamese;Hanoi
VUT|Vanuatu|0|Port Vila
WSM|Samoa|0|Samoan;Apia
XKX|Kosovo|0|Kosovar;Pristina
YEM|Yemen|0|Yemeni;Sanaa
ZAF|South Africa|0|South African;Pretoria
ZMB|Zambia|0|Zambian;Lusaka
ZWE|Zimbabwe|0|Zimbabwean;Harare
"""


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    takes_article: bool
    aliases: tuple[str, ...]

    @property
    def terms(self) -> tuple[str, ...]:
        """The name and every alias: the strings that mean this country in running text."""
        return (self.name, *self.aliases)


def _parse_table(table: str) -> dict[str, Country]:
    countries = {}
    for line in table.strip().splitlines():
        code, name, article, aliases = line.split("|")
        countries[code] = Country(
            code=code,
            name=name,
            takes_article=article == "1",
            aliases=tuple(a for a in aliases.split(";") if a),
        )
    return countries


COUNTRIES: dict[str, Country] = _parse_table(_COUNTRY_TABLE)

# Actor codes for international organisations that may stand where a country code would.
ORGANISATIONS = {
    "IGOUNO": "the United Nations",
    "IGOEUR": "the European Union",
    "IGONAT": "NATO",
    "IGOASN": "ASEAN",
    "IGOAFU": "the African Union",
}


def country_name(code: str | None, with_article: bool = True, capitalise: bool = False) -> str:
    """Display name for an ISO3 code ("the United States"); the code itself if unknown."""
    if not code:
        return ""
    country = COUNTRIES.get(code.upper())
    if country is None:
        name = ORGANISATIONS.get(code.upper(), code)
    else:
        name = f"the {country.name}" if (with_article and country.takes_article) else country.name
    if capitalise and name:
        name = name[0].upper() + name[1:]
    return name


def country_terms(code: str) -> tuple[str, ...]:
    """Strings that refer to the country (name, demonyms, capital); empty if the code is unknown."""
    country = COUNTRIES.get((code or "").upper())
    return country.terms if country else ()
