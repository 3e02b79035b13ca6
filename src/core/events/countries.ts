/**
 * Country identifiers for harmonising event data: ISO 3166-1 alpha-3, ISO 3166-1 numeric (ACLED `iso`),
 * English short name, and further names used by ACLED, UCDP and ICEWS. Source: ISO 3166-1 code list
 * (ISO 3166 Maintenance Agency); alternative names as spelled in the event datasets. Gleditsch–Ward codes
 * (Gleditsch & Ward 1999, "A revised list of independent states since 1816") only for the region of the
 * built-in case; UCDP rows carry their own.
 */
export type Country = { iso3: string; isoNumeric: number; name: string; gw: number | null };

// "ISO3 numeric Name[;alternative;…]" separated by "|".
const table =
  "AFG 4 Afghanistan|ALA 248 Aland Islands|ALB 8 Albania|DZA 12 Algeria|ASM 16 American Samoa|AND 20 Andorra|" +
  "AGO 24 Angola|AIA 660 Anguilla|ATG 28 Antigua and Barbuda|ARG 32 Argentina|ARM 51 Armenia|ABW 533 Aruba|" +
  "AUS 36 Australia|AUT 40 Austria|AZE 31 Azerbaijan|BHS 44 Bahamas|BHR 48 Bahrain|BGD 50 Bangladesh|" +
  "BRB 52 Barbados|BLR 112 Belarus|BEL 56 Belgium|BLZ 84 Belize|BEN 204 Benin|BMU 60 Bermuda|BTN 64 Bhutan|" +
  "BOL 68 Bolivia|BIH 70 Bosnia and Herzegovina;Bosnia-Herzegovina|BWA 72 Botswana|BRA 76 Brazil|" +
  "BRN 96 Brunei|BGR 100 Bulgaria|BFA 854 Burkina Faso|BDI 108 Burundi|CPV 132 Cape Verde;Cabo Verde|" +
  "KHM 116 Cambodia;Cambodia (Kampuchea)|CMR 120 Cameroon|CAN 124 Canada|CYM 136 Cayman Islands|" +
  "CAF 140 Central African Republic|TCD 148 Chad|CHL 152 Chile|CHN 156 China|COL 170 Colombia|COM 174 Comoros|" +
  "COG 178 Republic of Congo;Congo;Congo, Republic of|COD 180 Democratic Republic of Congo;DR Congo (Zaire);" +
  "Congo, Democratic Republic of;Democratic Republic of the Congo|CRI 188 Costa Rica|" +
  "CIV 384 Ivory Coast;Cote d'Ivoire;Côte d’Ivoire|HRV 191 Croatia|CUB 192 Cuba|CYP 196 Cyprus|" +
  "CZE 203 Czech Republic;Czechia|DNK 208 Denmark|DJI 262 Djibouti|DMA 212 Dominica|DOM 214 Dominican Republic|" +
  "ECU 218 Ecuador|EGY 818 Egypt|SLV 222 El Salvador|GNQ 226 Equatorial Guinea|ERI 232 Eritrea|EST 233 Estonia|" +
  "SWZ 748 eSwatini;Eswatini;Swaziland|ETH 231 Ethiopia|FJI 242 Fiji|FIN 246 Finland|FRA 250 France|" +
  "GUF 254 French Guiana|PYF 258 French Polynesia|GAB 266 Gabon|GMB 270 Gambia|GEO 268 Georgia|DEU 276 Germany|" +
  "GHA 288 Ghana|GRC 300 Greece|GRL 304 Greenland|GRD 308 Grenada|GLP 312 Guadeloupe|GUM 316 Guam|" +
  "GTM 320 Guatemala|GIN 324 Guinea|GNB 624 Guinea-Bissau|GUY 328 Guyana|HTI 332 Haiti|HND 340 Honduras|" +
  "HKG 344 Hong Kong|HUN 348 Hungary|ISL 352 Iceland|IND 356 India|IDN 360 Indonesia|IRN 364 Iran|IRQ 368 Iraq|" +
  "IRL 372 Ireland|ISR 376 Israel|ITA 380 Italy|JAM 388 Jamaica|JPN 392 Japan|JOR 400 Jordan|" +
  "KAZ 398 Kazakhstan|KEN 404 Kenya|KIR 296 Kiribati|PRK 408 North Korea|KOR 410 South Korea|KWT 414 Kuwait|" +
  "KGZ 417 Kyrgyzstan|LAO 418 Laos|LVA 428 Latvia|LBN 422 Lebanon|LSO 426 Lesotho|LBR 430 Liberia|LBY 434 Libya|" +
  "LIE 438 Liechtenstein|LTU 440 Lithuania|LUX 442 Luxembourg|MAC 446 Macau;Macao|MDG 450 Madagascar;" +
  "Madagascar (Malagasy)|MWI 454 Malawi|MYS 458 Malaysia|MDV 462 Maldives|MLI 466 Mali|MLT 470 Malta|" +
  "MHL 584 Marshall Islands|MTQ 474 Martinique|MRT 478 Mauritania|MUS 480 Mauritius|MYT 175 Mayotte|" +
  "MEX 484 Mexico|FSM 583 Micronesia|MDA 498 Moldova|MCO 492 Monaco|MNG 496 Mongolia|MNE 499 Montenegro|" +
  "MSR 500 Montserrat|MAR 504 Morocco|MOZ 508 Mozambique|MMR 104 Myanmar;Myanmar (Burma);Burma|NAM 516 Namibia|" +
  "NRU 520 Nauru|NPL 524 Nepal|NLD 528 Netherlands|NCL 540 New Caledonia|NZL 554 New Zealand|" +
  "NIC 558 Nicaragua|NER 562 Niger|NGA 566 Nigeria|MKD 807 North Macedonia;Macedonia, FYR;Macedonia|" +
  "NOR 578 Norway|OMN 512 Oman|PAK 586 Pakistan|PLW 585 Palau|PSE 275 Palestine;Occupied Palestinian Territory|" +
  "PAN 591 Panama|PNG 598 Papua New Guinea|PRY 600 Paraguay|PER 604 Peru|PHL 608 Philippines|POL 616 Poland|" +
  "PRT 620 Portugal|PRI 630 Puerto Rico|QAT 634 Qatar|REU 638 Reunion|ROU 642 Romania|" +
  "RUS 643 Russia;Russian Federation;Russia (Soviet Union)|RWA 646 Rwanda|KNA 659 Saint Kitts and Nevis|" +
  "LCA 662 Saint Lucia|VCT 670 Saint Vincent and the Grenadines|WSM 882 Samoa|SMR 674 San Marino|" +
  "STP 678 Sao Tome and Principe|SAU 682 Saudi Arabia|SEN 686 Senegal|SRB 688 Serbia;Serbia (Yugoslavia)|" +
  "SYC 690 Seychelles|SLE 694 Sierra Leone|SGP 702 Singapore|SVK 703 Slovakia|SVN 705 Slovenia|" +
  "SLB 90 Solomon Islands|SOM 706 Somalia|ZAF 710 South Africa|SSD 728 South Sudan|ESP 724 Spain|" +
  "LKA 144 Sri Lanka|SDN 729 Sudan|SUR 740 Suriname|SWE 752 Sweden|CHE 756 Switzerland|SYR 760 Syria|" +
  "TWN 158 Taiwan|TJK 762 Tajikistan|TZA 834 Tanzania|THA 764 Thailand|TLS 626 East Timor;Timor-Leste|" +
  "TGO 768 Togo|TON 776 Tonga|TTO 780 Trinidad and Tobago|TUN 788 Tunisia|TUR 792 Turkey;Türkiye|" +
  "TKM 795 Turkmenistan|TUV 798 Tuvalu|UGA 800 Uganda|UKR 804 Ukraine|ARE 784 United Arab Emirates|" +
  "GBR 826 United Kingdom|USA 840 United States;United States of America|URY 858 Uruguay|UZB 860 Uzbekistan|" +
  "VUT 548 Vanuatu|VEN 862 Venezuela|VNM 704 Vietnam;Vietnam (North Vietnam);Viet Nam|" +
  "ESH 732 Western Sahara|YEM 887 Yemen;Yemen (North Yemen)|ZMB 894 Zambia|ZWE 716 Zimbabwe;Zimbabwe (Rhodesia)|" +
  "XKX 0 Kosovo";

// Gleditsch–Ward codes for the region of the built-in case.
const gwCodes: Record<string, number> = { ARM: 371, AZE: 373, GEO: 372, RUS: 365, TUR: 640, IRN: 630 };

const byIso3 = new Map<string, Country>();
const byNumeric = new Map<number, Country>();
const byName = new Map<string, Country>();

for (const entry of table.split("|")) {
  const [iso3 = "", numeric = "", ...rest] = entry.split(" ");
  const names = rest.join(" ").split(";");
  const country: Country = {
    iso3,
    isoNumeric: Number(numeric),
    name: names[0] ?? iso3,
    gw: gwCodes[iso3] ?? null,
  };
  byIso3.set(iso3, country);
  if (country.isoNumeric > 0) byNumeric.set(country.isoNumeric, country);
  for (const name of names) byName.set(name.toLowerCase(), country);
}

/** Looks a country up by ISO3 code, ISO numeric code, or a name as written in ACLED/UCDP/ICEWS. */
export function countryByIso3(iso3: string): Country | undefined {
  return byIso3.get(iso3.toUpperCase());
}
export function countryByNumeric(code: number): Country | undefined {
  return byNumeric.get(code);
}
export function countryByName(name: string): Country | undefined {
  return byName.get(name.trim().toLowerCase());
}
/** Every known (lower-case name, country) pair, for building lookup tables elsewhere (e.g. in SQL). */
export function countryNameEntries(): ReadonlyArray<readonly [string, Country]> {
  return [...byName];
}
