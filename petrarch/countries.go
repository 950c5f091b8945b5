package petrarch

// countryCodes are the CAMEO country codes of annalist's built-in actor
// dictionary (actor/data/countries.txt), which tell a country's code from
// a group's when an actor file is read into an empty dictionary. They are
// listed here so that reading PETRARCH files does not load the whole
// built-in dictionary (20 MB) to look up some 250 codes;
// TestCountryCodesMatchBuiltin keeps the two lists the same.
const countryCodes = "" +
	"ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR " +
	"BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG " +
	"COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DDR DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST " +
	"ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM " +
	"GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ " +
	"KHM KIR KNA KOR KSV KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV " +
	"MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU " +
	"NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS " +
	"RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUN SUR SVK SVN SWE SWZ SXM " +
	"SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT " +
	"VCT VEN VGB VIR VNM VUT WLF WSM YEM YUG ZAF ZMB ZWE " +
	""

// builtinCountry reports whether code is one of the built-in dictionary's
// country codes.
func builtinCountry(code string) bool {
	if len(code) != 3 {
		return false
	}
	for i := 0; i+3 <= len(countryCodes); i += 4 {
		if countryCodes[i:i+3] == code {
			return true
		}
	}
	return false
}
